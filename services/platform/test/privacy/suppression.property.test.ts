import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTable, isSmall, publishCount, sumOfPublished, withheldCells, type PublishedCount } from '../../src/privacy';

// Counts as they come: mostly small (where protection matters), sometimes large.
const count = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 60 }));
const k = fc.integer({ min: 2, max: 10 });
const breakdown = fc.record({
  parts: fc.array(count, { minLength: 1, maxLength: 12 }),
  // Respondents of unknown prefecture, say: part of the total, never published.
  remainder: fc.oneof(fc.constant(0), count),
  k,
});

/** One breakdown: `parts` of a `total`, any difference being a hidden sensitive remainder. */
function protectBreakdown(total: number, parts: readonly number[], k: number): { total: PublishedCount; parts: PublishedCount[] } {
  const table = createTable();
  const totalCell = table.cell(total);
  const partCells = parts.map((value) => table.cell(value));
  const remainder = total - parts.reduce((s, v) => s + v, 0);
  table.sum(totalCell, remainder > 0 ? [...partCells, table.hidden(remainder, { sensitive: true })] : partCells);
  const published = table.publish(k);
  return { total: published(totalCell), parts: partCells.map(published) };
}

/**
 * What a reader learns of one breakdown from what is published: S = total − published
 * parts, shared by the n unknown non-zero cells, each at least 1, so each lies in
 * [1, S − (n − 1)]. (The reader is granted even which unknown cells are zero.)
 */
function feasibleRange(total: number, published: (number | null)[], truth: number[], remainder: number) {
  const S = total - published.reduce<number>((s, c) => s + (c ?? 0), 0);
  const n = truth.filter((v, i) => published[i] === null && v > 0).length + (remainder > 0 ? 1 : 0);
  return { S, n, low: 1, high: S - (n - 1) };
}

describe('the threshold: k contributors besides any one of them', () => {
  it('withholds from 1 to k contributors and publishes 0 and k + 1 or more', () => {
    expect([0, 1, 5, 6].map((n) => isSmall(n, 5))).toEqual([false, true, true, false]);
    expect(publishCount(5, 5, 5)).toEqual({ count: null, suppressed: true });
    expect(publishCount(6, 6, 5)).toEqual({ count: 6, suppressed: false });
    expect(publishCount(0, 0, 5)).toEqual({ count: 0, suppressed: false });
  });

  it('counts contributors, not rows: twelve reports by two people are withheld, six reports by six people are not', () => {
    expect(publishCount(12, 2, 5)).toEqual({ count: null, suppressed: true });
    const table = createTable();
    const many = table.cell(12, new Set(['a', 'b']));
    const six = table.cell(6, new Set(['a', 'b', 'c', 'd', 'e', 'f']));
    const published = table.publish(5);
    expect([published(many), published(six)]).toEqual([{ count: null, suppressed: true }, { count: 6, suppressed: false }]);
  });

  it('requires the withheld parts of a relation to be at least k + 1 people together, counting each person once', () => {
    // 20 = 10 (published, 10 people) + 5 + 5 reports, the two withheld parts by the same 3 people:
    // 10 reports but 3 people, so another part is withheld (here the total's only published part).
    const shared = new Set(['a', 'b', 'c']);
    const withheld = withheldCells(
      [{ value: 20, contributors: new Set([...shared, ...'defghijklm']) }, { value: 10, contributors: new Set('defghijklm') }, { value: 5, contributors: shared }, { value: 5, contributors: shared }],
      [{ total: 0, parts: [1, 2, 3] }],
      5,
    );
    expect(withheld).toEqual([false, true, true, true]);
  });

  it('adds a total up from published figures only', () => {
    expect(sumOfPublished([{ count: 6, suppressed: false }, { count: 0, suppressed: false }])).toEqual({ count: 6, suppressed: false });
    expect(sumOfPublished([{ count: 6, suppressed: false }, { count: null, suppressed: true }])).toEqual({ count: null, suppressed: true });
  });
});

describe('small-cell protection of a breakdown (total = parts + hidden remainder)', () => {
  it('publishes no count from 1 to k', () => {
    fc.assert(
      fc.property(breakdown, ({ parts, remainder, k }) => {
        const total = parts.reduce((s, v) => s + v, 0) + remainder;
        const result = protectBreakdown(total, parts, k);
        for (const cell of [result.total, ...result.parts]) if (cell.count !== null) expect(isSmall(cell.count, k)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves every withheld cell with at least two feasible values, and withheld cells together more than k', () => {
    fc.assert(
      fc.property(breakdown, ({ parts, remainder, k }) => {
        const total = parts.reduce((s, v) => s + v, 0) + remainder;
        const result = protectBreakdown(total, parts, k);
        const published = result.parts.map((p) => p.count);
        if (result.total.count === null) {
          // Without the total a withheld part has no upper bound; and the total cannot be added up.
          expect(published.some((c, i) => c === null && parts[i]! > 0) || remainder > 0).toBe(true);
          return;
        }
        const withheld = parts.filter((v, i) => published[i] === null && v > 0);
        if (withheld.length === 0 && !isSmall(remainder, k)) return;
        const { S, n, low, high } = feasibleRange(result.total.count, published, parts, remainder);
        expect(S).toBe(withheld.reduce((s, v) => s + v, 0) + remainder);
        expect(high - low + 1).toBeGreaterThanOrEqual(2);
        expect(n).toBeGreaterThanOrEqual(2);
        expect(S).toBeGreaterThan(k);
        for (const v of [...withheld, ...(remainder > 0 ? [remainder] : [])]) expect(v >= low && v <= high).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('publishes every count it does not withhold exactly as counted', () => {
    fc.assert(
      fc.property(breakdown, ({ parts, remainder, k }) => {
        const total = parts.reduce((s, v) => s + v, 0) + remainder;
        const result = protectBreakdown(total, parts, k);
        expect(result.total.suppressed).toBe(result.total.count === null);
        if (!result.total.suppressed) expect(result.total.count).toBe(total);
        result.parts.forEach((cell, i) => {
          expect(cell.suppressed).toBe(cell.count === null);
          if (!cell.suppressed) expect(cell.count).toBe(parts[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('withholds nothing when no count is small, and nothing beyond the small cells when those already protect each other', () => {
    fc.assert(
      fc.property(breakdown, ({ parts, remainder, k }) => {
        const total = parts.reduce((s, v) => s + v, 0) + remainder;
        const result = protectBreakdown(total, parts, k);
        const primary = parts.map((v) => isSmall(v, k));
        const unknown = [...parts.filter((_, i) => primary[i]), ...(remainder > 0 ? [remainder] : [])];
        const S = unknown.reduce((s, v) => s + v, 0);
        const alreadySafe = unknown.length >= 2 && S > k && S >= unknown.length + 1;
        const nothingSmall = !primary.some(Boolean) && !isSmall(remainder, k) && !isSmall(total, k);
        if (nothingSmall || (alreadySafe && !isSmall(total, k))) {
          expect(result.parts.map((p) => p.suppressed)).toEqual(primary);
          expect(result.total.suppressed).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('withholds the smallest other cell first, e.g. 3 of 20 with cells 12, 5, 3', () => {
    expect(protectBreakdown(20, [12, 5, 3], 5)).toEqual({
      total: { count: 20, suppressed: false },
      parts: [{ count: 12, suppressed: false }, { count: null, suppressed: true }, { count: null, suppressed: true }],
    });
  });

  it('withholds the total when even all parts withheld would each be known: six respondents, six options, one each', () => {
    expect(protectBreakdown(6, [1, 1, 1, 1, 1, 1], 5).total).toEqual({ count: null, suppressed: true });
  });

  it('keeps a withheld total unknown: a total withheld elsewhere is not recomputed from its parts', () => {
    // Cells: 0 = total (7, withheld by another relation), 1 and 2 = its published parts.
    const withheld = withheldCells(
      [{ value: 7 }, { value: 7 }, { value: 0 }, { value: 9 }, { value: 2 }],
      [
        { total: 0, parts: [1, 2] },
        { total: 3, parts: [0, 4] },
      ],
      5,
    );
    expect(withheld).toEqual([true, true, false, false, true]);
  });
});
