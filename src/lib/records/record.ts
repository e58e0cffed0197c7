import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CompletionStatus, QuizState } from '../progress/derive';

/**
 * The completion record a learner downloads without an LMS (JSON, CSV, QR summary) and
 * HR imports on the HR page. The contract between My progress and the HR page: change
 * it only with a new `version` and an import path for the old one.
 *
 * The verification code is a SHA-256 prefix of the record's content: it catches a record
 * edited by hand by accident. It is NOT proof against forgery (anyone can recompute it);
 * an LMS or LRS is the trustworthy path, and the UI says so. SHA-256 comes from
 * @noble/hashes, not Web Crypto, because crypto.subtle is missing on plain-http intranets.
 */

/** The `format` value of every completion record. */
export const RECORD_FORMAT = 'cs-course-completion';
/** The record layout this code writes. */
export const RECORD_VERSION = 1;
/** The prefix of a QR summary's text. */
export const SUMMARY_PREFIX = 'CSCR1:';

/** Who the record is about, as the learner typed it (employee number and department are optional). */
export interface LearnerIdentity {
  name: string;
  employeeNo?: string;
  department?: string;
}

/** One quiz (lesson quiz or module test) in the record. */
export interface RecordQuiz {
  id: string;
  moduleId: string;
  isTest: boolean;
  state: QuizState;
  /** Best scaled score 0–1 of a finished attempt, or null. */
  best: number | null;
  attempts: number;
  /** ISO time of the last finished attempt, or null. */
  lastAt: string | null;
}

/** One module's status in the record. */
export interface RecordModule {
  id: string;
  status: CompletionStatus;
}

/** A completion record: everything HR needs, with a code that catches accidental edits. */
export interface CompletionRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  courseId: string;
  /** The locale the learner used (zh-CN | en). */
  locale: string;
  learner: LearnerIdentity & { learnerId: string };
  /** ISO time the record was made. */
  issuedAt: string;
  /** The course's completion rule is met. */
  completed: boolean;
  /** ISO time of the event that completed the course, or null. */
  completedAt: string | null;
  /** Mean of the module tests' best scaled scores once each has a finished attempt, else null (as reported to an LMS). */
  score: number | null;
  modules: RecordModule[];
  quizzes: RecordQuiz[];
  /** `XXXX-XXXX-XXXX`: see {@link verificationCode}. */
  code: string;
}

/** A record before its code is added. */
export type UnsignedRecord = Omit<CompletionRecord, 'code'>;

/** The short summary a QR code carries: who, when, the score and each module test's best. */
export interface RecordSummary {
  courseId: string;
  name: string;
  employeeNo?: string;
  department?: string;
  completed: boolean;
  completedAt: string | null;
  score: number | null;
  /** Module test ID → best scaled score (null: not finished). */
  tests: Record<string, number | null>;
  /** The full record's code, so a trainer can match the summary to a file. */
  recordCode: string;
  /** The summary's own code. */
  code: string;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The code of a record or summary: first 12 hex digits of SHA-256 over its canonical JSON without `code`, upper case, in groups of 4. */
export function verificationCode(content: object): string {
  const { code: _ignored, ...rest } = content as { code?: unknown };
  const hex = bytesToHex(sha256(utf8ToBytes(canonicalJson(rest)))).slice(0, 12).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** Adds the verification code. */
export function signRecord(record: UnsignedRecord): CompletionRecord {
  return { ...record, code: verificationCode(record) };
}

/** Whether a record's or summary's code matches its content (false: edited, or damaged). */
export function codeMatches(content: { code: string }): boolean {
  return verificationCode(content) === content.code;
}

/** The summary of a record, with its own code. */
export function summaryOf(record: CompletionRecord): RecordSummary {
  const { courseId, learner, completed, completedAt, score } = record;
  const tests = Object.fromEntries(record.quizzes.filter((q) => q.isTest).map((q) => [q.id, q.best]));
  const summary: Omit<RecordSummary, 'code'> = {
    courseId,
    name: learner.name,
    ...(learner.employeeNo && { employeeNo: learner.employeeNo }),
    ...(learner.department && { department: learner.department }),
    completed,
    completedAt,
    score,
    tests,
    recordCode: record.code,
  };
  return { ...summary, code: verificationCode(summary) };
}

/** The QR text of a summary: `CSCR1:` then compact JSON (UTF-8, so Chinese names stay readable to any scanner). */
export const encodeSummary = (summary: RecordSummary): string => SUMMARY_PREFIX + canonicalJson(summary);
