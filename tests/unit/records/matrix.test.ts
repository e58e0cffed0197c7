import { describe, expect, test } from 'vitest';
import { importTexts } from '../../../src/lib/records/import';
import { completionByModule, matrixCells, matrixColumns, scoreHistogram } from '../../../src/lib/records/matrix';
import type { RecordQuiz } from '../../../src/lib/records/record';
import { COURSE_ID, makeRecord, outline, recordFile, summaryLine } from './fixtures';

const load = (texts: string[]) => importTexts(texts.map((text, i) => ({ name: `f${i}`, text })), COURSE_ID).records;
const q = (id: string, state: RecordQuiz['state'], best: number | null, isTest = false): RecordQuiz => ({ id, moduleId: 'm1', isTest, state, best, attempts: 1, lastAt: null });

test('matrixColumns lists lesson activities then the test, module by module, each once', () => {
  const twice = { ...outline, modules: [...outline.modules, { id: 'm3', lessons: [{ id: 'm3/x', quizIds: ['q-a'] }] }] };
  expect(matrixColumns(twice).map((c) => `${c.moduleId}:${c.quizId}${c.isTest ? '*' : ''}`)).toEqual(['m1:q-a', 'm1:q-b', 'm1:t1*', 'm2:q-c', 'm2:t2*']);
});

describe('matrixCells', () => {
  const columns = matrixColumns(outline);
  test('a full record gives each quiz its state and best score; a missing quiz is not started', () => {
    const [r] = load([recordFile(makeRecord({ quizzes: [q('q-a', 'passed', 0.9), q('q-b', 'failed', 0.5), q('t1', 'in-progress', null, true)] }))]);
    expect(matrixCells(r!, columns, 0.8)).toEqual([
      { state: 'passed', best: 0.9 },
      { state: 'failed', best: 0.5 },
      { state: 'in-progress', best: null },
      { state: 'not-started', best: null },
      { state: 'not-started', best: null },
    ]);
  });

  test('a QR summary knows module tests only, judged at the pass mark; the rest is unknown', () => {
    const [s] = load([summaryLine(makeRecord({ quizzes: [q('t1', 'passed', 0.8, true), { ...q('t2', 'failed', 0.6, true), moduleId: 'm2' }] }))]);
    expect(matrixCells(s!, columns, 0.8).map((c) => c.state)).toEqual(['unknown', 'unknown', 'passed', 'unknown', 'failed']);
  });
});

describe('completionByModule', () => {
  test('counts the share of learners who completed each module', () => {
    const records = load([
      recordFile(makeRecord()),
      recordFile(makeRecord({ completed: false, modules: [{ id: 'm1', status: 'completed' }, { id: 'm2', status: 'in-progress' }] })),
      recordFile(makeRecord({ completed: false })),
      recordFile(makeRecord({ completed: false })),
    ]);
    expect(completionByModule(records, outline)).toEqual([
      { moduleId: 'm1', completed: 2, known: 4, share: 0.5 },
      { moduleId: 'm2', completed: 1, known: 4, share: 0.25 },
    ]);
  });

  test('a completed QR summary counts for every module, an unfinished one for none', () => {
    const records = load([summaryLine(makeRecord()), summaryLine(makeRecord({ completed: false }))]);
    expect(completionByModule(records, outline).map((m) => [m.completed, m.known])).toEqual([[1, 1], [1, 1]]);
  });

  test('no learners give zero shares, not NaN', () => {
    expect(completionByModule([], outline).map((m) => m.share)).toEqual([0, 0]);
  });
});

test('scoreHistogram puts scores in ten 10-point bins, 100 in the last, and counts learners without a score', () => {
  const records = load([0, 0.095, 0.1, 0.555, 0.899, 0.9, 1, null].map((score) => recordFile(makeRecord({ score }))));
  const { bins, noScore } = scoreHistogram(records);
  expect(bins.map((b) => b.count)).toEqual([1, 2, 0, 0, 0, 1, 0, 0, 0, 3]);
  expect(bins[9]).toMatchObject({ from: 90, to: 100 });
  expect(noScore).toBe(1);
});
