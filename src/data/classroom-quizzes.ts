import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/localized';
import { localePath } from '../i18n/locale';
import { getCourse, placedLessons } from './course';

/** A module's quizzes as the classroom quiz lists them: its test, then its lessons' quizzes in course order. */
export interface ModuleQuizzes {
  id: string;
  title: string;
  test: CollectionEntry<'quizzes'> | undefined;
  lessonQuizzes: CollectionEntry<'quizzes'>[];
}

/** URL of a quiz's classroom page (`/trainer/quiz/q-m1-test/`). */
export const classroomQuizHref = (locale: Locale, id: string) => localePath(locale, `/trainer/quiz/${id}/`);

/** Every module that has a quiz, with its test and lesson quizzes (drills and role-plays are not quizzes here). */
export async function classroomQuizList(locale: Locale): Promise<ModuleQuizzes[]> {
  const [course, quizzes, lessons] = await Promise.all([getCourse(), getCollection('quizzes'), placedLessons(locale)]);
  const byId = new Map(quizzes.map((q) => [q.data.id, q]));
  return course.modules
    .map((module) => ({
      id: module.id,
      title: module.title[locale],
      test: module.test ? byId.get(module.test) : undefined,
      lessonQuizzes: lessons
        .filter((l) => l.module.id === module.id)
        .flatMap((l) => l.quizIds.flatMap((id) => byId.get(id) ?? []))
        .filter((q) => q.data.id !== module.test),
    }))
    .filter((m) => m.test || m.lessonQuizzes.length > 0);
}

/** Static paths of every classroom quiz page. */
export async function classroomQuizPaths() {
  return (await getCollection('quizzes')).map((q) => ({ params: { quiz: q.data.id }, props: { id: q.data.id } }));
}
