// One table model per view: the page renders it beside the chart (for screen readers and
// keyboards) and the exports write the very same cells, 秘匿 included.

/** A published figure: a number, or withheld (never shown as 0 or left blank). */
export interface Figure {
  count: number | null;
  suppressed: boolean;
}
export type Cell = string | number | Figure | null;

export interface TableModel {
  /** Names the table on the page, in exports and for the tests (data-table). */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

export const SUPPRESSED = '秘匿';

/** Why a figure is withheld, for hover and screen readers. */
export const suppressionReason = (k: number) =>
  `秘匿：${k + 1}人未満の集団を表す数字と、公表された他の数字から少人数が分かってしまう数字は表示しません（0ではありません）`;

export const isFigure = (cell: Cell): cell is Figure => typeof cell === 'object' && cell !== null;

/** The cell as text: 秘匿 for a withheld figure. */
export function cellText(cell: Cell): string | number {
  if (cell === null) return '—';
  if (!isFigure(cell)) return cell;
  return cell.suppressed || cell.count === null ? SUPPRESSED : cell.count;
}
