import { getCollection } from 'astro:content';
import type { Locale } from '../schemas/localized';
import type { Quiz } from '../schemas/quiz';
import { drillToQuiz } from '../lib/classifier/drill';
import { allClassifiers } from './classifiers';

/**
 * Every quiz the quiz island runs: the quizzes and module tests, then the classifier
 * drills turned into quizzes, each by ID.
 */
export async function allIslandQuizzes(): Promise<Quiz[]> {
  const quizzes = (await getCollection('quizzes')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const drills = (await allClassifiers()).flatMap((c) => (c.kind === 'drill' ? [drillToQuiz(c)] : []));
  return [...quizzes, ...drills];
}

/** URL of a quiz's items in one locale (`/data/quizzes/<id>.<locale>.json`, fetched by the island). */
export const quizDataHref = (locale: Locale, id: string) => `/data/quizzes/${id}.${locale}.json`;

/** What the quiz island needs in the page's HTML: the intro it renders on the server, not the items. */
export interface QuizIslandProps {
  id: string;
  src: string;
  title: string;
  intro?: string;
  /** Questions per attempt (the draw, or every item). */
  count: number;
  passMark: number;
  maxAttempts: number;
}

/**
 * The island's props for `quiz` in one locale: the items stay out of the page (the island
 * fetches them from `quizDataHref`), which keeps a lesson's HTML within one round trip.
 */
export function quizIslandProps(quiz: Quiz, locale: Locale, defaults: { passMark: number; maxAttempts: number }): QuizIslandProps {
  return {
    id: quiz.id,
    src: quizDataHref(locale, quiz.id),
    title: quiz.title[locale],
    ...(quiz.intro ? { intro: quiz.intro[locale] } : {}),
    count: Math.min(quiz.draw ?? quiz.items.length, quiz.items.length),
    passMark: quiz.passMark ?? defaults.passMark,
    maxAttempts: quiz.maxAttempts ?? defaults.maxAttempts,
  };
}
