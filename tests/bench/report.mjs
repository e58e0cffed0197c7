// The benchmark's table: our figure, Starlight's and the ratio (ours ÷ Starlight: below 1 is
// better for bytes and times) for every measure, and the targets of issue 9 checked.

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const ms = (n) => Math.round(n) + ' ms';
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

/** Prints the benchmark result as tables and a list of targets met or missed. */
export function printReport(r) {
  const rows = [['measure', 'ours', 'Starlight', 'ratio']];
  const add = (name, a, b, fmt) => rows.push([name, fmt(a), fmt(b), ratio(a, b)]);
  for (const p of r.pages) {
    add(`JS gzip · ${p.type}`, p.ours.jsGzip, p.starlight.jsGzip, kb);
    add(`HTML gzip · ${p.type}`, p.ours.htmlGzip, p.starlight.htmlGzip, kb);
    add(`critical (HTML+CSS br) · ${p.type}`, p.ours.criticalBrotli, p.starlight.criticalBrotli, kb);
    if (p.oursLoad) {
      rows.push([`first load requests · ${p.type}`, p.oursLoad.requests, p.starlightLoad.requests, ratio(p.oursLoad.requests, p.starlightLoad.requests)]);
      add(`first load bytes · ${p.type}`, p.oursLoad.bytes, p.starlightLoad.bytes, kb);
    }
  }
  if (r.lighthouse) {
    const { ours: o, starlight: s } = r.lighthouse;
    rows.push([`Lighthouse performance (median of 3)`, o.score, s.score, ratio(o.score, s.score)]);
    add('Lighthouse LCP', o.lcpMs, s.lcpMs, ms);
    add('Lighthouse TBT', o.tbtMs, s.tbtMs, ms);
    rows.push(['Lighthouse CLS', o.cls, s.cls, '']);
  }
  for (const [locale, s] of Object.entries(r.search))
    for (const mode of ['cold', 'warm', 'again']) {
      add(`search ${locale} "${mode === 'again' ? 'second query' : s.query}" ${mode} · ms`, s.ours[mode].ms, s.starlight[mode].ms, ms);
      add(`search ${locale} ${mode} · bytes`, s.ours[mode].bytes, s.starlight[mode].bytes, kb);
    }
  for (const [name, b] of Object.entries(r.builds)) rows.push([`build · ${name} (${b.lessons} lessons, ${b.pages} pages)`, ms(b.ms), '', '']);
  for (const s of r.scale ?? []) {
    const o = s.ours.ms / s.ours.pages;
    const st = s.starlight.ms / s.starlight.pages;
    rows.push([`build ms/page · ${s.lessons} lessons (${s.ours.pages} / ${s.starlight.pages} pages)`, o.toFixed(1), st.toFixed(1), ratio(o, st)]);
    rows.push([`build ms/lesson · ${s.lessons} lessons`, (s.ours.ms / s.lessons / 2).toFixed(1), (s.starlight.ms / s.lessons / 2).toFixed(1), ratio(s.ours.ms, s.starlight.ms)]);
  }
  console.log(table(rows));

  console.log('\nSearch probes (our search page):');
  for (const p of r.probes) console.log(`  ${p.ok ? 'ok  ' : 'MISS'} ${p.locale} "${p.query}" → ${p.found.join(', ') || '(nothing)'}${p.missing.length ? `; missing ${p.missing.join(', ')}` : ''}${p.wrong.length ? `; should not find ${p.wrong.join(', ')}` : ''}`);

  console.log('\nTargets:');
  const t = (ok, text) => console.log(`  ${ok ? 'met   ' : 'MISSED'} ${text}`);
  for (const p of r.pages) t(p.ours.criticalBrotli <= r.roundTrip, `critical bytes ≤ 14.6 KB · ${p.type}: ${kb(p.ours.criticalBrotli)}`);
  const plain = r.pages.find((p) => p.type === 'lesson, no island');
  const quiz = r.pages.find((p) => p.type === 'lesson with a quiz');
  if (plain?.oursLoad) t(plain.oursLoad.bytes <= plain.starlightLoad.bytes / 2, `lesson without an island ≤ half of Starlight's total bytes: ${kb(plain.oursLoad.bytes)} vs ${kb(plain.starlightLoad.bytes / 2)}`);
  if (quiz?.oursLoad) t(quiz.oursLoad.bytes <= plain.starlightLoad.bytes, `lesson with a quiz no heavier than Starlight's plain page: ${kb(quiz.oursLoad.bytes)} vs ${kb(plain.starlightLoad.bytes)}`);
  if (r.lighthouse) {
    t(r.lighthouse.ours.score === 100, `Lighthouse performance 100: ${r.lighthouse.ours.score}`);
    t(r.lighthouse.ours.lcpMs <= r.lighthouse.starlight.lcpMs, `LCP no worse than Starlight's: ${ms(r.lighthouse.ours.lcpMs)} vs ${ms(r.lighthouse.starlight.lcpMs)}`);
  }
  const big = r.scale?.find((s) => s.lessons === 1000);
  if (big) t(big.ours.ms / big.ours.pages <= big.starlight.ms / big.starlight.pages, `build ms/page at 1,000 lessons no worse than Starlight's`);
  const zh = r.search['zh-CN'];
  if (zh) t(zh.ours.warm.ms <= 100, `first Chinese result within 100 ms once the page has loaded (warm): ${ms(zh.ours.warm.ms)}`);
  t(r.probes.every((p) => p.ok), `search probes: ${r.probes.filter((p) => p.ok).length} of ${r.probes.length} as expected`);
}
