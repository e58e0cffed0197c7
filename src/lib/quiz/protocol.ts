import type { LearnerEvent } from '../progress/events';
import type { ViewItem } from './localize';
import type { QuizResult } from './result';
import { scoreItem, type ItemScore, type Response } from './score';
import { serializeResponse } from './serialize';

/**
 * The events a quiz records. Progress roll-up and the SCORM/xAPI adapters rely
 * on exactly these shapes, so the island builds them here and nowhere else.
 */

/** An event before the store gives it an ID and a timestamp. */
export type NewEvent = Omit<LearnerEvent, 'id' | 'timestamp'>;

/** `attempted`: attempt `attempt` (1-based) of a quiz started with this seed and draw. */
export function attemptStarted(quizId: string, attempt: number, seed: number, itemIds: string[], locale: string): NewEvent {
  return { verb: 'attempted', object: { type: 'quiz', id: quizId }, context: { attempt, seed, itemIds: [...itemIds], locale } };
}

/** `answered`: one item checked in an attempt, scored, with the serialized response. */
export function itemAnswered(quizId: string, attempt: number, item: ViewItem, response: Response): { event: NewEvent; score: ItemScore } {
  const score = scoreItem(item, response);
  const event: NewEvent = {
    verb: 'answered',
    object: { type: 'item', id: item.id },
    result: {
      score: { raw: score.score, max: score.maxScore, scaled: score.scaled },
      success: score.score === score.maxScore,
      response: serializeResponse(item, response),
    },
    context: { parentId: quizId, attempt },
  };
  return { event, score };
}

/** `passed` or `failed`: the attempt's total once its last item is answered. */
export function attemptFinished(quizId: string, attempt: number, result: QuizResult): NewEvent {
  return {
    verb: result.passed ? 'passed' : 'failed',
    object: { type: 'quiz', id: quizId },
    result: {
      score: { raw: result.score, max: result.maxScore, scaled: result.scaled },
      success: result.passed,
      completion: true,
    },
    context: { attempt },
  };
}
