import { z } from 'zod';
import { filingDeadline, parseInput } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import type { ActivityReportRow } from '../db/schema';

const missingPage = z.number().int().min(0, 'must not be negative').max(500, 'must be at most 500');

export const ActivityReport = {
  deadline: (row: ActivityReportRow) => filingDeadline(row.quarter),
};

export const ActivityReportFiling = {
  missing: (filing: { quarter: string }, args: { first?: number | null }, ctx: Context) =>
    guard.allows(ctx.identity, 'seeMissingActivityReports')
      ? ctx.store.missingActivityReports(filing.quarter, parseInput(missingPage, args.first ?? 50, 'first'))
      : null,
};
