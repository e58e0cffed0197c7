import { z } from 'zod';
import { localizedString, stableId } from './localized';

/** A module: a chapter of the course with its lessons in teaching order. */
export const moduleSchema = z.strictObject({
  /** Stable module ID as in curriculum.md (`m1` … `m8`, `m0`). */
  id: z.string().regex(/^m\d$/, 'module IDs are m0 … m9'),
  /** Module title shown on the home page and in navigation. */
  title: localizedString,
  /** One or two sentences on what the module is for. */
  summary: localizedString,
  /** Lesson IDs (frontmatter `id`) in the order learners take them. */
  lessons: z.array(stableId).min(1, 'a module needs at least one lesson'),
  /** Quiz ID of the module test (usually a bank draw), taken after the lessons. */
  test: stableId.optional(),
  /**
   * A course guide (M0): its lessons teach how the course works, so its concepts need
   * no quiz item and its lessons complete when read to the end.
   */
  guide: z.boolean().default(false),
});
/** A module of course.yaml. */
export type CourseModule = z.infer<typeof moduleSchema>;

/** When a learner has completed or passed parts of the course. */
export const rulesSchema = z.strictObject({
  /** Fraction of the maximum score (0–1) a quiz needs to pass, unless the quiz sets its own. */
  passMark: z.number().gt(0).lte(1).default(0.8),
  /** Attempts a quiz allows unless it sets its own; 0 means unlimited. */
  maxAttempts: z.number().int().min(0).default(3),
  /** A lesson with a quiz is complete only when its quiz is passed (otherwise when read to the end). */
  lessonNeedsQuizPass: z.boolean().default(true),
  /** The course is complete when every lesson is complete and every module test is passed. */
  courseNeedsModuleTests: z.boolean().default(true),
});
/** Completion and pass rules. */
export type CourseRules = z.infer<typeof rulesSchema>;

/** `content/course.yaml`: the course, its modules in order, and its rules. */
export const courseSchema = z.strictObject({
  /** Stable course ID (also the xAPI activity / SCORM identifier stem). */
  id: stableId,
  /** Course title. */
  title: localizedString,
  /** Who the course is for and what it covers. */
  description: localizedString,
  /** Completion and pass rules. */
  rules: rulesSchema.prefault({}),
  /** Modules in teaching order. */
  modules: z.array(moduleSchema).min(1),
});
/** The parsed course.yaml. */
export type Course = z.infer<typeof courseSchema>;
