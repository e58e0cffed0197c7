#!/usr/bin/env node
// `npm run bench`: our site against a Starlight baseline built from the same lesson text, on
// this machine, in one run. Prints a table and writes tests/bench/.work/bench.json.
// Options: --quick (no Lighthouse, no 300/1,000-lesson builds), --no-build (reuse dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, firstLoad, runProbes, searchTimes } from './browser.mjs';
import { generatedLessons, readLessons } from './corpus.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { writeOursScaled } from './ours-scaled.mjs';
import { probes } from './probes.mjs';
import { startServer } from './server.mjs';
import { writeStarlight } from './starlight.mjs';
import { ROUND_TRIP_BYTES, staticBytes } from './static.mjs';
import { printReport } from './report.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = join(repo, 'tests/bench/.work');
const quick = process.argv.includes('--quick');
const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const log = (s) => process.stderr.write(`› ${s}\n`);

/** Builds an Astro project; returns wall milliseconds and the number of HTML pages written. */
function build(dir, pagefind) {
  const start = performance.now();
  execFileSync(process.execPath, [astroBin, 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (pagefind) execFileSync(process.execPath, [join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd: dir, env, stdio: 'ignore' });
  const ms = performance.now() - start;
  return { ms: Math.round(ms), pages: countPages(join(dir, 'dist')) };
}
const countPages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? (['_astro', 'pagefind'].includes(d.name) ? 0 : countPages(join(dir, d.name))) : d.name.endsWith('.html') ? 1 : 0), 0);

// The page types compared, and the Starlight page holding the same text.
const PAGES = [
  { type: 'lesson, no island', ours: '/lessons/m0/about-the-course/', starlight: '/lessons/m0/about-the-course/' },
  { type: 'lesson with a quiz', ours: '/lessons/m2/perceived-quality/', starlight: '/lessons/m2/perceived-quality/' },
  { type: 'lesson with quiz + role-play', ours: '/lessons/m6/handling-complaints/', starlight: '/lessons/m6/handling-complaints/' },
  { type: 'role-play page', ours: '/roleplays/rp-yogurt-complaint/', starlight: '/lessons/m6/handling-complaints/' },
  { type: 'classifier page', ours: '/practice/cl-customer-type/', starlight: '/lessons/m3/four-personality-types/' },
  { type: 'home', ours: '/', starlight: '/' },
  { type: 'search page', ours: '/search/', starlight: '/' },
];

mkdirSync(work, { recursive: true });
const real = readLessons(repo);
const result = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length, date: new Date().toISOString() }, builds: {}, pages: [], lighthouse: null, search: {}, probes: [], roundTrip: ROUND_TRIP_BYTES };

log('building our site');
const oursDist = join(repo, 'dist');
if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: repo, env, stdio: ['ignore', 'ignore', 'inherit'] });
  result.builds.ours = { lessons: real.length / 2, ms: Math.round(performance.now() - start), pages: countPages(oursDist) };
}
log('building the Starlight baseline');
const starDir = join(work, 'starlight');
writeStarlight(starDir, real);
result.builds.starlight = { lessons: real.length / 2, ...build(starDir, false) };

for (const p of PAGES) result.pages.push({ type: p.type, ours: staticBytes(oursDist, p.ours), starlight: staticBytes(join(starDir, 'dist'), p.starlight) });

log('first loads and search in Chromium');
const stopOurs = await startServer(oursDist, 4701);
const stopStar = await startServer(join(starDir, 'dist'), 4702);
const OURS = 'http://localhost:4701';
const STAR = 'http://localhost:4702';
try {
  const browser = await launch();
  for (const row of result.pages) {
    const p = PAGES.find((x) => x.type === row.type);
    row.oursLoad = await firstLoad(browser, OURS + p.ours);
    row.starlightLoad = await firstLoad(browser, STAR + p.starlight);
  }
  for (const [locale, q, other] of [['zh-CN', '客户满意', '忠诚'], ['en', 'satisfaction', 'loyalty']])
    result.search[locale] = { query: q, ours: await searchTimes(browser, 'ours', OURS, locale, q, other), starlight: await searchTimes(browser, 'starlight', STAR, locale, q, other) };
  result.probes = await runProbes(browser, OURS, probes);
  await browser.close();
  if (!quick) {
    log('Lighthouse, 3 runs per site');
    const page = PAGES[1];
    result.lighthouse = { page: page.ours, ours: await lighthouseMedian(OURS + page.ours), starlight: await lighthouseMedian(STAR + page.starlight) };
  }
} finally {
  await stopOurs();
  await stopStar();
}

if (!quick) {
  result.scale = [];
  for (const n of [300, 1000]) {
    log(`builds with ${n} generated lessons`);
    const generated = generatedLessons(real, n);
    const oursDir = join(work, `ours-${n}`);
    writeOursScaled(repo, oursDir, generated);
    const starN = join(work, `starlight-${n}`);
    writeStarlight(starN, generated);
    result.scale.push({ lessons: n, ours: build(oursDir, true), starlight: build(starN, false) });
  }
}

writeFileSync(join(work, 'bench.json'), JSON.stringify(result, null, 2));
printReport(result);
log(`JSON: ${join(work, 'bench.json')}`);
