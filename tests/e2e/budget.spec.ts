import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { measurePages } from '../bench/js-budget.mjs';

type Row = { page: string; gzip: number; islands: number };
const rows: Row[] = measurePages(fileURLToPath(new URL('../../dist', import.meta.url)));
const KB = 1024;

test.describe('JavaScript budgets (gzip, whole page)', () => {
  test('a text page without islands (home, module, 404 — as a lesson without a quiz) ships at most 5 KB', () => {
    // The search page is the one page without islands that needs a script of its own.
    const plain = rows.filter((r) => r.islands === 0 && !r.page.includes('/search/'));
    expect(plain.length).toBeGreaterThan(0);
    for (const r of plain) expect(r.gzip, r.page).toBeLessThanOrEqual(5 * KB);
  });

  test('a lesson page with a quiz ships at most 30 KB', () => {
    const lessons = rows.filter((r) => r.page.includes('/lessons/'));
    expect(lessons.length).toBeGreaterThan(0);
    for (const r of lessons) expect(r.gzip, r.page).toBeLessThanOrEqual(30 * KB);
  });
});
