import { quizStatus, type QuizStatus } from './derive';
import type { LearnerEvent } from './events';
import type { CourseOutline } from './outline';

/** One quiz's row in the My progress table. */
export interface QuizRow {
  quizId: string;
  /** The lesson that embeds the quiz; absent for a module test. */
  lessonId?: string;
  /** Whether it is the module's test. */
  isTest: boolean;
  status: QuizStatus;
}

/** One module's quizzes in course order. */
export interface ModuleQuizzes {
  moduleId: string;
  title?: string;
  rows: QuizRow[];
}

/**
 * Every quiz of the course with its status, grouped by module: lesson quizzes in
 * lesson order, then the module test. A quiz embedded twice is listed once, where
 * it first appears. Modules without quizzes are left out.
 */
export function quizReport(events: readonly LearnerEvent[], outline: CourseOutline): ModuleQuizzes[] {
  const listed = new Set<string>();
  const row = (quizId: string, isTest: boolean, lessonId?: string): QuizRow[] => {
    if (listed.has(quizId)) return [];
    listed.add(quizId);
    return [{ quizId, isTest, ...(lessonId && { lessonId }), status: quizStatus(events, quizId) }];
  };
  return outline.modules
    .map((m) => ({
      moduleId: m.id,
      ...(m.title !== undefined && { title: m.title }),
      rows: [...m.lessons.flatMap((l) => l.quizIds.flatMap((q) => row(q, false, l.id))), ...(m.test ? row(m.test, true) : [])],
    }))
    .filter((m) => m.rows.length > 0);
}
