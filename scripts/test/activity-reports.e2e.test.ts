import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ActivityReportFilingDocument,
  ActivityReportSummaryDocument,
  FileActivityReportDocument,
  MyActivityReportsDocument,
  RegisterCoordinatorDocument,
} from '@portal/client';
import { quarterOf, quarterEnd, shiftQuarter, todayInJapan } from '@portal/platform';
import type { EventEnvelope } from '@portal/platform/events';
import { contractExamples } from '../lib/operations';
import type { TokenClaims } from '../lib/tokens';
import { admin, analyst, tochigiGovernment } from './callers';
import { useStack } from './stack-fixture';

// Quarterly activity reports through the gateway: members file the current quarter, the
// agency sees who has not, and reporting publishes a quarter only once it is final — here one
// filed two quarters ago, published to the stream as the coordinators relay did then.

const portal = useStack();
const examples = contractExamples();
const members = Array.from({ length: 6 }, (_, i): TokenClaims => ({ sub: `idp|ar-tochigi-${i + 1}`, roles: ['COORDINATOR'] }));
const late: TokenClaims = { sub: 'idp|ar-late', roles: ['COORDINATOR'] };
const current = quarterOf(todayInJapan());
const closed = shiftQuarter(current, -2);

const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
const send = async (caller: TokenClaims, document: TypedDocumentNode<any, any>, variables?: Record<string, unknown>) => {
  const res = await portal.send(caller, document, variables);
  expect(res.errors, `${getOperationAST(document)?.name?.value} as ${caller.sub}`).toBeUndefined();
  return res.data;
};
const report = { ...(examples.FileActivityReport!.input as Record<string, unknown>), quarter: current, prefectureCodes: ['09'] };

/** A filing of the closed quarter, as the coordinators service's relay published it then. */
const filedThen = (count: number): EventEnvelope => ({
  id: randomUUID(),
  type: 'activity_report.filed',
  version: 1,
  occurredAt: `${quarterEnd(closed)}T03:00:00.000Z`,
  producer: 'coordinators',
  data: { reportId: randomUUID(), contributorId: randomUUID(), quarter: closed, prefectureCodes: ['09'], consultations: [{ field: 'MEDICAL', count }], languages: [{ language: 'vi', count }], referralsToPartners: 1, referralsToCoordinators: 0 },
});

describe('activity reports through the gateway', () => {
  it('members file the current quarter and read it back; a note with a resident\'s phone number is refused', async () => {
    for (const caller of [...members, late]) {
      await send(admin, RegisterCoordinatorDocument, { input: { ...(examples.RegisterCoordinator!.input as Record<string, unknown>), accountId: caller.sub, activityRegions: [{ prefectureCode: '09' }] } });
    }
    for (const caller of members) await send(caller, FileActivityReportDocument, { input: report });
    const mine = (await send(members[0]!, MyActivityReportsDocument)).myActivityReports;
    expect(mine).toMatchObject([{ quarter: current, prefectureCodes: ['09'], consultations: [{ field: 'MEDICAL', count: 12 }, { field: 'RESIDENCE', count: 5 }], languages: [{ language: 'vi', count: 9 }, { language: 'pt', count: 6 }] }]);
    expect(codes(await portal.send(late, FileActivityReportDocument, { input: { ...report, note: '相談者の携帯 090-1234-5678' } }))).toEqual([['BAD_USER_INPUT', 'input.note']]);
  });

  it('the agency sees how many filed and who has not; an analyst the counts only; a coordinator nothing', async () => {
    const filing = (await send(admin, ActivityReportFilingDocument, { quarter: current, first: 50 })).activityReportFiling;
    expect(filing).toMatchObject({ quarter: current, filed: 6, due: 7 });
    expect(filing.missing.map((m: { certification: { certificateNumber: string } }) => m.certification.certificateNumber)).toHaveLength(1);
    expect((await send(analyst, ActivityReportFilingDocument, { quarter: current })).activityReportFiling).toMatchObject({ filed: 6, due: 7, missing: null });
    expect(codes(await portal.send(late, ActivityReportFilingDocument, { quarter: current }))).toEqual([['FORBIDDEN', undefined]]);
  });

  it('reporting publishes nothing of the current quarter, and a final quarter by area, field and language, to its readers only', async () => {
    expect((await send(analyst, ActivityReportSummaryDocument, { quarter: current })).activityReportSummary).toMatchObject({ released: false, consultations: [], languages: [], referrals: [] });
    await portal.publish(...[1, 2, 3, 4, 5, 6].map(filedThen));
    await portal.eventsApplied('the filings of the closed quarter in reporting');
    const summary = (await send(analyst, ActivityReportSummaryDocument, { quarter: closed })).activityReportSummary;
    expect(summary.consultations).toEqual([
      { area: 'NATIONAL', areaName: '全国', key: 'MEDICAL', count: 21, suppressed: false },
      { area: 'KANTO', areaName: '関東', key: 'MEDICAL', count: 21, suppressed: false },
      { area: '09', areaName: '栃木県', key: 'MEDICAL', count: 21, suppressed: false },
    ]);
    expect((await send(tochigiGovernment, ActivityReportSummaryDocument, { quarter: closed })).activityReportSummary.languages).toEqual([{ area: '09', areaName: '栃木県', key: 'vi', count: 21, suppressed: false }]);
    expect(codes(await portal.send(members[0]!, ActivityReportSummaryDocument, { quarter: closed }))).toEqual([['FORBIDDEN', undefined]]);
  });
});
