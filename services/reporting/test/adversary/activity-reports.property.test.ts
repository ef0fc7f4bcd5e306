import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActivityRelease, figuresWithin, type FiledReport } from '../../src/activity-reports';
import { Reader, subsets } from './reader';

// Random activity reports of one quarter by a handful of coordinators, each naming one or
// more prefectures of two regions and Hokkaido, then every figure of the release any caller
// can see (nationwide: the country, the regions, the prefectures; a local government's view
// is a part of it). One filer watches: the reader knows what they filed. From all of it the
// reader must not be able to count the consultations of any group of 1 to k − 1 people.
// The reader's unknowns are the prefectures' figures (a report naming two prefectures counts
// in both); a group is the filers naming any prefecture of a set.

const PREFECTURES = ['01', '08', '09', '13', '24', '27'];
const WATCHER = 'watcher';

interface Filing {
  contributor: string;
  prefectures: string[];
  count: number;
}

const filing = (contributors: fc.Arbitrary<string>): fc.Arbitrary<Filing> =>
  fc.record({ contributor: contributors, prefectures: fc.subarray(PREFECTURES, { minLength: 1, maxLength: 3 }), count: fc.integer({ min: 1, max: 30 }) });

// One report per filer and quarter: a filer's later filings replace the earlier.
const latest = (filings: readonly Filing[]) => [...new Map(filings.map((f) => [f.contributor, f])).values()];

const asReport = (f: Filing): FiledReport => ({
  contributorId: f.contributor,
  prefectureCodes: f.prefectures,
  consultations: [{ field: 'MEDICAL', count: f.count }],
  languages: [],
  referralsToPartners: 0,
  referralsToCoordinators: 0,
});

const REGION_OF: Record<string, string[]> = { NATIONAL: PREFECTURES, HOKKAIDO: ['01'], KANTO: ['08', '09', '13'], KINKI: ['24', '27'] };
const prefecturesOf = (area: string) => REGION_OF[area] ?? [area];

describe('activity reports against a reader who combines every view', () => {
  it('never lets the consultations of a group of 1 to k − 1 filers be counted, even by a filer who knows their own', () => {
    const contributors = fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10');
    fc.assert(
      fc.property(fc.array(filing(contributors), { maxLength: 12 }), fc.option(filing(fc.constant(WATCHER))), fc.integer({ min: 2, max: 5 }), (filed, watcherFiling, k) => {
        const others = latest(filed);
        const own = watcherFiling ? [watcherFiling] : [];
        const release = buildActivityRelease([...others, ...own].map(asReport), k);
        const reader = new Reader(PREFECTURES.length);
        const atoms = (prefectures: readonly string[]) => prefectures.map((p) => PREFECTURES.indexOf(p));
        const ownIn = (prefectures: readonly string[]) => own.reduce((s, f) => s + f.count * f.prefectures.filter((p) => prefectures.includes(p)).length, 0);

        const figures = figuresWithin(release.consultations, { nationwide: true, prefectureCodes: PREFECTURES });
        for (const area of ['NATIONAL', 'HOKKAIDO', 'KANTO', 'KINKI', ...PREFECTURES]) {
          const figure = figures.find((f) => f.area === area);
          const prefectures = prefecturesOf(area);
          // An area left out has no consultations; one withheld tells nothing.
          if (!figure) reader.learn(atoms(prefectures), 0);
          else if (figure.count !== null) reader.learn(atoms(prefectures), figure.count - ownIn(prefectures));
        }

        for (const group of subsets(PREFECTURES)) {
          const members = new Set(others.filter((f) => f.prefectures.some((p) => group.includes(p))).map((f) => f.contributor));
          if (members.size >= 1 && members.size < k && reader.derives(atoms(group))) {
            expect.fail(`${group.join('+')}: ${members.size} filers, their consultations derivable with k = ${k}`);
          }
        }
      }),
      { numRuns: Number(process.env.ADVERSARY_RUNS ?? 200) },
    );
  }, 300_000);
});
