import type { LearnerEvent } from './events';

/**
 * One pass over the events that the derivations read from. Cached per events array
 * (the store replaces the array on every change), so a page that asks for fifty
 * lessons' status reads the record once.
 */

/** An attempt's recorded outcome. */
export interface AttemptOutcome {
  passed: boolean;
  /** Scaled score (0–1), null when the event carried none. */
  scaled: number | null;
}

/** What the events say about one quiz. */
export interface QuizFacts {
  /** Attempt numbers started (`attempted` events). */
  attempts: Set<number>;
  /** Outcome per started attempt; the first `passed`/`failed` of an attempt wins. */
  outcomes: Map<number, AttemptOutcome>;
  /** Time of the latest event about the quiz or one of its items. */
  lastAt: string | null;
}

/** What the events say, by activity ID. */
export interface Facts {
  /** Lesson ID → time (ms) it was last opened (`experienced`). */
  lessonSeen: Map<string, number>;
  /** Lessons read to the end (`completed`). */
  lessonRead: Set<string>;
  /** Quiz or role-play ID → its facts. */
  quizzes: Map<string, QuizFacts>;
}

const cache = new WeakMap<readonly LearnerEvent[], Facts>();

/** The facts of an events array (in any order; read in time order, ties in array order). */
export function factsOf(events: readonly LearnerEvent[]): Facts {
  const cached = cache.get(events);
  if (cached) return cached;
  const facts: Facts = { lessonSeen: new Map(), lessonRead: new Set(), quizzes: new Map() };
  const timed = events.map((e) => [Date.parse(e.timestamp), e] as const).sort((a, b) => a[0] - b[0]);
  for (const [at, e] of timed) {
    const { type, id } = e.object;
    if (type === 'lesson' && e.verb === 'experienced') facts.lessonSeen.set(id, at);
    if (type === 'lesson' && e.verb === 'completed') facts.lessonRead.add(id);
    // Role-plays are scored attempts too: they share the quiz facts (IDs differ by prefix).
    const scored = type === 'quiz' || type === 'roleplay';
    const quizId = scored ? id : type === 'item' ? e.context?.parentId : undefined;
    if (!quizId) continue;
    let quiz = facts.quizzes.get(quizId);
    if (!quiz) facts.quizzes.set(quizId, (quiz = { attempts: new Set(), outcomes: new Map(), lastAt: null }));
    quiz.lastAt = e.timestamp;
    const n = e.context?.attempt;
    if (!scored || n === undefined) continue;
    if (e.verb === 'attempted') quiz.attempts.add(n);
    else if ((e.verb === 'passed' || e.verb === 'failed') && quiz.attempts.has(n) && !quiz.outcomes.has(n)) {
      quiz.outcomes.set(n, { passed: e.verb === 'passed', scaled: e.result?.score?.scaled ?? null });
    }
  }
  cache.set(events, facts);
  return facts;
}
