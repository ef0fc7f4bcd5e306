import { toCsv } from '@portal/platform/csv';
import { cellText, type TableModel } from './cells';

/** What every export says above its table: what it is, how fresh, and the rule that protects it. */
export interface ExportHeader {
  lastEventAt: string | null;
  k: number;
}

const inJapan = (instant: string | null) =>
  instant ? new Date(instant).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) : '（未集計）';

/** The lines of an export: header lines, a blank line, then the table. */
export function exportRows(models: TableModel[], header: ExportHeader): (string | number)[][] {
  const lines: (string | number)[][] = [
    ['データ時点（日本時間）', inJapan(header.lastEventAt)],
    ['保護規則', `人数に関する数字は0人または${header.k + 1}人以上の場合のみ表示し、それ以外と他の数字から少人数が分かる数字は「秘匿」と表示（k=${header.k}）`],
  ];
  for (const model of models) lines.push([], [model.title], model.columns, ...model.rows.map((row) => row.map(cellText)));
  return lines;
}

export const csvOf = (models: TableModel[], header: ExportHeader) => toCsv(exportRows(models, header));

export async function xlsxOf(models: TableModel[], header: ExportHeader): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('集計');
  for (const line of exportRows(models, header)) sheet.addRow(line);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
