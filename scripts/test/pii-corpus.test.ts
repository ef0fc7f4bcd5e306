import { describe, expect, it } from 'vitest';
import { PII_KINDS } from '@portal/platform';
import { ORDINARY, WITH_PERSONAL_DATA } from '../pii/corpus';
import { measure } from '../pii/measure';

// The personal-data screen against its corpus (npm run pii:measure prints the details).
describe('the personal-data screen on its corpus', () => {
  const result = measure(WITH_PERSONAL_DATA, ORDINARY);

  it('is a corpus of at least 200 sentences with personal data, every kind among them, and 200 without', () => {
    expect(WITH_PERSONAL_DATA.length).toBeGreaterThanOrEqual(200);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(200);
    expect(result.perKind.filter((k) => k.labelled < 20).map((k) => k.kind)).toEqual([]);
    expect(new Set(WITH_PERSONAL_DATA.map((s) => s.text)).size).toBe(WITH_PERSONAL_DATA.length);
    expect(new Set(ORDINARY).size).toBe(ORDINARY.length);
  });

  it('finds the labelled kinds in at least 98 % of the sentences with personal data, overall and for every kind', () => {
    const misses = JSON.stringify(result.misses, null, 1);
    expect(result.recall, misses).toBeGreaterThanOrEqual(0.98);
    expect(result.perKind.filter((k) => k.recall < 0.98).map((k) => k.kind), misses).toEqual([]);
  });

  it('flags at most 2 % of the ordinary sentences', () => {
    expect(result.falsePositiveRate, JSON.stringify(result.falseAlarms, null, 1)).toBeLessThanOrEqual(0.02);
  });

  it('labels only kinds the screen knows', () => {
    expect(WITH_PERSONAL_DATA.flatMap((s) => s.kinds).filter((k) => !PII_KINDS.includes(k))).toEqual([]);
  });
});
