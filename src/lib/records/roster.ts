import type { CourseOutline } from '../progress/outline';
import { fold, personKey, type ImportedRecord } from './imported';

/**
 * The HR roster: one row per loaded learner, filtered, searched and sorted for the table
 * and the CSV. Pure; the page keeps the rows and recomputes the view on every change.
 */

/** A roster row. */
export interface RosterRow {
  /** Unique per loaded learner (a Svelte key). */
  key: string;
  name: string;
  employeeNo: string;
  department: string;
  completed: boolean;
  completedAt: string | null;
  /** Course score 0–1, or null. */
  score: number | null;
  /** Module tests passed, of `testsTotal`. */
  testsPassed: number;
  testsTotal: number;
  /** What was loaded: a full record or a QR summary (both had matching codes: others are refused). */
  kind: ImportedRecord['kind'];
  /** The entry the row shows (the matrix reads its quizzes). */
  record: ImportedRecord;
  /** Name, department and employee number folded, for the search. */
  haystack: string;
}

/** A column the roster sorts by. */
export type SortKey = 'name' | 'employeeNo' | 'department' | 'completed' | 'completedAt' | 'score' | 'tests' | 'kind';
/** Sort direction. */
export type SortDir = 'asc' | 'desc';
/** The table's filter: completion, department ('' for all) and the search text. */
export interface RosterFilter {
  status: 'all' | 'completed' | 'not-completed';
  department: string;
  query: string;
}

/** The module test IDs of the course, in order. */
export const moduleTests = (outline: CourseOutline): string[] => outline.modules.flatMap((m) => (m.test ? [m.test] : []));

/**
 * Whether a learner passed a test. A QR summary carries only the best score, so it
 * passes at the course's pass mark (module tests use it; a quiz may set its own, tests do not).
 */
export function testPassed(record: ImportedRecord, testId: string, passMark: number): boolean {
  const quiz = record.quizzes[testId];
  if (!quiz) return false;
  return quiz.state === null ? quiz.best !== null && quiz.best >= passMark : quiz.state === 'passed';
}

/** The roster rows of the loaded records, in load order. */
export function rosterRows(records: readonly ImportedRecord[], outline: CourseOutline): RosterRow[] {
  const tests = moduleTests(outline);
  const passMark = outline.rules.passMark;
  return records.map((record) => ({
    key: record.learnerId ? `id:${record.learnerId}` : `person:${personKey(record)}`,
    name: record.name,
    employeeNo: record.employeeNo,
    department: record.department,
    completed: record.completed,
    completedAt: record.completedAt,
    score: record.score,
    testsPassed: tests.filter((id) => testPassed(record, id, passMark)).length,
    testsTotal: tests.length,
    kind: record.kind,
    record,
    haystack: `${fold(record.name)}\u0000${fold(record.department)}\u0000${fold(record.employeeNo)}`,
  }));
}

/** The departments present, sorted for the filter's options. */
export function departments(rows: readonly RosterRow[], locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set(rows.map((r) => r.department).filter(Boolean))].sort(collator.compare);
}

/**
 * The rows that pass the filter. The search is a case-insensitive substring match on the
 * folded name, department and employee number: substrings are how Chinese names are
 * searched (no spaces between words), and NFKC makes full-width `ＡＢ１` find `ab1`.
 */
export function filterRows(rows: readonly RosterRow[], filter: RosterFilter): RosterRow[] {
  const query = fold(filter.query);
  return rows.filter(
    (r) =>
      (filter.status === 'all' || r.completed === (filter.status === 'completed')) &&
      (!filter.department || r.department === filter.department) &&
      (!query || r.haystack.includes(query)),
  );
}

type Value = string | number | null;
const valueOf: Record<SortKey, (r: RosterRow) => Value> = {
  name: (r) => r.name,
  employeeNo: (r) => r.employeeNo || null,
  department: (r) => r.department || null,
  completed: (r) => (r.completed ? 1 : 0),
  completedAt: (r) => (r.completedAt ? Date.parse(r.completedAt) : null),
  score: (r) => r.score,
  tests: (r) => r.testsPassed,
  kind: (r) => r.kind,
};

/**
 * The rows sorted by one column, stable (equal values keep their order in either
 * direction), empty values last in both directions so they never hide the data.
 * Text is compared by the locale's collation (pinyin order for zh-CN), numbers numerically.
 */
export function sortRows(rows: readonly RosterRow[], key: SortKey, dir: SortDir, locale: string): RosterRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const get = valueOf[key];
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: get(row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return sign * order;
  });
  return keyed.map((k) => k.row);
}

/** One page of rows (the page shows a page at a time so 10,000 learners stay quick to draw). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * size, (current + 1) * size), page: current, pages };
}
