import { expect, test } from '@playwright/test';
import { open } from './helpers';

const KEY = 'cs-course:record';
const seed = (page: import('@playwright/test').Page, text: string) =>
  page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, text],
  );

test('unreadable saved progress never breaks a page: the learner is told and can keep learning [F-STORAGE-CORRUPT]', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seed(page, '{"schemaVersion":2,"events":[{"id":');
  await open(page, '/en/lessons/m1/what-is-service/');
  await expect(page.locator('[data-storage-warning]')).toContainText('could not be read');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByRole('heading', { name: 'Attempt 1' })).toBeVisible();
  expect(errors).toEqual([]);
  const backup = await page.evaluate(() => localStorage.getItem('cs-course:record:backup'));
  expect(backup).toContain('schemaVersion');
});

test('damaged entries are set aside while every valid event is kept [F-STORAGE-DAMAGED-EVENTS]', async ({ page }) => {
  const good = { id: 'ok-1', verb: 'completed', object: { type: 'lesson', id: 'm1/what-is-service' }, timestamp: '2026-11-20T10:00:00.000Z' };
  await seed(page, JSON.stringify({ schemaVersion: 2, learnerId: 'l1', events: [good, { id: 'bad', verb: 42 }, 'garbage'] }));
  await open(page, '/en/');
  await expect(page.locator('[data-storage-warning]')).not.toBeEmpty();
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('cs-course:record') ?? '{}').events.map((e: { id: string }) => e.id));
  expect(kept).toContain('ok-1');
  expect(kept).not.toContain('bad');
});

test('when storage is full the learner keeps working in memory and is warned [F-STORAGE-FULL]', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await open(page, '/en/lessons/m1/what-is-service/');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz.getByRole('heading', { name: 'Attempt 1' })).toBeVisible();
  await expect(page.locator('[data-storage-warning]')).toContainText(/cannot save|storage/i);
});
