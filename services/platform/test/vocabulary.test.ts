import { describe, expect, it } from 'vitest';
import { isPrefectureCode, neighboursOf, PREFECTURE_CODES, prefectureName } from '../src';

describe('prefectures', () => {
  it('lists each of the 47 codes 01 to 47 once', () => {
    // Not in code order: Object.keys puts integer-like keys ('10'…'47') before '01'…'09'.
    expect(PREFECTURE_CODES).toHaveLength(47);
    expect([...PREFECTURE_CODES].sort()).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('recognises only those codes, not inherited property names', () => {
    expect(['01', '47', '00', '48', '1', 'toString', '__proto__'].map(isPrefectureCode)).toEqual([true, true, false, false, false, false, false]);
  });

  it('names a prefecture by its code and passes an unknown code through', () => {
    expect([prefectureName('01'), prefectureName('13'), prefectureName('47'), prefectureName('99')]).toEqual(['北海道', '東京都', '沖縄県', '99']);
  });
});

describe('neighbouring prefectures', () => {
  it('are symmetric, never the prefecture itself, and every prefecture has one', () => {
    for (const code of PREFECTURE_CODES) {
      const neighbours = neighboursOf(code);
      expect(neighbours.length, code).toBeGreaterThan(0);
      expect(neighbours, code).not.toContain(code);
      for (const other of neighbours) expect(neighboursOf(other), `${other} next to ${code}`).toContain(code);
    }
  });

  it('follow land borders and fixed links', () => {
    expect(neighboursOf('09')).toEqual(['07', '08', '10', '11']);
    expect(neighboursOf('13')).toEqual(['11', '12', '14', '19']);
    expect(neighboursOf('36')).toContain('28');
    expect(neighboursOf('42')).toEqual(['41']);
  });
});
