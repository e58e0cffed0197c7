import { expect, test, type Page } from '@playwright/test';
import { open, tabTo } from './helpers';

// Print-to-PDF and many keyboard steps take a while on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

/** Pages in a PDF printed on A4 (Chromium's print path, i.e. the print stylesheet). */
async function a4Pages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** The path of the first session plan the hub links (plans are content: the test follows whichever comes first). */
async function firstPlan(page: Page, hub: string): Promise<string> {
  await open(page, hub);
  const link = page.locator('a[href*="/trainer/plans/"]').first();
  await expect(link).toBeAttached();
  return (await link.getAttribute('href'))!;
}

test('the footer leads to the trainer hub, which links every tool of a module', async ({ page }) => {
  await open(page, '/en/');
  await page.getByTestId('trainer-link').click();
  await expect(page).toHaveURL(/\/en\/trainer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For trainers');
  const m1 = page.locator('section[data-module="m1"]');
  await expect(m1.getByRole('link', { name: 'Classroom quiz: module test' })).toHaveAttribute('href', '/en/trainer/quiz/q-m1-test/');
  await expect(m1.getByRole('link', { name: 'Answer key' })).toHaveAttribute('href', '/en/trainer/keys/m1/');
  await expect(m1.getByRole('link', { name: 'Present: What service is' })).toHaveAttribute('href', '/en/trainer/present/m1/what-is-service/');
  await expect(m1.getByRole('link', { name: 'Handout: What service is' })).toHaveAttribute('href', '/en/trainer/handouts/m1/what-is-service/');
  await expect(m1.getByRole('link', { name: 'The next step in the process comes knocking' })).toHaveAttribute('href', /\/en\/trainer\/roleplay\/rp-internal-customer\/$/);
});

test('a session plan keeps the start time the trainer set and prints every model answer on A4', async ({ page }) => {
  const plan = await firstPlan(page, '/en/trainer/');
  await open(page, plan);
  const times = page.locator('[data-agenda] tbody [data-time]');
  await expect(times.first()).toHaveText(/^09:00–09:\d\d$/);
  const start = page.getByLabel('Start time');
  await start.fill('13:30');
  await start.dispatchEvent('change');
  await expect(times.first()).toHaveText(/^13:30–13:\d\d$/);
  await expect(page.getByRole('status').filter({ hasText: 'Agenda times from 13:30.' })).toBeAttached();
  const rows = await times.allTextContents();
  rows.slice(1).forEach((row, i) => expect(row.slice(0, 5), 'each block starts when the previous ends').toBe(rows[i]!.slice(-5)));

  await page.reload();
  await expect(times.first()).toHaveText(/^13:30–/);

  const answers = page.locator('[data-answer]');
  const toggle = page.getByRole('button', { name: 'Show the model answer' }).first();
  await expect(answers.first()).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(answers.first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the model answer' }).first()).toHaveAttribute('aria-expanded', 'true');

  await page.emulateMedia({ media: 'print' });
  for (const answer of await answers.all()) await expect(answer).toBeVisible();
  await expect(page.locator('footer.site')).toBeHidden();
  await expect(page.getByLabel('Start time')).toBeHidden();
  await page.setViewportSize({ width: 700, height: 1000 }); // A4 less 15 mm margins ≈ 680 CSS px
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
  expect(await a4Pages(page)).toBeGreaterThan(0);
});

test('groups from pasted names: nobody alone with an odd count, roles rotate, kept across reload', async ({ page }) => {
  await open(page, '/en/trainer/roleplay/rp-internal-customer/');
  const names = ['Ann', 'Bo', 'Chen', 'Dina', 'Eli', 'Fang', 'Gus'];
  const box = page.getByLabel('Names, one per line (or separated by commas)');
  await box.fill(names.join('\n')); // pasted, as a trainer would
  await tabTo(page, page.getByRole('radio', { name: '3 people' }), 5);
  await page.keyboard.press('ArrowLeft'); // radio group: arrows move the choice to 2 people
  await expect(page.getByRole('radio', { name: '2 people' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Make groups' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '7 people in 3 groups. Round 1.' })).toBeVisible();

  const groups = page.getByTestId('groups').locator(':scope > li');
  await expect(groups).toHaveCount(3);
  const sizes = await groups.evaluateAll((gs) => gs.map((g) => g.querySelectorAll('.name').length));
  expect(sizes.sort()).toEqual([2, 2, 3]);
  const everyone = await page.getByTestId('groups').locator('.name').allTextContents();
  expect(everyone.sort()).toEqual(names);

  const rolesOf = () => groups.first().locator('li').allTextContents();
  const round1 = await rolesOf();
  await page.getByRole('button', { name: 'Next round' }).click();
  await expect(page.getByTestId('round')).toHaveText('Round 2');
  const round2 = await rolesOf();
  expect(round2).not.toEqual(round1);
  expect(round2.filter((r) => r.endsWith('Customer'))).toHaveLength(1);

  await page.reload();
  await expect(page.getByTestId('round')).toHaveText('Round 2');
  expect(await rolesOf()).toEqual(round2);
  await page.getByRole('button', { name: 'Reshuffle' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Round 1.' })).toBeVisible();
  expect((await page.getByTestId('groups').locator('.name').allTextContents()).sort()).toEqual(names);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('groups')).toBeVisible();
  await expect(box).toBeHidden();
});

test('the round timer counts down from the clock and says when time is up', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await open(page, '/en/trainer/roleplay/rp-internal-customer/');
  await page.clock.pauseAt(new Date('2026-03-02T09:10:00')); // from here time moves only when the test says
  const minutes = page.getByLabel('Minutes per round');
  await minutes.fill('1');
  await minutes.dispatchEvent('change');
  const clock = page.getByTestId('round-clock');
  await expect(clock).toHaveText('1:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(20_000);
  await expect(clock).toHaveText('0:40');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('0:40');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(41_000);
  await expect(clock).toHaveText('0:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up.' })).toBeVisible();
  await page.getByRole('button', { name: '+1 minute' }).click();
  await expect(clock).toHaveText('1:00');
  await page.clock.runFor(5_000);
  await expect(clock).toHaveText('0:55'); // one more minute, and it runs on
  await expect(page.getByRole('status').filter({ hasText: 'Time is up.' })).toHaveCount(0);
});

test('the debrief walks the model path to its ending, opened by keyboard', async ({ page }) => {
  await open(page, '/trainer/roleplay/rp-internal-customer/');
  const debrief = page.getByTestId('debrief');
  const steps = debrief.locator('ol.path > li');
  await expect(steps.first()).toBeHidden();
  await tabTo(page, debrief.locator('summary').first());
  await page.keyboard.press('Enter');
  await expect(steps.first()).toBeVisible();
  expect(await steps.count()).toBeGreaterThan(1);
  for (const step of await steps.all()) {
    await expect(step.locator('.best')).toContainText('最佳回应');
    await expect(step).toContainText('为什么');
  }
  await expect(debrief.locator('.ending')).toContainText('示范对话的结局');
});

test('a lesson handout fits one printed A4 page in both locales', async ({ page }) => {
  for (const path of ['/en/trainer/handouts/m1/what-is-service/', '/trainer/handouts/m7/customer-files/']) {
    await open(page, path);
    await expect(page.locator('#case ~ p').first()).not.toBeEmpty();
    expect(await page.locator('section[aria-labelledby="summary"] li').count()).toBeGreaterThan(1);
    expect(await a4Pages(page), path).toBe(1);
    await expect(page.getByRole('button', { name: /Print|打印/ })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the answer key lists every item of the test bank with its answer and explanation, and prints', async ({ page }) => {
  await open(page, '/en/trainer/keys/m1/');
  const items = page.locator('li.item');
  expect(await items.count()).toBeGreaterThan(5);
  for (const item of (await items.all()).slice(0, 5)) {
    await expect(item.locator('.answer')).toContainText(/Answer: \S/);
    await expect(item).toContainText('Explanation:');
  }
  const pages = await a4Pages(page);
  expect(pages).toBeGreaterThan(0);
  await expect(page.locator('header.site')).toBeHidden();
});

test('trainer pages fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/trainer/', '/trainer/roleplay/rp-internal-customer/', '/en/trainer/handouts/m1/what-is-service/', '/en/trainer/keys/m1/']) {
    await open(page, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
