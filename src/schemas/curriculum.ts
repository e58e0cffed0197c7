import { z } from 'zod';
import { localizedString, stableId } from './localized';

/** One concept the course must teach (in a lesson) and assess (in a quiz item). */
export const conceptSchema = z.strictObject({
  /** Concept ID exactly as in curriculum.md. */
  id: stableId,
  /** Module the concept belongs to (`m1` …). */
  module: z.string().regex(/^m\d$/),
  /** Short name of the concept. */
  title: localizedString,
});
/** A curriculum concept. */
export type Concept = z.infer<typeof conceptSchema>;

/** `content/curriculum.yaml`: the concept IDs lessons and items may refer to. */
export const curriculumSchema = z.strictObject({
  /** Every concept of the course. */
  concepts: z.array(conceptSchema).min(1),
});
/** The parsed curriculum. */
export type Curriculum = z.infer<typeof curriculumSchema>;
