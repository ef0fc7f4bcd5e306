import { describe, expect, it } from 'vitest';
import { filingDeadline, isFilingClosed, isFilingOpen, quarterEnd, quarterLabel, quarterOf, quarterStart, shiftQuarter } from '../src/quarters';

describe('quarters of activity reports', () => {
  it('names calendar quarters and moves across years', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect([shiftQuarter('2026-Q4', 1), shiftQuarter('2026-Q1', -1), shiftQuarter('2026-Q3', -6)]).toEqual(['2027-Q1', '2025-Q4', '2025-Q1']);
    expect([quarterStart('2026-Q3'), quarterEnd('2026-Q3'), quarterEnd('2024-Q1')]).toEqual(['2026-07-01', '2026-09-30', '2024-03-31']);
    expect(() => quarterStart('2026-Q5')).toThrow();
    expect(['2026-Q1', '2026-Q3', '2027-Q4'].map(quarterLabel)).toEqual(['2026年1〜3月期', '2026年7〜9月期', '2027年10〜12月期']);
  });

  it('a quarter is open for filing from its first day through the last day of the month after it', () => {
    expect([filingDeadline('2026-Q3'), filingDeadline('2026-Q4'), filingDeadline('2027-Q4'), filingDeadline('2028-Q4')]).toEqual(['2026-10-31', '2027-01-31', '2028-01-31', '2029-01-31']);
    expect(filingDeadline('2028-Q1')).toBe('2028-04-30');
    expect(['2026-06-30', '2026-07-01', '2026-10-31', '2026-11-01'].map((day) => isFilingOpen('2026-Q3', day))).toEqual([false, true, true, false]);
    expect(['2026-10-31', '2026-11-01'].map((day) => isFilingClosed('2026-Q3', day))).toEqual([false, true]);
  });
});
