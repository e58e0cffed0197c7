import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const LESSON = 'm1/from-4p-to-4c';
const PRESENT = `/en/trainer/present/${LESSON}/`;
const PROJECT = `/en/trainer/project/${LESSON}/`;

/** The slide a deck shows (1-based, as in the hash). */
const shown = (page: Page) => page.locator('[data-deck] > [data-slide]:visible');
const expectSlide = async (page: Page, n: number) => {
  await expect(shown(page)).toHaveCount(1);
  await expect(shown(page)).toHaveAttribute('data-slide', String(n - 1));
};
const openDeck = async (page: Page, path: string) => {
  await page.goto(path);
  await expect(page.locator('[data-deck][data-ready]')).toHaveCount(1);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0); // the timers have hydrated
};

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Two windows and axe take a while on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

test('the presenter opens the projector and either window drives both', async ({ page, context }) => {
  await openDeck(page, PRESENT);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open the projector window' }).click(),
  ]);
  await expect(projector.locator('[data-deck][data-ready]')).toHaveCount(1);
  expect(new URL(projector.url()).pathname).toBe(PROJECT);
  await expectSlide(projector, 2);

  await page.keyboard.press('PageDown');
  await expectSlide(projector, 3);
  await projector.keyboard.press('PageDown');
  await projector.keyboard.press('PageDown');
  await expectSlide(page, 5);
  await expectSlide(projector, 5);
  await projector.keyboard.press('PageUp');
  await expectSlide(page, 4);
  await projector.getByRole('button', { name: 'Previous slide' }).click();
  await expectSlide(page, 3);
  expect(new URL(page.url()).hash).toBe('#3');
  expect(new URL(projector.url()).hash).toBe('#3');

  // The named window is reused: a second click opens no new one.
  await page.getByRole('button', { name: 'Open the projector window' }).click();
  await expect.poll(() => context.pages().length).toBe(2);
});

test('the windows stay in step through storage where there is no BroadcastChannel', async ({ context }) => {
  await context.addInitScript(() => { delete (window as { BroadcastChannel?: unknown }).BroadcastChannel; });
  const presenter = await context.newPage();
  const projector = await context.newPage();
  await openDeck(presenter, PRESENT);
  await openDeck(projector, PROJECT);
  await presenter.keyboard.press('End');
  await expectSlide(projector, 12);
  await projector.keyboard.press('Home');
  await expectSlide(presenter, 1);
});

test('keyboard only: through a lesson\'s slides, with the next slide and the position shown', async ({ page }) => {
  await openDeck(page, PRESENT);
  await expectSlide(page, 1);
  await expect(shown(page).getByRole('heading', { level: 2 })).toHaveText('From 4P to 4C: putting the customer at the centre');
  await expect(page.locator('[data-deck-next-title]')).toHaveText('Case opener');
  for (const [key, n] of [['ArrowRight', 2], ['ArrowDown', 3], [' ', 4], ['ArrowLeft', 3], ['ArrowUp', 2], ['End', 12], ['Home', 1]] as const) {
    await page.keyboard.press(key);
    await expectSlide(page, n);
  }
  await expect(page.locator('[data-deck-position]')).toHaveText('Slide 1 of 12');
  await page.keyboard.type('11');
  await expect(page.getByRole('status').filter({ hasText: 'Go to slide 11' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSlide(page, 11);
  await expect(shown(page).getByRole('heading', { level: 2 })).toHaveText('Practice');
  // The quiz is a card pointing to the classroom quiz, not the learner's island.
  await expect(shown(page).getByRole('link', { name: 'Open the classroom quiz' })).toHaveAttribute('href', '/en/trainer/quiz/q-m1-from-4p-to-4c/');
  await expect(page.locator('astro-island')).toHaveCount(1); // the timers only
  await expect(page.locator('[data-deck-live]')).toHaveText(/Slide 11 of 12: Practice/);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 12);
  await expect(page.locator('[data-deck-next-title]')).toHaveText('This is the last slide.');
  await expect(page.getByRole('button', { name: 'Next slide →' })).toBeDisabled();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 12);
});

test('a reload keeps the slide, and presenting records nothing for the learner', async ({ page }) => {
  await openDeck(page, `${PRESENT}#4`);
  await expectSlide(page, 4);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 5);
  await page.reload();
  await expect(page.locator('[data-deck][data-ready]')).toHaveCount(1);
  await expectSlide(page, 5);
  const record = await page.evaluate(() => localStorage.getItem('cs-course:record') ?? '');
  expect(record).not.toContain(LESSON);
});

test('the notes hold the lesson\'s trainer notes and its part of the session plan, model answers folded', async ({ page }) => {
  await openDeck(page, PRESENT);
  await expect(page.getByRole('region', { name: 'Trainer notes' })).toContainText('clinic buyer');
  const plan = page.getByRole('region', { name: /^In the session plan:/ });
  await expect(plan.getByRole('link', { name: /^In the session plan:/ })).toHaveAttribute('href', '/en/trainer/plans/m1/');
  await expect(plan.getByRole('heading', { name: 'Concepts: from 4P to 4C, and service as the most effective differentiator' })).toBeVisible();
  await expect(plan).toContainText('Concepts · 15 min · whole class');
  const answer = plan.getByText(/^Lin started from what he had/);
  await expect(answer).toBeHidden();
  await plan.getByText('Model answer').first().click();
  await expect(answer).toBeVisible();
});

test('the presenter keeps its timers across a reload', async ({ page }) => {
  await openDeck(page, PRESENT);
  const timers = page.locator('section.timers');
  await timers.getByLabel('Minutes').fill('2');
  await timers.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(timers.getByTestId('countdown')).toHaveText('2:00');
  await timers.getByRole('button', { name: 'Start' }).nth(1).click();
  await expect(timers.getByTestId('countdown')).toHaveText('1:59', { timeout: 3_000 });
  // Typing in the minutes box does not turn slides.
  await timers.getByLabel('Minutes').fill('3');
  await expectSlide(page, 1);
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('section.timers').getByTestId('countdown')).toHaveText(/^1:5\d$/);
  await expect(page.locator('section.timers').getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('the projector shows only the slide, in Chinese too, and F asks for full screen', async ({ page }) => {
  await openDeck(page, `/trainer/project/${LESSON}/#2`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(shown(page).getByRole('heading', { level: 2 })).toHaveText('案例导入');
  await expect(page.locator('header, footer, nav')).toHaveCount(0);
  // No learner script on the projector: it does not even open the learner's record.
  expect(await page.evaluate(() => localStorage.getItem('cs-course:record'))).toBeNull();
  await expect(page.locator('[data-deck-position]')).toHaveText('第 2 / 10 张');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-fullscreen-target') ?? false)).toBe(true);
});

for (const path of [`${PRESENT}#5`, `${PROJECT}#11`, `/trainer/present/${LESSON}/#9`]) {
  test(`axe finds nothing on ${path} (a slide with a table, the tool card)`, async ({ page }) => {
    await openDeck(page, path);
    expect(await axe(page)).toEqual([]);
  });
}

test('@phone the presenter fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDeck(page, PRESENT);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Next slide →' }).click();
  await expectSlide(page, 2);
});
