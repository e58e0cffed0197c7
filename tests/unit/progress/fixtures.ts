import type { EventContext, EventResult, LearnerEvent, Verb } from '../../../src/lib/progress/events';
import type { CourseOutline } from '../../../src/lib/progress/outline';
import type { StorageLike } from '../../../src/lib/progress/storage';

/** An in-memory Storage that can be told to throw on read or on write. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failGet = false;
  /** Throw a QuotaExceededError on setItem (optionally only for values longer than this). */
  failSet: false | true | { longerThan: number } = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
  }

  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const fail = this.failSet === true || (typeof this.failSet === 'object' && value.length > this.failSet.longerThan);
    if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

let clock = Date.parse('2026-03-01T09:00:00.000Z');
let counter = 0;

/** Start event times and IDs over (call in beforeEach). */
export function resetClock(): void {
  clock = Date.parse('2026-03-01T09:00:00.000Z');
  counter = 0;
}

/** An event, one minute after the previous one unless `at` is given. */
export function ev(
  verb: Verb,
  object: LearnerEvent['object'],
  more: { result?: EventResult; context?: EventContext; at?: string; id?: string } = {},
): LearnerEvent {
  clock += 60_000;
  counter += 1;
  return {
    id: more.id ?? `e${counter}`,
    verb,
    object,
    ...(more.result && { result: more.result }),
    ...(more.context && { context: more.context }),
    timestamp: more.at ?? new Date(clock).toISOString(),
  };
}

/** Shorthands for the quiz protocol and lesson events. */
export const quiz = {
  start: (id: string, attempt: number) => ev('attempted', { type: 'quiz', id }, { context: { attempt, seed: 1, itemIds: ['i1'], locale: 'en' } }),
  answer: (quizId: string, attempt: number, itemId = 'i1') =>
    ev('answered', { type: 'item', id: itemId }, { result: { score: { raw: 1, max: 1, scaled: 1 }, success: true, response: 'a' }, context: { parentId: quizId, attempt } }),
  end: (id: string, attempt: number, scaled: number, passed = scaled >= 0.8) =>
    ev(passed ? 'passed' : 'failed', { type: 'quiz', id }, { result: { score: { raw: scaled * 10, max: 10, scaled }, success: passed, completion: true }, context: { attempt } }),
};
export const lesson = {
  open: (id: string) => ev('experienced', { type: 'lesson', id }),
  read: (id: string) => ev('completed', { type: 'lesson', id }),
};

/** Rules as course.yaml defaults them. */
export const RULES = { passMark: 0.8, maxAttempts: 3, lessonNeedsQuizPass: true, courseNeedsModuleTests: true };

/** Two modules: m1 (a, b with quiz qb; test t1) and m2 (c). */
export const OUTLINE: CourseOutline = {
  rules: RULES,
  modules: [
    {
      id: 'm1',
      title: 'Module 1',
      test: 't1',
      testHref: '/en/quizzes/t1/',
      lessons: [
        { id: 'm1/a', title: 'A', href: '/en/lessons/m1/a/', quizIds: [] },
        { id: 'm1/b', title: 'B', href: '/en/lessons/m1/b/', quizIds: ['qb'] },
      ],
    },
    { id: 'm2', title: 'Module 2', lessons: [{ id: 'm2/c', title: 'C', href: '/en/lessons/m2/c/', quizIds: [] }] },
  ],
};
