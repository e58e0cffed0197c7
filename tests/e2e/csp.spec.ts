import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, builtPages, open } from './helpers';
import { watch, type Watch } from './csp-watch';
import { completedEvents, seed } from './records-data';
import { file, learner } from './hr-data';
import { hrStrings } from '../../src/i18n/hr-strings';

/**
 * The Content-Security-Policy (astro.config.mjs, lib/security/csp.ts) blocks nothing the
 * site needs, and no page asks anything of another origin: every built page is visited
 * (islands hydrated), then the journeys that load code on demand are driven once. Any
 * violation, CSP console error or foreign request fails the test, naming the page.
 */

const all = builtPages();
const BATCH = 20;

/** The test server's origin (the base URL of the Playwright config). */
const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

/** Lets late reports (a lazily loaded chunk, a paint) arrive, then expects there were none. */
async function expectClean(page: Page, w: Watch, what: string) {
  await page.waitForTimeout(300);
  expect(w.take(), what).toEqual([]);
}

test('every built page carries the strict policy as a meta element', async ({ page }) => {
  await page.goto('/en/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/default-src 'self'/);
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(policy).toMatch(/object-src 'none'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
});

test('the watch catches an inline script, a style attribute and a foreign image (the checks below can fail)', async ({ page, context, baseURL }) => {
  const w = await watch(context, origin(baseURL));
  await page.route('**/en/', async (route) => {
    const html = await (await route.fetch()).text();
    const bad = '<script>document.title="injected"</script><p style="color:red">x</p><img alt="" src="https://example.com/pixel.png">';
    await route.fulfill({ body: html.replace('</main>', `${bad}</main>`), contentType: 'text/html' });
  });
  await page.goto('/en/');
  await page.waitForTimeout(500);
  const lines = w.take().join('\n');
  expect(lines).toMatch(/\/en\/: script-src-elem blocked inline/);
  expect(lines).toMatch(/\/en\/: style-src-attr blocked inline/);
  expect(lines).toMatch(/\/en\/: img-src blocked https:\/\/example\.com\/pixel\.png/);
  await expect(page).not.toHaveTitle('injected');
});

for (let i = 0; i < all.length; i += BATCH) {
  const batch = all.slice(i, i + BATCH);
  test(`no CSP violation and no foreign request on ${batch[0]} … ${batch.at(-1)} (${batch.length} pages)`, async ({ page, context, baseURL }) => {
    test.setTimeout(180_000); // long lessons hydrate several islands; two busy cores
    const w = await watch(context, origin(baseURL));
    for (const path of batch) {
      await open(page, path);
      expect.soft(w.take(), path).toEqual([]);
    }
    await expectClean(page, w, batch.at(-1)!);
  });
}

test.describe('code loaded on demand runs under the policy', () => {
  test.describe.configure({ timeout: 60_000 });

  test('a quiz answered and checked, a role-play reply, a classifier result', async ({ page, context, baseURL }) => {
    const w = await watch(context, origin(baseURL));
    await open(page, '/en/lessons/m1/what-is-service/');
    const quiz = page.locator('section.quiz').first();
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(await answerByKeyboard(page, quiz.locator('ol.items > li').first())).toBeVisible();
    await expectClean(page, w, 'quiz');

    await open(page, '/en/roleplays/rp-yogurt-complaint/');
    const rp = page.getByTestId('roleplay-rp-yogurt-complaint');
    await rp.getByRole('button', { name: 'Take the assessment' }).click();
    await rp.locator('ol.replies').getByRole('button').first().click();
    await expect(rp.locator('[id$="-line-1"]')).toBeVisible();
    await expectClean(page, w, 'role-play');

    await open(page, '/en/practice/cl-dick-basu/');
    const island = page.locator('div.classifier').first();
    await island.getByRole('radio').first().check();
    await island.getByRole('button', { name: 'Show the result' }).click();
    await expect(island.getByRole('heading', { name: /^Result:/ })).toBeVisible();
    await expectClean(page, w, 'classifier');
  });

  for (const [path, query] of [['/search/', '忠诚'], ['/en/search/', 'loyalty']] as const) {
    test(`a search on ${path} (Pagefind's WebAssembly and index)`, async ({ page, context, baseURL }) => {
      const w = await watch(context, origin(baseURL));
      await page.goto(path);
      await page.getByRole('searchbox').fill(query);
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 15_000 });
      await expectClean(page, w, `search ${path}`);
    });
  }

  test('My progress: the record, the QR dialog and the certificate', async ({ page, context, baseURL }) => {
    const w = await watch(context, origin(baseURL));
    await seed(page, completedEvents(), { name: '王小明' });
    await open(page, '/progress/');
    await page.getByRole('button', { name: '出示我的成绩' }).click();
    await expect(page.getByRole('dialog', { name: '我的成绩' }).getByRole('img', { name: '成绩摘要的二维码' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClean(page, w, 'QR dialog');
    await page.getByRole('link', { name: '打印结业证书' }).click();
    await expect(page.getByTestId('certificate').getByRole('img', { name: /二维码/ })).toBeVisible();
    await expectClean(page, w, 'certificate');
  });

  test('the HR page: an import, the roster and the charts', async ({ page, context, baseURL }) => {
    const w = await watch(context, origin(baseURL));
    await page.goto('/en/hr/');
    await page.getByLabel(hrStrings.en['import.files']).setInputFiles([
      file('team.json', JSON.stringify([learner({ name: '张三', best: 0.95 }), learner({ name: 'Bob Smith', best: 0.5 })])),
    ]);
    await page.locator('.charts').scrollIntoViewIfNeeded();
    await expect(page.locator('.charts[data-drawn="true"]')).toBeAttached();
    await expectClean(page, w, 'HR page');
  });

  test('the presenter opens the projector window', async ({ page, context, baseURL }) => {
    const w = await watch(context, origin(baseURL));
    await open(page, '/en/trainer/present/m1/from-4p-to-4c/');
    const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the projector window' }).click()]);
    await projector.waitForLoadState();
    await page.keyboard.press('ArrowRight');
    await expectClean(page, w, 'presenter and projector');
  });

  test('the LMS launcher loads the course in its frame', async ({ page, context, baseURL }) => {
    const w = await watch(context, origin(baseURL));
    await page.goto('/lms/');
    await expect.poll(() => page.frames().some((f) => f !== page.mainFrame() && new URL(f.url(), 'http://x').pathname === '/')).toBe(true);
    await page.frames()[1]!.waitForLoadState();
    await expectClean(page, w, 'LMS launcher');
  });
});
