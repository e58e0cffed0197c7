import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open, tabTo } from './helpers';

const QUIZ = '/en/trainer/quiz/q-m1-test/';
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const hands = (page: Page, letter: string) => page.getByRole('spinbutton', { name: `Hands for ${letter}` });
const heading = (page: Page) => page.locator('#tq-question');
// axe on a whole round takes a while on a busy two-core machine.
test.beforeEach(() => test.setTimeout(90_000));

test('the trainer picks a quiz from the list of module tests and lesson quizzes, in Chinese too', async ({ page }) => {
  await open(page, '/trainer/quiz/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('课堂测验');
  await expect(page.getByRole('link', { name: /单元测试/ })).toHaveCount(8);
  await page.getByRole('link', { name: /M1 单元测试/ }).click();
  await expect(page).toHaveURL(/\/trainer\/quiz\/q-m1-test\/$/);
  await expect(heading(page)).toHaveText('第 1 题（共 23 题）');
  await expect(page.locator('.options li').first()).toContainText('A');
  expect(await axe(page)).toEqual([]);
});

test('a round with hand counts and a reveal: the bars show the counts, the reveal the right answer and why, and a reload keeps it all', async ({ page }) => {
  await open(page, QUIZ);
  const quiz = page.getByTestId('classroom-quiz');
  await expect(heading(page)).toHaveText('Question 1 of 23');
  await expect(quiz.getByText('Why', { exact: true })).toHaveCount(0);

  for (const [letter, n] of [['A', '3'], ['B', '12'], ['C', '1']] as const) await hands(page, letter).fill(n);
  const bars = page.getByTestId('tally-main');
  await expect(bars).toContainText('16 answers');
  await expect(bars.getByRole('table')).toContainText('75%');
  await expect(bars).not.toContainText('chose a right answer');

  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(quiz.getByRole('heading', { name: 'Answer', exact: true })).toBeVisible();
  await expect(quiz.locator('.answer li')).toHaveText([/^B\. Service means meeting or exceeding/]);
  await expect(quiz.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(bars).toContainText('75% chose a right answer');
  await expect(quiz.locator(".options li[data-right='true']")).toHaveCount(1);
  await expect(quiz.locator(".options li[data-right='true']")).toContainText('right answer');
  expect(await axe(page)).toEqual([]);

  await page.getByRole('button', { name: /Next question/ }).click();
  await expect(heading(page)).toHaveText('Question 2 of 23');
  await expect(hands(page, 'A')).toHaveValue('0');
  await expect(quiz.locator('.options li')).toHaveText([/True/, /False/]);

  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Question 2 of 23');
  await page.getByRole('button', { name: /Previous question/ }).click();
  await expect(hands(page, 'B')).toHaveValue('12');
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toBeVisible();
  await expect(bars).toContainText('75% chose a right answer');
});

test('the team scoreboard ranks teams, undoes the last award and is kept across a reload', async ({ page }) => {
  await open(page, QUIZ);
  const board = page.locator('.scoreboard');
  for (const name of ['Red', 'Blue', 'Green']) {
    await board.getByLabel('Team name').fill(name);
    await board.getByLabel('Team name').press('Enter');
  }
  await board.getByRole('button', { name: '+1 One point to Blue' }).click();
  await board.getByRole('button', { name: '+1 One point to Blue' }).click();
  await board.getByRole('button', { name: '+1 One point to Green' }).click();
  await board.getByRole('button', { name: '−1 Take one point from Red' }).click();
  await expect(board.getByRole('status')).toHaveText('Red: -1 points');
  await board.getByRole('button', { name: 'Undo the last award' }).click();
  await expect(board.getByRole('status')).toHaveText('Undone: −1 for Red');
  await expect(board.locator('tbody tr')).toHaveText([/^1\s*Blue\s*2/, /^2\s*Green\s*1/, /^3\s*Red\s*0/]);

  // Another quiz of the same session shows the same board.
  await open(page, '/en/trainer/quiz/q-m1-what-is-service/');
  await expect(page.locator('.scoreboard tbody tr')).toHaveText([/^1\s*Blue\s*2/, /^2\s*Green\s*1/, /^3\s*Red\s*0/]);
  await page.reload();
  await expect(page.locator('.scoreboard tbody tr').first()).toContainText('Blue');
  await expect(page.locator('.scoreboard')).toContainText('Last: +1 for Green');
});

test('the whole round works from the keyboard: counts typed, Escape out of the box, arrows and clicker keys, R to reveal, T and + for the countdown', async ({ page }) => {
  await page.clock.install({ time: new Date('2025-03-03T09:00:00') });
  await open(page, QUIZ);
  await page.clock.pauseAt(new Date('2025-03-03T10:00:00')); // time moves only when the test says so
  await tabTo(page, hands(page, 'A'), 60);
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(hands(page, 'B')).toHaveValue('2');
  await expect(page.getByTestId('tally-main')).toContainText('6 answers');
  await page.keyboard.press('ArrowRight'); // inside the box: stays with the box
  await expect(heading(page)).toHaveText('Question 1 of 23');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toBeFocused();

  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toBeVisible();
  await expect(page.getByRole('status').last()).toHaveText('The answer of question 1 is shown.');

  const clock = page.getByTestId('countdown');
  await expect(clock).toHaveText('1:00');
  await page.keyboard.press('t');
  await page.clock.runFor(10_000);
  await expect(clock).toHaveText('0:50');
  await page.keyboard.press('t');
  await page.clock.runFor(10_000);
  await expect(clock).toHaveText('0:50');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('t');
  await page.clock.runFor(51_000);
  await expect(clock).toHaveText('Time is up');
  await expect(page.getByRole('status').last()).toHaveText('Time is up');
  await page.keyboard.press('+');
  await page.clock.runFor(1_000);
  await expect(clock).toHaveText('0:29');

  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText('Question 2 of 23');
  await expect(clock).toHaveText('1:00');
  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText('Question 23 of 23');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('Question 22 of 23');
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText('Question 1 of 23');

  // Single-key shortcuts can be turned off (WCAG 2.1.4); the arrows still work.
  await page.getByLabel('Single-key shortcuts R, T and +').uncheck();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Question 2 of 23');
});

test('questions a show of hands cannot answer are shown without giving the answer away, and revealed in full', async ({ page }) => {
  await open(page, QUIZ);
  await page.getByLabel('Go to question').fill('6');
  await page.getByLabel('Go to question').press('Enter');
  await expect(heading(page)).toHaveText('Question 6 of 23');
  await expect(page.locator('.tally')).toContainText('No show of hands for this kind of question');
  await expect(page.locator('.answer')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.locator('.answer li').first()).toContainText(/^1\. /);
  await page.getByLabel('Go to question').fill('11');
  await page.getByLabel('Go to question').press('Enter');
  await expect(page.locator('.question')).toContainText('Discuss in your team');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.locator('.answer li')).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
});

test('damaged or blocked storage never stops a round: it starts at question 1 and the trainer is told when nothing can be saved [F-TRAINER-STORAGE]', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('cs-course:trainer:quiz:q-m1-test', '{"version":1,"index":');
    localStorage.setItem('cs-course:trainer:scoreboard', '[1,2');
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, QUIZ);
  await expect(heading(page)).toHaveText('Question 1 of 23');
  await expect(page.locator('.scoreboard')).toContainText('No teams yet');

  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await hands(page, 'A').fill('5');
  await expect(page.getByRole('alert')).toContainText('does not let the page save');
  await expect(page.getByTestId('tally-main')).toContainText('5 answers');
  expect(errors).toEqual([]);
});

test('in the dark colour scheme a revealed question passes axe, and the page fits a 360 px phone @phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, QUIZ);
  await page.locator('.scoreboard').getByLabel('Team name').fill('A very long team name indeed');
  await page.locator('.scoreboard').getByRole('button', { name: 'Add team' }).click();
  await hands(page, 'B').fill('7');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  expect(await axe(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
