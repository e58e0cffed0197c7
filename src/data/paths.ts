import { getCollection } from 'astro:content';
import type { Locale } from '../schemas/localized';
import { getCourse, placedLessons } from './course';

/** Static paths of every lesson page of a locale (`/lessons/m1/what-is-service/`). */
export async function lessonPaths(locale: Locale) {
  return (await placedLessons(locale)).map((lesson) => ({ params: { id: lesson.entry.data.id }, props: { lesson } }));
}

/** Static paths of every module page. */
export async function modulePaths() {
  return (await getCourse()).modules.map((module) => ({ params: { module: module.id }, props: { module } }));
}

/** Static paths of every stand-alone quiz page. */
export async function quizPaths() {
  return (await getCollection('quizzes')).map((q) => ({ params: { quiz: q.data.id }, props: { id: q.data.id } }));
}
