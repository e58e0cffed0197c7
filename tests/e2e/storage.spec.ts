import { expect, test } from '@playwright/test';
import { answerEveryItem, open } from './helpers';

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

test('storage that fills up in the middle of a quiz: answering and finishing still work, the learner is warned, and nothing is lost once saving works again [F-STORAGE-FULL-MID-QUIZ]', async ({ page }) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '/en/lessons/m1/what-is-service/');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const items = await quiz.locator('ol.items > li').count();
  await page.evaluate(() => {
    const w = window as unknown as { realSetItem: Storage['setItem'] };
    w.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await answerEveryItem(quiz);
  await expect(page.locator('[data-storage-warning]')).toContainText('cannot save progress');
  const answered = (events: Array<{ verb: string }>) => events.filter((e) => e.verb === 'answered').length;
  const stored = () => page.evaluate(() => (JSON.parse(localStorage.getItem('cs-course:record') ?? '{"events":[]}') as { events: Array<{ verb: string }> }).events);
  expect(answered(await stored())).toBe(0); // every answer so far lives in memory only

  await page.evaluate(() => (Storage.prototype.setItem = (window as unknown as { realSetItem: Storage['setItem'] }).realSetItem));
  await page.locator('main').press('End'); // reading to the end records the lesson: the next save writes everything
  await expect.poll(async () => answered(await stored())).toBe(items);
  expect((await stored()).some((e) => e.verb === 'passed' || e.verb === 'failed')).toBe(true);
  await expect(page.locator('[data-storage-warning]')).toBeEmpty();
  expect(errors).toEqual([]);
});

test('storage the browser blocks (every access throws SecurityError): pages and quizzes work and the learner is told progress is not saved [F-STORAGE-BLOCKED]', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '/en/lessons/m1/what-is-service/');
  await expect(page.locator('[data-storage-warning]')).toContainText('cannot save progress');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryItem(quiz);
  await expect(quiz).toContainText(/Score: [\d.]+ of \d+ points/);
  expect(await page.evaluate(() => { try { return localStorage.length; } catch (e) { return (e as DOMException).name; } })).toBe('SecurityError');
  expect(errors).toEqual([]);
});
