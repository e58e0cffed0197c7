import { getCollection } from 'astro:content';
import type { Locale } from '../schemas/localized';
import { getCourse, placedLessons } from './course';

/** One module's line in the course overview. */
export interface OverviewRow {
  id: string;
  title: string;
  lessons: number;
  minutes: number;
  guide: boolean;
  /** The module test's draw and bank size, when the module has a test. */
  test: { draw: number; bank: number } | null;
}

/** Every module of the course with its lesson count, minutes and test, and the totals. */
export async function courseOverview(locale: Locale) {
  const course = await getCourse();
  const lessons = await placedLessons(locale);
  const quizzes = await getCollection('quizzes');
  const rows: OverviewRow[] = course.modules.map((m) => {
    const mine = lessons.filter((l) => l.module.id === m.id);
    const test = m.test ? quizzes.find((q) => q.data.id === m.test)?.data : undefined;
    return {
      id: m.id,
      title: m.title[locale],
      lessons: mine.length,
      minutes: mine.reduce((sum, l) => sum + l.entry.data.minutes, 0),
      guide: m.guide,
      test: test ? { draw: test.draw ?? test.items.length, bank: test.items.length } : null,
    };
  });
  const minutes = rows.reduce((sum, r) => sum + r.minutes, 0);
  return {
    rows,
    passMark: course.rules.passMark,
    total: { modules: rows.length, lessons: rows.reduce((n, r) => n + r.lessons, 0), minutes, hours: Math.floor(minutes / 60), rest: minutes % 60 },
  };
}
