import { beforeEach, describe, expect, it } from 'vitest';
import { quizReport } from '../../../src/lib/progress/report';
import { OUTLINE, quiz, resetClock } from './fixtures';

beforeEach(resetClock);

describe('quizReport', () => {
  it('lists lesson quizzes, then the module test, per module with quizzes', () => {
    const report = quizReport([], OUTLINE);
    expect(report.map((m) => [m.moduleId, m.title, m.rows.map((r) => [r.quizId, r.lessonId, r.isTest])])).toEqual([
      ['m1', 'Module 1', [['qb', 'm1/b', false], ['t1', undefined, true]]],
    ]);
  });

  it('gives each row its quiz status', () => {
    const report = quizReport([quiz.start('qb', 1), quiz.end('qb', 1, 0.5)], OUTLINE);
    expect(report[0]!.rows[0]!.status).toMatchObject({ state: 'failed', attemptsUsed: 1, bestScaled: 0.5 });
  });

  it('lists a quiz embedded in two lessons once, where it first appears', () => {
    const outline = { ...OUTLINE, modules: [{ id: 'm1', lessons: [{ id: 'm1/a', quizIds: ['q'] }, { id: 'm1/b', quizIds: ['q', 'r'] }] }] };
    expect(quizReport([], outline)[0]!.rows.map((r) => `${r.quizId}@${r.lessonId}`)).toEqual(['q@m1/a', 'r@m1/b']);
  });
});
