import { expect, test, type Page } from '@playwright/test';
import { answerEveryItem, open } from './helpers';

/**
 * The connection drops after a page has loaded. There is no service worker yet, so only the
 * loaded page is tested: a quiz needs nothing from the network once its island has hydrated.
 */

type Event = { verb: string; object: { id: string } };
const stored = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('cs-course:record') ?? '{"events":[]}') as { events: Event[] }).events);

test('offline in the middle of a quiz, answering, checking and finishing still work and are recorded; back online nothing is lost [F-NETWORK-OFFLINE-QUIZ]', async ({ page, context }) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await open(page, '/en/lessons/m1/what-is-service/');
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const items = await quiz.locator('ol.items > li').count();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await answerEveryItem(quiz);
  await expect(quiz).toContainText(/Score: [\d.]+ of \d+ points/);
  await expect(quiz.getByRole('heading', { name: 'Review of attempt 1' })).toBeVisible();
  const offline = await stored(page);
  expect(offline.filter((e) => e.verb === 'answered')).toHaveLength(items);
  expect(offline.filter((e) => e.verb === 'passed' || e.verb === 'failed')).toHaveLength(1);
  await expect(page.locator('[data-storage-warning]')).toBeEmpty();

  await context.setOffline(false);
  await open(page, '/en/lessons/m1/what-is-service/');
  expect((await stored(page)).map((e) => `${e.verb} ${e.object.id}`)).toEqual(expect.arrayContaining(offline.map((e) => `${e.verb} ${e.object.id}`)));
  await expect(quiz.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0); // the finished attempt is shown again, not a fresh start
  expect(errors).toEqual([]);
  expect(failed).toEqual([]); // nothing the page needed was asked for while offline
});

test('when the quiz items cannot be fetched, the quiz says so and loads them again on request, in both languages [F-NETWORK-QUIZ-DATA]', async ({ page }) => {
  const cases = [
    { path: '/en/lessons/m1/what-is-service/', failed: 'The questions could not be loaded', retry: 'Try loading again', start: 'Start the quiz' },
    { path: '/lessons/m1/what-is-service/', failed: '题目未能载入', retry: '重新载入', start: '开始测验' },
  ];
  for (const c of cases) {
    await page.route('**/data/quizzes/**', (route) => route.abort('internetdisconnected'));
    await open(page, c.path);
    const quiz = page.getByTestId('quiz-q-m1-what-is-service');
    await expect(quiz.getByRole('alert')).toContainText(c.failed);
    await expect(quiz.getByRole('button', { name: c.start })).toHaveCount(0);

    await page.unroute('**/data/quizzes/**');
    const retry = quiz.getByRole('button', { name: c.retry });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('alert')).toHaveCount(0);
    const start = quiz.getByRole('button', { name: c.start });
    await expect(start).toBeEnabled();
    await expect(start).toBeFocused(); // the same button: focus stays where the learner was
    await page.keyboard.press('Enter');
    await expect(quiz.locator('ol.items > li').first()).toBeVisible();
    await page.evaluate(() => localStorage.clear()); // the next language starts without this attempt
  }
});
