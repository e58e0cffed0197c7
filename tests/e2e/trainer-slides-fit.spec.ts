import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const decks = fileURLToPath(new URL('../../dist/trainer/project', import.meta.url));
const lessons = readdirSync(decks).flatMap((m) => readdirSync(`${decks}/${m}`).map((l) => `${m}/${l}`));

// The smallest common projector picture; the deck cuts long sections at build time and the
// projector shrinks type, then zooms out a diagram, until the slide fits.
test.use({ viewport: { width: 1280, height: 720 } });

for (const locale of ['', '/en']) {
  test(`every slide of every lesson fits a 1280 × 720 projector without scrolling (${locale ? 'en' : 'zh-CN'})`, async ({ page }) => {
    test.setTimeout(300_000);
    expect(lessons.length).toBeGreaterThan(30);
    const overflowing: string[] = [];
    for (const lesson of lessons) {
      await page.goto(`${locale}/trainer/project/${lesson}/`);
      await expect(page.locator('[data-deck][data-ready]')).toHaveCount(1);
      const count = Number(await page.locator('[data-deck]').getAttribute('data-count'));
      for (let n = 1; n <= count; n += 1) {
        await page.keyboard.press(n === 1 ? 'Home' : 'ArrowRight');
        const slide = page.locator(`[data-deck] > [data-slide="${n - 1}"]`);
        await expect(slide).toBeVisible();
        const over = await slide.evaluate((el) => Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth));
        if (over > 1) overflowing.push(`${lesson} #${n}: ${over}px`);
      }
    }
    expect(overflowing).toEqual([]);
  });
}
