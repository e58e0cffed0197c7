import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open, tabTo } from './helpers';
import { path, scenario } from './roleplay-data';
import { offeredReplies, start } from '../../src/lib/roleplay/engine';

const ID = 'rp-yogurt-complaint';
const PAGE = `/en/roleplays/${ID}/`;
const view = scenario(ID);
const best = path(view, 'best');
const worst = path(view, 'worst');
const pct = (x: number) => Math.round(x * 100);
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();

/**
 * Clicks the replies of a path in order (`done` replies were already made), checking
 * the customer's newest line gets focus each time until the conversation ends.
 */
async function play(rp: Locator, steps: Array<{ text: string }>, done = 0) {
  for (const [i, step] of steps.entries()) {
    await rp.locator('ol.replies').getByRole('button', { name: step.text, exact: false }).click();
    if (i < steps.length - 1) await expect(rp.locator(`[id$="-line-${done + i + 1}"]`)).toBeFocused();
  }
}

test('the model path of an assessment ends passed with the top score @phone', async ({ page }) => {
  await open(page, PAGE);
  const rp = page.getByTestId(`roleplay-${ID}`);
  await rp.getByRole('button', { name: 'Take the assessment' }).click();
  await play(rp, best.steps);
  await expect(rp.getByRole('heading', { name: 'How it ended' })).toBeFocused();
  await expect(rp.locator('.verdict')).toContainText(`✓ Passed: ${pct(best.result.scaled)}%`);
  await expect(rp.locator('.outcome')).toContainText(best.result.ending.title);
  // Every dimension of the model path is in the table, with its score.
  for (const d of best.result.dimensions) await expect(rp.locator('table')).toContainText(`${d.percent}%`);
  expect((await axe(page)).violations).toEqual([]);
  // The record counts it: the role-play index shows it passed.
  await open(page, '/en/roleplays/');
  await expect(page.locator(`[data-progress-quiz="${ID}"]`)).toHaveText(/Passed/);
});

test('the worst path of an assessment loses the customer and fails, with the better reply shown at each misstep', async ({ page }) => {
  await open(page, PAGE);
  const rp = page.getByTestId(`roleplay-${ID}`);
  await rp.getByRole('button', { name: 'Take the assessment' }).click();
  // Assessment: no coaching while the conversation goes on.
  await rp.locator('ol.replies').getByRole('button', { name: worst.steps[0]!.text }).click();
  await expect(rp.locator('.coach')).toHaveCount(0);
  await expect(rp.getByRole('button', { name: 'Step back' })).toHaveCount(0);
  await play(rp, worst.steps.slice(1), 1);
  await expect(rp.locator('.verdict')).toContainText(`✗ Not passed: ${pct(worst.result.scaled)}%`);
  await expect(rp.locator('.outcome')).toContainText(/Leaves|Escalates/);
  await expect(rp.locator('.coach').filter({ hasText: 'A better reply here' }).first()).toBeVisible();
  await expect(rp.locator('details.model summary')).toHaveText('The model conversation');
});

test('a whole practice conversation works with the keyboard only, with coaching and a step back @phone', async ({ page }) => {
  await open(page, PAGE);
  const rp = page.getByTestId(`roleplay-${ID}`);
  await tabTo(page, rp.getByRole('button', { name: 'Practise' }), 200);
  await page.keyboard.press('Enter');
  await expect(rp.locator('[id$="-line-0"]')).toBeFocused();
  // Number keys choose a reply; the step back undoes it.
  await page.keyboard.press(String(worst.steps[0]!.key));
  await expect(rp.locator('.coach').first()).toContainText('Coach:');
  await tabTo(page, rp.getByRole('button', { name: 'Step back' }));
  await page.keyboard.press('Enter');
  await expect(rp.locator('.you')).toHaveCount(0);
  for (const [i, step] of best.steps.entries()) {
    await page.keyboard.press(String(step.key));
    if (i < best.steps.length - 1) await expect(rp.locator(`[id$="-line-${i + 1}"]`)).toBeFocused();
  }
  await expect(rp.getByRole('heading', { name: 'How it ended' })).toBeFocused();
  await expect(rp.locator('.verdict')).toContainText(`Practice score: ${pct(best.result.scaled)}%`);
});

test('an assessment left half-way resumes after a reload, and a replay starts clean', async ({ page }) => {
  await open(page, PAGE);
  const rp = page.getByTestId(`roleplay-${ID}`);
  await rp.getByRole('button', { name: 'Take the assessment' }).click();
  await play(rp, best.steps.slice(0, 2));
  await page.reload();
  await open(page, PAGE);
  await rp.getByRole('button', { name: 'Continue where you left off · Assessment' }).click();
  await expect(rp.locator('.you')).toHaveCount(2);
  await expect(rp.locator('.you').nth(1)).toContainText(best.steps[1]!.text);
  await play(rp, best.steps.slice(2), 2);
  await expect(rp.locator('.verdict')).toContainText('✓ Passed');
  await rp.getByRole('button', { name: 'New assessment attempt' }).click();
  await expect(rp.locator('.you')).toHaveCount(0);
  await expect(rp.locator('[id$="-line-0"]')).toBeFocused();
  await expect(rp.locator('ol.replies button')).toHaveCount(offeredReplies(view, start(view)).length);
});

test('a Chinese trainee sees the conversation in Chinese', async ({ page }) => {
  const zh = scenario(ID, 'zh-CN');
  await open(page, `/roleplays/${ID}/`);
  const rp = page.getByTestId(`roleplay-${ID}`);
  await rp.getByRole('button', { name: '练习模式' }).click();
  await expect(rp.locator('.customer').first()).toContainText(zh.nodes.find((n) => n.id === zh.start)!.customer);
  await expect(rp.locator('.customer .mood').first()).toHaveText(/非常愤怒|生气|不满|平静|满意|高兴|惊喜/);
});

test('the role cards print as three cards without the site chrome', async ({ page }) => {
  await open(page, `/en/roleplays/${ID}/cards/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site')).toBeHidden();
  await expect(page.locator('.role-card')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Card 3 · The observer' })).toBeVisible();
  for (const d of view.dimensions) await expect(page.locator('.role-card').nth(2)).toContainText(d.label);
  await expect(page.getByRole('button', { name: 'Print the cards' })).toBeHidden();
});
