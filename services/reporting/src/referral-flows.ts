import { CONSULTATION_FIELD_VALUES, isPrefectureCode } from '@portal/platform';
import { passesThreshold, sumOfPublished, WITHHELD, type PublishedCount } from '@portal/platform/privacy';
import { fiscalYearOf, yearIsOver } from './field-issues';
import { REFERRAL_OUTCOMES } from './tally';

// Referral flows are published from one release (see @portal/platform/privacy): per origin
// → destination prefecture × field × outcome and fiscal year (年度) that is over, with the
// threshold on distinct senders. No total of flows is published (not per prefecture, region
// or field), so no flow is the sum of others and there is no remainder to protect; the
// outcomes of one flow describe the same referrals, so they are released together (see
// releaseOutcomes). A window of years adds up published years only. A caller's view is the
// flows from or to their prefectures, a part of the same release.

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

/** Referrals per sender: one outcome of one flow in one fiscal year. */
type BySender = Map<string, number>;

/** Every way of adding and subtracting two or more of `items`, the first of each always added. */
function signedCombinations<T>(items: readonly T[]): [T, 1 | -1][][] {
  const combinations: [T, 1 | -1][][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, i) => mask & (1 << i));
    if (chosen.length < 2) continue;
    for (let signs = 0; signs < 1 << (chosen.length - 1); signs++) {
      combinations.push(chosen.map((item, i) => [item, i === 0 || !(signs & (1 << (i - 1))) ? 1 : -1]));
    }
  }
  return combinations;
}

const total = (senders: BySender) => [...senders.values()].reduce((s, n) => s + n, 0);

/**
 * Which outcomes of one flow in one fiscal year are published. The outcomes are of the same
 * referrals, so a reader who has SENT and ACCEPTED knows their difference, the referrals not
 * accepted (the complement rule): every sum and difference of published outcomes must be 0
 * or stand on more than k senders (those whose referrals it does not cancel out). Where one
 * does not, the smallest outcome in it is withheld, SENT last.
 */
function releaseOutcomes(outcomes: ReadonlyMap<string, BySender>, k: number): Set<string> {
  const published = new Set([...outcomes].filter(([, senders]) => passesThreshold([{ value: total(senders), contributors: senders.size }], k)).map(([outcome]) => outcome));
  for (let changed = true; changed; ) {
    changed = false;
    for (const combination of signedCombinations([...published].sort((a, b) => outcomeRank.get(a)! - outcomeRank.get(b)!))) {
      const net = new Map<string, number>();
      for (const [outcome, sign] of combination) for (const [sender, n] of outcomes.get(outcome)!) net.set(sender, (net.get(sender) ?? 0) + sign * n);
      const senders = [...net.values()].filter((n) => n !== 0);
      if (passesThreshold([{ value: Math.abs(senders.reduce((s, n) => s + n, 0)), contributors: senders.length }], k)) continue;
      const order = (o: string) => [o === 'SENT' ? 1 : 0, total(outcomes.get(o)!)] as const;
      const [withheld] = combination.map(([o]) => o).sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
      published.delete(withheld!);
      changed = true;
      break;
    }
  }
  return published;
}

/** Builds the release of every flow in the fiscal years that are over, as of `currentMonth`. */
export function buildReferralFlowRelease(rows: readonly FlowContribution[], currentMonth: string, k: number) {
  // flow (origin|destination|field) → fiscal year → outcome → senders
  const flows = new Map<string, Map<number, Map<string, BySender>>>();
  for (const r of rows) {
    const year = fiscalYearOf(r.month);
    const valid = fieldRank.has(r.field) && outcomeRank.has(r.outcome) && isPrefectureCode(r.originPrefectureCode) && isPrefectureCode(r.destinationPrefectureCode);
    if (!valid || r.referrals <= 0 || !yearIsOver(year, currentMonth)) continue;
    const key = `${r.originPrefectureCode}|${r.destinationPrefectureCode}|${r.field}`;
    const years = flows.get(key) ?? new Map<number, Map<string, BySender>>();
    const outcomes = years.get(year) ?? new Map<string, BySender>();
    const senders = outcomes.get(r.outcome) ?? new Map<string, number>();
    senders.set(r.contributorId, (senders.get(r.contributorId) ?? 0) + r.referrals);
    outcomes.set(r.outcome, senders);
    years.set(year, outcomes);
    flows.set(key, years);
  }
  const figures = new Map<string, { cell: Omit<ReferralFlowCell, keyof PublishedCount>; years: Map<number, PublishedCount> }>();
  for (const [key, years] of flows) {
    const [originPrefectureCode, destinationPrefectureCode, field] = key.split('|') as [string, string, string];
    for (const [year, outcomes] of years) {
      const released = releaseOutcomes(outcomes, k);
      for (const [outcome, senders] of outcomes) {
        const cell = { originPrefectureCode, destinationPrefectureCode, field, outcome };
        const entry = figures.get(flowKey(cell)) ?? { cell, years: new Map<number, PublishedCount>() };
        entry.years.set(year, released.has(outcome) ? { count: total(senders), suppressed: false } : WITHHELD);
        figures.set(flowKey(cell), entry);
      }
    }
  }
  const published = [...figures.values()];
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
