import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, protectBreakdown, publishCount, withheldCells } from '../src/privacy/suppression';

// Counts as they come: mostly small (where protection matters), sometimes large.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const k = fc.integer({ min: 2, max: 10 });
const breakdown = fc.record({
  parts: fc.array(count, { minLength: 1, maxLength: 12 }),
  // Respondents of unknown prefecture, say: part of the total, never published.
  remainder: fc.oneof(fc.constant(0), count),
  k,
});

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

describe('small-cell protection of a breakdown (total = parts + hidden remainder)', () => {
  it('publishes no count from 1 to k−1', () => {
    fc.assert(
      fc.property(breakdown, ({ parts, remainder, k }) => {
        const total = parts.reduce((s, v) => s + v, 0) + remainder;
        const result = protectBreakdown(total, parts, k);
        for (const cell of [result.total, ...result.parts]) if (cell.count !== null) expect(isSmall(cell.count, k)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves every withheld cell with at least two feasible values, and withheld cells together at least k', () => {
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
        const sensitiveRemainder = isSmall(remainder, k);
        if (withheld.length === 0 && !sensitiveRemainder) return;
        const { S, n, low, high } = feasibleRange(result.total.count, published, parts, remainder);
        expect(S).toBe(withheld.reduce((s, v) => s + v, 0) + remainder);
        expect(high - low + 1).toBeGreaterThanOrEqual(2);
        expect(n).toBeGreaterThanOrEqual(2);
        expect(S).toBeGreaterThanOrEqual(k);
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
        const alreadySafe = unknown.length >= 2 && S >= k && S >= unknown.length + 1;
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
      parts: [publishCount(12, 5), { count: null, suppressed: true }, { count: null, suppressed: true }],
    });
  });

  it('withholds the total when even all parts withheld would each be known: five respondents, five options, one each', () => {
    expect(protectBreakdown(5, [1, 1, 1, 1, 1], 5).total).toEqual({ count: null, suppressed: true });
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
