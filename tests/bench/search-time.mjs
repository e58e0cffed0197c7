#!/usr/bin/env node
// Our search page's time to the first result, without the rest of the benchmark (no
// Starlight build, no Lighthouse): `node tests/bench/search-time.mjs [runs] [port]` on a
// built dist/. Each run is a fresh browser context (the same measure as `npm run bench`:
// cold = query sent as soon as the page has loaded; warm = box focused, a second later
// the query typed at 100 ms a key, clock from Enter; again = a second query on that page).
// Prints every run and the medians; the machine's load shows in the spread.
import { fileURLToPath } from 'node:url';
import { launch, searchTimes } from './browser.mjs';
import { startServer } from './server.mjs';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.argv[3] ?? 4703);
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const QUERIES = [
  ['zh-CN', '客户满意', '忠诚'],
  ['en', 'satisfaction', 'loyalty'],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stop = await startServer(dist, port);
try {
  const browser = await launch();
  for (const [locale, query, other] of QUERIES) {
    const rows = [];
    for (let i = 0; i < runs; i++) rows.push(await searchTimes(browser, 'ours', `http://localhost:${port}`, locale, query, other));
    for (const mode of ['cold', 'warm', 'again']) {
      const ms = rows.map((r) => r[mode].ms);
      console.log(`${locale} ${mode.padEnd(5)} median ${String(median(ms)).padStart(5)} ms  runs ${ms.join(' ')}  bytes ${median(rows.map((r) => r[mode].bytes))}`);
    }
  }
  await browser.close();
} finally {
  await stop();
}
