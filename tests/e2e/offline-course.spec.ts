import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { answerEveryItem } from './helpers';
import { DIST, PACKAGED_SITE, manifestOf, nextBuild, startSite, type Site } from './offline-site';

/**
 * The offline course (issue 9, part 2): the service worker keeps visited pages, or the whole
 * course of a language after "make available offline", and updates without mixing builds.
 * Each test gets a fresh browser context (no worker, empty caches) and its own server.
 */
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 120_000 });

let site: Site;
test.beforeEach(async () => {
  site = await startSite(DIST);
});
test.afterEach(async () => site.close());

/** Opens a page and waits until the service worker controls it (installed with the shell). */
async function openControlled(page: Page, path: string): Promise<void> {
  await page.goto(site.url + path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

/** Makes the page's language available offline from My progress and waits until it is complete. */
async function makeAvailableOffline(page: Page, path: string, button: RegExp, done: RegExp): Promise<void> {
  await openControlled(page, path);
  const panel = page.locator('[data-offline-panel]');
  await panel.getByRole('button', { name: button }).click();
  await expect(panel.getByRole('status')).toContainText(done, { timeout: 90_000 });
}

test('a lesson visited once opens offline, and its quiz is scored and recorded', async ({ page, context }) => {
  await openControlled(page, '/en/lessons/m1/what-is-service/');
  await page.reload(); // now served through the worker, which keeps it
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const quiz = page.getByTestId('quiz-q-m1-what-is-service');
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const items = await quiz.locator('ol.items > li').count();
  await answerEveryItem(quiz);
  await expect(quiz).toContainText(/Score: [\d.]+ of \d+ points/);
  const answered = await page.evaluate(() => (JSON.parse(localStorage.getItem('cs-course:record') ?? '{"events":[]}') as { events: Array<{ verb: string }> }).events.filter((e) => e.verb === 'answered').length);
  expect(answered).toBe(items);
});

test('offline, a page never visited shows the offline page in its language, pointing to My progress [F-OFFLINE-UNVISITED]', async ({ page, context }) => {
  await openControlled(page, '/en/');
  await context.setOffline(true);
  const response = await page.goto(`${site.url}/en/lessons/m5/what-loyalty-is/`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: 'My progress' }).last()).toBeVisible();
  await page.goto(`${site.url}/lessons/m5/what-loyalty-is/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前处于离线状态');
});

test('after “make available offline”, every page of the Chinese course, its search, a role-play, a classifier and My progress work without a connection', async ({ page, context }) => {
  await makeAvailableOffline(page, '/progress/', /^离线可用$/, /整套中文课程.*已保存在本设备上/);
  const axe = await new AxeBuilder({ page }).include('[data-offline-panel]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await context.setOffline(true);

  const pages = manifestOf(DIST).entries.filter((e) => e[3] === 'zh-CN' && e[0].endsWith('.html')).map((e) => e[0].replace(/index\.html$/, ''));
  expect(pages.length).toBeGreaterThan(100);
  const broken = await page.evaluate(async (paths) => {
    const bad: string[] = [];
    for (const p of paths) {
      const r = await fetch(`/${p}`).catch(() => null);
      if (!r?.ok || !(await r.text()).includes('<main')) bad.push(p);
    }
    return bad;
  }, pages);
  expect(broken).toEqual([]);

  await page.goto(`${site.url}/search/`);
  await page.getByRole('searchbox').fill('忠诚');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 20_000 });

  await page.goto(`${site.url}/roleplays/rp-yogurt-complaint/`);
  const rp = page.getByTestId('roleplay-rp-yogurt-complaint');
  await rp.scrollIntoViewIfNeeded();
  await rp.getByRole('button', { name: '练习模式' }).click();
  await rp.locator('ol.replies button').first().click();
  await expect(rp.locator('[id$="-line-1"]')).toBeFocused();

  await page.goto(`${site.url}/practice/cl-customer-type/`);
  await expect(page.locator('div.classifier')).toBeVisible();
  await page.locator('div.classifier').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

  await page.goto(`${site.url}/progress/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的进度');
  await expect(page.locator('[data-offline-panel]').getByRole('status')).toContainText('已保存在本设备上');
});

test('a new deployment installs beside the old one: the learner is told, old pages keep old styles until they reload, then all is new and still offline [F-OFFLINE-NEW-DEPLOYMENT]', async ({ page, context }) => {
  await makeAvailableOffline(page, '/progress/', /^离线可用$/, /已保存在本设备上/);
  const next = nextBuild('build-two');
  try {
    site.serve(next.root);
    await page.goto(`${site.url}/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('[data-update-notice]');
    await expect(notice).toContainText('课程已有新版本', { timeout: 90_000 });

    // Until the learner reloads, the old build serves the old page with its old stylesheet.
    await page.reload();
    await expect(page.getByTestId('build-marker')).toHaveCount(0);
    const styles = () => page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? '').filter((h) => h.includes('_astro')));
    expect(await styles()).toContainEqual(expect.stringContaining(next.oldCss));
    expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0))).toBe(true);

    await notice.getByRole('button', { name: '重新加载以更新' }).click();
    await expect(page.getByTestId('build-marker')).toHaveText('build-two', { timeout: 30_000 });
    expect(await styles()).toContainEqual(expect.stringContaining(next.newCss));

    // The downloaded course came along: offline, a lesson never opened uses the new stylesheet.
    await context.setOffline(true);
    await page.goto(`${site.url}/modules/m8/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0))).toBe(true);
    const html = await page.content();
    expect(html.includes(next.oldCss)).toBe(false);
  } finally {
    rmSync(next.root, { recursive: true, force: true });
  }
});

test('the relative-URL copy served at a sub-path works offline too: the worker scope is that path', async ({ page, context }) => {
  const sub = await startSite(PACKAGED_SITE, '/training/');
  try {
    await page.goto(`${sub.url}/training/en/lessons/m1/what-is-service/index.html`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${sub.url}/training/`);
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const quiz = page.getByTestId('quiz-q-m1-what-is-service');
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
    await page.goto(`${sub.url}/training/en/lessons/m5/what-loyalty-is/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  } finally {
    await sub.close();
  }
});

test('the connection drops while the course is being saved: the learner is told what is missing, and Try again completes it [F-OFFLINE-DOWNLOAD-CUT]', async ({ page, context }) => {
  await openControlled(page, '/en/progress/');
  const panel = page.locator('[data-offline-panel]');
  await panel.getByRole('button', { name: 'Make available offline' }).click();
  await context.setOffline(true);
  await expect(panel.getByRole('status')).toContainText(/\d+ files could not be saved/, { timeout: 60_000 });
  await page.setViewportSize({ width: 360, height: 740 });
  const axe = await new AxeBuilder({ page }).include('[data-offline-panel]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await context.setOffline(false);
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.getByRole('status')).toContainText('The whole course in English', { timeout: 90_000 });
  await expect(panel.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();
});

test('a device without room for the whole course keeps what fits and says what did not [F-OFFLINE-STORAGE-FULL]', async ({ page, context }) => {
  await openControlled(page, '/en/progress/');
  await page.reload(); // kept by the worker
  // Room for the shell and a little more, far less than the course's ~5 MB.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: site.url, quotaSize: 1_500_000 });
  const panel = page.locator('[data-offline-panel]');
  await panel.getByRole('button', { name: 'Make available offline' }).click();
  await expect(panel.getByRole('status')).toContainText(/\d+ files could not be saved/, { timeout: 90_000 });
  await expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
});

test('a deployment that cannot be downloaded whole does not install: the old build keeps serving, and the update comes on a later visit [F-OFFLINE-UPDATE-FAILS]', async ({ page, context }) => {
  await openControlled(page, '/');
  await page.reload(); // both pages now kept by the worker
  await page.goto(`${site.url}/lessons/m1/what-is-service/`);
  const next = nextBuild('build-three');
  try {
    site.serve(next.root);
    site.failWhen((path) => path.endsWith('.css'));
    const update = () => page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update().catch(() => undefined);
      // Wait while a new worker installs; report whether one is left waiting.
      for (let i = 0; i < 100 && registration?.installing; i += 1) await new Promise((r) => setTimeout(r, 200));
      return registration?.waiting !== null;
    });
    expect(await update()).toBe(false);
    await page.goto(`${site.url}/`);
    await expect(page.locator('[data-update-notice]')).toBeEmpty();
    await expect(page.getByTestId('build-marker')).toHaveCount(0);
    await context.setOffline(true);
    await page.goto(`${site.url}/lessons/m1/what-is-service/`);
    expect(await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0))).toBe(true);
    await context.setOffline(false);

    site.failWhen(null);
    expect(await update()).toBe(true);
    await expect(page.locator('[data-update-notice]')).toContainText('课程已有新版本');
  } finally {
    rmSync(next.root, { recursive: true, force: true });
  }
});

test.describe('where the browser blocks service workers', () => {
  test.use({ serviceWorkers: 'block' });
  test('pages work and My progress says the course cannot be kept offline here [F-OFFLINE-NO-WORKER]', async ({ page }) => {
    await page.goto(`${site.url}/en/progress/`);
    await expect(page.locator('[data-offline-panel]').getByRole('status')).toHaveText('This browser cannot keep the course for offline use. Pages work while you are online.', { timeout: 15_000 });
    await expect(page.locator('[data-offline-panel]').getByRole('button')).toHaveCount(0);
  });
});
