import { expect, test } from '@playwright/test';
import { answerByKeyboard, open } from './helpers';

test('a learner resets their progress only after confirming, and can cancel', async ({ page }) => {
  await open(page, '/en/lessons/m1/what-is-service/');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByKeyboard(page, quiz.locator('ol.items > li').first());

  await open(page, '/en/progress/');
  const row = page.getByRole('row', { name: /What service is/ });
  await expect(row).toContainText('In progress');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('In progress');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(row).toContainText('Not started');
  await open(page, '/en/');
  await expect(page.locator('[data-progress-lesson="m1/what-is-service"]')).toHaveText('Not started');
});
