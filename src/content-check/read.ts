import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '../schemas/localized';
import type { ContentIssue } from './issues';
import { classifierEmbeds, quizEmbeds, rolePlayEmbeds } from './embeds';

/** A YAML file as read from disk, not yet validated. */
export interface RawFile {
  /** Path relative to the project root (forward slashes). */
  file: string;
  /** Parsed YAML (undefined when it could not be parsed). */
  data: unknown;
}

/** A lesson MDX file as read from disk, not yet validated. */
export interface RawLesson extends RawFile {
  locale: Locale;
  /** Path inside the locale folder, e.g. `m1/01-what-is-service.mdx`: equal in both locales. */
  relPath: string;
  /** Quiz IDs the lesson embeds with `<Quiz id="…" />`. */
  quizEmbeds: string[];
  /** Role-play IDs the lesson embeds with `<RolePlay id="…" />`. */
  rolePlayEmbeds: string[];
  /** Classifier IDs the lesson embeds with `<Classifier id="…" />`. */
  classifierEmbeds: string[];
}

/** Everything under content/, parsed but not validated, plus parse errors. */
export interface ContentSources {
  course: RawFile;
  curriculum: RawFile;
  quizzes: RawFile[];
  /** Role-play scenarios, `content/roleplays/*.yaml`. */
  rolePlays: RawFile[];
  /** Classifiers and drills, `content/classifiers/*.yaml`. */
  classifiers: RawFile[];
  /** Classroom session plans, `content/session-plans/*.yaml`. */
  sessionPlans: RawFile[];
  lessons: RawLesson[];
  parseErrors: ContentIssue[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

const posix = (p: string) => p.split(sep).join('/');

/** Reads and parses every content file under `<root>/content`, collecting YAML errors instead of throwing. */
export function readContentSources(root: string): ContentSources {
  const parseErrors: ContentIssue[] = [];
  const load = (abs: string, text?: string): RawFile => {
    const file = posix(relative(root, abs));
    try {
      return { file, data: parseYaml(text ?? readFileSync(abs, 'utf8')) };
    } catch (err) {
      const reason = existsSync(abs) ? (err as Error).message.split('\n')[0] : 'file is missing';
      parseErrors.push({ file, field: '', message: `cannot be read as YAML: ${reason}` });
      return { file, data: undefined };
    }
  };
  const contentDir = join(root, 'content');
  const lessons: RawLesson[] = [];
  for (const locale of LOCALES) {
    const base = join(contentDir, 'lessons', locale.toLowerCase());
    for (const abs of walk(base, '.mdx').sort()) {
      const source = readFileSync(abs, 'utf8');
      const match = FRONTMATTER.exec(source);
      const file = posix(relative(root, abs));
      const raw = match ? load(abs, match[1]) : { file, data: undefined };
      if (!match) parseErrors.push({ file, field: '', message: 'has no frontmatter (--- … ---) at the top' });
      lessons.push({ ...raw, locale, relPath: posix(relative(base, abs)), quizEmbeds: quizEmbeds(source), rolePlayEmbeds: rolePlayEmbeds(source), classifierEmbeds: classifierEmbeds(source) });
    }
  }
  return {
    course: load(join(contentDir, 'course.yaml')),
    curriculum: load(join(contentDir, 'curriculum.yaml')),
    quizzes: walk(join(contentDir, 'quizzes'), '.yaml').sort().map((abs) => load(abs)),
    rolePlays: walk(join(contentDir, 'roleplays'), '.yaml').sort().map((abs) => load(abs)),
    classifiers: walk(join(contentDir, 'classifiers'), '.yaml').sort().map((abs) => load(abs)),
    sessionPlans: walk(join(contentDir, 'session-plans'), '.yaml').sort().map((abs) => load(abs)),
    lessons,
    parseErrors,
  };
}
