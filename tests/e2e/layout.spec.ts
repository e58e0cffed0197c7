import { expect, test } from '@playwright/test';
import { open } from './helpers';

const paths = ['/', '/en/', '/modules/m1/', '/lessons/m1/from-4p-to-4c/', '/lessons/m2/benchmarking-and-blueprint/', '/lessons/m3/four-personality-types/', '/en/lessons/m5/types-of-loyalty/', '/en/lessons/m5/satisfaction-and-loyalty/', '/en/lessons/m4/why-satisfaction-matters/', '/en/lessons/m1/levels-of-service/', '/en/quizzes/q-m1-test/', '/search/', '/en/progress/', '/404.html'];

for (const path of paths) {
  test(`${path} fits a 360 px wide phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('pages follow the system dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/en/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
});

test('a printed lesson leaves out navigation and keeps the lesson text', async ({ page }) => {
  await open(page, '/en/lessons/m1/what-is-service/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site')).toBeHidden();
  await expect(page.locator('nav.pager')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every page declares its language and lesson pages link their translation', async ({ page }) => {
  await open(page, '/en/lessons/m1/what-is-service/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveAttribute('href', '/lessons/m1/what-is-service/');
  await open(page, '/modules/m1/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
