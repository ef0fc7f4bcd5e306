import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearWindow } from '../../src/field-issues';
import { buildReferralFlowRelease, type FlowContribution } from '../../src/referral-flows';
import { Reader, subsets } from './reader';

// Random referrals by a handful of senders between three prefectures over three fiscal
// years, each sent and then accepted, declined or neither (in the month it was sent), then
// every flow any caller can see: every outcome, every window of fiscal years, every set of
// prefectures a local government may hold — as of July 2026, so that fiscal 2024 and 2025
// are over and 2026 is not. The reader's unknowns are the referrals of each fate, so that
// SENT − ACCEPTED, the referrals not accepted, is a group it may work out. One sender
// watches: the reader knows what they sent. From all of it the reader must not be able to
// count the referrals of any group of 1 to k − 1 senders.

const PREFECTURES = ['01', '09', '13'];
const PAIRS = [['01', '09'], ['09', '13'], ['13', '09']] as const;
/** What became of a referral, and the outcomes it counts in. */
const FATES: Record<string, readonly string[]> = { OPEN: ['SENT'], ACCEPTED: ['SENT', 'ACCEPTED'], DECLINED: ['SENT', 'DECLINED'] };
const OUTCOMES = Object.keys(FATES);
const PUBLISHED_OUTCOMES = ['SENT', 'ACCEPTED', 'DECLINED'];
const CURRENT_MONTH = '2026-07';
const MONTHS = ['2024-10', '2025-02', '2025-11', '2026-05'];
const FISCAL_YEARS = [2024, 2025, 2026];
const WATCHER = 'watcher';

interface Referral {
  sender: string;
  pair: number;
  outcome: string;
  month: string;
}

const referral = (senders: fc.Arbitrary<string>): fc.Arbitrary<Referral> =>
  fc.record({ sender: senders, pair: fc.nat(PAIRS.length - 1), outcome: fc.constantFrom(...OUTCOMES), month: fc.constantFrom(...MONTHS) });

/** A flow's referrals of one fate in a month: the reader's unknowns. */
const atomOf = (pair: number, outcome: string, month: string) => (pair * OUTCOMES.length + OUTCOMES.indexOf(outcome)) * MONTHS.length + MONTHS.indexOf(month);

function contributions(referrals: readonly Referral[]): FlowContribution[] {
  const cells = new Map<string, FlowContribution>();
  for (const r of referrals) {
    for (const outcome of FATES[r.outcome]!) {
      const key = `${r.pair}|${outcome}|${r.month}|${r.sender}`;
      const [origin, destination] = PAIRS[r.pair]!;
      const cell = cells.get(key) ?? { originPrefectureCode: origin, destinationPrefectureCode: destination, field: 'MEDICAL', outcome, month: r.month, contributorId: r.sender, referrals: 0 };
      cell.referrals++;
      cells.set(key, cell);
    }
  }
  return [...cells.values()];
}

describe('referral flows against a reader who combines every view', () => {
  it('never lets the referrals of a group of 1 to k − 1 senders be counted, even by a sender who knows their own', () => {
    const senders = fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8');
    fc.assert(
      fc.property(fc.array(referral(senders), { maxLength: 80 }), fc.array(referral(fc.constant(WATCHER)), { maxLength: 4 }), fc.integer({ min: 2, max: 5 }), (others, own, k) => {
        const release = buildReferralFlowRelease(contributions([...others, ...own]), CURRENT_MONTH, k);
        const reader = new Reader(PAIRS.length * OUTCOMES.length * MONTHS.length);
        const ownIn = (atoms: number[]) => own.filter((r) => atoms.includes(atomOf(r.pair, r.outcome, r.month))).length;

        for (let from = 0; from < FISCAL_YEARS.length; from++) {
          for (let to = from; to < FISCAL_YEARS.length; to++) {
            const years = fiscalYearWindow(`${FISCAL_YEARS[from]}-04`, `${FISCAL_YEARS[to]}-04`);
            // Figures cover the chosen fiscal years that are over.
            const months = MONTHS.filter((m) => years(fiscalYearOf(m)) && fiscalYearOf(m) < 2026);
            for (const scope of subsets(PREFECTURES)) {
              const cells = release.cells({ prefectureCodes: scope, years });
              PAIRS.forEach(([origin, destination], pair) => {
                if (!scope.includes(origin) && !scope.includes(destination)) return;
                for (const outcome of PUBLISHED_OUTCOMES) {
                  const cell = cells.find((c) => c.originPrefectureCode === origin && c.destinationPrefectureCode === destination && c.outcome === outcome);
                  const fates = OUTCOMES.filter((fate) => FATES[fate]!.includes(outcome));
                  const atoms = months.flatMap((m) => fates.map((fate) => atomOf(pair, fate, m)));
                  // A flow left out has no referral; one listed as withheld tells nothing.
                  const count = cell ? cell.count : 0;
                  if (count !== null) reader.learn(atoms, count - ownIn(atoms));
                }
              });
            }
          }
        }

        const cellIds = PAIRS.flatMap((_, pair) => OUTCOMES.flatMap((outcome) => MONTHS.map((month) => ({ pair, outcome, month, atom: atomOf(pair, outcome, month) }))));
        for (const flows of subsets(PAIRS.flatMap((_, pair) => OUTCOMES.map((outcome) => `${pair}|${outcome}`)))) {
          for (const months of subsets(MONTHS)) {
            const cells = cellIds.filter((c) => flows.includes(`${c.pair}|${c.outcome}`) && months.includes(c.month));
            const members = new Set(others.filter((r) => cells.some((c) => c.pair === r.pair && c.outcome === r.outcome && c.month === r.month)).map((r) => r.sender));
            if (members.size >= 1 && members.size < k && reader.derives(cells.map((c) => c.atom))) {
              expect.fail(`flows|fates ${flows.join('+')} in ${months.join('+')}: ${members.size} senders, their referrals derivable with k = ${k}`);
            }
          }
        }
      }),
      { numRuns: Number(process.env.ADVERSARY_RUNS ?? 100) },
    );
  }, 300_000);
});
