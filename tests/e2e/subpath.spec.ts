import { expect, test } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerByKeyboard, open } from './helpers';
import { watch } from './csp-watch';

/**
 * A sub-path deployment (README: Deploying): the relative-URL copy of the site that
 * `npm run package` stages in packages/site/ (the package server of the Playwright config
 * builds it) served under /training/ of the test server's origin, files only, as a plain
 * static host would. A lesson, its quiz, search and My progress work there, under the
 * same CSP, with no request outside the site's origin.
 */

const site = fileURLToPath(new URL('../../packages/site/', import.meta.url));
const BASE = '/training/';

test.beforeEach(async ({ context, baseURL }) => {
  await context.route(`${new URL(baseURL!).origin}${BASE}**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(BASE.length));
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ path: file });
  });
});

test('the site copy runs under /training/: a lesson and its quiz, search, My progress', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const w = await watch(context, new URL(baseURL!).origin);
  const failed: string[] = [];
  page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.url()}: ${r.status()}`)));

  await page.goto(`${BASE}index.html`);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/training\/en\/index\.html$/);

  await open(page, `${BASE}en/lessons/m1/what-is-service/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const quiz = page.locator('section.quiz').first();
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByKeyboard(page, quiz.locator('ol.items > li').first());

  await page.goto(`${BASE}en/search/index.html`);
  await page.getByRole('searchbox').fill('loyalty');
  await page.keyboard.press('Enter');
  const result = page.locator('[data-search-results] a').first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  expect(new URL((await result.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/training\/en\/lessons\/.+\/index\.html$/);

  await page.getByRole('link', { name: 'My progress' }).first().click();
  await expect(page).toHaveURL(/\/training\/en\/progress\/index\.html$/);
  await expect(page.getByText('What service is').first()).toBeVisible();

  expect(failed).toEqual([]);
  expect(w.take()).toEqual([]);
});
