import type { CourseProgress } from '../progress/derive';
import type { CourseOutline } from '../progress/outline';

/**
 * What stands between the learner and the course's completion rule, in counts the UI
 * can say in a sentence ("3 of 8 module tests passed") instead of a bare "not yet".
 */

/** Steps of the completion rule done and required. */
export interface CompletionNeeds {
  lessonsDone: number;
  lessonsTotal: number;
  /** Module tests passed; both 0 when the rule does not require module tests. */
  testsPassed: number;
  testsTotal: number;
  /** Every step is done (the same as `CourseProgress.completed`). */
  met: boolean;
}

/** The counts of the completion rule for a course's progress. */
export function completionNeeds(progress: CourseProgress, outline: CourseOutline): CompletionNeeds {
  const required = outline.rules.courseNeedsModuleTests;
  const tests = required ? progress.modules.filter((m) => m.testPassed !== null) : [];
  return {
    lessonsDone: progress.modules.reduce((n, m) => n + m.completedLessons, 0),
    lessonsTotal: progress.modules.reduce((n, m) => n + m.totalLessons, 0),
    testsPassed: tests.filter((m) => m.testPassed).length,
    testsTotal: tests.length,
    met: progress.completed,
  };
}
