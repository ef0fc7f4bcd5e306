import { describe, expect, it } from 'vitest';
import { todayInJapan } from '../src';

describe('todayInJapan', () => {
  it('is the date in Japan, nine hours ahead of UTC', () => {
    expect(todayInJapan(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});
