import { round } from './score';

/** The outcome of a finished attempt. */
export interface QuizResult {
  score: number;
  maxScore: number;
  /** score / maxScore (0–1). */
  scaled: number;
  passed: boolean;
}

/** Sum item scores and apply the pass mark (a fraction of maxScore, 0–1). */
export function quizResult(scores: readonly { score: number; maxScore: number }[], passMark: number): QuizResult {
  const score = round(scores.reduce((sum, s) => sum + s.score, 0));
  const maxScore = round(scores.reduce((sum, s) => sum + s.maxScore, 0));
  const scaled = maxScore ? round(score / maxScore) : 0;
  return { score, maxScore, scaled, passed: maxScore > 0 && scaled >= round(passMark) };
}

/** Attempts still allowed: `Infinity` when `maxAttempts` is 0 (unlimited), never below 0. */
export function attemptsLeft(used: number, maxAttempts: number): number {
  return maxAttempts === 0 ? Infinity : Math.max(0, maxAttempts - used);
}
