import { describe, expect, it } from 'vitest';
import { alignTableCells } from '../../../src/lib/markdown/table-align';

describe('alignTableCells', () => {
  it.each([
    ['<td style="text-align:right">420</td>', '<td class="align-right">420</td>'],
    ['<th style="text-align: center;">Sales</th>', '<th class="align-center">Sales</th>'],
    ["<td style='TEXT-ALIGN:Left'>x</td>", '<td class="align-left">x</td>'],
    ['<td colspan="2" style="text-align:right">x</td>', '<td colspan="2" class="align-right">x</td>'],
  ])('turns %j into %j', (html, expected) => {
    expect(alignTableCells(html)).toBe(expected);
  });

  it('adds to the classes a cell already has', () => {
    expect(alignTableCells('<td class="num" style="text-align:right">1</td>')).toBe('<td class="num align-right">1</td>');
  });

  it('leaves other styles, other elements and plain cells as they are', () => {
    const html = '<tr><td style="color:red">a</td><td>b</td></tr><p style="text-align:right">c</p>';
    expect(alignTableCells(html)).toBe(html);
  });

  it('fixes every cell of a table, header and body', () => {
    const html = '<thead><tr><th>Code</th><th style="text-align:right">Stock</th></tr></thead><tbody><tr><td>HX018</td><td style="text-align:right">420</td></tr></tbody>';
    expect(alignTableCells(html)).not.toContain('style=');
    expect(alignTableCells(html).match(/align-right/g)).toHaveLength(2);
  });
});
