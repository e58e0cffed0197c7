#!/usr/bin/env node
// Our search page's time to the first result, without the rest of the benchmark (no
// Starlight build, no Lighthouse): `node tests/bench/search-time.mjs [runs] [port] [dist]`
// on a built dist/. Each run is a fresh browser context, as in `npm run bench`: the page
// loads, the box gets focus, a second later the query is typed at 100 ms a key and sent
// with Enter (warm), then a second query is typed and sent on the same page (again).
// Two clocks: `page` is measured in the page, from the Enter key's arrival (the keydown's
// timeStamp) to the frame that paints the first result link; `driver` is browser.mjs's clock, from before
// Playwright presses Enter until it sees the result, which adds the driver's own delays
// (tens of ms, hundreds on a busy machine). Prints every run and the medians.
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.argv[3] ?? 4703);
const dist = process.argv[4] ?? fileURLToPath(new URL('../../dist', import.meta.url));
const QUERIES = [
  ['zh-CN', '客户满意', '忠诚'],
  ['en', 'satisfaction', 'loyalty'],
];

/** In the page: the time of each Enter keydown and of the frame painting the first result link after it. */
function clock() {
  const w = /** @type {any} */ (window);
  w.__enter = 0;
  w.__first = 0;
  // The event's own time stamp: when the browser received the key, so a busy page's delay in
  // handling it counts too.
  addEventListener('keydown', (e) => e.key === 'Enter' && ((w.__enter = e.timeStamp), (w.__first = 0), (w.__marked = false)), true);
  // When the first result link is in the page, the next frame paints it: a task queued
  // from that frame's animation callback runs once the frame is done.
  new MutationObserver(() => {
    if (!w.__enter || w.__marked || !document.querySelector('[data-search-results] li a')) return;
    w.__marked = true;
    requestAnimationFrame(() => setTimeout(() => (w.__first = performance.now())));
  }).observe(document, { subtree: true, childList: true });
}

/** Types `query` into the box, sends it, and returns both clocks' ms to the first result. */
async function send(page, box, query) {
  await box.fill('');
  await box.pressSequentially(query, { delay: 100 });
  const start = await page.evaluate(() => performance.now());
  await box.press('Enter');
  await page.locator('[data-search-results] li a').first().waitFor({ timeout: 20_000 });
  const driver = Math.round((await page.evaluate(() => performance.now())) - start);
  await page.waitForFunction(() => /** @type {any} */ (window).__first > 0);
  const inPage = await page.evaluate(() => Math.round(/** @type {any} */ (window).__first - /** @type {any} */ (window).__enter));
  await page.waitForTimeout(300); // let this query's fetches finish
  return { page: inPage, driver };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stop = await startServer(dist, port);
try {
  const browser = await launch();
  for (const [locale, query, other] of QUERIES) {
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await context.addInitScript(clock);
      const page = await context.newPage();
      await page.goto(`http://localhost:${port}${locale === 'en' ? '/en' : ''}/search/`, { waitUntil: 'load' });
      const box = page.locator('#search-input');
      await box.focus();
      await page.waitForTimeout(1000);
      rows.push({ warm: await send(page, box, query), again: await send(page, box, other) });
      await context.close();
    }
    for (const mode of ['warm', 'again'])
      for (const clockName of ['page', 'driver']) {
        const ms = rows.map((r) => r[mode][clockName]);
        console.log(`${locale} ${mode.padEnd(5)} ${clockName.padEnd(6)} median ${String(median(ms)).padStart(4)} ms  runs ${ms.join(' ')}`);
      }
  }
  await browser.close();
} finally {
  await stop();
}
