import type { LearnerEvent } from '../progress/events';
import { planAttempt, type PlannableQuiz } from './attempt';
import type { ViewItem } from './localize';
import { attemptsLeft, type QuizResult } from './result';
import type { Response } from './score';
import { parseResponse } from './serialize';

/** One attempt as rebuilt from the record. */
export interface AttemptState {
  /** 1-based attempt number. */
  attempt: number;
  seed: number;
  /** Items drawn, in the order shown (items no longer in the quiz are left out). */
  itemIds: string[];
  /** Structured answers of the checked items. */
  answers: Record<string, Response>;
  /** Recorded score of every checked item (the truth for the attempt's total). */
  scores: Record<string, { score: number; maxScore: number }>;
}

/** A finished attempt and its recorded outcome. */
export interface FinishedAttempt extends AttemptState {
  result: QuizResult;
}

/** Everything the island shows about a quiz, derived from the learner's events. */
export interface QuizSession {
  /** Attempts started, finished or not. */
  attemptsUsed: number;
  /** Best scaled score of a finished attempt, null before the first finishes. */
  bestScaled: number | null;
  /** Whether any attempt passed. */
  passed: boolean;
  /** The latest attempt when it has not finished. */
  current: AttemptState | null;
  /** The latest finished attempt. */
  lastFinished: FinishedAttempt | null;
  /** No attempt is in progress and attempts remain. */
  canStartNew: boolean;
  /** Number the next new attempt gets. */
  nextAttempt: number;
}

/** Events in time order; equal timestamps (e.g. merged from two tabs) keep their order, as `sort` is stable. */
const byTime = (events: readonly LearnerEvent[]) => [...events].sort((a, b) => a.timestamp.localeCompare(b.timestamp));

/**
 * Rebuild a quiz's state from the learner's events. The first event of each
 * kind per attempt wins (an item is answered once per attempt), so duplicates
 * from two tabs do no harm.
 */
export function quizSession(events: readonly LearnerEvent[], quizId: string, quiz: PlannableQuiz, maxAttempts: number): QuizSession {
  const items = new Map<string, ViewItem>(quiz.items.map((item) => [item.id, item]));
  const attempts = new Map<number, AttemptState>();
  const results = new Map<number, QuizResult>();
  for (const e of byTime(events)) {
    const n = e.context?.attempt;
    if (n === undefined) continue;
    const state = attempts.get(n);
    if (e.verb === 'attempted' && e.object.type === 'quiz' && e.object.id === quizId && !state) {
      const seed = e.context?.seed ?? 0;
      const drawn = e.context?.itemIds ?? planAttempt(quiz, seed).itemIds;
      attempts.set(n, { attempt: n, seed, itemIds: drawn.filter((id) => items.has(id)), answers: {}, scores: {} });
    } else if (e.verb === 'answered' && e.object.type === 'item' && e.context?.parentId === quizId && state) {
      const item = items.get(e.object.id);
      if (!item || !state.itemIds.includes(item.id) || state.scores[item.id]) continue;
      const score = e.result?.score;
      state.scores[item.id] = { score: score?.raw ?? 0, maxScore: score?.max ?? item.points };
      const answer = parseResponse(item, e.result?.response ?? '');
      if (answer) state.answers[item.id] = answer;
    } else if ((e.verb === 'passed' || e.verb === 'failed') && e.object.type === 'quiz' && e.object.id === quizId) {
      const score = e.result?.score;
      if (state && score && !results.has(n)) {
        results.set(n, { score: score.raw, maxScore: score.max, scaled: score.scaled, passed: e.verb === 'passed' });
      }
    }
  }
  const numbers = [...attempts.keys()].sort((a, b) => a - b);
  const latest = numbers.at(-1);
  const current = latest !== undefined && !results.has(latest) ? (attempts.get(latest) ?? null) : null;
  const finished = numbers.filter((n) => results.has(n));
  const lastN = finished.at(-1);
  const lastFinished = lastN !== undefined ? { ...(attempts.get(lastN) as AttemptState), result: results.get(lastN) as QuizResult } : null;
  const scaled = [...results.values()].map((r) => r.scaled);
  return {
    attemptsUsed: attempts.size,
    bestScaled: scaled.length ? Math.max(...scaled) : null,
    passed: [...results.values()].some((r) => r.passed),
    current,
    lastFinished,
    canStartNew: current === null && attemptsLeft(attempts.size, maxAttempts) > 0,
    nextAttempt: (latest ?? 0) + 1,
  };
}

/** Whether every drawn item of an attempt has been checked. */
export function attemptComplete(state: AttemptState): boolean {
  return state.itemIds.every((id) => state.scores[id] !== undefined);
}
