import type { CourseRules } from '../../schemas/course';

/**
 * The course as plain data for progress in the browser: what the pages build from
 * course.yaml and the lessons (in the page's locale) and hand to the progress script
 * and the My progress island. No zod here: this ships to every page.
 */

/** A lesson of the outline. */
export interface OutlineLesson {
  /** Stable lesson ID (`m1/what-is-service`). */
  id: string;
  /** Title in the page's locale. */
  title?: string;
  /** URL of the lesson in the page's locale. */
  href?: string;
  /** Quizzes, then role-plays, embedded in the lesson: the scored activities its completion may need. */
  quizIds: string[];
}

/** A module of the outline, lessons in teaching order. */
export interface OutlineModule {
  /** Module ID (`m1`). */
  id: string;
  /** Title in the page's locale. */
  title?: string;
  lessons: OutlineLesson[];
  /** Quiz ID of the module test, taken after the lessons. */
  test?: string;
  /** URL of the module test's page in the page's locale. */
  testHref?: string;
  /** Title of the module test (the module title stands in when absent). */
  testTitle?: string;
}

/** The course for progress: its rules and modules in order. */
export interface CourseOutline {
  rules: CourseRules;
  modules: OutlineModule[];
}

/**
 * The outline as JSON that is safe inside `<script type="application/json">`
 * (`<` is escaped, so a title containing `</script>` cannot end the element).
 */
export function outlineJson(outline: CourseOutline): string {
  return JSON.stringify(outline).replace(/</g, '\\u003c');
}

/**
 * The part of the outline a page about one module needs (a lesson or module page: the
 * lesson and module statuses): that module's IDs, test and lessons' activities, without
 * titles and links, which only the course-wide "continue" link uses. Keeps pages small.
 */
export function moduleOutline(outline: CourseOutline, moduleId: string): CourseOutline {
  return {
    rules: outline.rules,
    modules: outline.modules
      .filter((m) => m.id === moduleId)
      .map((m) => ({ id: m.id, ...(m.test ? { test: m.test } : {}), lessons: m.lessons.map((l) => ({ id: l.id, quizIds: l.quizIds })) })),
  };
}

/** Parse an outline from a page's JSON block; null when it is missing or not outline-shaped. */
export function parseOutline(text: string | null | undefined): CourseOutline | null {
  try {
    const data = JSON.parse(text ?? '') as CourseOutline | null;
    return data?.rules && Array.isArray(data.modules) && data.modules.every((m) => Array.isArray(m?.lessons)) ? data : null;
  } catch {
    return null;
  }
}
