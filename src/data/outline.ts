import type { Locale } from '../schemas/localized';
import type { CourseOutline } from '../lib/progress/outline';
import { getCollection } from 'astro:content';
import { getCourse, lessonHref, placedLessons, quizHref } from './course';

const cache = new Map<Locale, Promise<CourseOutline>>();

/** The course as plain data for the progress roll-up in the browser (one per locale, built once). */
export function courseOutline(locale: Locale): Promise<CourseOutline> {
  let outline = cache.get(locale);
  if (!outline) {
    outline = build(locale);
    cache.set(locale, outline);
  }
  return outline;
}

async function build(locale: Locale): Promise<CourseOutline> {
  const course = await getCourse();
  const lessons = await placedLessons(locale);
  const quizzes = await getCollection('quizzes');
  const titleOf = (id: string) => quizzes.find((q) => q.data.id === id)?.data.title[locale];
  return {
    rules: course.rules,
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title[locale],
      test: m.test,
      testHref: m.test ? quizHref(locale, m.test) : undefined,
      testTitle: m.test ? titleOf(m.test) : undefined,
      lessons: lessons
        .filter((l) => l.module.id === m.id)
        .map((l) => ({ id: l.entry.data.id, title: l.entry.data.title, href: lessonHref(locale, l.entry.data.id), quizIds: l.quizIds })),
    })),
  };
}
