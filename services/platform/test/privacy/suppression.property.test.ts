import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, publishCount, releaseTree, sumOfPublished, type Measure, type TreeNode } from '../../src/privacy';

const people = (n: number): Measure => ({ value: n, contributors: n });
const leaf = (key: string, ...values: number[]): TreeNode => ({ key, children: [], measures: values.map(people), publishable: true });
const node = (key: string, ...children: TreeNode[]): TreeNode => ({ key, children, publishable: true });

describe('the threshold: k contributors besides any one of them', () => {
  it('withholds from 1 to k contributors and publishes 0 and k + 1 or more', () => {
    expect([0, 1, 5, 6].map((n) => isSmall(n, 5))).toEqual([false, true, true, false]);
    expect(publishCount(5, 5, 5)).toEqual({ count: null, suppressed: true });
    expect(publishCount(6, 6, 5)).toEqual({ count: 6, suppressed: false });
    expect(publishCount(0, 0, 5)).toEqual({ count: 0, suppressed: false });
  });

  it('counts contributors, not rows: twelve reports by two people are withheld, six reports by six people are not', () => {
    expect(publishCount(12, 2, 5)).toEqual({ count: null, suppressed: true });
    const release = releaseTree(
      node('all', { key: 'a', children: [], measures: [{ value: 12, contributors: new Set(['x', 'y']) }], publishable: true }, { key: 'b', children: [], measures: [{ value: 6, contributors: new Set('abcdef') }], publishable: true }),
      1,
      5,
    );
    expect(['all', 'a', 'b'].map(release.isPublished)).toEqual([true, false, false]);
  });

  it('adds a total up from published figures only', () => {
    expect(sumOfPublished([{ count: 6, suppressed: false }, { count: 0, suppressed: false }])).toEqual({ count: 6, suppressed: false });
    expect(sumOfPublished([{ count: 6, suppressed: false }, { count: null, suppressed: true }])).toEqual({ count: null, suppressed: true });
  });
});

describe('a release tree', () => {
  it('publishes a total beside small parts when they are enough together: 20 = 12 + 5 + 3, the remainder 8', () => {
    const release = releaseTree(node('all', leaf('a', 12), leaf('b', 5), leaf('c', 3)), 1, 5);
    expect(['all', 'a', 'b', 'c'].map(release.isPublished)).toEqual([true, true, false, false]);
  });

  it('withholds the smallest published node beside a small remainder: 16 = 12 + 3 + 1, then the remainder is 16', () => {
    const release = releaseTree(node('all', leaf('a', 12), leaf('b', 3), leaf('c', 1)), 1, 5);
    expect(['all', 'a', 'b', 'c'].map(release.isPublished)).toEqual([true, false, false, false]);
  });

  it('merges a node into a small remainder, and looks through withheld nodes: the remainder of the whole is what no published node covers', () => {
    // Kanto = Tochigi 6 + Tokyo 4; Kinki = Osaka 1. Kanto's remainder (Tokyo, 4) is small, so
    // Tochigi is withheld too and Kanto's remainder is 10. The whole's remainder is Osaka (1,
    // seen through withheld Kinki), small, so Kanto is withheld and the remainder is 11.
    const release = releaseTree(node('all', node('kanto', leaf('09', 6), leaf('13', 4)), node('kinki', leaf('27', 1))), 1, 5);
    expect(['all', 'kanto', '09', '13', 'kinki', '27'].map(release.isPublished)).toEqual([true, false, false, false, false, false]);
  });

  it('keeps a node decided by another tree', () => {
    const settled = new Map([['a', true]]);
    const release = releaseTree(node('all', leaf('a', 12), leaf('b', 12), leaf('c', 3)), 1, 5, settled);
    expect(['all', 'a', 'b', 'c'].map(release.isPublished)).toEqual([true, true, false, false]);
  });

  it('publishes no measure of 1 to k, and no remainder of 1 to k below a published node, whatever the counts', () => {
    const leafCounts = fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 40 })), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(leafCounts, fc.integer({ min: 2, max: 6 }), (counts, k) => {
        // Three regions of up to three leaves each; each leaf has two measures.
        const leaves = counts.map(([a, b], i) => leaf(`p${i}`, a, Math.min(a, b)));
        const regions = [0, 1, 2].map((r) => node(`r${r}`, ...leaves.filter((_, i) => i % 3 === r))).filter((r) => r.children.length > 0);
        const release = releaseTree(node('all', ...regions), 2, k);
        const all: TreeNode[] = [];
        const walk = (n: TreeNode) => {
          all.push(n);
          n.children.forEach(walk);
        };
        walk(node('all', ...regions));
        const valuesOf = (n: TreeNode): number[] => (n.children.length === 0 ? n.measures!.map((m) => m.value) : n.children.map(valuesOf).reduce((s, v) => s.map((x, i) => x + v[i]!), [0, 0]));
        const leavesOf = (n: TreeNode): TreeNode[] => (n.children.length === 0 ? [n] : n.children.flatMap(leavesOf));
        const covered = (n: TreeNode): TreeNode[] => n.children.flatMap((c) => (release.isPublished(c.key) ? leavesOf(c) : covered(c)));
        for (const n of all.filter((x) => release.isPublished(x.key))) {
          for (const v of valuesOf(n)) expect(isSmall(v, k), `${n.key} measure ${v}`).toBe(false);
          if (n.children.length === 0) continue;
          const inCovered = new Set(covered(n).map((l) => l.key));
          const rest = leavesOf(n).filter((l) => !inCovered.has(l.key));
          const remainder = rest.map(valuesOf).reduce((s, v) => s.map((x, i) => x + v[i]!), [0, 0]);
          for (const v of remainder) expect(isSmall(v, k), `remainder of ${n.key}: ${v}`).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
