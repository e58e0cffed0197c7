import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, safeCell, toCsv } from '../../../src/lib/records/csv';

describe('safeCell', () => {
  test.each(['=SUM(A1:A2)', '+1', '-cmd', '@x', '\tx', '\rx'])('defuses a cell starting like a formula: %j [F-HR-CSV-INJECTION]', (v) => {
    expect(safeCell(v)).toBe(`'${v}`);
  });
  test('leaves ordinary text, Chinese names and numbers alone', () => {
    expect(safeCell('张三')).toBe('张三');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(-3)).toBe('-3');
    expect(safeCell(null)).toBe('');
    expect(safeCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  test('starts with a BOM, ends lines with CRLF and round-trips quotes, commas and line breaks', () => {
    const csv = toCsv(['name', 'dept'], [['王, "小" 明', '客服\n二部'], ['=1+1', 7]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed).toEqual([['name', 'dept'], ['王, "小" 明', '客服\n二部'], ["'=1+1", '7']]);
  });
});
