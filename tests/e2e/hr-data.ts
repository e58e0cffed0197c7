import type { RecordQuiz } from '../../src/lib/records/record';
import { makeRecord, recordFile, summaryLine, type RecordOptions } from '../unit/records/fixtures';

/**
 * Records for the HR page's end-to-end tests, signed with the contract's signRecord and
 * naming the real course's module tests (so the matrix shows them).
 */

const MODULES = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];

/** The module tests of a learner with this best score in each (null: none taken). */
export function tests(best: number | null): RecordQuiz[] {
  return MODULES.map((m) => ({
    id: `q-${m}-test`,
    moduleId: m,
    isTest: true,
    state: best === null ? 'not-started' : best >= 0.8 ? 'passed' : 'failed',
    best,
    attempts: best === null ? 0 : 1,
    lastAt: best === null ? null : '2026-03-02T10:00:00.000Z',
  }));
}

/** A learner's record with the real modules and tests. */
export function learner(options: RecordOptions & { best?: number | null } = {}) {
  const { best = 0.9, ...rest } = options;
  const completed = rest.completed ?? (best !== null && best >= 0.8);
  return makeRecord({
    completed,
    completedAt: completed ? '2026-03-02T10:00:00.000Z' : null,
    score: best,
    modules: ['m0', ...MODULES].map((id) => ({ id, status: completed ? 'completed' : id === 'm0' ? 'completed' : 'in-progress' })),
    quizzes: tests(best),
    ...rest,
  });
}

/** A file for Playwright's setInputFiles. */
export const file = (name: string, text: string | Buffer, mimeType = 'application/json') => ({ name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text });

export { recordFile, summaryLine };
