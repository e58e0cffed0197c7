import type { CompletionStatus, QuizState } from '../progress/derive';
import type { CheckedRecord, CheckedSummary } from '../../schemas/completion-record';

/**
 * What the HR page holds for each learner after an import: a full completion record or a
 * QR summary, turned into one shape the roster, matrix and charts read.
 */

/** A learner's record as loaded on the HR page. */
export interface ImportedRecord {
  /** A full record (every quiz and module) or a QR summary (score and module tests only). */
  kind: 'record' | 'summary';
  /** Where it came from (file name, item or line), for messages. */
  source: string;
  name: string;
  /** Empty when not given. */
  employeeNo: string;
  /** Empty when not given. */
  department: string;
  /** The learner's browser ID (full records only). */
  learnerId: string | null;
  completed: boolean;
  completedAt: string | null;
  /** Course score 0–1, or null. */
  score: number | null;
  /** ISO time the record was made (full records only). */
  issuedAt: string | null;
  /** Module ID → status (full records only). */
  modules: Record<string, CompletionStatus> | null;
  /** Quiz ID → state and best score. A summary knows module tests only, and no state (null). */
  quizzes: Record<string, { state: QuizState | null; best: number | null }>;
  /** Verification code of the record (for a summary: of the full record it summarises). */
  recordCode: string;
}

/** Text folded for matching: NFKC (full-width letters and digits become ASCII), lower case, trimmed. */
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase().trim();

/** The key that says two entries are the same person: name and employee number, folded. */
export const personKey = (r: Pick<ImportedRecord, 'name' | 'employeeNo'>): string => `${fold(r.name)}\u0000${fold(r.employeeNo)}`;

/** A checked full record as loaded. */
export function fromRecord(record: CheckedRecord, source: string): ImportedRecord {
  return {
    kind: 'record',
    source,
    name: record.learner.name,
    employeeNo: record.learner.employeeNo ?? '',
    department: record.learner.department ?? '',
    learnerId: record.learner.learnerId,
    completed: record.completed,
    completedAt: record.completedAt,
    score: record.score,
    issuedAt: record.issuedAt,
    modules: Object.fromEntries(record.modules.map((m) => [m.id, m.status])),
    quizzes: Object.fromEntries(record.quizzes.map((q) => [q.id, { state: q.state, best: q.best }])),
    recordCode: record.code,
  };
}

/** A checked QR summary as loaded. */
export function fromSummary(summary: CheckedSummary, source: string): ImportedRecord {
  return {
    kind: 'summary',
    source,
    name: summary.name,
    employeeNo: summary.employeeNo ?? '',
    department: summary.department ?? '',
    learnerId: null,
    completed: summary.completed,
    completedAt: summary.completedAt,
    score: summary.score,
    issuedAt: null,
    modules: null,
    quizzes: Object.fromEntries(Object.entries(summary.tests).map(([id, best]) => [id, { state: null, best }])),
    recordCode: summary.recordCode,
  };
}
