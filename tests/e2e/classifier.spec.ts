import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { open, tabTo } from './helpers';
import { classifierSchema, type Drill, type Placement } from '../../src/schemas/classifier';
import { typicalAnswers } from '../../src/lib/classifier/place';

const load = <T>(id: string) => classifierSchema.parse(parse(readFileSync(new URL(`../../content/classifiers/${id}.yaml`, import.meta.url), 'utf8'))) as T;
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();

test('a trainee observes a customer with the keyboard only and learns the type, how sure it is and how to serve them @phone', async ({ page }) => {
  test.setTimeout(120_000);
  const c = load<Placement>('cl-customer-type');
  const powerful = c.profiles.find((p) => p.id === 'powerful')!;
  const answers = typicalAnswers(c, powerful);
  await open(page, '/en/practice/cl-customer-type/');
  const island = page.getByTestId('classifier-cl-customer-type');
  await expect(island.locator('fieldset')).toHaveCount(c.items.length);
  for (const item of c.items) {
    const index = item.options.findIndex((o) => o.id === answers[item.id]);
    const group = island.locator('fieldset').filter({ hasText: item.prompt.en });
    await tabTo(page, group.locator('input').first(), 60);
    await page.keyboard.press('Space');
    for (let k = 0; k < index; k += 1) await page.keyboard.press('ArrowDown');
    await expect(group.locator('input').nth(index)).toBeChecked();
  }
  await tabTo(page, island.getByRole('button', { name: 'Show the result' }));
  await page.keyboard.press('Enter');
  const heading = island.getByRole('heading', { name: 'Result: Powerful type' });
  await expect(heading).toBeFocused();
  await expect(island.locator('.confidence')).toContainText('fairly sure');
  await expect(island).toContainText(powerful.advice.en);
  await expect(island.getByRole('link', { name: /Practise it:/ })).toHaveAttribute('href', '/en/roleplays/rp-powerful-customer/');
  expect((await axe(page)).violations).toEqual([]);

  // The last result is kept in the learner record and shown on return.
  await page.reload();
  await open(page, '/en/practice/cl-customer-type/');
  await expect(island.getByRole('heading', { name: 'Result: Powerful type' })).toBeVisible();

  // Printed, the result stands alone.
  await page.emulateMedia({ media: 'print' });
  await expect(island.locator('form')).toBeHidden();
  await expect(heading).toBeVisible();
});

test('a point near an axis is reported as a blend, and an unanswered tool asks for an answer first', async ({ page }) => {
  const c = load<Placement>('cl-dick-basu');
  await open(page, '/en/practice/cl-dick-basu/');
  const island = page.getByTestId('classifier-cl-dick-basu');
  await island.getByRole('button', { name: 'Show the result' }).click();
  await expect(island.getByRole('alert')).toHaveText('Answer at least one question first.');
  // One strongly attitudinal answer and nothing else: a weak, partial reading.
  const item = c.items[0]!;
  const strongest = [...item.options].sort((a, b) => b.weights.x - a.weights.x)[0]!;
  await island.getByRole('radio', { name: strongest.text.en, exact: true }).check();
  await island.getByRole('button', { name: 'Show the result' }).click();
  await expect(island.locator('.confidence')).toContainText('not sure');
  await expect(island.locator('.muted.small', { hasText: 'questions answered (1 of' })).toBeVisible();
});

test('the drill is scored like a quiz and its result appears on My progress', async ({ page }) => {
  test.setTimeout(120_000);
  const drill = load<Drill>('cl-drill-customer-types');
  const byText = new Map(drill.cases.map((c) => [c.text.en.trim(), c]));
  await open(page, '/en/practice/cl-drill-customer-types/');
  const quiz = page.getByTestId('quiz-cl-drill-customer-types');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const items = quiz.locator('ol.items > li');
  const count = await items.count();
  expect(count).toBe(drill.draw);
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const legend = (await item.locator('legend').first().innerText()).replace(/^Question \d+ of \d+\s*/, '').trim();
    const c = byText.get(legend);
    expect(c, legend).toBeDefined();
    for (const q of drill.questions) {
      const part = item.locator('fieldset.part').filter({ hasText: q.prompt.en });
      const right = q.choices.find((ch) => ch.id === c!.answers[q.id])!;
      // Get the approach wrong on the first case: the feedback then names the cues.
      const pick = i === 0 && q.id === 'approach' ? q.choices.find((ch) => ch.id !== right.id)! : right;
      await part.getByRole('radio', { name: pick.text.en, exact: true }).check();
    }
    await item.getByRole('button', { name: 'Check answer' }).click();
    if (i === 0) {
      await expect(item.locator('.feedback')).toContainText('Partly correct');
      await expect(item.locator('.feedback')).toContainText(`Cues: ${c!.cues.en.slice(0, 30)}`);
    }
  }
  await expect(quiz.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(quiz).toContainText('95%');
  await open(page, '/en/progress/');
  const row = page.getByRole('row', { name: new RegExp(drill.title.en.replace(/[?:]/g, '.')) });
  await expect(row).toContainText('95%');
  await expect(row).toContainText('Passed');
});

test('a drill case is answered with the keyboard only, one radio group per question @phone', async ({ page }) => {
  await open(page, '/practice/cl-drill-loyalty-types/');
  const quiz = page.getByTestId('quiz-cl-drill-loyalty-types');
  await tabTo(page, quiz.getByRole('button', { name: '开始测验' }), 80);
  await page.keyboard.press('Enter');
  const item = quiz.locator('ol.items > li').first();
  await tabTo(page, item.locator('input[type=radio]').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(item.locator('input[type=radio]').nth(1)).toBeChecked();
  await tabTo(page, item.getByRole('button', { name: /检查答案|提交答案|核对答案/ }));
  await page.keyboard.press('Enter');
  await expect(item.locator('.feedback')).toBeFocused();
  await expect(item.locator('.feedback')).toContainText(/答对了|答错了|部分正确/);
  expect((await axe(page)).violations).toEqual([]);
});
