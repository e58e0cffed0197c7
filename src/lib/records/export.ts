import type { QuizState } from '../progress/derive';
import { toCsv } from './csv';
import type { CompletionRecord } from './record';

/**
 * The record as the files the learner downloads: JSON (what the HR page imports) and CSV
 * (one row per quiz, the learner's columns repeated, for a spreadsheet). The CSV goes
 * through toCsv: UTF-8 BOM for Excel, CRLF, formula cells defused.
 */

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'name',
  'employeeNo',
  'department',
  'learnerId',
  'completed',
  'completedAt',
  'score',
  'module',
  'quiz',
  'quizTitle',
  'test',
  'state',
  'best',
  'attempts',
  'lastAt',
  'code',
] as const;
/** A CSV column. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of the CSV in the learner's language. */
export interface CsvLabels {
  /** Header text per column. */
  columns: Record<CsvColumn, string>;
  /** A quiz state in words. */
  states: Record<QuizState, string>;
  yes: string;
  no: string;
  /** Quiz ID → title (the ID stands in when missing). */
  quizTitles?: Record<string, string>;
}

/** A 0–1 score as a percentage with one decimal (what a spreadsheet reader expects), or empty. */
const percent = (scaled: number | null): number | null => (scaled === null ? null : Math.round(scaled * 1000) / 10);

/** The record as CSV: a header, then one row per quiz (a single row without quiz cells when there is none). */
export function recordCsv(record: CompletionRecord, labels: CsvLabels): string {
  const { learner } = record;
  const person = [
    learner.name,
    learner.employeeNo,
    learner.department,
    learner.learnerId,
    record.completed ? labels.yes : labels.no,
    record.completedAt,
    percent(record.score),
  ];
  const rows = record.quizzes.map((q) => [
    ...person,
    q.moduleId,
    q.id,
    labels.quizTitles?.[q.id] ?? q.id,
    q.isTest ? labels.yes : labels.no,
    labels.states[q.state],
    percent(q.best),
    q.attempts,
    q.lastAt,
    record.code,
  ]);
  const empty = [...person, null, null, null, null, null, null, null, null, record.code];
  return toCsv(
    CSV_COLUMNS.map((c) => labels.columns[c]),
    rows.length ? rows : [empty],
  );
}

/** The record as the JSON file: indented, so a person can read it (the code does not depend on layout). */
export const recordJson = (record: CompletionRecord): string => `${JSON.stringify(record, null, 2)}\n`;

/**
 * `cs-course-record-<name>-<date>.<ext>`: the name kept readable (Chinese included) but
 * without characters that file systems refuse or that would change folders, the date as
 * YYYY-MM-DD of `issuedAt`.
 */
export function recordFileName(record: CompletionRecord, ext: 'json' | 'csv'): string {
  const safe = record.learner.name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').trim().replace(/[\s.]+/g, '-');
  // Cut by code points, so an emoji is not split in half.
  const name = Array.from(safe).slice(0, 40).join('').replace(/^-+|-+$/g, '');
  return `cs-course-record-${name || 'learner'}-${record.issuedAt.slice(0, 10)}.${ext}`;
}
