import { toCsv } from './csv';
import { matrixCells, type CellState, type MatrixColumn } from './matrix';
import type { RosterRow } from './roster';

/**
 * The HR page's CSV exports (roster and matrix) in the page's language, through
 * {@link toCsv}: UTF-8 with a BOM so Excel shows Chinese names, and every cell defused
 * against formula injection (a learner can type `=HYPERLINK(…)` as their name).
 */

/** The words of the roster CSV in one locale. */
export interface RosterCsvLabels {
  name: string;
  employeeNo: string;
  department: string;
  completed: string;
  completedAt: string;
  score: string;
  tests: string;
  kind: string;
  yes: string;
  no: string;
  record: string;
  summary: string;
}

/** A score 0–1 as a whole percent, or empty. */
const percent = (score: number | null): number | null => (score === null ? null : Math.round(score * 100));

/** The roster as CSV: one row per learner in the order given (the table's filter and sort). */
export function rosterCsv(rows: readonly RosterRow[], l: RosterCsvLabels): string {
  const header = [l.name, l.employeeNo, l.department, l.completed, l.completedAt, l.score, l.tests, l.kind];
  return toCsv(
    header,
    rows.map((r) => [
      r.name,
      r.employeeNo,
      r.department,
      r.completed ? l.yes : l.no,
      r.completedAt,
      percent(r.score),
      `${r.testsPassed}/${r.testsTotal}`,
      r.kind === 'record' ? l.record : l.summary,
    ]),
  );
}

/** The learner × quiz matrix as CSV: name, employee number, then one column per quiz ("Passed 90%"). */
export function matrixCsv(
  rows: readonly RosterRow[],
  columns: readonly MatrixColumn[],
  passMark: number,
  l: { name: string; employeeNo: string; quizTitle: (column: MatrixColumn) => string; state: Record<CellState, string> },
): string {
  const header = [l.name, l.employeeNo, ...columns.map(l.quizTitle)];
  return toCsv(
    header,
    rows.map((r) => [
      r.name,
      r.employeeNo,
      ...matrixCells(r.record, columns, passMark).map((c) => (c.best === null ? l.state[c.state] : `${l.state[c.state]} ${percent(c.best)}%`)),
    ]),
  );
}
