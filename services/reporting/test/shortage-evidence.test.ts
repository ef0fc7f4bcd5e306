import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, erasureEvent } from '@portal/platform/testing';
import {
  analyst,
  boardQuestion,
  referralDeclined,
  REFERRAL_FLOWS,
  referralStatusChanged,
  tochigi,
  UNANSWERED_QUESTIONS,
  useReportingService,
} from './helpers';

// Today is in fiscal 2026 (April 2026 to March 2027), so fiscal 2025 and before are over,
// and fiscal 2025's board questions are settled (its April after is over too).

const service = useReportingService();
const times = <T>(n: number, event: (i: number) => T) => Array.from({ length: n }, (_, i) => event(i));
const FY2024 = '2024-10-15T03:00:00.000Z';
const FY2025 = '2025-06-10T03:00:00.000Z';
const THIS_YEAR = '2026-05-10T03:00:00.000Z';

const flow = (origin: [string, string], destination: [string, string], field: string, outcome: string, count: number | null) => ({
  originPrefectureCode: origin[0],
  originPrefectureName: origin[1],
  destinationPrefectureCode: destination[0],
  destinationPrefectureName: destination[1],
  field,
  outcome,
  count,
  suppressed: count === null,
});
const HOKKAIDO: [string, string] = ['01', '北海道'];
const TOCHIGI: [string, string] = ['09', '栃木県'];
const TOKYO: [string, string] = ['13', '東京都'];

const flows = async (filter: Record<string, unknown> = {}, caller = analyst) => (await service.ok(caller, REFERRAL_FLOWS, { filter })).referralFlows;
const unanswered = async (filter: Record<string, unknown> = {}, caller = analyst) => (await service.ok(caller, UNANSWERED_QUESTIONS, { filter })).unansweredQuestions;

describe('ReferralFlows', () => {
  const senders = times(6, () => randomUUID());
  const oneSender = randomUUID();
  const duplicate = referralStatusChanged('01', '09', ['MEDICAL'], 'OPEN', FY2025, senders[0]);

  beforeAll(async () => {
    await service.apply(
      duplicate,
      // Delivered twice: counted once.
      duplicate,
      ...senders.slice(1).map((sender) => referralStatusChanged('01', '09', ['MEDICAL'], 'OPEN', FY2025, sender)),
      ...senders.slice(0, 3).map((sender) => referralStatusChanged('01', '09', ['MEDICAL'], 'ACCEPTED', '2025-07-01T03:00:00.000Z', sender)),
      ...times(6, () => referralStatusChanged('01', '09', ['MEDICAL'], 'OPEN', FY2024)),
      ...times(6, () => referralStatusChanged('09', '13', ['MEDICAL', 'HOUSING'], 'OPEN', FY2025)),
      // One coordinator's seven referrals: one person behind them.
      ...times(7, () => referralStatusChanged('13', '01', ['EMPLOYMENT'], 'OPEN', FY2025, oneSender)),
      // Seven sent, six of them accepted: the one not accepted would be the difference.
      ...senders.map((sender) => referralStatusChanged('01', '13', ['WELFARE'], 'OPEN', FY2025, sender)),
      referralStatusChanged('01', '13', ['WELFARE'], 'OPEN', FY2025, oneSender),
      ...senders.map((sender) => referralStatusChanged('01', '13', ['WELFARE'], 'ACCEPTED', FY2025, sender)),
      // Six sent, all six accepted: the difference is nobody.
      ...senders.map((sender) => referralStatusChanged('01', '13', ['EDUCATION'], 'OPEN', FY2025, sender)),
      ...senders.map((sender) => referralStatusChanged('01', '13', ['EDUCATION'], 'ACCEPTED', FY2025, sender)),
      // This fiscal year is not over: nothing of it is shown.
      ...times(6, () => referralStatusChanged('01', '09', ['MEDICAL'], 'OPEN', THIS_YEAR)),
    );
  });

  it('counts referrals per origin → destination × field × outcome over the fiscal years that are over, withholding 1 to k senders and outcomes whose difference is 1 to k senders', async () => {
    expect(await flows()).toEqual([
      flow(HOKKAIDO, TOCHIGI, 'MEDICAL', 'SENT', 12),
      flow(HOKKAIDO, TOCHIGI, 'MEDICAL', 'ACCEPTED', null),
      flow(HOKKAIDO, TOKYO, 'WELFARE', 'SENT', 7),
      flow(HOKKAIDO, TOKYO, 'WELFARE', 'ACCEPTED', null),
      flow(HOKKAIDO, TOKYO, 'EDUCATION', 'SENT', 6),
      flow(HOKKAIDO, TOKYO, 'EDUCATION', 'ACCEPTED', 6),
      flow(TOCHIGI, TOKYO, 'MEDICAL', 'SENT', 6),
      flow(TOCHIGI, TOKYO, 'HOUSING', 'SENT', 6),
      flow(TOKYO, HOKKAIDO, 'EMPLOYMENT', 'SENT', null),
    ]);
  });

  it('selects whole fiscal years, fields, outcomes and the prefectures flows leave or reach', async () => {
    expect(await flows({ since: '2025-04-01T00:00:00+09:00', outcomes: ['SENT'] })).toEqual([
      flow(HOKKAIDO, TOCHIGI, 'MEDICAL', 'SENT', 6),
      flow(HOKKAIDO, TOKYO, 'WELFARE', 'SENT', 7),
      flow(HOKKAIDO, TOKYO, 'EDUCATION', 'SENT', 6),
      flow(TOCHIGI, TOKYO, 'MEDICAL', 'SENT', 6),
      flow(TOCHIGI, TOKYO, 'HOUSING', 'SENT', 6),
      flow(TOKYO, HOKKAIDO, 'EMPLOYMENT', 'SENT', null),
    ]);
    // Asking for one outcome shows it as it is released beside the others.
    expect(await flows({ outcomes: ['ACCEPTED'] })).toEqual([
      flow(HOKKAIDO, TOCHIGI, 'MEDICAL', 'ACCEPTED', null),
      flow(HOKKAIDO, TOKYO, 'WELFARE', 'ACCEPTED', null),
      flow(HOKKAIDO, TOKYO, 'EDUCATION', 'ACCEPTED', 6),
    ]);
    expect(await flows({ until: '2025-03-31T23:59:59+09:00' })).toEqual([flow(HOKKAIDO, TOCHIGI, 'MEDICAL', 'SENT', 6)]);
    expect(await flows({ prefectureCodes: ['13'], fields: ['HOUSING', 'EMPLOYMENT'] })).toEqual([
      flow(TOCHIGI, TOKYO, 'HOUSING', 'SENT', 6),
      flow(TOKYO, HOKKAIDO, 'EMPLOYMENT', 'SENT', null),
    ]);
  });

  it("shows a local government the flows from or to its prefectures, as the nationwide view shows them, and nothing of others'", async () => {
    const nationwide = await flows();
    const touching09 = nationwide.filter((f: any) => f.originPrefectureCode === '09' || f.destinationPrefectureCode === '09');
    expect(await flows({}, tochigi)).toEqual(touching09);
    expect(touching09).toHaveLength(4);
    expect(errorCodes(await service.run(tochigi, REFERRAL_FLOWS, { filter: { prefectureCodes: ['13'] } }))).toEqual(['FORBIDDEN']);
  });

  it('holds no account and stays as it was when a member is erased', async () => {
    const before = await flows();
    await service.apply(erasureEvent({ coordinatorId: randomUUID(), accountId: 'idp|someone' }));
    expect(await flows()).toEqual(before);
  });

  it('refuses a window that ends before it starts and prefectures that do not exist', async () => {
    expect(errorCodes(await service.run(analyst, REFERRAL_FLOWS, { filter: { since: '2025-04-01T00:00:00Z', until: '2024-04-01T00:00:00Z' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(analyst, REFERRAL_FLOWS, { filter: { prefectureCodes: ['48'] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(analyst, REFERRAL_FLOWS, { filter: { outcomes: ['OPEN'] } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('UnansweredQuestions', () => {
  beforeAll(async () => {
    const answeredNextMonth = boardQuestion('09', ['MEDICAL'], FY2025);
    const answeredLate = boardQuestion('09', ['MEDICAL'], FY2025);
    const answerFirst = boardQuestion('09', ['MEDICAL'], FY2025);
    const tokyo = times(2, () => boardQuestion('13', ['LEGAL', 'HOUSING'], FY2025));
    await service.apply(
      ...times(6, () => boardQuestion('09', ['MEDICAL'], FY2025).posted),
      answeredNextMonth.posted,
      answeredNextMonth.answered('2025-07-31T14:00:00.000Z'),
      answeredLate.posted,
      answeredLate.answered('2025-08-01T03:00:00.000Z'),
      // An answer delivered before its question: still answered.
      answerFirst.answered('2025-06-11T03:00:00.000Z'),
      answerFirst.posted,
      ...tokyo.map((q) => q.posted),
      ...times(6, () => boardQuestion('09', ['EDUCATION'], THIS_YEAR).posted),
    );
  });

  it('counts questions nobody answered in their month or the next, per prefecture × field, over settled fiscal years, withholding 1 to k askers', async () => {
    const cell = (p: [string, string], field: string, count: number | null) => ({ prefectureCode: p[0], prefectureName: p[1], field, count, suppressed: count === null });
    expect(await unanswered()).toEqual([cell(TOCHIGI, 'MEDICAL', 7), cell(TOKYO, 'HOUSING', null), cell(TOKYO, 'LEGAL', null)]);
    expect(await unanswered({ fields: ['LEGAL'] })).toEqual([cell(TOKYO, 'LEGAL', null)]);
    expect(await unanswered({}, tochigi)).toEqual([cell(TOCHIGI, 'MEDICAL', 7)]);
    expect(await unanswered({ until: '2025-03-31T00:00:00+09:00' })).toEqual([]);
    expect(errorCodes(await service.run(tochigi, UNANSWERED_QUESTIONS, { filter: { prefectureCodes: ['09', '13'] } }))).toEqual(['FORBIDDEN']);
  });
});

describe('PartnerCoverage: referrals declined for capacity', () => {
  const COVERAGE = /* GraphQL */ `
    query Coverage($prefectureCode: String!) {
      partnerCoverage(prefectureCode: $prefectureCode) { field capacityDeclines capacityDeclinesSuppressed gap gapReasons }
    }
  `;
  it('counts NO_CAPACITY declines in the destination prefecture over the fiscal years that are over, beside shortage reports, and marks the gap', async () => {
    await service.apply(
      ...times(6, () => referralDeclined('09', ['WELFARE'], 'NO_CAPACITY', '2025-08-01T03:00:00.000Z')),
      ...times(2, () => referralDeclined('09', ['CHILDCARE'], 'NO_CAPACITY', '2025-08-01T03:00:00.000Z')),
      ...times(6, () => referralDeclined('09', ['TAX'], 'OUT_OF_FIELD', '2025-08-01T03:00:00.000Z')),
      ...times(6, () => referralDeclined('09', ['DISASTER'], 'NO_CAPACITY', THIS_YEAR)),
    );
    const rows = Object.fromEntries((await service.ok(analyst, COVERAGE, { prefectureCode: '09' })).partnerCoverage.map((r: any) => [r.field, r]));
    const gap = (reasons: string[]) => ({ gap: true, gapReasons: ['NO_PARTNER', ...reasons] });
    expect(rows.WELFARE).toEqual({ field: 'WELFARE', capacityDeclines: 6, capacityDeclinesSuppressed: false, ...gap(['CAPACITY_DECLINED']) });
    expect(rows.CHILDCARE).toEqual({ field: 'CHILDCARE', capacityDeclines: null, capacityDeclinesSuppressed: true, ...gap(['CAPACITY_DECLINED']) });
    expect(rows.TAX).toEqual({ field: 'TAX', capacityDeclines: 0, capacityDeclinesSuppressed: false, ...gap([]) });
    expect(rows.DISASTER).toEqual({ field: 'DISASTER', capacityDeclines: 0, capacityDeclinesSuppressed: false, ...gap([]) });
    const tokyo = Object.fromEntries((await service.ok(analyst, COVERAGE, { prefectureCode: '13' })).partnerCoverage.map((r: any) => [r.field, r]));
    expect(tokyo.WELFARE.capacityDeclines).toBe(0);
  });
});
