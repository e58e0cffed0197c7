import { courseSchema, type Course } from '../schemas/course';
import { curriculumSchema, type Curriculum } from '../schemas/curriculum';
import { lessonSchema, type LessonMeta } from '../schemas/lesson';
import { quizSchema, type Quiz, type QuizItem } from '../schemas/quiz';
import type { Locale } from '../schemas/localized';
import type { RolePlay } from '../schemas/roleplay';
import { checkRolePlays } from './roleplays';
import { duplicates } from '../lib/duplicates';
import { checkClassifiers } from './classifiers';
import type { Classifier } from '../schemas/classifier';
import type { SessionPlan } from '../schemas/session-plan';
import { checkSessionPlans } from './session-plans';
import { zodIssues, type ContentIssue } from './issues';
import type { ContentSources, RawLesson } from './read';

/** A lesson file that passed its schema. */
export interface CheckedLesson extends Omit<RawLesson, 'data'> {
  meta: LessonMeta;
}

/** The validated content and every problem found. Content is usable only when `issues` is empty. */
export interface CheckedContent {
  issues: ContentIssue[];
  course?: Course;
  curriculum?: Curriculum;
  quizzes: Array<{ file: string; quiz: Quiz }>;
  rolePlays: Array<{ file: string; rolePlay: RolePlay }>;
  classifiers: Array<{ file: string; classifier: Classifier }>;
  sessionPlans: Array<{ file: string; plan: SessionPlan }>;
  lessons: CheckedLesson[];
}

const dupes = duplicates;

/** Problems inside one item: answers that are not among its choices, repeated choice IDs. */
function itemIssues(item: QuizItem): string[] {
  const problems: string[] = [];
  const ids = (list: Array<{ id: string }>, what: string) => {
    const all = list.map((x) => x.id);
    for (const d of dupes(all)) problems.push(`${what} ID "${d}" is used twice`);
    return all;
  };
  if (item.type === 'single' || item.type === 'multiple') {
    const options = ids(item.options, 'option');
    const correct = item.type === 'single' ? [item.correct] : item.correct;
    for (const c of correct)
      if (!options.includes(c)) problems.push(`correct answer "${c}" is not one of the options (${options.join(', ')})`);
  } else if (item.type === 'case') {
    ids(item.parts, 'part');
    for (const part of item.parts) {
      const choices = ids(part.choices, `choice of part "${part.id}":`);
      if (!choices.includes(part.correct)) problems.push(`part "${part.id}": correct answer "${part.correct}" is not one of its choices (${choices.join(', ')})`);
    }
  } else if (item.type === 'ordering') ids(item.entries, 'entry');
  else if (item.type === 'matching') ids(item.pairs, 'pair');
  else if (item.type === 'categorise') {
    const cats = ids(item.categories, 'category');
    ids(item.entries, 'entry');
    for (const e of item.entries)
      if (!cats.includes(e.category)) problems.push(`entry "${e.id}" belongs to "${e.category}", which is not a category (${cats.join(', ')})`);
  }
  return problems;
}

/**
 * Validates all content against its schema and against each other: unknown concept IDs,
 * wrong answers keys, duplicate IDs, embeds of missing quizzes, lessons in one locale only,
 * and course.yaml entries that point nowhere.
 */
export function validateContent(src: ContentSources): CheckedContent {
  const issues: ContentIssue[] = [...src.parseErrors];
  const parse = <T>(schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, file: string, data: unknown): T | undefined => {
    if (data === undefined) return undefined;
    const r = schema.safeParse(data);
    if (r.success) return r.data;
    issues.push(...zodIssues(file, r.error));
    return undefined;
  };
  const course = parse(courseSchema, src.course.file, src.course.data);
  const curriculum = parse(curriculumSchema, src.curriculum.file, src.curriculum.data);
  const conceptIds = new Set(curriculum?.concepts.map((c) => c.id) ?? []);
  for (const d of dupes(curriculum?.concepts.map((c) => c.id) ?? []))
    issues.push({ file: src.curriculum.file, field: 'concepts', message: `concept ID "${d}" is listed twice` });
  const checkConcepts = (file: string, field: string, ids: string[]) => {
    if (!curriculum) return;
    ids.forEach((id, i) => {
      if (!conceptIds.has(id)) issues.push({ file, field: `${field}[${i}]`, message: `unknown concept ID "${id}" (not in content/curriculum.yaml)` });
    });
  };

  const quizzes: CheckedContent['quizzes'] = [];
  const itemOwner = new Map<string, string>();
  for (const raw of src.quizzes) {
    const quiz = parse(quizSchema, raw.file, raw.data);
    if (!quiz) continue;
    const expected = raw.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (quiz.id !== expected) issues.push({ file: raw.file, field: 'id', message: `quiz ID "${quiz.id}" must equal the file name "${expected}"` });
    if (quiz.draw !== undefined && quiz.draw > quiz.items.length)
      issues.push({ file: raw.file, field: 'draw', message: `draws ${quiz.draw} items from a bank of only ${quiz.items.length}` });
    quiz.items.forEach((item, i) => {
      const other = itemOwner.get(item.id);
      if (other) issues.push({ file: raw.file, field: `items[${i}].id`, message: `duplicate item ID "${item.id}" (also in ${other})` });
      itemOwner.set(item.id, raw.file);
      checkConcepts(raw.file, `items[${i}].concepts`, item.concepts);
      for (const message of itemIssues(item)) issues.push({ file: raw.file, field: `items[${i}]`, message });
    });
    if (quizzes.some((q) => q.quiz.id === quiz.id)) issues.push({ file: raw.file, field: 'id', message: `duplicate quiz ID "${quiz.id}"` });
    quizzes.push({ file: raw.file, quiz });
  }
  // IDs of quizzes that failed their schema still count as existing, so one bad quiz
  // is reported once and not again by every lesson that embeds it.
  const rawId = (d: unknown) => (d && typeof d === 'object' && 'id' in d && typeof d.id === 'string' ? d.id : undefined);
  const quizIds = new Set([...quizzes.map((q) => q.quiz.id), ...src.quizzes.flatMap((q) => rawId(q.data) ?? [])]);

  const rp = checkRolePlays(src.rolePlays, curriculum ? conceptIds : null);
  issues.push(...rp.issues);
  const cl = checkClassifiers(src.classifiers, curriculum ? conceptIds : null, rp.ids);
  issues.push(...cl.issues);

  const lessons: CheckedLesson[] = [];
  for (const raw of src.lessons) {
    const meta = parse(lessonSchema, raw.file, raw.data);
    if (!meta) continue;
    const folder = raw.relPath.split('/')[0];
    if (meta.module !== folder) issues.push({ file: raw.file, field: 'module', message: `is "${meta.module}" but the file is in folder "${folder}"` });
    if (!meta.id.startsWith(`${meta.module}/`)) issues.push({ file: raw.file, field: 'id', message: `"${meta.id}" must start with its module "${meta.module}/"` });
    checkConcepts(raw.file, 'concepts', meta.concepts);
    for (const q of raw.quizEmbeds)
      if (!quizIds.has(q)) issues.push({ file: raw.file, field: '<Quiz>', message: `embeds quiz "${q}", which does not exist in content/quizzes` });
    for (const r of raw.rolePlayEmbeds)
      if (!rp.ids.has(r)) issues.push({ file: raw.file, field: '<RolePlay>', message: `embeds role-play "${r}", which does not exist in content/roleplays` });
    for (const c of raw.classifierEmbeds)
      if (!cl.ids.has(c)) issues.push({ file: raw.file, field: '<Classifier>', message: `embeds classifier "${c}", which does not exist in content/classifiers` });
    const { data: _data, ...rest } = raw;
    lessons.push({ ...rest, meta });
  }
  issues.push(...lessonSetIssues(lessons), ...(course ? courseIssues(course, src.course.file, lessons, quizIds) : []));
  const moduleLessons = new Map((course?.modules ?? []).map((m) => [m.id, m.lessons]));
  const sp = checkSessionPlans(src.sessionPlans, { moduleLessons, quizIds, rolePlayIds: rp.ids, classifierIds: cl.ids });
  issues.push(...sp.issues);
  return { issues, course, curriculum, quizzes, rolePlays: rp.rolePlays, classifiers: cl.classifiers, sessionPlans: sp.plans, lessons };
}

/** Duplicate IDs within a locale; lessons missing from the other locale or with another ID there. */
function lessonSetIssues(lessons: CheckedLesson[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byLocale = (l: Locale) => lessons.filter((x) => x.locale === l);
  for (const locale of ['zh-CN', 'en'] as const) {
    const mine = byLocale(locale);
    for (const d of dupes(mine.map((x) => x.meta.id)))
      for (const x of mine.filter((m) => m.meta.id === d)) issues.push({ file: x.file, field: 'id', message: `duplicate lesson ID "${d}" in ${locale}` });
    const other = byLocale(locale === 'zh-CN' ? 'en' : 'zh-CN');
    for (const x of mine) {
      const twin = other.find((o) => o.relPath === x.relPath);
      if (!twin) issues.push({ file: x.file, field: '', message: `exists in ${locale} only: add ${x.relPath} for ${locale === 'zh-CN' ? 'en' : 'zh-CN'} too` });
      else if (locale === 'zh-CN' && twin.meta.id !== x.meta.id)
        issues.push({ file: twin.file, field: 'id', message: `is "${twin.meta.id}" but the zh-CN file says "${x.meta.id}": both locales need the same ID` });
    }
  }
  return issues;
}

/** course.yaml lessons and tests that do not exist, lessons no module lists, modules listed twice. */
function courseIssues(course: Course, file: string, lessons: CheckedLesson[], quizIds: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const listed = course.modules.flatMap((m) => m.lessons);
  for (const d of dupes(course.modules.map((m) => m.id))) issues.push({ file, field: 'modules', message: `module "${d}" is listed twice` });
  for (const d of dupes(listed)) issues.push({ file, field: 'modules', message: `lesson "${d}" is listed twice` });
  course.modules.forEach((m, i) => {
    m.lessons.forEach((id, j) => {
      const found = lessons.filter((l) => l.meta.id === id);
      if (found.length === 0) issues.push({ file, field: `modules[${i}].lessons[${j}]`, message: `lesson "${id}" does not exist` });
      for (const l of found)
        if (l.meta.module !== m.id) issues.push({ file, field: `modules[${i}].lessons[${j}]`, message: `lesson "${id}" belongs to module "${l.meta.module}", not "${m.id}"` });
    });
    if (m.test && !quizIds.has(m.test)) issues.push({ file, field: `modules[${i}].test`, message: `module test "${m.test}" does not exist in content/quizzes` });
  });
  for (const l of lessons)
    if (!listed.includes(l.meta.id)) issues.push({ file: l.file, field: 'id', message: `lesson "${l.meta.id}" is not listed in any module of content/course.yaml` });
  return issues;
}
