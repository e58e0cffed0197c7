import type { Course } from '../schemas/course';
import type { Curriculum } from '../schemas/curriculum';
import type { Quiz } from '../schemas/quiz';
import type { LOCALES } from '../schemas/localized';
import type { CheckedLesson } from './validate';

/** A concept of a published module that nothing teaches or nothing assesses. */
export interface CoverageGap {
  concept: string;
  module: string;
  /** Locales in which no lesson teaches it. */
  untaughtIn: Array<(typeof LOCALES)[number]>;
  /** No quiz item assesses it. */
  unassessed: boolean;
}

/**
 * For every module listed in course.yaml, the curriculum concepts of that module that
 * are not taught by a lesson (per locale) or not assessed by any quiz item (a guide
 * module's concepts are taught only).
 */
export function coverageGaps(course: Course, curriculum: Curriculum, lessons: CheckedLesson[], quizzes: Quiz[]): CoverageGap[] {
  const published = new Set(course.modules.map((m) => m.id));
  const guides = new Set(course.modules.filter((m) => m.guide).map((m) => m.id));
  const assessed = new Set(quizzes.flatMap((q) => q.items.flatMap((i) => i.concepts)));
  const taught = (locale: 'zh-CN' | 'en') =>
    new Set(lessons.filter((l) => l.locale === locale).flatMap((l) => l.meta.concepts));
  const taughtZh = taught('zh-CN');
  const taughtEn = taught('en');
  return curriculum.concepts
    .filter((c) => published.has(c.module))
    .map((c) => ({
      concept: c.id,
      module: c.module,
      untaughtIn: [...(taughtZh.has(c.id) ? [] : (['zh-CN'] as const)), ...(taughtEn.has(c.id) ? [] : (['en'] as const))],
      unassessed: !guides.has(c.module) && !assessed.has(c.id),
    }))
    .filter((g) => g.untaughtIn.length > 0 || g.unassessed);
}
