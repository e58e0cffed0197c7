import { expect, test } from '@playwright/test';
import { answerEveryItem } from './helpers';

/**
 * The LMS launcher (lms/index.html) opened where there is no LMS: no SCORM API in any
 * frame or opener, no cmi5 launch parameters (a bookmarked launch link, a package opened
 * from disk). The SCORM and cmi5 launches are in scorm-runtime.spec.ts and cmi5.spec.ts.
 */

test('without an LMS the launcher just shows the course, with no status bar, and progress is kept on the device [F-LMS-MISSING]', async ({ page }) => {
  test.setTimeout(90_000); // a whole quiz in a frame, on a busy two-core machine
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sent: string[] = [];
  page.on('request', (r) => r.method() !== 'GET' && sent.push(`${r.method()} ${r.url()}`));
  await page.goto('/lms/');
  const course = page.frameLocator('iframe[name="course"]');
  await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-lms-bar]')).toBeHidden();
  await expect(page.getByRole('status')).toHaveCount(0);

  const frame = page.frame({ name: 'course' })!;
  await frame.goto(new URL('/en/lessons/m1/what-is-service/', page.url()).href);
  const quiz = course.getByTestId('quiz-q-m1-what-is-service');
  await quiz.scrollIntoViewIfNeeded(); // islands hydrate when visible
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryItem(quiz);
  const verbs = await frame.evaluate(() => (JSON.parse(localStorage.getItem('cs-course:record') ?? '{"events":[]}') as { events: { verb: string }[] }).events.map((e) => e.verb));
  expect(verbs).toContain('answered');
  expect(verbs.some((v) => v === 'passed' || v === 'failed')).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('cs-course:lms-learner'))).toBeNull();
  await expect(page.locator('[data-lms-bar]')).toBeHidden();
  expect(sent).toEqual([]);
  expect(errors).toEqual([]);
});
