import { expect, test } from '@playwright/test';
import { answerByKeyboard, open } from './helpers';

test('answers survive a reload and the course home offers to continue the lesson', async ({ page }) => {
  await open(page, '/en/lessons/m1/from-4p-to-4c/');
  const quiz = page.getByTestId('quiz-q-m1-from-4p-to-4c');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  const items = quiz.locator('ol.items > li');
  await answerByKeyboard(page, items.nth(0));
  await answerByKeyboard(page, items.nth(1));
  const firstPrompt = await items.nth(0).locator('legend').innerText();

  await page.reload();
  await open(page, '/en/lessons/m1/from-4p-to-4c/');
  await quiz.getByRole('button', { name: 'Continue attempt 1' }).click();
  await expect(quiz).toContainText('2 of');
  await expect(items.nth(0).locator('legend')).toHaveText(firstPrompt);
  await expect(items.nth(0).locator('.feedback')).toContainText(/Correct|Incorrect|Partly correct/);
  await expect(items.nth(0).getByRole('button', { name: 'Check answer' })).toHaveCount(0);

  await open(page, '/en/');
  await expect(page.locator('[data-progress-lesson="m1/from-4p-to-4c"]')).toHaveText('In progress');
  const resume = page.locator('a[data-resume]');
  await expect(resume).toHaveAttribute('href', '/en/lessons/m1/from-4p-to-4c/');
  await expect(resume).toContainText('Continue');
});

const at = (m: number) => `2026-11-20T10:${String(m).padStart(2, '0')}:00.000Z`;

/** A learner who read m1/what-is-service and passed its quiz, and (when `rolePlay`) passed its role-play assessment. */
function seededRecord(rolePlay: boolean) {
  const score = { raw: 9, max: 9, scaled: 1 };
  return {
    schemaVersion: 2,
    learnerId: 'learner-e2e',
    events: [
      { id: 'e1', verb: 'experienced', object: { type: 'lesson', id: 'm1/what-is-service' }, timestamp: at(0) },
      { id: 'e2', verb: 'attempted', object: { type: 'quiz', id: 'q-m1-what-is-service' }, context: { attempt: 1, seed: 7, itemIds: [] }, timestamp: at(5) },
      { id: 'e3', verb: 'passed', object: { type: 'quiz', id: 'q-m1-what-is-service' }, result: { score, success: true, completion: true }, context: { attempt: 1 }, timestamp: at(9) },
      ...(rolePlay
        ? [
            { id: 'e5', verb: 'attempted', object: { type: 'roleplay', id: 'rp-internal-customer' }, context: { attempt: 1 }, timestamp: at(11) },
            { id: 'e6', verb: 'passed', object: { type: 'roleplay', id: 'rp-internal-customer' }, result: { score: { raw: 92, max: 100, scaled: 0.92 }, success: true, completion: true, response: 'new-standard' }, context: { attempt: 1 }, timestamp: at(14) },
          ]
        : []),
      { id: 'e4', verb: 'completed', object: { type: 'lesson', id: 'm1/what-is-service' }, timestamp: at(15) },
    ],
  };
}

async function seed(page: import('@playwright/test').Page, record: object) {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cs-course:record', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(record));
}

test('a lesson read to the end with its quiz and role-play passed shows as completed on the home, module and My progress pages', async ({ page }) => {
  await seed(page, seededRecord(true));
  await open(page, '/');
  await expect(page.locator('[data-progress-lesson="m1/what-is-service"]')).toHaveText('已完成');
  await expect(page.locator('[data-progress-lesson="m1/from-4p-to-4c"]')).toHaveText('未开始');
  await expect(page.locator('a[data-resume]')).toHaveAttribute('href', '/lessons/m1/from-4p-to-4c/');

  await open(page, '/modules/m1/');
  await expect(page.locator('span[data-progress-module="m1"]')).toHaveText('1 / 5');

  await open(page, '/progress/');
  const row = page.getByRole('row', { name: /什么是服务/ });
  await expect(row).toContainText('100%');
  await expect(row).toContainText('已通过');
  await expect(page.getByRole('row', { name: /下一道工序/ })).toContainText('92%');
});

test('a lesson whose role-play assessment is not passed yet stays in progress', async ({ page }) => {
  await seed(page, seededRecord(false));
  await open(page, '/');
  await expect(page.locator('[data-progress-lesson="m1/what-is-service"]')).toHaveText('学习中');
  await expect(page.locator('a[data-resume]')).toHaveAttribute('href', '/lessons/m1/what-is-service/');
});
