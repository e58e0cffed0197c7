import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/localized';
import { localizeQuiz } from '../../../lib/quiz/localize';
import { islandQuiz } from '../../../lib/quiz/island-data';
import { quizStrings } from '../../../i18n/quiz-strings';
import type { QuizData } from '../../../components/quiz/data';
import { allIslandQuizzes } from '../../../data/quizzes';

/** Each quiz and drill in each locale, with the island's strings, as JSON (`/data/quizzes/<id>.<locale>.json`), fetched by the quiz island. */
export async function getStaticPaths() {
  return (await allIslandQuizzes()).flatMap((quiz) =>
    LOCALES.map((locale) => {
      const s = quizStrings(locale);
      const view: QuizData = { ...islandQuiz(localizeQuiz(quiz, locale), { true: s['quiz.true'], false: s['quiz.false'] }), strings: s };
      return { params: { file: `${quiz.id}.${locale}` }, props: { view } };
    }),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.view), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
