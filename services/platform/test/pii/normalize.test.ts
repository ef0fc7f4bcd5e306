import { describe, expect, it } from 'vitest';
import { normalizeForScreening } from '../../src/pii/normalize';

const normalized = (text: string) => normalizeForScreening(text).text;

describe('the screening normaliser', () => {
  it('reads full-width and kanji numerals as ASCII digits, and any dash or dot between digit groups as "-"', () => {
    expect(normalized('〇九〇－一二三四ー五六七八')).toBe('090-1234-5678');
    expect(normalized('０９０.１２３４・５６７８')).toBe('090-1234-5678');
    expect(normalized('090 ‐ 1234 ― 5678 − 9')).toBe('090-1234-5678-9');
    expect(normalized('AB・1234ー5678 CD')).toBe('AB-1234-5678 CD');
  });

  it('reads 十 and 百 by position, and single numerals only before a counter or next to another number', () => {
    expect(normalized('二十三番地、昭和六十二年十二月二十五日、百五号')).toBe('23番地、昭和62年12月25日、105号');
    expect(normalized('平成二年四月一日、二丁目八番一号、H二・四・一')).toBe('平成2年4月1日、2丁目8番1号、H2-4-1');
    expect(normalized('一緒に三重県四日市市の九州料理店へ。十分な説明。')).toBe('一緒に三重県4日市市の九州料理店へ。十分な説明。');
  });

  it('keeps 〇〇, the usual stand-in for a name, and numerals whose units are out of order', () => {
    expect(normalized('〇〇さんと〇〇〇市')).toBe('〇〇さんと〇〇〇市');
    expect(normalized('十百')).toBe('十百');
  });

  it('drops zero-width and other invisible characters, and control characters but line breaks and tabs', () => {
    expect(normalized('0\u200b9\u200c0\u200d-\u20601\ufeff2\u00ad3\u200e4\u0000\u0007\n\t5')).toBe('090-1234\n\t5');
  });

  it('joins voiced sound marks to their kana, as typed in half width or as combining marks', () => {
    expect(normalized('ﾊﾟｽﾎﾟｰﾄ と ハ\u309aスホ\u309aート')).toBe('パスポート と パスポート');
  });

  it('maps every normalised range back to what the author wrote', () => {
    const original = '携帯〇九〇\u200b－一二三四 ㍻二年';
    const n = normalizeForScreening(original);
    expect(n.text).toBe('携帯090-1234 平成2年');
    const range = n.originalRange(2, 10);
    expect(original.slice(range.start, range.end)).toBe('〇九〇\u200b－一二三四');
    const era = n.originalRange(n.text.indexOf('平成'), n.text.indexOf('平成') + 2);
    expect(original.slice(era.start, era.end)).toBe('㍻');
    expect([...original].map((_, i) => n.isDigitAt(i))).toEqual([false, false, true, true, true, false, false, true, true, true, true, false, false, true, false]);
  });

  it('counts characters outside the basic plane as two units, as regular expressions do', () => {
    const original = '𠮷野家 090-1234';
    const n = normalizeForScreening(original);
    const start = n.text.indexOf('090');
    const range = n.originalRange(start, start + 8);
    expect(original.slice(range.start, range.end)).toBe('090-1234');
  });
});
