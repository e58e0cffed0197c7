import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Every HTML page of the build in dist/ as a site path (`/en/lessons/m1/what-is-service/`),
 * sorted; Astro's assets and Pagefind's folder are skipped. The page sweeps (axe, CSP) visit these.
 */
export function builtPages(): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = join(d, e.name);
      if (e.isDirectory()) return ['_astro', 'pagefind'].includes(e.name) ? [] : walk(p);
      return e.name.endsWith('.html') ? ['/' + relative(dist, p).replace(/index\.html$/, '')] : [];
    });
  return walk(dist).sort();
}

/** Opens a page and waits until every island on it has hydrated (islands hydrate when visible). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  for (const island of await page.locator('section.quiz, div.roleplay, div.classifier').all()) await island.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Presses Tab until `target` has focus (fails after `max` presses): proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/**
 * Answers one quiz item using the keyboard only: Tab into the item, pick with Space /
 * arrow keys / typing, then Enter on "Check answer". Returns the item's feedback region,
 * which has focus afterwards unless this was the `last` item of the attempt.
 */
export async function answerByKeyboard(page: Page, item: Locator, fillText = 'x', last = false): Promise<Locator> {
  const check = item.getByRole('button', { name: /Check answer|检查答案|提交答案|核对答案/ });
  const first = item.locator('input, select, button').first();
  await tabTo(page, first);
  const radios = item.locator('input[type=radio]');
  const boxes = item.locator('input[type=checkbox]');
  const selects = item.locator('select');
  const text = item.locator('input[type=text], input:not([type])');
  if (await radios.count()) await page.keyboard.press('Space');
  else if (await boxes.count()) await page.keyboard.press('Space');
  else if (await text.count()) await page.keyboard.type(fillText);
  else if (await selects.count()) {
    for (let i = 0; i < (await selects.count()); i += 1) {
      await tabTo(page, selects.nth(i));
      await page.keyboard.press('ArrowDown');
    }
  }
  await tabTo(page, check);
  await page.keyboard.press('Enter');
  const feedback = item.locator('.feedback');
  // The last answer ends the attempt: the results take the item's place (and focus).
  if (!last) await expect(feedback).toBeFocused();
  return feedback;
}

/** Answers every item of a started quiz with the mouse (first option, first choice of each list, "x"), until its result shows. */
export async function answerEveryItem(quiz: Locator): Promise<void> {
  const items = quiz.locator('ol.items > li');
  const count = await items.count();
  for (let n = 0; n < count; n += 1) {
    const item = items.nth(n);
    const choice = item.locator('input[type=radio], input[type=checkbox]').first();
    if (await choice.count()) await choice.check();
    for (const select of await item.locator('select').all()) await select.selectOption({ index: 1 });
    const text = item.locator('input[type=text]');
    if (await text.count()) await text.first().fill('x');
    await item.getByRole('button', { name: /Check answer|提交答案/ }).click();
  }
  await expect(quiz.getByRole('heading', { name: /Your result|你的成绩/ })).toBeVisible();
}
