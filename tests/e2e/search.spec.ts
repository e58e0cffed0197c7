import { expect, test, type Page } from '@playwright/test';
import { probes } from '../bench/probes.mjs';

/** Each lesson is found (in the top three) by its key terms, in both languages. */
const cases = [
  { path: '/search/', query: '忠诚', lesson: '/lessons/m5/what-loyalty-is/' },
  { path: '/search/', query: '4C', lesson: '/lessons/m1/from-4p-to-4c/' },
  { path: '/en/search/', query: '4C', lesson: '/en/lessons/m1/from-4p-to-4c/' },
  { path: '/en/search/', query: 'service levels', lesson: '/en/lessons/m1/levels-of-service/' },
  { path: '/search/', query: '技术质量', lesson: '/lessons/m2/perceived-quality/' },
  { path: '/en/search/', query: 'functional quality', lesson: '/en/lessons/m2/perceived-quality/' },
  { path: '/search/', query: '蓝图', lesson: '/lessons/m2/benchmarking-and-blueprint/' },
  { path: '/en/search/', query: 'service blueprint', lesson: '/en/lessons/m2/benchmarking-and-blueprint/' },
  { path: '/search/', query: '期望', lesson: '/lessons/m2/expectations-and-satisfaction/' },
  { path: '/en/search/', query: 'expectations', lesson: '/en/lessons/m2/expectations-and-satisfaction/' },
  { path: '/search/', query: '乔·吉拉德', lesson: '/lessons/m3/communication-skills/' },
  { path: '/en/search/', query: 'Joe Girard', lesson: '/en/lessons/m3/communication-skills/' },
  { path: '/search/', query: '分析型', lesson: '/lessons/m3/four-personality-types/' },
  { path: '/en/search/', query: 'analytical type', lesson: '/en/lessons/m3/four-personality-types/' },
  { path: '/search/', query: '和平型', lesson: '/lessons/m3/serving-each-type/' },
  { path: '/en/search/', query: 'peaceful type', lesson: '/en/lessons/m3/serving-each-type/' },
  { path: '/search/', query: '满意链', lesson: '/lessons/m4/why-satisfaction-matters/' },
  { path: '/en/search/', query: 'satisfaction chain', lesson: '/en/lessons/m4/why-satisfaction-matters/' },
  { path: '/search/', query: '满意度调查', lesson: '/lessons/m4/measuring-satisfaction/' },
  { path: '/en/search/', query: 'satisfaction survey', lesson: '/en/lessons/m4/measuring-satisfaction/' },
  { path: '/search/', query: '提升客户满意的途径', lesson: '/lessons/m4/raising-satisfaction/' },
  { path: '/en/search/', query: 'after-sales service', lesson: '/en/lessons/m4/raising-satisfaction/' },
  { path: '/en/search/', query: 'loyalty', lesson: '/en/lessons/m5/what-loyalty-is/' },
  { path: '/search/', query: '虚假忠诚', lesson: '/lessons/m5/types-of-loyalty/' },
  { path: '/en/search/', query: 'Dick Basu', lesson: '/en/lessons/m5/types-of-loyalty/' },
  { path: '/search/', query: '传道者', lesson: '/lessons/m5/satisfaction-and-loyalty/' },
  { path: '/en/search/', query: 'zone of indifference', lesson: '/en/lessons/m5/satisfaction-and-loyalty/' },
  { path: '/search/', query: '转换成本', lesson: '/lessons/m5/building-loyalty/' },
  { path: '/en/search/', query: 'switching cost', lesson: '/en/lessons/m5/building-loyalty/' },
];

/** Pagefind fetches its WASM and index fragments on first search: slow on a busy two-core machine. */
const RESULTS_WAIT = 15_000;

for (const { path, query, lesson } of cases) {
  test(`searching “${query}” on ${path} finds ${lesson}`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole('searchbox').fill(query);
    await page.keyboard.press('Enter');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible({ timeout: RESULTS_WAIT });
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.slice(0, 3)).toContain(lesson);
    await expect(page.getByRole('status').last()).toContainText(query);
  });
}

test('search results never come from the other language', async ({ page }) => {
  await page.goto('/en/search/?q=service');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible({ timeout: RESULTS_WAIT });
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('text that only appears inside a quiz island is not indexed', async ({ page }) => {
  // "truckload" is in q-m1-what-is-service, which the lesson embeds, but in no lesson's prose.
  // Pagefind may still return near matches ("truck"), but never the island's text.
  await page.goto('/en/search/?q=truckload');
  await expect(page.getByRole('status').last()).toContainText('truckload');
  const excerpts = await page.locator('[data-search-results] p').allInnerTexts();
  expect(excerpts.join(' ')).not.toMatch(/truckload/i);
});

/** The lesson IDs (`m1/what-is-service`) of the results of a search sent from the address, once it has finished. */
async function lessonsFound(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').last()).toContainText(query, { timeout: RESULTS_WAIT }); // the last line names the query
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map((h) => h.match(/lessons\/(m\d\/[^/]+)/)?.[1] ?? h);
}

// The benchmark's probes (tests/bench/probes.mjs): what a trainee would type, the lessons
// that must be among the results and those (or, for words in no lesson, any) that must not.
for (const probe of probes) {
  const must = probe.nothing ? 'no lesson' : `${probe.mustFind.join(', ')}${probe.mustNotFind ? `, not ${probe.mustNotFind.join(', ')}` : ''}`;
  test(`probe: “${probe.query}” (${probe.locale}) finds ${must}`, async ({ page }) => {
    const found = await lessonsFound(page, probe.locale, probe.query);
    if (probe.nothing) expect(found).toEqual([]);
    for (const id of probe.mustFind) expect(found).toContain(id);
    for (const id of probe.mustNotFind ?? []) expect(found).not.toContain(id);
  });
}

test('the status counts the results in words that fit the number, in both languages', async ({ page }) => {
  await page.goto('/en/search/?q=yogurt'); // one lesson tells the yogurt story (a probe)
  await expect(page.getByRole('status').last()).toHaveText('1 result for “yogurt”', { timeout: RESULTS_WAIT });
  await page.goto('/en/search/?q=blueprint');
  await expect(page.getByRole('status').last()).toHaveText(/^[2-9]\d* results for “blueprint”$/, { timeout: RESULTS_WAIT });
  await page.goto('/search/?q=4C');
  await expect(page.getByRole('status').last()).toHaveText('“4C”共有 1 条结果', { timeout: RESULTS_WAIT });
});
