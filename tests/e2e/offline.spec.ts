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
