import type { QuizState } from '../progress/derive';
import type { CourseOutline } from '../progress/outline';
import type { ImportedRecord } from './imported';

/**
 * The learner × quiz matrix and the chart data of the HR page, from the loaded records
 * and the course outline (which gives the columns and modules in course order).
 */

/** A cell's state: a quiz state, or unknown (a QR summary carries module tests only). */
export type CellState = QuizState | 'unknown';

/** A column of the matrix: a lesson's scored activity or a module test. */
export interface MatrixColumn {
  quizId: string;
  moduleId: string;
  isTest: boolean;
}

/** A cell: the learner's state with the quiz and best score 0–1 (null before a finished attempt). */
export interface MatrixCell {
  state: CellState;
  best: number | null;
}

/** The matrix columns: each module's lesson activities in order, then its test; each quiz once. */
export function matrixColumns(outline: CourseOutline): MatrixColumn[] {
  const seen = new Set<string>();
  const columns: MatrixColumn[] = [];
  for (const m of outline.modules) {
    const ids = [...m.lessons.flatMap((l) => l.quizIds.map((id) => ({ id, isTest: false }))), ...(m.test ? [{ id: m.test, isTest: true }] : [])];
    for (const { id, isTest } of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      columns.push({ quizId: id, moduleId: m.id, isTest });
    }
  }
  return columns;
}

/**
 * One learner's cells. A full record gives each quiz's state; a QR summary gives the
 * module tests' best scores only, judged at the course's pass mark (null: no finished
 * attempt, which the summary cannot tell apart from not started, so unknown).
 */
export function matrixCells(record: ImportedRecord, columns: readonly MatrixColumn[], passMark: number): MatrixCell[] {
  return columns.map(({ quizId }) => {
    const quiz = record.quizzes[quizId];
    if (record.kind === 'record') return quiz?.state ? { state: quiz.state, best: quiz.best } : { state: 'not-started', best: null };
    if (!quiz || quiz.best === null) return { state: 'unknown', best: null };
    return { state: quiz.best >= passMark ? 'passed' : 'failed', best: quiz.best };
  });
}

/** A module's bar: learners who completed it, of those whose record says (`known`), and the share 0–1. */
export interface ModuleCompletion {
  moduleId: string;
  completed: number;
  known: number;
  share: number;
}

/**
 * The share of learners who completed each module. A full record lists every module; a QR
 * summary only says whether the whole course is complete, so it counts for every module
 * when it is and is left out (not counted as "not completed") when it is not.
 */
export function completionByModule(records: readonly ImportedRecord[], outline: CourseOutline): ModuleCompletion[] {
  return outline.modules.map(({ id }) => {
    let completed = 0;
    let known = 0;
    for (const r of records) {
      if (r.modules) {
        known += 1;
        if (r.modules[id] === 'completed') completed += 1;
      } else if (r.completed) {
        known += 1;
        completed += 1;
      }
    }
    return { moduleId: id, completed, known, share: known ? completed / known : 0 };
  });
}

/** A bin of the score histogram: scores from `from` up to `to` (percent; the last bin includes 100). */
export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

/** Course scores in ten 10-point bins (0–9, 10–19 … 90–100), and how many learners have no score yet. */
export function scoreHistogram(records: readonly ImportedRecord[]): { bins: ScoreBin[]; noScore: number } {
  const bins: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  let noScore = 0;
  for (const r of records) {
    if (r.score === null) noScore += 1;
    // Rounded to whole percent first, so 0.895 (shown as 90 %) lands in the 90s bin.
    else bins[Math.min(9, Math.floor(Math.round(r.score * 100) / 10))]!.count += 1;
  }
  return { bins, noScore };
}
