// CSV for people who open it in Excel in Japan: RFC 4180 (CRLF, fields with a comma, quote
// or line break quoted, quotes doubled) in UTF-8 with a byte order mark, without which
// Excel reads UTF-8 as Shift_JIS and garbles Japanese.

export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
// A cell Excel would run as a formula (CSV injection): text starting with = + - @, tab or CR.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document of the given rows (the first is usually the header), BOM first, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}
