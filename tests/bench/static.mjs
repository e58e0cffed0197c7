// Bytes of one built page, read from the build folder (deterministic, so the same figures
// also serve as budgets in `npm test`): JavaScript (gzip, with everything it imports), HTML
// (gzip), and the critical bytes — the HTML plus the render-blocking CSS, brotli-compressed,
// which must fit the first network round trip (~14.6 KB) for the page to paint at once.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { measurePage } from './js-budget.mjs';

/** One round trip: 10 TCP segments of 1,460 bytes. */
export const ROUND_TRIP_BYTES = 14_600;

const htmlFile = (dist, path) => join(dist, path, path.endsWith('.html') ? '' : 'index.html');
const br = (buf) => brotliCompressSync(buf).length;
/** Brotli sizes of stylesheets by file: pages share them, and quality-11 brotli is slow. */
const cssBrotli = new Map();
const brCss = (f) => cssBrotli.get(f) ?? cssBrotli.set(f, br(readFileSync(f))).get(f);

/** Stylesheets in the page's <head> that block rendering (no media=print, not preloaded). */
function blockingCss(dist, html, file) {
  const head = html.slice(0, html.indexOf('</head>') + 1 || html.length);
  return [...head.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="?stylesheet/.test(tag) && !/media="?print/.test(tag))
    .map((tag) => tag.match(/href="([^"]+)"/)?.[1])
    .filter(Boolean)
    .map((href) => (href.startsWith('/') ? join(dist, href) : resolve(dirname(file), href)))
    .filter((f) => existsSync(f));
}

/**
 * Static byte figures of the page at `path` (a URL path such as `/lessons/m1/x/`) in `dist`.
 * @returns {{ path: string, jsGzip: number, jsFiles: number, htmlGzip: number, htmlRaw: number, cssFiles: number, criticalBrotli: number }}
 */
export function staticBytes(dist, path) {
  const file = htmlFile(dist, path);
  if (!existsSync(file)) throw new Error(`no page ${path} in ${dist}`);
  const html = readFileSync(file);
  const css = blockingCss(dist, html.toString('utf8'), file);
  const js = measurePage(dist, file);
  return {
    path,
    jsGzip: js.gzip,
    jsFiles: js.files,
    htmlGzip: gzipSync(html).length,
    htmlRaw: html.length,
    cssFiles: css.length,
    criticalBrotli: criticalOf(dist, html, file),
  };
}

/** Brotli bytes of a page's HTML plus its render-blocking stylesheets. */
function criticalOf(dist, html, file) {
  return br(html) + blockingCss(dist, html.toString('utf8'), file).reduce((sum, f) => sum + brCss(f), 0);
}

/**
 * Critical bytes of one built page (HTML + render-blocking CSS, brotli), by its HTML file.
 * @param {string} dist the build folder @param {string} file the page's HTML file
 */
export function criticalBytes(dist, file) {
  return criticalOf(dist, readFileSync(file), file);
}
