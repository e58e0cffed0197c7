import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { builtPages, open } from './helpers';

const all = builtPages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// axe-core itself, loaded into every page by the browser: one browser page then visits a batch
// of built pages. AxeBuilder's fresh context, injection and pass/incomplete details per page
// took ~4 s a page on two cores (35 min for ~550 pages); this takes under 1 s.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BATCH = 12;

test('the build has pages in both locales', () => {
  expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
  expect(all.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(5);
});

for (let i = 0; i < all.length; i += BATCH) {
  const batch = all.slice(i, i + BATCH);
  test(`axe finds no WCAG 2.2 A/AA violations on ${batch[0]} … ${batch.at(-1)} (${batch.length} pages)`, async ({ page }) => {
    test.setTimeout(180_000); // long lessons with several islands take axe a while on two cores
    await page.addInitScript(axeSource);
    for (const path of batch) {
      await open(page, path);
      const violations: { id: string; nodes: { target: string[] }[] }[] = await page.evaluate(
        (values) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: never[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] })
          .then((r) => r.violations),
        TAGS,
      );
      expect.soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
  });
}
