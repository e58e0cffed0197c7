import { z } from 'zod';
import { localizedString, stableId } from './localized';

/**
 * A classroom session plan for one module (content/session-plans/<id>.yaml): the timed
 * agenda a trainer follows, after the five steps of the case method (seed 004: case
 * opener, case analysis, concepts, practice, summary), with what to ask, what to use and
 * how to assess. Every string is in both locales.
 */

/** The case-method steps, plus what a real session also needs. */
export const PHASES = ['opener', 'analysis', 'concepts', 'practice', 'summary', 'assessment', 'break'] as const;
/** One step of the agenda. */
export type Phase = (typeof PHASES)[number];

/** How the room works during a block. */
export const GROUPINGS = ['whole-class', 'individual', 'pairs', 'threes', 'groups'] as const;

const minutes = z.number().int('minutes are whole numbers').positive('minutes must be more than 0').max(240, 'a block longer than 4 hours: split it');

/** One block of the agenda. */
export const agendaBlock = z.strictObject({
  /** Which case-method step this block is. */
  phase: z.enum(PHASES),
  /** Length in minutes. */
  minutes,
  /** Block title, shown in the agenda. */
  title: localizedString,
  /** What the trainer does and says, step by step (plain text; a blank line starts a paragraph). */
  activity: localizedString,
  /** How the room works (default whole-class). */
  grouping: z.enum(GROUPINGS).default('whole-class'),
  /** Lessons the block teaches from (their slides and handouts), by lesson ID. */
  lessons: z.array(stableId).default([]),
  /** A role-play to run in class (role cards, pairing, debrief). */
  roleplay: stableId.optional(),
  /** A classifier to run (placement or drill). */
  classifier: stableId.optional(),
  /** A quiz to run as a classroom quiz. */
  quiz: stableId.optional(),
});
/** One block of the agenda. */
export type AgendaBlock = z.infer<typeof agendaBlock>;

/** A question for the room, with the answer a trainer steers towards. */
export const discussionQuestion = z.strictObject({
  question: localizedString,
  /** What a good answer contains (a model, not the only right answer). */
  modelAnswer: localizedString,
  /** The lesson the question belongs to. */
  lesson: stableId.optional(),
});

/** A module's session plan. */
export const sessionPlanSchema = z.strictObject({
  /** `sp-<module>`; equals the file name. */
  id: stableId,
  /** The module the session teaches (content/course.yaml). */
  module: stableId,
  title: localizedString,
  /** Who the session is for and what they should already know. */
  audience: localizedString,
  /** The session's length: the agenda's minutes must add up to it. */
  durationMinutes: z.number().int().positive(),
  /** What participants can do afterwards (at least two). */
  objectives: z.array(localizedString).min(2, 'a session needs at least two objectives'),
  /** What to prepare: room, printouts, devices, flip charts. */
  materials: z.array(localizedString).min(1, 'list what to prepare'),
  /** The timed agenda, in order. */
  agenda: z.array(agendaBlock).min(5, 'the agenda needs at least the five case-method steps'),
  /** Questions for the room, with model answers (at least three). */
  discussion: z.array(discussionQuestion).min(3, 'give at least three discussion questions'),
  /** How to pair or group people for the practice, and why. */
  pairing: localizedString,
  /** How to assess: what to observe, which test, what counts as passing. */
  assessment: localizedString,
});
/** A module's session plan. */
export type SessionPlan = z.infer<typeof sessionPlanSchema>;
