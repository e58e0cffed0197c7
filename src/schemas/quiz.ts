import { z } from 'zod';
import { localizedList, localizedString, stableId } from './localized';

/** A short choice ID, unique within its item (`a`, `b`, `4p-price` …). */
const choiceId = z.string().regex(/^[a-z0-9-]+$/, 'choice IDs use a-z, 0-9 and "-"');

/** Fields every item has, whatever its type. */
const itemBase = {
  /** Stable item ID, unique across all quizzes (records and SCORM interactions use it). */
  id: stableId,
  /** Curriculum concept IDs this item assesses. */
  concepts: z.array(stableId).min(1, 'an item must assess at least one concept'),
  /** The question or task, ideally a situation to apply the idea to. */
  prompt: localizedString,
  /** Why the right answer is right: shown after answering and in the final review. */
  explanation: localizedString,
  /** Points the item is worth (its maxScore). */
  points: z.number().positive().default(1),
};

/** A selectable option with its own feedback. */
const option = z.strictObject({
  /** Option ID, unique within the item. */
  id: choiceId,
  /** Option text. */
  text: localizedString,
  /** Feedback shown when the learner picks this option. */
  feedback: localizedString,
});

/** One right answer among several options. */
export const singleItem = z.strictObject({
  ...itemBase,
  /** Single choice. */
  type: z.literal('single'),
  /** Two or more options. */
  options: z.array(option).min(2),
  /** ID of the one correct option. */
  correct: choiceId,
});

/** Several right answers; partial credit = (right picks − wrong picks) / right answers, at least 0. */
export const multipleItem = z.strictObject({
  ...itemBase,
  /** Multiple choice. */
  type: z.literal('multiple'),
  /** Three or more options. */
  options: z.array(option).min(3),
  /** IDs of every correct option (at least one). */
  correct: z.array(choiceId).min(1),
});

/** A statement that is true or false. */
export const trueFalseItem = z.strictObject({
  ...itemBase,
  /** True/false. */
  type: z.literal('truefalse'),
  /** Whether the statement in the prompt is true. */
  correct: z.boolean(),
  /** Feedback for answering "true" and for answering "false". */
  feedback: z.strictObject({ true: localizedString, false: localizedString }),
});

/** An entry to order, match or sort. */
const entry = z.strictObject({
  /** Entry ID, unique within the item. */
  id: choiceId,
  /** Entry text. */
  text: localizedString,
});

/** Put entries in the right sequence; partial credit per entry in its right place. */
export const orderingItem = z.strictObject({
  ...itemBase,
  /** Ordering. */
  type: z.literal('ordering'),
  /** The entries IN THE CORRECT ORDER (learners see them shuffled). */
  entries: z.array(entry).min(3),
});

/** Match each left entry to its right partner; partial credit per correct pair. */
export const matchingItem = z.strictObject({
  ...itemBase,
  /** Matching. */
  type: z.literal('matching'),
  /** Pairs as they belong together (learners see the right column shuffled). */
  pairs: z
    .array(
      z.strictObject({
        /** Pair ID, unique within the item. */
        id: choiceId,
        /** The left side (fixed). */
        left: localizedString,
        /** The right side the learner must pick for it. */
        right: localizedString,
        /** Why these two belong together. */
        feedback: localizedString.optional(),
      }),
    )
    .min(2),
});

/** Sort entries into groups (operable by keyboard: each entry has a group picker). */
export const categoriseItem = z.strictObject({
  ...itemBase,
  /** Categorise. */
  type: z.literal('categorise'),
  /** The groups. */
  categories: z.array(entry).min(2),
  /** Entries to sort, each with the ID of its right group and why it belongs there. */
  entries: z
    .array(
      z.strictObject({
        /** Entry ID, unique within the item. */
        id: choiceId,
        /** Entry text. */
        text: localizedString,
        /** ID of the category it belongs to. */
        category: choiceId,
        /** Why it belongs to that category. */
        feedback: localizedString,
      }),
    )
    .min(2),
});

/** Type a short answer; any accepted variant scores (width, case and spacing are ignored). */
export const fillItem = z.strictObject({
  ...itemBase,
  /** Fill in the blank. */
  type: z.literal('fill'),
  /** Accepted answers per locale (learners answer in the language they read). */
  accepted: localizedList,
  /** Feedback for a right and a wrong answer. */
  feedback: z.strictObject({ correct: localizedString, incorrect: localizedString }),
});

/**
 * A situation (the prompt) with one to three questions about it, each with its own
 * choices (e.g. "Which type?" and "Which approach?"); partial credit per question.
 */
export const caseItem = z.strictObject({
  ...itemBase,
  /** Case. */
  type: z.literal('case'),
  /** The questions about the situation, in order. */
  parts: z
    .array(
      z.strictObject({
        /** Part ID, unique within the item. */
        id: choiceId,
        /** The question. */
        question: localizedString,
        /** Its choices, each with feedback. */
        choices: z.array(option).min(2),
        /** ID of the right choice. */
        correct: choiceId,
      }),
    )
    .min(1)
    .max(3),
});

/** Any quiz item, told apart by `type`. */
export const quizItemSchema = z.discriminatedUnion('type', [
  singleItem,
  multipleItem,
  trueFalseItem,
  orderingItem,
  matchingItem,
  categoriseItem,
  fillItem,
  caseItem,
]);
/** A quiz item. */
export type QuizItem = z.infer<typeof quizItemSchema>;
/** The item types the engine supports. */
export type QuizItemType = QuizItem['type'];

/** `content/quizzes/<id>.yaml`: a lesson quiz or a module test bank. */
export const quizSchema = z.strictObject({
  /** Stable quiz ID (`q-m1-service-levels`); equals the file name without `.yaml`. */
  id: stableId,
  /** Quiz title. */
  title: localizedString,
  /** Optional instructions shown above the first item. */
  intro: localizedString.optional(),
  /** Fraction of maxScore needed to pass (0–1); default from course.yaml rules. */
  passMark: z.number().gt(0).lte(1).optional(),
  /** Attempts allowed; 0 = unlimited; default from course.yaml rules. */
  maxAttempts: z.number().int().min(0).optional(),
  /** Shuffle item order and options; the order stays fixed within an attempt. */
  shuffle: z.boolean().default(true),
  /** Draw this many items from the bank for each attempt (omit to use every item). */
  draw: z.number().int().positive().optional(),
  /** Whole-quiz feedback for a pass and for a fail. */
  feedback: z.strictObject({ pass: localizedString, fail: localizedString }),
  /** The items (the bank, when `draw` is set). */
  items: z.array(quizItemSchema).min(1),
});
/** A parsed quiz. */
export type Quiz = z.infer<typeof quizSchema>;
