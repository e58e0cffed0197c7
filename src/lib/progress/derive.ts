import type { CourseRules } from '../../schemas/course';
import type { LearnerEvent } from './events';
import { factsOf } from './facts';
import type { CourseOutline, OutlineLesson, OutlineModule } from './outline';

/**
 * Progress derived from the learner's events, never stored. Every function is pure
 * and cheap to call repeatedly (the events are indexed once per array, see facts.ts).
 */

/** Where a learner stands with a quiz. */
export type QuizState = 'not-started' | 'in-progress' | 'passed' | 'failed';

/** A quiz's status, from its `attempted` / `passed` / `failed` events. */
export interface QuizStatus {
  /** passed: some attempt passed; in-progress: the latest attempt has no outcome yet; failed: it failed. */
  state: QuizState;
  /** Distinct attempt numbers started. */
  attemptsUsed: number;
  /** Best scaled score (0–1) of a finished attempt; null before one finishes. */
  bestScaled: number | null;
  /** Some attempt passed. */
  passed: boolean;
  /** At least one attempt finished and none passed. */
  failed: boolean;
  /** Time of the latest event about the quiz or its items; null when there is none. */
  lastAt: string | null;
}

/** Where a learner stands with a lesson, a module or the course. */
export type CompletionStatus = 'not-started' | 'in-progress' | 'completed';

/** A module's progress. */
export interface ModuleProgress {
  id: string;
  completedLessons: number;
  totalLessons: number;
  /** Steps of the module: its lessons, plus its test when required by the rules. */
  steps: number;
  /** Steps done. */
  stepsDone: number;
  /** 0–100 of the steps, rounded down (100 only when complete). */
  percent: number;
  /** Whether the module test is passed; null when the module has no test. */
  testPassed: boolean | null;
  /** completed: every lesson complete and, when rules.courseNeedsModuleTests, the test passed. */
  status: CompletionStatus;
}

/** The course's progress. */
export interface CourseProgress {
  /** 0–100 over every step of the course (lessons, and module tests when required), rounded down. */
  percent: number;
  completed: boolean;
  status: CompletionStatus;
  modules: ModuleProgress[];
}

/** Rules the lesson status depends on. */
export type LessonRules = Pick<CourseRules, 'lessonNeedsQuizPass'>;
/** Rules the module and course progress depend on. */
export type ModuleRules = Pick<CourseRules, 'lessonNeedsQuizPass' | 'courseNeedsModuleTests'>;

/** The status of one quiz. */
export function quizStatus(events: readonly LearnerEvent[], quizId: string): QuizStatus {
  const quiz = factsOf(events).quizzes.get(quizId);
  const lastAt = quiz?.lastAt ?? null;
  if (!quiz || quiz.attempts.size === 0) {
    return { state: 'not-started', attemptsUsed: 0, bestScaled: null, passed: false, failed: false, lastAt };
  }
  const outcomes = [...quiz.outcomes.values()];
  const scores = outcomes.flatMap((o) => (o.scaled === null ? [] : [o.scaled]));
  const passed = outcomes.some((o) => o.passed);
  const latestOpen = !quiz.outcomes.has(Math.max(...quiz.attempts));
  return {
    state: passed ? 'passed' : latestOpen ? 'in-progress' : 'failed',
    attemptsUsed: quiz.attempts.size,
    bestScaled: scores.length ? Math.max(...scores) : null,
    passed,
    failed: !passed && outcomes.length > 0,
    lastAt,
  };
}

/**
 * A lesson's status: completed when read to the end and, when
 * `rules.lessonNeedsQuizPass`, every quiz in it passed; in progress once opened,
 * read or one of its quizzes started.
 */
export function lessonStatus(
  events: readonly LearnerEvent[],
  lesson: Pick<OutlineLesson, 'id' | 'quizIds'>,
  rules: LessonRules,
): CompletionStatus {
  const facts = factsOf(events);
  const read = facts.lessonRead.has(lesson.id);
  const quizzes = lesson.quizIds.map((id) => quizStatus(events, id));
  if (read && (!rules.lessonNeedsQuizPass || quizzes.every((q) => q.passed))) return 'completed';
  const touched = read || facts.lessonSeen.has(lesson.id) || quizzes.some((q) => q.state !== 'not-started');
  return touched ? 'in-progress' : 'not-started';
}

/** Whether a module's test is a step of the course under these rules. */
export const testRequired = (module: Pick<OutlineModule, 'test'>, rules: ModuleRules): module is { test: string } =>
  !!module.test && rules.courseNeedsModuleTests;

/** A module's progress: lessons completed, percent, test and status. */
export function moduleProgress(events: readonly LearnerEvent[], module: OutlineModule, rules: ModuleRules): ModuleProgress {
  const statuses = module.lessons.map((lesson) => lessonStatus(events, lesson, rules));
  const completedLessons = statuses.filter((s) => s === 'completed').length;
  const test = module.test ? quizStatus(events, module.test) : null;
  const counted = testRequired(module, rules);
  const steps = module.lessons.length + (counted ? 1 : 0);
  const done = completedLessons + (counted && test?.passed ? 1 : 0);
  const touched = statuses.some((s) => s !== 'not-started') || (test !== null && test.state !== 'not-started');
  return {
    id: module.id,
    completedLessons,
    totalLessons: module.lessons.length,
    steps,
    stepsDone: done,
    percent: steps ? Math.floor((100 * done) / steps) : 100,
    testPassed: test ? test.passed : null,
    status: done === steps ? 'completed' : touched ? 'in-progress' : 'not-started',
  };
}

/** The course's progress over every module (weighted by steps, not averaged per module). */
export function courseProgress(events: readonly LearnerEvent[], outline: CourseOutline): CourseProgress {
  const modules = outline.modules.map((m) => moduleProgress(events, m, outline.rules));
  const steps = modules.reduce((n, m) => n + m.steps, 0);
  const done = modules.reduce((n, m) => n + m.stepsDone, 0);
  const completed = modules.every((m) => m.status === 'completed');
  return {
    percent: steps ? Math.floor((100 * done) / steps) : 100,
    completed,
    status: completed ? 'completed' : modules.some((m) => m.status !== 'not-started') ? 'in-progress' : 'not-started',
    modules,
  };
}
