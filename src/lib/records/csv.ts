import Papa from 'papaparse';

/**
 * CSV that Excel opens correctly: a UTF-8 byte-order mark (without it Excel reads Chinese
 * names as mojibake), CRLF line ends, quoting by papaparse, and cells that a spreadsheet
 * would run as formulas defused.
 */

/** The byte-order mark Excel needs to read UTF-8. */
export const BOM = '\uFEFF';

/**
 * A cell made safe from formula injection (OWASP "CSV injection"): text starting with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, which spreadsheets
 * show as text. Numbers stay numbers (a negative number is data, not a formula).
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV document: BOM, the header, then the rows, every cell through {@link safeCell}. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const data = [header.map(safeCell), ...rows.map((row) => row.map(safeCell))];
  return BOM + Papa.unparse(data, { newline: '\r\n', quotes: false });
}
