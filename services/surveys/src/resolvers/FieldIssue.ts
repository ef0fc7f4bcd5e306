import { prefectureName } from '@portal/platform';
import { canSeeDescription, canSeeReporter, isReporter } from '../authorization';
import type { Context } from '../context';
import type { FieldIssueRow } from '../db/schema';

export const FieldIssue = {
  prefectureName: (row: FieldIssueRow) => prefectureName(row.prefectureCode),
  description: (row: FieldIssueRow, _args: unknown, ctx: Context) => (canSeeDescription(row, ctx.identity) ? row.description : null),
  reportedByMe: (row: FieldIssueRow, _args: unknown, ctx: Context) => isReporter(row, ctx.identity),
  // A reference the coordinators subgraph resolves by account id; a former member (erased) is no one.
  reporter: (row: FieldIssueRow, _args: unknown, ctx: Context) =>
    canSeeReporter(ctx.identity) && row.accountId ? { __typename: 'Coordinator', accountId: row.accountId } : null,
};
