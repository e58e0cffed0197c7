// Our site with N generated lessons added as one extra module, in a copy of the project, so
// the build cost per page can be measured at 300 and 1,000 lessons like Starlight's.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/**
 * Copies the project at `repo` to `dir` and adds module `m9` with the `generated` lessons
 * (from corpus.generatedLessons) to course.yaml and content/lessons in both locales.
 * @param {string} repo @param {string} dir @param {ReturnType<typeof import('./corpus.mjs').generatedLessons>} generated
 */
export function writeOursScaled(repo, dir, generated) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const ids = [...new Set(generated.map((l) => l.id))];
  const course = readFileSync(join(dir, 'content/course.yaml'), 'utf8');
  const module = { id: 'm9', title: { 'zh-CN': '生成的课', en: 'Generated lessons' }, summary: { 'zh-CN': '基准测试用。', en: 'For the benchmark.' }, guide: true, lessons: ids };
  // `modules:` is the file's last key: the new module goes at its end.
  writeFileSync(join(dir, 'content/course.yaml'), course.trimEnd() + '\n' + stringify([module]).trimEnd().replace(/^/gm, '  ') + '\n');
  for (const l of generated) {
    const file = join(dir, 'content/lessons', l.locale === 'en' ? 'en' : 'zh-cn', `${l.id}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    const { trainerNotes, ...meta } = l.meta;
    writeFileSync(file, `---\n${stringify({ ...meta, module: 'm9' })}---\n${l.body}`);
  }
}
