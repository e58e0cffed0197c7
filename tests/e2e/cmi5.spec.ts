import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLrs, type TinyLrs } from '../lrs/lrs.mjs';
import { unzipSync } from 'fflate';
import { answerByKeyboard } from './helpers';

/**
 * The course launched by a cmi5 LMS: the built launcher (dist/lms/index.html) opened with
 * cmi5 launch parameters that point at the tiny LRS of tests/lrs/, which also plays the
 * LMS (LMS.LaunchData, the one-time fetch URL). The learner answers, loses the connection,
 * answers more, comes back, and finishes; the LRS must then hold every statement once.
 */

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
let lrs: TinyLrs;

test.beforeAll(async () => {
  lrs = await startLrs();
});
test.afterAll(() => lrs?.close());

/** The frame the launcher shows the course in, once it has loaded its first page and then `path`. */
async function courseFrame(page: Page, path: string): Promise<Frame> {
  const frame = () => page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith('http'));
  await expect.poll(() => !!frame()?.url(), { message: 'the launcher frames a course page' }).toBe(true);
  await frame()!.waitForLoadState();
  await frame()!.goto(path);
  return frame()!;
}
const verb = (s: { verb: { id: string } }) => s.verb.id.split('/').pop();

const QUIZ = 'q-m1-levels-of-service';
/** Opens the launcher with cmi5 launch parameters and starts the quiz in the course frame: its frame and items. */
async function startQuiz(page: Page, query: string): Promise<{ frame: Frame; items: Locator }> {
  await page.goto(`/lms/?${query}`);
  const frame = await courseFrame(page, `/en/quizzes/${QUIZ}/`);
  const quiz = frame.getByTestId(`quiz-${QUIZ}`);
  await quiz.scrollIntoViewIfNeeded(); // islands hydrate when visible
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  return { frame, items: quiz.locator('ol.items > li') };
}
const assets = join(dist, '_astro');

/** The text of every script a built page loads, and of what those import, by file name. */
function scriptsOf(page: string): Map<string, string> {
  const loaded = new Map<string, string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    const text = readFileSync(join(assets, file), 'utf8');
    loaded.set(file, text);
    for (const [, next] of text.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) visit(next!);
  };
  for (const [, src] of readFileSync(join(dist, page), 'utf8').matchAll(/src="\/_astro\/([^"]+\.js)"/g)) visit(src!);
  return loaded;
}
const launcherHasCmi5 = () => existsSync(join(dist, 'lms', 'index.html')) && [...scriptsOf('lms/index.html').values()].some((t) => t.includes('auth-token'));
const learnerEvents = (frame: Frame) => frame.evaluate(() => (JSON.parse(localStorage.getItem('cs-course:record') ?? '{"events":[]}') as { events: { id: string }[] }).events.length);

test('a cmi5 launch: every answer reaches the LRS once, in cmi5 order, offline answers included [F-NETWORK-OFFLINE-LRS]', async ({ page, context }) => {
  expect(launcherHasCmi5(), 'the launcher bundles the cmi5 adapter').toBe(true);
  test.setTimeout(120_000);
  const returnURL = `${lrs.url}/_test/return`;
  const launch = lrs.launch({ masteryScore: 0.8, returnURL });
  const { frame, items } = await startQuiz(page, launch.query);
  const mine = () => lrs.statements.filter((s) => s.context?.registration === launch.registration);

  await answerByKeyboard(page, items.nth(0));
  await answerByKeyboard(page, items.nth(1));
  const unsent = async () => (await learnerEvents(frame)) + 1 - mine().length; // + Initialized
  await expect.poll(unsent).toBe(0);

  await context.setOffline(true);
  await answerByKeyboard(page, items.nth(2));
  await answerByKeyboard(page, items.nth(3));
  await expect(page.getByRole('status')).toContainText(/not answering|没有响应/); // the learner is told
  expect(await unsent()).toBe(2); // nothing got through, and the two answers wait

  await context.setOffline(false);
  await expect.poll(unsent, { timeout: 15_000 }).toBe(0); // sent on the browser's `online` event

  const events = await learnerEvents(frame);
  await page.getByRole('button', { name: /^(Finish|结束学习)$/ }).click();
  await page.getByRole('button', { name: /^(Yes, finish|确定结束)$/ }).click();
  await expect.poll(() => mine().map(verb).at(-1), { timeout: 15_000 }).toBe('terminated');
  await expect(page).toHaveURL(returnURL); // cmi5 §10: after Terminated, the window goes to returnURL

  const statements = mine();
  expect(lrs.errors).toEqual([]);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(statements.length).toBe(events + 2); // every event once, + Initialized and Terminated
  expect(verb(statements[0]!)).toBe('initialized');
  const defined = statements.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id === CMI5));
  expect(defined.map(verb)).toEqual(['initialized', 'terminated']); // a quiz is not the course: no Completed / Passed yet
  const times = statements.map((s) => Date.parse(s.timestamp));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(statements.filter((s) => verb(s) === 'answered')).toHaveLength(4);
});

test('a cmi5 launch while the LRS is down: the course opens and records, the learner is told, and everything reaches the LRS once it is back [F-LRS-DOWN-AT-LAUNCH]', async ({ page }) => {
  test.setTimeout(90_000);
  const launch = lrs.launch({ masteryScore: 0.8 });
  const mine = () => lrs.statements.filter((s) => s.context?.registration === launch.registration);
  lrs.down();
  try {
    const { frame, items } = await startQuiz(page, launch.query);
    await answerByKeyboard(page, items.nth(0));
    await expect(page.getByRole('status')).toContainText(/not answering|没有响应/);
    expect(mine()).toEqual([]);
    expect(await learnerEvents(frame)).toBeGreaterThanOrEqual(2); // attempted + answered, on the device
  } finally {
    lrs.up();
  }
  const frame = page.frames().find((f) => f.name() === 'course')!;
  await answerByKeyboard(page, frame.getByTestId(`quiz-${QUIZ}`).locator('ol.items > li').nth(1)); // the next change sends everything
  await expect.poll(async () => mine().length, { timeout: 15_000 }).toBe((await learnerEvents(frame)) + 1); // + Initialized
  expect(verb(mine()[0]!)).toBe('initialized');
  expect(lrs.errors).toEqual([]);
});

test('a site built without PUBLIC_LRS_ENDPOINT ships no LRS code in its pages', () => {
  test.skip(!!process.env.PUBLIC_LRS_ENDPOINT, 'this build has an LRS');
  expect(readdirSync(assets).filter((f) => /lrs/i.test(f))).toEqual([]);
  // The LMS launcher's own scripts hold the xAPI client; the course pages must not.
  const loaded = new Map<string, string>();
  for (const page of ['index.html', 'en/lessons/m1/what-is-service/index.html', 'en/progress/index.html']) {
    expect(readFileSync(join(dist, page), 'utf8')).not.toContain('lrs-config');
    for (const [file, text] of scriptsOf(page)) loaded.set(file, text);
  }
  expect(loaded.size).toBeGreaterThan(0);
  for (const [file, text] of loaded) expect(text, file).not.toContain('X-Experience-API-Version');
});

test('the cmi5 package has cmi5.xml at its root, launching a file of the zip, with the site beside it', () => {
  // Built by the package server of tests/playwright.config.ts (npm run package).
  const zip = unzipSync(readFileSync(fileURLToPath(new URL('../../packages/cs-course-cmi5.zip', import.meta.url))));
  const xml = new TextDecoder().decode(zip['cmi5.xml']);
  const url = /<url>([^<]+)<\/url>/.exec(xml)?.[1];
  expect(url).toBe('lms/index.html');
  expect(zip[url!]).toBeDefined();
  expect(zip['index.html']).toBeDefined();
  expect(Object.keys(zip).filter((f) => f.endsWith('.xml'))).toEqual(['cmi5.xml']);
  expect(xml).toMatch(/<au id="[^"]+" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="OwnWindow">/);
});
