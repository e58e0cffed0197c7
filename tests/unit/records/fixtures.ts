import type { CourseOutline } from '../../../src/lib/progress/outline';
import { encodeSummary, signRecord, summaryOf, type CompletionRecord, type UnsignedRecord } from '../../../src/lib/records/record';

/**
 * Completion records signed with the contract's own signRecord, for the HR unit tests
 * and the HR end-to-end tests (which import this file in Node).
 */

export const COURSE_ID = 'cs-course';

/** A small course: two modules, three lesson quizzes, two module tests. */
export const outline: CourseOutline = {
  rules: { passMark: 0.8, maxAttempts: 3, lessonNeedsQuizPass: true, courseNeedsModuleTests: true },
  modules: [
    { id: 'm1', lessons: [{ id: 'm1/a', quizIds: ['q-a'] }, { id: 'm1/b', quizIds: ['q-b'] }], test: 't1' },
    { id: 'm2', lessons: [{ id: 'm2/c', quizIds: ['q-c'] }], test: 't2' },
  ],
};

/** What a fixture may change: the learner's fields and the top-level fields. */
export interface RecordOptions extends Partial<Omit<UnsignedRecord, 'learner'>> {
  name?: string;
  employeeNo?: string;
  department?: string;
  learnerId?: string;
}

let serial = 0;

/** A signed record of a learner who finished everything (scores 0.9), unless told otherwise. */
export function makeRecord(options: RecordOptions = {}): CompletionRecord {
  serial += 1;
  const { name = `Learner ${serial}`, employeeNo, department, learnerId = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`, ...rest } = options;
  const done = rest.completed ?? true;
  const quiz = (id: string, moduleId: string, isTest: boolean) => ({
    id,
    moduleId,
    isTest,
    state: done ? ('passed' as const) : ('not-started' as const),
    best: done ? 0.9 : null,
    attempts: done ? 1 : 0,
    lastAt: done ? '2026-03-02T10:00:00.000Z' : null,
  });
  const unsigned: UnsignedRecord = {
    format: 'cs-course-completion',
    version: 1,
    courseId: COURSE_ID,
    locale: 'zh-CN',
    learner: { name, ...(employeeNo !== undefined && { employeeNo }), ...(department !== undefined && { department }), learnerId },
    issuedAt: '2026-03-03T08:00:00.000Z',
    completed: done,
    completedAt: done ? '2026-03-02T10:00:00.000Z' : null,
    score: done ? 0.9 : null,
    modules: [
      { id: 'm1', status: done ? 'completed' : 'not-started' },
      { id: 'm2', status: done ? 'completed' : 'not-started' },
    ],
    quizzes: [quiz('q-a', 'm1', false), quiz('q-b', 'm1', false), quiz('t1', 'm1', true), quiz('q-c', 'm2', false), quiz('t2', 'm2', true)],
    ...rest,
  };
  return signRecord(unsigned);
}

/** A record as the learner's download: pretty JSON. */
export const recordFile = (record: CompletionRecord): string => JSON.stringify(record, null, 2);

/** The QR text of a record's summary. */
export const summaryLine = (record: CompletionRecord): string => encodeSummary(summaryOf(record));
