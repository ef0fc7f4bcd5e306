import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv';

describe('toCsv', () => {
  it('writes a BOM, CRLF rows, and quotes only what needs it', () => {
    expect(toCsv([['番号', '回答'], [1, '医療']])).toBe('\uFEFF番号,回答\r\n1,医療\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line\nbreak', 'cr\r\nlf']])).toBe('\uFEFF"a,b","say ""hi""","line\nbreak","cr\r\nlf"\r\n');
  });

  it('writes null and undefined as empty cells and numbers as they are', () => {
    expect(toCsv([[null, undefined, -3, 0, '']])).toBe('\uFEFF,,-3,0,\r\n');
  });

  it('keeps Excel from running text as a formula', () => {
    expect(toCsv([['=1+1', '+81', '-', '@SUM(A1)', '=HYPERLINK("x")']])).toBe(
      `\uFEFF'=1+1,'+81,'-,'@SUM(A1),"'=HYPERLINK(""x"")"\r\n`,
    );
  });
});
