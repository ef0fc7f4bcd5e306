import { describe, expect, it } from 'vitest';
import { isPrefectureCode, PREFECTURE_CODES, prefectureName } from '../src';

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
