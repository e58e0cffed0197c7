// What a browser fetches and how long search takes, measured in Debian's Chromium through
// Playwright: first-load requests and bytes, Pagefind's cold and warm query time and bytes,
// and the results of search probes.
import { chromium } from '@playwright/test';

/** Launches the system Chromium the tests use. */
export const launch = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** Counts every response a page loads into `sink` (bytes as sent: compressed body + headers). */
function record(page, sink) {
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    sink.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
}

/**
 * Requests and bytes of a first visit with an empty cache, including what the page loads
 * when idle (waits `settleMs` after the load event: Starlight idle-loads its search UI).
 */
export async function firstLoad(browser, url, settleMs = 3000) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const got = [];
  record(page, got);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await context.close();
  return { requests: got.length, bytes: got.reduce((s, r) => s + r.bytes, 0) };
}

const timeTo = async (page, selector, start) => {
  await page.locator(selector).first().waitFor({ timeout: 20_000 });
  return Math.round((await page.evaluate(() => performance.now())) - start);
};

/**
 * Search timings on one site for one query. `cold`: the query is sent as soon as the page
 * has loaded; `warm`: the box is focused, a second passes, the query is typed, then sent;
 * `again`: a second query on the same page. Each gives ms from sending the query to
 * the first result on screen and the bytes fetched for it.
 * @param {'ours' | 'starlight'} site
 */
export async function searchTimes(browser, site, origin, locale, query, other) {
  const out = {};
  for (const mode of ['cold', 'warm']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const got = [];
    record(page, got);
    const prefix = locale === 'en' ? '/en' : '';
    await page.goto(site === 'ours' ? `${origin}${prefix}/search/` : `${origin}${prefix}/`, { waitUntil: 'load' });
    const box = await openBox(page, site);
    await box.focus();
    if (mode === 'warm') await page.waitForTimeout(1000);
    for (const [name, q] of mode === 'cold' ? [['cold', query]] : [['warm', query], ['again', other]]) {
      const before = got.length;
      await box.fill('');
      // Our search runs on Enter: warm, the query is typed as a person would (100 ms a key)
      // and the clock starts at Enter. Starlight searches as you type: the clock starts
      // when the whole query lands in the box.
      const typed = site === 'ours' && name !== 'cold';
      if (typed) await box.pressSequentially(q, { delay: 100 });
      const start = await page.evaluate(() => performance.now());
      if (typed) await box.press('Enter');
      else await send(site, box, q);
      const ms = await timeTo(page, site === 'ours' ? '[data-search-results] li a' : '.pagefind-ui__result-link', start);
      await page.waitForTimeout(300); // let the fetches of this query finish before counting
      out[name] = { ms, bytes: got.slice(before).filter((r) => r.url.includes('/pagefind/')).reduce((s, r) => s + r.bytes, 0) };
    }
    await context.close();
  }
  return out;
}

async function openBox(page, site) {
  if (site === 'ours') return page.locator('#search-input');
  await page.locator('site-search button[data-open-modal]').click();
  return page.locator('site-search dialog input[type="text"], site-search dialog input[type="search"]').first();
}

async function send(site, box, q) {
  if (site === 'ours') {
    await box.fill(q);
    await box.press('Enter');
  } else await box.fill(q); // Pagefind UI searches as you type
}

/**
 * The lesson IDs (`m1/what-is-service`) of our search page's results for each probe, and
 * whether the lessons it must find are there and the ones it must not find are absent.
 */
export async function runProbes(browser, origin, probes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const results = [];
  for (const probe of probes) {
    const prefix = probe.locale === 'en' ? '/en' : '';
    await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(probe.query)}`);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent?.match(/…|\.\.\./));
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const found = hrefs.map((h) => h.match(/lessons\/(m\d\/[^/]+)/)?.[1]).filter(Boolean);
    const missing = probe.mustFind.filter((id) => !found.includes(id));
    const wrong = probe.nothing ? found : (probe.mustNotFind ?? []).filter((id) => found.includes(id));
    results.push({ ...probe, found, ok: missing.length === 0 && wrong.length === 0, missing, wrong });
  }
  await context.close();
  return results;
}
