#!/usr/bin/env node
// JavaScript a built page ships: every module script, island component and renderer it
// references, plus everything those import (static and dynamic, so lazy islands count),
// gzip-compressed. Usage: node tests/bench/js-budget.mjs [dist-dir] [--json]
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve, relative } from 'node:path';


function pages(dist, dir = dist) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : pages(dist, p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

const toFile = (dist, url, from) => (url.startsWith('/') ? join(dist, url) : resolve(dirname(from), url));

function entryScripts(dist, html, file) {
  const urls = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) urls.add(toFile(dist, m[1], file));
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) urls.add(toFile(dist, m[1], file));
  // Inline module scripts can import chunks too.
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g))
    for (const i of m[1].matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) urls.add(toFile(dist, i[1], file));
  return [...urls];
}

function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) stack.push(resolve(dirname(f), m[1]));
  }
  return [...seen];
}

const inlineBytes = (html) =>
  [...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gzipSync(m[1]).length,
    0,
  );

/**
 * Gzip bytes of JavaScript per built page: `{ page, files, gzip, islands }` sorted by page.
 * @param {string} dist the build folder
 */
export function measurePages(dist) {
  return pages(dist)
    .map((file) => measurePage(dist, file))
    .sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * Gzip bytes of JavaScript one built page ships: `{ page, files, gzip, islands }`.
 * @param {string} dist the build folder @param {string} file the page's HTML file
 */
export function measurePage(dist, file) {
  const html = readFileSync(file, 'utf8');
  const files = closure(entryScripts(dist, html, file));
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) + inlineBytes(html);
  return { page: '/' + relative(dist, file).replace(/index\.html$/, ''), files: files.length, gzip, islands: (html.match(/<astro-island/g) ?? []).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist');
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    console.error(`No build at ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const rows = measurePages(dist);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('JavaScript per page (gzip)');
    for (const r of rows) console.log(`${(r.gzip / 1024).toFixed(1).padStart(6)} KB  ${String(r.files).padStart(2)} files  ${r.islands} islands  ${r.page}`);
  }
}
