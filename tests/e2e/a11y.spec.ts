import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { open } from './helpers';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return ['_astro', 'pagefind'].includes(d.name) ? [] : pages(p);
    return d.name.endsWith('.html') ? ['/' + relative(dist, p).replace(/index\.html$/, '')] : [];
  });

const all = pages(dist).sort();

test('the build has pages in both locales', () => {
  expect(all.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
  expect(all.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(5);
});

for (const path of all) {
  test(`axe finds no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
    test.setTimeout(60_000); // long lessons with several islands take axe a while on two cores
    await open(page, path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
