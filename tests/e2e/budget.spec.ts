import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { measurePages } from '../bench/js-budget.mjs';
import { criticalPages } from '../bench/critical.mjs';
import { ROUND_TRIP_BYTES } from '../bench/static.mjs';

type Row = { page: string; gzip: number; islands: number };
const rows: Row[] = measurePages(fileURLToPath(new URL('../../dist', import.meta.url)));
const KB = 1024;

// Every page carries ~0.4 KB for the offline course (registering the service worker, the
// update notice: src/scripts/offline-client.ts), hence the half kilobytes below.
test.describe('JavaScript budgets (gzip, whole page)', () => {
  test('a text page without islands (home, module, 404 — as a lesson without a quiz) ships at most 5.5 KB', () => {
    // The search page, the LMS launcher and the trainer pages are the pages without islands that need a script of their own.
    const plain = rows.filter((r) => r.islands === 0 && !r.page.includes('/search/') && !r.page.startsWith('/lms/') && !r.page.includes('/trainer/'));
    expect(plain.length).toBeGreaterThan(0);
    for (const r of plain) expect(r.gzip, r.page).toBeLessThanOrEqual(5.5 * KB);
  });

  test('the LMS launcher (SCORM and cmi5 adapters, suspend data, the report) ships at most 24 KB, loaded once per launch', () => {
    const launcher = rows.find((r) => r.page === '/lms/');
    expect(launcher).toBeDefined();
    expect(launcher!.gzip).toBeLessThanOrEqual(24 * KB);
  });

  test('a lesson page with a quiz ships at most 30.5 KB', () => {
    const lessons = rows.filter((r) => r.page.includes('/lessons/') && r.islands === 1);
    expect(lessons.length).toBeGreaterThan(0);
    for (const r of lessons) expect(r.gzip, r.page).toBeLessThanOrEqual(30.5 * KB);
  });

  // A lesson that also practises (role-plays, a classifier) loads each island's code once: ≤ 44 KB.
  test('a role-play page ships at most 30 KB, and a lesson with a quiz, role-plays and a classifier at most 44 KB', () => {
    const rolePlays = rows.filter((r) => /\/roleplays\/rp-[^/]+\/$/.test(r.page));
    const mixed = rows.filter((r) => r.page.includes('/lessons/') && r.islands > 1);
    expect(rolePlays.length).toBeGreaterThan(0);
    expect(mixed.length).toBeGreaterThan(0);
    for (const r of rolePlays) expect(r.gzip, r.page).toBeLessThanOrEqual(30 * KB);
    for (const r of mixed) expect(r.gzip, r.page).toBeLessThanOrEqual(44 * KB);
  });

  // Trainer pages are off the learner's path but run on a classroom laptop, often offline.
  test('trainer pages: the projector, plans, handouts and keys ship at most 6 KB; the presenter, classroom quiz and role-play in class at most 30 KB', () => {
    const trainer = rows.filter((r) => /^\/(en\/)?trainer\//.test(r.page));
    const tools = trainer.filter((r) => /\/trainer\/(present|quiz|roleplay)\/./.test(r.page));
    expect(tools.length).toBeGreaterThan(100);
    for (const r of trainer) expect(r.gzip, r.page).toBeLessThanOrEqual((tools.includes(r) ? 30 : 6) * KB);
  });
});

// Critical bytes: the HTML and its render-blocking CSS, brotli-compressed, must fit the first
// round trip (14,600 bytes) for a page to paint without waiting (tests/bench/critical.mjs).
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Pages still over one round trip (issue 9), each with the most it may weigh until it is
 * fixed: they may not grow, and an entry that no longer exceeds the budget must go. (The
 * offline course added ~0.1 KB to every page: the web app manifest link and the update notice.)
 */
const STILL_OVER: { pages: RegExp; max: number; why: string }[] = [
  { pages: /^\/(en\/)?trainer\/present\/.+\/$/, max: 18_300, why: 'every slide, the notes and the plan of a lesson are in the presenter page' },
  { pages: /^\/(en\/)?trainer\/quiz\/.+\/$/, max: 17_200, why: 'the classroom questions are island props' },
  { pages: /^\/(en\/)?lessons\/m3\/(four-personality-types|serving-each-type)\/$/, max: 15_500, why: 'quiz, drill, placement and role-play islands with their stylesheets, on long lessons' },
];

test.describe('critical bytes (HTML + blocking CSS, brotli)', () => {
  test('every built page fits one round trip (14,600 bytes), apart from the listed pages, which may not grow', () => {
    test.setTimeout(180_000); // brotli at quality 11 over ~550 pages
    const rows: { page: string; type: string; critical: number }[] = criticalPages(dist);
    expect(rows.length).toBeGreaterThan(500);
    const over = rows.flatMap((r) => {
      const known = STILL_OVER.find((k) => k.pages.test(r.page));
      const max = known ? known.max : ROUND_TRIP_BYTES;
      return r.critical > max ? [`${r.page} (${r.type}): ${r.critical} bytes, more than ${max}${known ? ` (listed: ${known.why})` : ''}`] : [];
    });
    expect(over, 'pages over their critical-byte budget').toEqual([]);
    const fixed = STILL_OVER.filter((k) => !rows.some((r) => k.pages.test(r.page) && r.critical > ROUND_TRIP_BYTES));
    expect(fixed.map((k) => String(k.pages)), 'listed as over the budget, but every page now fits: remove the entry').toEqual([]);
  });
});
