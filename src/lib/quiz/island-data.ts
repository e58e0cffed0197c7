import { describeCorrect, type TrueFalseLabels } from './describe';
import type { QuizView, ViewItem } from './localize';

/** An item as the quiz island fetches it: with its right answer already put into words. */
export type IslandItem = ViewItem & {
  /** The right answer as lines of text for the review (`describeCorrect`). */
  right: string[];
};

/** A quiz as the quiz island fetches it (`/data/quizzes/<id>.<locale>.json`). */
export type IslandQuiz = Omit<QuizView, 'items'> & { items: IslandItem[] };

/**
 * The island's data for a localized quiz. The right answers are described at build time,
 * so the browser needs no code for it (the review only describes the learner's answer).
 */
export function islandQuiz(quiz: QuizView, labels: TrueFalseLabels): IslandQuiz {
  return { ...quiz, items: quiz.items.map((item) => ({ ...item, right: describeCorrect(item, labels) })) };
}
