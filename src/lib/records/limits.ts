/**
 * The HR import's size limits and the shape of a refusal: apart from import.ts so that the
 * page can check sizes before it loads the importer (the schemas and hashing) on first use.
 */

/** Largest file the HR page reads (checked before reading: a 10,000-learner export fits). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Longest paste the HR page reads, in characters. */
export const MAX_PASTE_CHARS = 10 * 1024 * 1024;

/** Why an entry or a file was refused (the page words each in its locale). */
export type ProblemReason =
  | 'too-large'
  | 'empty'
  | 'not-a-record'
  | 'unreadable'
  | 'truncated'
  | 'invalid'
  | 'unsupported-version'
  | 'other-course'
  | 'code-mismatch';

/** A refused file or entry: where, why, and a detail (the field and problem, the other course, the learner's name). */
export interface ImportProblem {
  source: string;
  reason: ProblemReason;
  detail?: string;
}

/** The size problem of a file or paste over `limit` bytes or characters, or null when it fits. */
export function sizeProblem(source: string, size: number, limit: number): ImportProblem | null {
  return size > limit ? { source, reason: 'too-large', detail: String(limit) } : null;
}
