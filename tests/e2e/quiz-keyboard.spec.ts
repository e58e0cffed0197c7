import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { answerByKeyboard, open, tabTo } from './helpers';

const axe = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();

test('a trainee takes a lesson quiz with the keyboard only and gets feedback on every answer @phone', async ({ page }) => {
  test.setTimeout(120_000); // one Tab at a time through nine questions
  await open(page, '/en/lessons/m1/what-is-service/');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  const start = quiz.getByRole('button', { name: 'Start the quiz' });
  await tabTo(page, start, 200);
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('heading', { name: 'Attempt 1' })).toBeFocused();

  const items = quiz.locator('ol.items > li');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(5);
  expect((await axe(page)).violations).toEqual([]);
  for (let i = 0; i < count - 1; i += 1) {
    const feedback = await answerByKeyboard(page, items.nth(i));
    await expect(feedback).toContainText(/Correct|Incorrect|Partly correct/);
    await expect(feedback).toContainText('Why:');
  }
  await answerByKeyboard(page, items.nth(count - 1), 'x', true);

  const results = quiz.getByRole('heading', { name: 'Your result' });
  await expect(results).toBeFocused();
  await expect(quiz).toContainText(/Score: [\d.]+ of \d+ points/);
  await expect(quiz.getByRole('heading', { name: 'Review of attempt 1' })).toBeVisible();
  await expect(quiz.locator('dt', { hasText: 'Why' })).toHaveCount(count);

  expect((await axe(page)).violations).toEqual([]);
});

test('a Chinese trainee sees the quiz in Chinese and can check a single answer', async ({ page }) => {
  await open(page, '/quizzes/q-m1-from-4p-to-4c/');
  const quiz = page.getByTestId('quiz-q-m1-from-4p-to-4c');
  await quiz.getByRole('button').first().click();
  const first = quiz.locator('ol.items > li').first();
  const feedback = await answerByKeyboard(page, first, '顾客成本');
  await expect(feedback).toContainText(/答对了|答错了|部分正确/);
  await expect(feedback).toContainText('解析');
});

test('in the dark colour scheme a quiz in progress and its feedback pass axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/quizzes/q-m1-levels-of-service/');
  const quiz = page.getByTestId('quiz-q-m1-levels-of-service');
  await quiz.getByRole('button', { name: '开始测验' }).click();
  await answerByKeyboard(page, quiz.locator('ol.items > li').first());
  expect((await axe(page)).violations).toEqual([]);
});
