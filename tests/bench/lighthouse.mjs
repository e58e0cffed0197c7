// Lighthouse (mobile defaults: a mid-range phone on a slow 4G link, simulated) on one URL,
// run `runs` times in Debian's Chromium; the median run by performance score, then LCP.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** @returns {Promise<{ score: number, lcpMs: number, tbtMs: number, cls: number, fcpMs: number, bytes: number }>} */
export async function lighthouseMedian(url, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const all = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
      const a = lhr.audits;
      all.push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(a['total-blocking-time'].numericValue),
        cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
        fcpMs: Math.round(a['first-contentful-paint'].numericValue),
        bytes: Math.round(a['total-byte-weight'].numericValue),
      });
    }
  } finally {
    await chrome.kill();
  }
  all.sort((x, y) => y.score - x.score || x.lcpMs - y.lcpMs);
  return { ...all[Math.floor(all.length / 2)], runs: all };
}
