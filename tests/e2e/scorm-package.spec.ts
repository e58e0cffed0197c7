import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { answerByKeyboard, open } from './helpers';
import { PACKAGE_PORT, PACKAGES } from './scorm-packages';

/**
 * The SCORM packages in a browser, served as an LMS serves them (e2e/serve-package.mjs):
 * from a deep folder, straight from the zip, files only (a folder URL is a 404), with
 * Moodle's content types. Every page, script, style sheet, data file and search file
 * must load from inside the package's folder.
 */

const origin = `http://localhost:${PACKAGE_PORT}`;
const base = (i = 0) => `${origin}${PACKAGES[i]!.folder}`;
const RECORD = 'cs-course:record';

/** Collects every request that failed or was answered with an error (a URL outside the package's folder is a 404). */
function watch(page: Page): string[] {
  const failures: string[] = [];
  const ours = (url: string) => url !== `${origin}/favicon.ico`; // the stand-in player page has no icon
  // A request cut off by the next navigation (ERR_ABORTED) is not a failure of the package.
  page.on('requestfailed', (r) => void (ours(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED' && failures.push(`${r.url()}: ${r.failure()?.errorText}`)));
  page.on('response', (r) => void (ours(r.url()) && r.status() >= 400 && failures.push(`${r.url()}: ${r.status()}`)));
  return failures;
}

/** A page's styles and scripts took effect: the base style sheet's custom properties and the progress script's resume link. */
async function expectStyledAndScripted(frame: Page | Frame) {
  const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(accent).not.toBe('');
  await expect(frame.locator('a[data-resume]')).toHaveAttribute('data-kind', /lesson|test/);
}

for (const [i, pkg] of PACKAGES.entries()) {
  test(`SCORM ${pkg.version}: the LMS player launches the course from a deep folder, the home page works and a lesson link opens the lesson`, async ({ page }) => {
    const failures = watch(page);
    await page.goto(`${origin}/player/${i}`);
    const sco: FrameLocator = page.frameLocator('#scorm_object');
    const site = sco.frameLocator('iframe[name="course"]');
    await expect(site.getByRole('heading', { level: 1 })).toBeVisible();
    const frame = page.frames().find((f) => f.url() === `${base(i)}index.html`);
    expect(frame, 'the launcher frames the home page').toBeDefined();
    await expectStyledAndScripted(frame!);
    await site.locator('a[href$="lessons/m1/what-is-service/index.html"]').first().click();
    await expect(site.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(site.getByTestId('quiz-q-m1-what-is-service')).toBeVisible();
    expect(page.frames().some((f) => f.url() === `${base(i)}lessons/m1/what-is-service/index.html`)).toBe(true);
    expect(failures).toEqual([]);
  });
}

test('in the package, a quiz island hydrates and records, a role-play fetches its scenario, and the progress links lead back', async ({ page }) => {
  const failures = watch(page);
  const scenario = page.waitForResponse((r) => r.url() === `${base()}data/roleplays/rp-internal-customer.en.json`);
  await open(page, `${base()}en/lessons/m1/what-is-service/index.html`);
  expect((await scenario).status()).toBe(200);
  const rp = page.getByTestId('roleplay-rp-internal-customer');
  await expect(rp.getByRole('button', { name: 'Take the assessment' })).toBeVisible();

  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const feedback = await answerByKeyboard(page, quiz.locator('ol.items > li').first());
  await expect(feedback).toContainText(/Correct|Incorrect|Partly correct/);
  const events = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { events?: Array<{ verb: string; context?: { parentId?: string } }> }).events ?? [], RECORD);
  expect(events.some((e) => e.verb === 'answered' && e.context?.parentId === 'q-m1-what-is-service')).toBe(true);

  // The home page's "continue" link (the progress script, from the page's outline) leads back into the package.
  await page.locator('header.site a.brand').click();
  await expect(page).toHaveURL(`${base()}en/index.html`);
  const resume = page.locator('a[data-resume]');
  await expect(resume).toHaveAttribute('href', /\/index\.html$/);
  await resume.click();
  await expect(page).toHaveURL(new RegExp(`^${base()}en/lessons/.+/index\\.html$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failures).toEqual([]);
});

test('in the package, search finds lessons in both languages and its results open', async ({ page }) => {
  const failures = watch(page);
  for (const [path, query, lesson] of [
    ['en/search/index.html', 'Joe Girard', 'en/lessons/m3/communication-skills/index.html'],
    ['search/index.html', '蓝图', 'lessons/m2/benchmarking-and-blueprint/index.html'],
  ] as const) {
    await page.goto(`${base()}${path}`);
    await page.getByRole('searchbox').fill(query);
    await page.keyboard.press('Enter');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible({ timeout: 15_000 }); // loading Pagefind takes seconds on a busy machine
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.slice(0, 3)).toContain(`${base()}${lesson}`);
    await page.locator(`[data-search-results] a[href="${new URL(`${base()}${lesson}`).pathname}"]`).first().click();
    await expect(page).toHaveURL(`${base()}${lesson}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(failures).toEqual([]);
});

test('in the package, the language switch keeps the learner on the same lesson, both ways', async ({ page }) => {
  const failures = watch(page);
  await page.goto(`${base()}lessons/m1/levels-of-service/index.html`);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(`${base()}en/lessons/m1/levels-of-service/index.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(`${base()}lessons/m1/levels-of-service/index.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(failures).toEqual([]);
});

test('in the package, a placement result links to its role-play (a link from the classifier data)', async ({ page }) => {
  const failures = watch(page);
  await open(page, `${base()}en/practice/cl-customer-type/index.html`);
  const island = page.getByTestId('classifier-cl-customer-type');
  await island.locator('fieldset').first().locator('input').first().check();
  await island.getByRole('button', { name: 'Show the result' }).click();
  const link = island.getByRole('link', { name: /Practise it:/ });
  await expect(link).toHaveAttribute('href', new RegExp(`^${PACKAGES[0].folder.replace(/\./g, '\\.')}en/roleplays/rp-[a-z-]+/index\\.html$`));
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failures).toEqual([]);
});
