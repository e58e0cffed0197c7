import { z } from 'zod';

// These schemas run in the browser (the HR page's import). Without `jitless`, zod's first
// object parse probes `Function('')` to see whether it may compile validators; the site's
// CSP forbids eval, so the probe is blocked and reported as a violation. Interpreted
// validation is what zod falls back to anyway.
z.config({ jitless: true });

/**
 * Schemas for what the HR page imports: the completion record a learner downloads (layout
 * in src/lib/records/record.ts, version 1) and the QR summary (the JSON after `CSCR1:`).
 * Strict about types and lengths because the text comes from outside: a bad file must be
 * refused with a message that names the field, never half-loaded. The verification code
 * is checked after the schema (see src/lib/records/import.ts).
 */

/** Longest learner name accepted. */
export const MAX_NAME = 80;
/** Longest value of any other text field (IDs, employee number, department, locale). */
export const MAX_TEXT = 40;
/** Most quizzes (or module tests in a summary) one record may list. */
export const MAX_QUIZZES = 500;

const text = (max = MAX_TEXT) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Optional text: absent or an empty string both mean "not given". */
const optionalText = z
  .string({ error: 'must be text' })
  .trim()
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
  .optional();

/** An ISO 8601 date and time (`2026-03-01T09:00:00.000Z`, an offset allowed). */
const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO date and time (2026-03-01T09:00:00Z)' });

/** A scaled score 0–1. */
const scaled = z.number({ error: 'must be a number' }).min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/** `XXXX-XXXX-XXXX`, upper-case hex digits. */
const code = z.string({ error: 'must be text' }).regex(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/, 'must look like 1A2B-3C4D-5E6F');

const quizState = z.enum(['not-started', 'in-progress', 'passed', 'failed'], { error: 'must be not-started, in-progress, passed or failed' });
const moduleStatus = z.enum(['not-started', 'in-progress', 'completed'], { error: 'must be not-started, in-progress or completed' });

/** One quiz of a record. */
export const recordQuizSchema = z.strictObject({
  /** Quiz ID. */
  id: text(),
  /** The module the quiz belongs to. */
  moduleId: text(),
  /** Whether it is the module test. */
  isTest: z.boolean({ error: 'must be true or false' }),
  /** Where the learner stands with it. */
  state: quizState,
  /** Best scaled score of a finished attempt, or null. */
  best: scaled.nullable(),
  /** Attempts started. */
  attempts: z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative').max(10_000, 'is too large'),
  /** ISO time of the last finished attempt, or null. */
  lastAt: isoDateTime.nullable(),
});

/** A completion record, version 1 (src/lib/records/record.ts `CompletionRecord`). */
export const completionRecordSchema = z.strictObject({
  /** Always `cs-course-completion`. */
  format: z.literal('cs-course-completion', { error: 'must be cs-course-completion' }),
  /** Always 1 for this layout. */
  version: z.literal(1, { error: 'must be 1' }),
  /** The course the record is about (checked against this course by the import). */
  courseId: text(),
  /** The locale the learner used. */
  locale: text(),
  /** Who the record is about. */
  learner: z.strictObject(
    {
      /** Name as typed by the learner. */
      name: text(MAX_NAME),
      /** Optional employee number. */
      employeeNo: optionalText,
      /** Optional department. */
      department: optionalText,
      /** The browser's random learner ID (the same learner's records share it). */
      learnerId: text(),
    },
    { error: 'must be an object' },
  ),
  /** ISO time the record was made. */
  issuedAt: isoDateTime,
  /** The course's completion rule is met. */
  completed: z.boolean({ error: 'must be true or false' }),
  /** ISO time the course was completed, or null. */
  completedAt: isoDateTime.nullable(),
  /** Course score (mean of the module tests' best), 0–1, or null. */
  score: scaled.nullable(),
  /** Each module's status. */
  modules: z.array(z.strictObject({ id: text(), status: moduleStatus }), { error: 'must be a list' }).max(MAX_QUIZZES, `must list at most ${MAX_QUIZZES}`),
  /** Each quiz's state and best score. */
  quizzes: z.array(recordQuizSchema, { error: 'must be a list' }).max(MAX_QUIZZES, `must list at most ${MAX_QUIZZES}`),
  /** Verification code. */
  code,
});

/** The QR summary of a record (the JSON after `CSCR1:`). */
export const recordSummarySchema = z.strictObject({
  /** The course the summary is about. */
  courseId: text(),
  /** Learner's name. */
  name: text(MAX_NAME),
  /** Optional employee number. */
  employeeNo: optionalText,
  /** Optional department. */
  department: optionalText,
  /** The course's completion rule is met. */
  completed: z.boolean({ error: 'must be true or false' }),
  /** ISO time the course was completed, or null. */
  completedAt: isoDateTime.nullable(),
  /** Course score 0–1, or null. */
  score: scaled.nullable(),
  /** Module test ID → best scaled score, or null when not finished. */
  tests: z
    .record(text(), scaled.nullable(), { error: 'must be an object of test IDs and scores' })
    .refine((tests) => Object.keys(tests).length <= MAX_QUIZZES, `must list at most ${MAX_QUIZZES} tests`),
  /** The full record's code. */
  recordCode: code,
  /** The summary's own code. */
  code,
});

/** A completion record that passed the schema. */
export type CheckedRecord = z.infer<typeof completionRecordSchema>;
/** A QR summary that passed the schema. */
export type CheckedSummary = z.infer<typeof recordSummarySchema>;

/**
 * The first problems of a failed parse as `field: what is wrong` (e.g.
 * `learner.name: must be at most 80 characters`), for the list of refused files.
 */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const field = issue.path.map(String).join('.') || '(record)';
    const message = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : issue.message;
    return `${field}: ${message}`;
  });
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join('; ')} (+${more} more)` : lines.join('; ');
}
