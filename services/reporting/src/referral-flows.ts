import { CONSULTATION_FIELD_VALUES, isPrefectureCode } from '@portal/platform';
import { passesThreshold, sumOfPublished, WITHHELD, type PublishedCount } from '@portal/platform/privacy';
import { fiscalYearOf, yearIsOver } from './field-issues';
import { REFERRAL_OUTCOMES } from './tally';

// Referral flows are published from one release (see @portal/platform/privacy): per origin
// → destination prefecture × field × outcome and fiscal year (年度) that is over, each
// figure on its own with the threshold on distinct senders. No total of flows is published
// (not per prefecture, region, field or outcome), so no figure is the sum of others and
// there is no remainder to protect; a window of years adds up published years only. A
// caller's view is the flows from or to their prefectures, a part of the same release.

/** What one sender's referrals added to one flow in one month. */
export interface FlowContribution {
  originPrefectureCode: string;
  destinationPrefectureCode: string;
  field: string;
  outcome: string;
  month: string;
  contributorId: string;
  referrals: number;
}

export interface ReferralFlowCell extends PublishedCount {
  originPrefectureCode: string;
  destinationPrefectureCode: string;
  field: string;
  outcome: string;
}

export interface ReferralFlowFilter {
  prefectureCodes: readonly string[];
  years: (fiscalYear: number) => boolean;
}

const fieldRank = new Map(CONSULTATION_FIELD_VALUES.map((v, i) => [v as string, i]));
const outcomeRank = new Map(REFERRAL_OUTCOMES.map((v, i) => [v as string, i]));
const flowKey = (c: Omit<ReferralFlowCell, keyof PublishedCount>) => `${c.originPrefectureCode}|${c.destinationPrefectureCode}|${c.field}|${c.outcome}`;

/** Builds the release of every flow in the fiscal years that are over, as of `currentMonth`. */
export function buildReferralFlowRelease(rows: readonly FlowContribution[], currentMonth: string, k: number) {
  const flows = new Map<string, { cell: Omit<ReferralFlowCell, keyof PublishedCount>; years: Map<number, { value: number; contributors: Set<string> }> }>();
  for (const r of rows) {
    const year = fiscalYearOf(r.month);
    const valid = fieldRank.has(r.field) && outcomeRank.has(r.outcome) && isPrefectureCode(r.originPrefectureCode) && isPrefectureCode(r.destinationPrefectureCode);
    if (!valid || r.referrals <= 0 || !yearIsOver(year, currentMonth)) continue;
    const cell = { originPrefectureCode: r.originPrefectureCode, destinationPrefectureCode: r.destinationPrefectureCode, field: r.field, outcome: r.outcome };
    const flow = flows.get(flowKey(cell)) ?? { cell, years: new Map() };
    const inYear = flow.years.get(year) ?? { value: 0, contributors: new Set<string>() };
    inYear.value += r.referrals;
    inYear.contributors.add(r.contributorId);
    flow.years.set(year, inYear);
    flows.set(flowKey(cell), flow);
  }
  const published = [...flows.values()].map(({ cell, years }) => ({
    cell,
    years: new Map([...years].map(([year, measure]) => [year, passesThreshold([measure], k) ? { count: measure.value, suppressed: false } : WITHHELD])),
  }));
  return {
    /**
     * The flows from or to the given prefectures over the chosen fiscal years, non-empty
     * ones only, by origin, destination, field and outcome.
     */
    cells({ prefectureCodes, years }: ReferralFlowFilter): ReferralFlowCell[] {
      const wanted = new Set(prefectureCodes);
      return published
        .filter(({ cell }) => wanted.has(cell.originPrefectureCode) || wanted.has(cell.destinationPrefectureCode))
        .map(({ cell, years: figures }) => ({ ...cell, ...sumOfPublished([...figures].filter(([year]) => years(year)).map(([, figure]) => figure)) }))
        .filter((c) => c.suppressed || c.count! > 0)
        .sort(
          (a, b) =>
            a.originPrefectureCode.localeCompare(b.originPrefectureCode) ||
            a.destinationPrefectureCode.localeCompare(b.destinationPrefectureCode) ||
            fieldRank.get(a.field)! - fieldRank.get(b.field)! ||
            outcomeRank.get(a.outcome)! - outcomeRank.get(b.outcome)!,
        );
    },
  };
}

export type ReferralFlowRelease = ReturnType<typeof buildReferralFlowRelease>;
