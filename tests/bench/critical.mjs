#!/usr/bin/env node
// Critical bytes (HTML + render-blocking CSS, brotli) of every built page, grouped by page
// type, against one round trip (tests/bench/static.mjs). Deterministic: read from dist/.
// Usage: node tests/bench/critical.mjs [dist-dir] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROUND_TRIP_BYTES, criticalBytes } from './static.mjs';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

/** The islands a page hydrates, by their component file names (`Quiz`, `RolePlay` …). */
const islandsOf = (html) => [...new Set([...html.matchAll(/component-url="[^"]*\/([A-Za-z]+)\.[^"/]*\.js"/g)].map((m) => m[1]))].sort();

/**
 * The type of a built page, for grouping: locale dropped, IDs replaced by `*`, and lessons
 * told apart by the islands they carry (`lesson + Quiz + RolePlay`).
 * @param {string} page URL path such as `/en/lessons/m1/x/` @param {string} html the page
 */
export function pageType(page, html) {
  const parts = page.replace(/^\/en\//, '/').split('/').filter(Boolean);
  if (!parts.length) return 'home';
  if (parts[0] === 'lessons') return ['lesson', ...islandsOf(html)].join(' + ');
  if (parts.length === 1) return parts[0].endsWith('.html') ? parts[0] : `${parts[0]}/`;
  const [top, , ...more] = parts;
  if (top === 'trainer') return `trainer/${parts[1]}${parts.length > 2 ? '/*' : '/'}`;
  return [top, '*', ...more].join('/');
}

/**
 * Critical bytes of every page in `dist`: `{ page, type, critical }`, sorted by page.
 * @param {string} dist the build folder
 */
export function criticalPages(dist) {
  return htmlFiles(dist)
    .map((file) => {
      const page = '/' + relative(dist, file).replace(/index\.html$/, '');
      return { page, type: pageType(page, readFileSync(file, 'utf8')), critical: criticalBytes(dist, file) };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

/** Per type: pages, median and max critical bytes, and the largest page. */
export function byType(rows) {
  const groups = new Map();
  for (const r of rows) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return [...groups].map(([type, list]) => {
    const sorted = list.map((r) => r.critical).sort((a, b) => a - b);
    const worst = list.reduce((a, b) => (b.critical > a.critical ? b : a));
    return { type, pages: list.length, median: sorted[(sorted.length - 1) >> 1], max: worst.critical, worst: worst.page };
  }).sort((a, b) => b.max - a.max);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`No build at ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const types = byType(criticalPages(dist));
  if (process.argv.includes('--json')) console.log(JSON.stringify(types, null, 2));
  else {
    console.log(`Critical bytes per page type (HTML + blocking CSS, brotli; one round trip = ${ROUND_TRIP_BYTES})`);
    const kb = (n) => (n / 1000).toFixed(1).padStart(5);
    for (const t of types)
      console.log(`${t.max > ROUND_TRIP_BYTES ? '✗' : ' '} max ${kb(t.max)} KB  median ${kb(t.median)} KB  ${String(t.pages).padStart(3)} pages  ${t.type.padEnd(34)} ${t.worst}`);
  }
}
