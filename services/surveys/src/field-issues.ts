import { badInput, conflict, notFound } from '@portal/platform';
import type { FieldIssueRow } from './db/schema';
import { fieldIssueReported, fieldIssueStatusChanged } from './events';
import type { FieldIssueInput, FieldIssueResponseInput } from './inputs';
import type { Store } from './store';

// Field issue reports (現場の課題): RECEIVED → UNDER_REVIEW → ADDRESSED, with a public
// response so that the field sees what was done about what it reported.

export function reportFieldIssue(store: Store, accountId: string, input: FieldIssueInput, traceparent: string): Promise<FieldIssueRow> {
  return store.transaction(async (tx) => {
    const row = await tx.insertFieldIssue({ accountId, ...input });
    await tx.recordEvents([fieldIssueReported(row, await tx.contributorIdOf(accountId))], traceparent);
    return row;
  });
}

/**
 * Sets the status and, when given, replaces the public response. An issue is ADDRESSED only
 * with a response saying how; once taken up, it never goes back to RECEIVED. Its reporter,
 * if still a member, is told when either changes.
 */
export function respondToFieldIssue(
  store: Store,
  id: string,
  input: FieldIssueResponseInput,
  traceparent: string,
  now = new Date(),
): Promise<FieldIssueRow> {
  return store.transaction(async (tx) => {
    const current = await tx.lockFieldIssue(id);
    if (!current) throw notFound('Field issue', id);
    if (input.status === 'RECEIVED' && current.status !== 'RECEIVED') {
      throw conflict(`Field issue ${id} is ${current.status} and cannot go back to RECEIVED`);
    }
    const publicResponse = input.response ?? current.publicResponse;
    if (input.status === 'ADDRESSED' && !publicResponse) {
      throw badInput({ field: 'response', message: 'is required to mark an issue ADDRESSED: say what was done' });
    }
    const row = await tx.updateFieldIssue(id, {
      status: input.status,
      publicResponse,
      respondedAt: input.response ? now : current.respondedAt,
    });
    const responded = input.response !== null && input.response !== current.publicResponse;
    if (row.accountId && (responded || row.status !== current.status)) {
      await tx.recordEvents([fieldIssueStatusChanged(row, row.accountId, responded)], traceparent);
    }
    return row;
  });
}
