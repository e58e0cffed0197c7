import type { QuizStrings } from '../../i18n/quiz-strings';
import type { IslandQuiz } from '../../lib/quiz/island-data';

/**
 * A quiz as the quiz island fetches it (`/data/quizzes/<id>.<locale>.json`): the items
 * (`islandQuiz`) and the island's UI strings, most of which are needed only once the items
 * are there, so they stay out of the page's HTML.
 */
export type QuizData = IslandQuiz & { strings: QuizStrings };

/** The strings the island shows before its items arrive (passed as props): the intro, Start, the load failure. */
export type QuizIntroStrings = Pick<
  QuizStrings,
  'quiz.items' | 'quiz.passMark' | 'quiz.attemptsLeft' | 'quiz.attemptsUnlimited' | 'quiz.start' | 'quiz.loadFailed' | 'quiz.retry'
>;

/** The intro strings out of one locale's table. */
export function quizIntroStrings(s: QuizStrings): QuizIntroStrings {
  const keys = ['quiz.items', 'quiz.passMark', 'quiz.attemptsLeft', 'quiz.attemptsUnlimited', 'quiz.start', 'quiz.loadFailed', 'quiz.retry'] as const;
  return Object.fromEntries(keys.map((k) => [k, s[k]])) as QuizIntroStrings;
}
