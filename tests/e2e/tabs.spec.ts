import { expect, test } from '@playwright/test';
import { answerByKeyboard, open } from './helpers';

test('two open tabs stay in agreement without a reload [F-TABS-TWO-TABS]', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, '/en/lessons/m1/why-service-pays/');
  await open(b, '/en/lessons/m1/why-service-pays/');

  const quizA = a.getByTestId('quiz-q-m1-why-service-pays');
  await quizA.getByRole('button', { name: 'Start the quiz' }).click();
  await answerByKeyboard(a, quizA.locator('ol.items > li').first());

  const quizB = b.getByTestId('quiz-q-m1-why-service-pays');
  await expect(quizB.getByRole('button', { name: 'Continue attempt 1' })).toBeVisible();
  await expect(b.locator('[data-progress-lesson="m1/why-service-pays"]')).toHaveText('In progress');

  await quizB.getByRole('button', { name: 'Continue attempt 1' }).click();
  await expect(quizB).toContainText('1 of');
});
