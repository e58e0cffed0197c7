// The lesson text both sites are built from: the course's real lessons, and N generated
// lessons (real lesson bodies repeated under new IDs, islands removed) to show how build
// cost and page weight grow with the size of a course.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Imports and island/diagram component tags removed: what a plain Markdown site can show. */
export function plainMarkdown(body) {
  return body
    .replace(/^import\s.*$/gm, '')
    .replace(/^<([A-Z][\w.]*)[^]*?(\/>|<\/\1>)\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Every lesson of `content/lessons` in both locales, with its front matter and MDX body.
 * @param {string} repo the repository root
 * @returns {{ id: string, locale: 'zh-CN' | 'en', meta: Record<string, any>, body: string }[]}
 */
export function readLessons(repo) {
  const root = join(repo, 'content/lessons');
  const lessons = [];
  for (const [dir, locale] of [['zh-cn', 'zh-CN'], ['en', 'en']])
    for (const m of readdirSync(join(root, dir)).sort())
      for (const f of readdirSync(join(root, dir, m)).sort()) {
        const match = readFileSync(join(root, dir, m, f), 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
        if (!match) throw new Error(`no front matter in ${dir}/${m}/${f}`);
        const meta = parse(match[1]);
        lessons.push({ id: meta.id, locale, meta, body: match[2] });
      }
  return lessons;
}

/**
 * `count` generated lessons per locale: the real lessons' text in turn, as plain Markdown,
 * numbered `m9/gen-0001` … (module m9: IDs must look like the course's) with their titles numbered too (so search results differ).
 */
export function generatedLessons(real, count) {
  const out = [];
  for (const locale of ['zh-CN', 'en']) {
    const pool = real.filter((l) => l.locale === locale && !l.id.startsWith('m0/'));
    for (let i = 0; i < count; i += 1) {
      const src = pool[i % pool.length];
      const n = String(i + 1).padStart(4, '0');
      out.push({ id: `m9/gen-${n}`, locale, meta: { ...src.meta, id: `m9/gen-${n}`, title: `${src.meta.title} (${n})` }, body: plainMarkdown(src.body) });
    }
  }
  return out;
}
