import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { completedCourse } from '../unit/tracking/course';
import { answerEveryItem } from './helpers';
import { PACKAGE_PORT, PACKAGES } from './scorm-packages';

/**
 * The packages under a real SCORM runtime: scorm-again as window.API / API_1484_11 in a
 * player page that commits to the test server (e2e/scorm-host.mjs) and relaunches from
 * what was committed. scorm-again accepts more than real LMSs do, so the call log is
 * checked here too: Initialize first, nothing after Finish, SetValue never refused,
 * SCORM 1.2 suspend data within 4,096 characters.
 */

const origin = `http://localhost:${PACKAGE_PORT}`;
const RECORD = 'cs-course:record';
type Call = { method: string; args: string[]; result: string; error: string };
type Cmi = Record<string, unknown> & { core?: Record<string, unknown>; score?: Record<string, unknown>; interactions?: Record<string, Record<string, unknown>> };
type Lms = { cmi: Cmi | null; commits: Array<{ ok: boolean }>; terminated: boolean };

const lmsState = async (page: Page, learner: string): Promise<Lms> => (await page.request.get(`${origin}/host/state/${learner}`)).json() as Promise<Lms>;
const setFailing = (page: Page, learner: string, on: boolean) => page.request.post(`${origin}/host/fail/${learner}?on=${on ? 1 : 0}`);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
const interactionIds = (cmi: Cmi | null) => Object.values(cmi?.interactions ?? {}).map((i) => String(i.id));

/** Opens the player; returns the course's frame once the launcher has loaded it. */
async function launch(page: Page, i: number, learner: string): Promise<Frame> {
  await page.goto(`${origin}/host/${i}?learner=${learner}`);
  await expect(page.frameLocator('#scorm_object').locator('[data-lms-bar]')).toBeVisible();
  await expect(page.frameLocator('#scorm_object').frameLocator('iframe[name="course"]').getByRole('heading', { level: 1 })).toBeVisible();
  return page.frames().find((f) => f.name() === 'course')!;
}
const bar = (page: Page) => page.frameLocator('#scorm_object').locator('[data-lms-status]');
const barState = (page: Page) => page.frameLocator('#scorm_object').locator('[data-lms-bar]');

/** Takes the quiz of a lesson in the course frame with the mouse, answering every item with its first option. */
async function takeQuiz(course: Frame, lessonUrl: string, quizId: string): Promise<void> {
  await course.goto(lessonUrl);
  const quiz = course.getByTestId(`quiz-${quizId}`);
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await answerEveryItem(quiz);
}

function checkCallLog(log: Call[], version: string): void {
  const init = version === '1.2' ? 'LMSInitialize' : 'Initialize';
  const finish = version === '1.2' ? 'LMSFinish' : 'Terminate';
  const set = version === '1.2' ? 'LMSSetValue' : 'SetValue';
  expect(log[0]?.method).toBe(init);
  expect(log.filter((c) => c.method === init)).toHaveLength(1);
  const end = log.findIndex((c) => c.method === finish);
  if (end >= 0) expect(log.slice(end + 1).filter((c) => !/Get/.test(c.method))).toEqual([]);
  expect(log.filter((c) => c.method === set && c.result !== 'true')).toEqual([]);
  const suspend = log.filter((c) => c.method === set && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]!.length);
  expect(suspend.length).toBeGreaterThan(0);
  if (version === '1.2') expect(Math.max(...suspend)).toBeLessThanOrEqual(4096);
}

// Every change is committed at once, synchronously, with the whole CMI data: slower than a page test.
test.describe.configure({ timeout: 180_000 });

for (const [i, pkg] of PACKAGES.entries()) {
  test.describe(`SCORM ${pkg.version} under scorm-again`, () => {
    test('a quiz taken in the course reaches the LMS as interactions, committed at once, and a relaunch on another device restores the progress', async ({ page, browser }) => {
      const learner = `quiz-${pkg.version}-${Date.now()}`;
      const course = await launch(page, i, learner);
      await takeQuiz(course, `${new URL('en/lessons/m1/what-is-service/index.html', course.url()).href}`, 'q-m1-what-is-service');
      await expect(barState(page)).toHaveAttribute('data-state', 'saved');
      await expect.poll(async () => interactionIds((await lmsState(page, learner)).cmi).filter((id) => id.length > 0).length).toBeGreaterThanOrEqual(6);
      const { cmi } = await lmsState(page, learner);
      expect(interactionIds(cmi).every((id) => /^[\x21-\x7e]+$/.test(id))).toBe(true);
      expect(String(cmi?.suspend_data ?? '')).toMatch(/^S1!/);
      if (pkg.version === '1.2') expect(cmi?.core?.lesson_status).toBe('incomplete');
      else expect(cmi?.completion_status).toBe('incomplete');
      checkCallLog(await calls(page), pkg.version);

      // Another browser (empty localStorage) relaunching the course for the same learner.
      const other = await browser.newPage();
      const again = await launch(other, i, learner);
      await again.goto(new URL('en/progress/index.html', again.url()).href);
      const row = again.getByRole('row', { name: /What service is/ }).first();
      await expect(row).toContainText(/Passed|Failed/);
      await other.close();
    });

    test('a finished course is reported complete and passed with its score, within 4,096 characters of suspend data, and Finish ends the session [F-LMS-SUSPEND-LIMIT]', async ({ page }) => {
      const learner = `done-${pkg.version}-${Date.now()}`;
      await page.goto(`${origin}/host/state/${learner}`);
      await page.evaluate(([key, events]) => localStorage.setItem(key, JSON.stringify({ schemaVersion: 2, learnerId: 'seed', events })), [RECORD, completedCourse('worst')] as const);
      await launch(page, i, learner);
      await expect(barState(page)).toHaveAttribute('data-state', 'saved');
      await expect.poll(async () => (await lmsState(page, learner)).cmi?.suspend_data).toBeTruthy();
      const { cmi } = await lmsState(page, learner);
      if (pkg.version === '1.2') {
        expect(cmi?.core?.lesson_status).toBe('passed');
        expect(Number((cmi?.core?.score as Record<string, string>).raw)).toBeGreaterThanOrEqual(80);
      } else {
        expect([cmi?.completion_status, cmi?.success_status]).toEqual(['completed', 'passed']);
        expect(Number(cmi?.score?.scaled)).toBeGreaterThanOrEqual(0.8);
      }
      expect(interactionIds(cmi).length).toBeGreaterThan(100);
      const launcher = page.frameLocator('#scorm_object');
      await launcher.getByRole('button', { name: '结束学习' }).click(); // the bar speaks the language of the page in the frame (zh-CN home)
      await launcher.getByRole('button', { name: '继续学习' }).click();
      await expect(launcher.getByRole('button', { name: '结束学习' })).toBeFocused();
      await launcher.getByRole('button', { name: '结束学习' }).click();
      await launcher.getByRole('button', { name: '确定结束' }).click();
      await expect(barState(page)).toHaveAttribute('data-state', 'closed', { timeout: 15_000 });
      await expect(bar(page)).toContainText('本次学习已结束');
      await expect(bar(page)).toBeFocused();
      const log = await calls(page);
      expect(log.at(-1)?.method).toBe(pkg.version === '1.2' ? 'LMSFinish' : 'Terminate');
      checkCallLog(log, pkg.version);
      const after = await lmsState(page, learner);
      expect(after.terminated).toBe(true);
      expect(interactionIds(after.cmi).length).toBe(interactionIds(cmi).length);
      expect(pkg.version === '1.2' ? after.cmi?.core?.exit : after.cmi?.exit).toBe('suspend');
    });

    test('while the LMS refuses commits the learner is told and nothing is lost: the answers reach it once it answers again [F-LMS-REJECTS-COMMIT]', async ({ page }) => {
      const learner = `fail-${pkg.version}-${Date.now()}`;
      const course = await launch(page, i, learner);
      await setFailing(page, learner, true);
      await takeQuiz(course, new URL('en/lessons/m1/what-is-service/index.html', course.url()).href, 'q-m1-what-is-service');
      await expect(barState(page)).toHaveAttribute('data-state', 'retrying');
      await expect(bar(page)).toContainText(/not answering|没有响应/);
      // The status bar, shown with its warning, passes axe like every page of the site.
      const { violations } = await new AxeBuilder({ page }).include('#scorm_object').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(interactionIds((await lmsState(page, learner)).cmi)).toEqual([]);
      const local = await course.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').events.length as number, RECORD);
      expect(local).toBeGreaterThan(6);
      await setFailing(page, learner, false);
      await course.goto(new URL('../from-4p-to-4c/index.html', course.url()).href); // any change sends again
      await expect(barState(page)).toHaveAttribute('data-state', 'saved');
      const { cmi, commits } = await lmsState(page, learner);
      expect(interactionIds(cmi).length).toBeGreaterThanOrEqual(6);
      expect(commits.some((c) => !c.ok)).toBe(true);
      checkCallLog(await calls(page), pkg.version);
    });
  });
}

test('another learner launching in the same browser starts from their own LMS record, not the previous learner\'s [F-LMS-OTHER-LEARNER]', async ({ page }) => {
  const first = `first-${Date.now()}`;
  const course = await launch(page, 0, first);
  await takeQuiz(course, new URL('en/lessons/m1/what-is-service/index.html', course.url()).href, 'q-m1-what-is-service');
  await expect(barState(page)).toHaveAttribute('data-state', 'saved');
  await course.evaluate(() => localStorage.setItem('cs-course:identity', JSON.stringify({ name: 'First Learner' })));
  const second = await launch(page, 0, `second-${Date.now()}`);
  const events = await second.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').events as Array<{ verb: string }>, RECORD);
  expect(events.filter((e) => e.verb === 'answered')).toEqual([]);
  expect(await second.evaluate(() => localStorage.getItem('cs-course:record:other-learner'))).toContain('q-m1-what-is-service');
  expect(await second.evaluate(() => localStorage.getItem('cs-course:identity'))).toBeNull();
});
