import { getCollection, type CollectionEntry } from 'astro:content';
import type { Course, CourseModule } from '../schemas/course';
import type { Locale } from '../schemas/localized';
import { localeFolder, localePath } from '../i18n/locale';
import { classifierEmbeds, isDrillId, quizEmbeds, rolePlayEmbeds } from '../content-check/embeds';

/** A lesson entry placed in the course: its module, position and neighbours' IDs. */
export interface PlacedLesson {
  entry: CollectionEntry<'lessons'>;
  module: CourseModule;
  /** 0-based index within its module. */
  index: number;
  /** Quiz, drill and role-play IDs embedded in the lesson body, in that order: each is a scored activity of the lesson. */
  quizIds: string[];
}

/** The scored activities a lesson body embeds: quizzes, then drills, then role-plays. */
const scoredEmbeds = (body: string) => [...quizEmbeds(body), ...classifierEmbeds(body).filter(isDrillId), ...rolePlayEmbeds(body)];

/** The course (course.yaml). */
export async function getCourse(): Promise<Course> {
  const [entry] = await getCollection('course');
  if (!entry) throw new Error('content/course.yaml is missing');
  return entry.data;
}

/** Lessons of one locale in course order (course.yaml decides the order). */
export async function placedLessons(locale: Locale): Promise<PlacedLesson[]> {
  const course = await getCourse();
  const prefix = `${localeFolder(locale)}/`;
  const entries = await getCollection('lessons', (e) => e.id.startsWith(prefix));
  return course.modules.flatMap((module) =>
    module.lessons.flatMap((id, index) => {
      const entry = entries.find((e) => e.data.id === id);
      return entry ? [{ entry, module, index, quizIds: scoredEmbeds(entry.body ?? '') }] : [];
    }),
  );
}

/** URL of a lesson page. */
export const lessonHref = (locale: Locale, id: string) => localePath(locale, `/lessons/${id}/`);
/** URL of a module page. */
export const moduleHref = (locale: Locale, id: string) => localePath(locale, `/modules/${id}/`);
/** URL of a stand-alone quiz page (module tests live there). */
export const quizHref = (locale: Locale, id: string) => localePath(locale, `/quizzes/${id}/`);

/** Minutes of a module's lessons. */
export function moduleMinutes(lessons: PlacedLesson[], moduleId: string): number {
  return lessons.filter((l) => l.module.id === moduleId).reduce((sum, l) => sum + l.entry.data.minutes, 0);
}
