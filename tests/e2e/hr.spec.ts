import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { hrStrings } from '../../src/i18n/hr-strings';
import { MAX_FILE_BYTES } from '../../src/lib/records/import';
import { fill } from '../../src/lib/template';
import { file, learner, recordFile, summaryLine } from './hr-data';

const XSS = '<img src=x onerror=window.pwned=1>';

/** The HR page of a locale, with every request after the page load recorded. */
async function openHr(page: Page, locale: 'zh-CN' | 'en') {
  await page.goto(locale === 'en' ? '/en/hr/' : '/hr/');
  const s = hrStrings[locale];
  await expect(page.getByLabel(s['import.files'])).toBeAttached();
  const requests: { method: string; url: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  return { s, requests };
}

/** A file over the size limit, on disk: a path crosses to the browser at once, a buffer of 10 MB slowly. */
async function bigFile(): Promise<string> {
  const path = test.info().outputPath('big.json');
  await writeFile(path, Buffer.alloc(MAX_FILE_BYTES + 1, 32));
  return path;
}

/** A mixed batch: good files, an array, bad JSON, an edited record, another course's. */
function mixedBatch() {
  const edited = { ...learner({ name: '赵六' }), score: 1 };
  return [
    file('zhang.json', recordFile(learner({ name: '张三', department: '客服一部', employeeNo: 'E001' }))),
    file('batch.json', JSON.stringify([learner({ name: 'Bob Smith', department: 'Sales', employeeNo: 'E002', best: 0.5 }), learner({ name: XSS, department: '=HYPERLINK("http://x")' })])),
    file('bad.json', '{"format":"cs-course-completion","version":1,'),
    file('edited.json', JSON.stringify(edited)),
    file('other.json', recordFile(learner({ courseId: 'another-course' }))),
  ];
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: imports files and pasted QR summaries, lists what it refused, and sends nothing anywhere`, async ({ page }) => {
    const { s, requests } = await openHr(page, locale);
    await expect(page.getByTestId('privacy-note')).toHaveText(s['page.privacy']);
    await page.getByLabel(s['import.files']).setInputFiles(mixedBatch());
    await expect(page.getByTestId('import-status')).toHaveText(fill(s['status.summary'], { loaded: 3, refused: 3 }));
    await page.getByLabel(s['import.files']).setInputFiles(await bigFile());
    await expect(page.getByTestId('import-status')).toHaveText(fill(s['status.summary'], { loaded: 3, refused: 4 }));
    const problems = page.locator('.problems tbody tr');
    await expect(problems).toHaveCount(4);
    await expect(problems.filter({ hasText: 'big.json' })).toHaveAttribute('data-reason', 'too-large');
    await expect(problems.filter({ hasText: 'big.json' })).toContainText(fill(s['reason.too-large'], { limit: 10 }));
    await expect(problems.filter({ hasText: 'bad.json' })).toHaveAttribute('data-reason', 'truncated');
    await expect(problems.filter({ hasText: 'edited.json' })).toContainText(fill(s['reason.code-mismatch'], { detail: '赵六' }));
    await expect(problems.filter({ hasText: 'other.json' })).toHaveAttribute('data-reason', 'other-course');

    const paste = [summaryLine(learner({ name: '李四', department: '客服二部', best: 0.72 })), summaryLine(learner({ name: 'Ann Lee' }))].join('\n');
    await page.getByLabel(s['import.paste']).fill(paste);
    await page.getByRole('button', { name: s['import.pasteButton'] }).click();
    await expect(page.getByTestId('import-status')).toHaveText(fill(s['status.summary'], { loaded: 5, refused: 4 }));
    await expect(page.locator('.roster tbody tr')).toHaveCount(5);
    await expect(page.locator('.charts[data-drawn="true"]')).toBeAttached();

    // Only the page's own scripts were fetched (the chart code): no request carries record data.
    for (const r of requests) {
      expect(r.method, r.url).toBe('GET');
      expect(r.body).toBeNull();
      expect(new URL(r.url).pathname, r.url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    }
  });
}

test('names render as text: an HTML name runs nothing', async ({ page }) => {
  const { s } = await openHr(page, 'en');
  await page.getByLabel(s['import.files']).setInputFiles([file('x.json', recordFile(learner({ name: XSS })))]);
  await expect(page.locator('.roster tbody th').first()).toHaveText(XSS);
  await expect(page.locator('.matrix tbody th').first()).toHaveText(XSS);
  await expect(page.locator('.hr img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
