import { expect, test } from '@playwright/test';

const cases = [
  { path: '/search/', query: '忠诚', lesson: '/lessons/m1/why-service-pays/' },
  { path: '/search/', query: '4C', lesson: '/lessons/m1/from-4p-to-4c/' },
  { path: '/en/search/', query: '4C', lesson: '/en/lessons/m1/from-4p-to-4c/' },
  { path: '/en/search/', query: 'service levels', lesson: '/en/lessons/m1/levels-of-service/' },
];

for (const { path, query, lesson } of cases) {
  test(`searching “${query}” on ${path} finds ${lesson}`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole('searchbox').fill(query);
    await page.keyboard.press('Enter');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.slice(0, 3)).toContain(lesson);
    await expect(page.getByRole('status').last()).toContainText(query);
  });
}

test('search results never come from the other language', async ({ page }) => {
  await page.goto('/en/search/?q=service');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('text that only appears inside a quiz island is not indexed', async ({ page }) => {
  // "participants" is in q-m1-what-is-service, which the lesson embeds, but in no lesson's prose.
  // Pagefind may still return near matches ("part"), but never the island's text.
  await page.goto('/en/search/?q=participants');
  await expect(page.getByRole('status').last()).toContainText('participants');
  const excerpts = await page.locator('[data-search-results] p').allInnerTexts();
  expect(excerpts.join(' ')).not.toMatch(/participants/i);
});
