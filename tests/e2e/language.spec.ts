import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('the language switch keeps the learner on the same lesson, both ways @phone', async ({ page }) => {
  await open(page, '/lessons/m1/levels-of-service/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const zhTitle = await page.getByRole('heading', { level: 1 }).innerText();

  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/lessons\/m1\/levels-of-service\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enTitle = await page.getByRole('heading', { level: 1 }).innerText();
  expect(enTitle).not.toBe(zhTitle);
  expect(enTitle).toMatch(/[A-Za-z]/);

  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/lessons\/m1\/levels-of-service\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhTitle);
});
