import { describe, expect, it } from 'vitest';
import { csvOf, exportRows } from '../web/export-rows';
import type { TableModel } from '../web/cells';

const table: TableModel = {
  id: 'coverage-field',
  title: '医療：都道府県別の連携先と不足',
  columns: ['都道府県', '連携先の数', 'コーディネーターの数'],
  rows: [
    ['栃木県', 1, { count: 7, suppressed: false }],
    ['東京都', 0, { count: null, suppressed: true }],
    ['群馬県', 2, { count: 0, suppressed: false }],
  ],
};

describe('exports', () => {
  it('name the data’s time in Japan and the protection rule, then the table with 秘匿 where a figure is withheld, never 0 or blank', () => {
    expect(exportRows([table], { lastEventAt: '2026-11-29T03:04:05Z', k: 5 })).toEqual([
      ['データ時点（日本時間）', '2026/11/29 12:04:05'],
      ['保護規則', '人数に関する数字は0人または6人以上の場合のみ表示し、それ以外と他の数字から少人数が分かる数字は「秘匿」と表示（k=5）'],
      [],
      ['医療：都道府県別の連携先と不足'],
      ['都道府県', '連携先の数', 'コーディネーターの数'],
      ['栃木県', 1, 7],
      ['東京都', 0, '秘匿'],
      ['群馬県', 2, 0],
    ]);
  });

  it('write CSV for Excel: a byte order mark, CRLF, nothing Excel would run as a formula', () => {
    const csv = csvOf([{ ...table, rows: [['=HYPERLINK("x")', 1, { count: null, suppressed: true }]] }], { lastEventAt: null, k: 5 });
    expect(csv.startsWith('\uFEFFデータ時点（日本時間）,（未集計）\r\n')).toBe(true);
    expect(csv.endsWith(`"'=HYPERLINK(""x"")",1,秘匿\r\n`)).toBe(true);
  });
});
