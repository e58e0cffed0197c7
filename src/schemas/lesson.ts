import { z } from 'zod';
import { stableId } from './localized';

/** Frontmatter of a lesson MDX file (one file per locale, same path in both). */
export const lessonSchema = z.strictObject({
  /** Stable lesson ID `<module>/<slug>`, identical in both locales; also the URL path. */
  id: stableId.regex(/^m\d\/[a-z0-9-]+$/, 'lesson IDs look like m1/what-is-service'),
  /** Module ID (`m1` …); must match the folder and course.yaml. */
  module: z.string().regex(/^m\d$/),
  /** Lesson title in this file's language. */
  title: z.string().trim().min(1),
  /** One-sentence description used on cards and in search results. */
  description: z.string().trim().min(1),
  /** Learning objectives (知识目标 / 技能目标). */
  objectives: z.strictObject({
    /** What the learner will know. */
    knowledge: z.array(z.string().trim().min(1)).min(1),
    /** What the learner will be able to do. */
    skills: z.array(z.string().trim().min(1)).min(1),
  }),
  /** Estimated minutes to study the lesson, quiz included. */
  minutes: z.number().int().min(1).max(120),
  /** Curriculum concept IDs this lesson teaches. */
  concepts: z.array(stableId).min(1),
  /** Notes for trainers running the lesson in a classroom (not shown to trainees). */
  trainerNotes: z.string().optional(),
});
/** Lesson frontmatter. */
export type LessonMeta = z.infer<typeof lessonSchema>;
