import { beforeEach, describe, expect, it } from 'vitest';
import { courseProgress } from '../../../src/lib/progress/derive';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { buildRecord, completedAt } from '../../../src/lib/records/build';
import { codeMatches, RECORD_FORMAT, signRecord, summaryOf, type CompletionRecord } from '../../../src/lib/records/record';
import { scormReport } from '../../../src/lib/tracking/scorm-report';
import { lesson, OUTLINE, quiz, resetClock } from '../progress/fixtures';
import { completedCourse, realOutline } from '../tracking/course';

const options = { courseId: 'cs-course', locale: 'zh-CN', learnerId: 'learner-1', now: new Date('2026-04-01T08:00:00.000Z') };
const identity = { name: '王小明', employeeNo: 'E-1024', department: '客服二部' };

/** The shortest time-ordered prefix that completes the course, found one event at a time. */
function completedAtByScan(events: readonly LearnerEvent[], outline = realOutline()): string | null {
  const ordered = [...events].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  for (let n = 1; n <= ordered.length; n += 1) if (courseProgress(ordered.slice(0, n), outline).completed) return ordered[n - 1]!.timestamp;
  return null;
}

beforeEach(resetClock);

describe('buildRecord on the small outline', () => {
  const finished = () => [
    lesson.read('m1/a'),
    quiz.start('qb', 1),
    quiz.end('qb', 1, 0.5),
    quiz.start('qb', 2),
    quiz.end('qb', 2, 0.9),
    lesson.read('m1/b'),
    quiz.start('t1', 1),
    quiz.end('t1', 1, 0.85),
    lesson.read('m2/c'),
    lesson.open('m1/a'),
  ];

  it('lists every lesson quiz and module test with its module, state, best score, attempts and last finished attempt', () => {
    const events = finished();
    const record = buildRecord(events, OUTLINE, identity, options);
    expect(record.quizzes).toEqual([
      { id: 'qb', moduleId: 'm1', isTest: false, state: 'passed', best: 0.9, attempts: 2, lastAt: events[4]!.timestamp },
      { id: 't1', moduleId: 'm1', isTest: true, state: 'passed', best: 0.85, attempts: 1, lastAt: events[7]!.timestamp },
    ]);
    expect(record.modules).toEqual([
      { id: 'm1', status: 'completed' },
      { id: 'm2', status: 'completed' },
    ]);
  });

  it('dates completion at the event that completed the course, not the last event', () => {
    const events = finished();
    const record = buildRecord(events, OUTLINE, identity, options);
    expect(record).toMatchObject({ completed: true, completedAt: events[8]!.timestamp, score: 0.85, issuedAt: options.now.toISOString() });
  });

  it('finds the completing event in time order even when the array is not', () => {
    const events = finished();
    const shuffled = [events[8]!, ...events.slice(0, 8), events[9]!].reverse();
    expect(completedAt(shuffled, OUTLINE)).toBe(events[8]!.timestamp);
  });

  it('has no completion time, and no score, while a step is missing', () => {
    const events = finished().filter((e) => !(e.verb === 'completed' && e.object.id === 'm2/c'));
    expect(buildRecord(events, OUTLINE, identity, options)).toMatchObject({ completed: false, completedAt: null, score: 0.85 });
    const untested = finished().slice(0, 6);
    expect(buildRecord(untested, OUTLINE, identity, options)).toMatchObject({ completed: false, completedAt: null, score: null });
  });

  it('shows a started but unfinished attempt as in progress with no last finished time', () => {
    const record = buildRecord([quiz.start('qb', 1)], OUTLINE, identity, options);
    expect(record.quizzes[0]).toMatchObject({ state: 'in-progress', attempts: 1, best: null, lastAt: null });
  });

  it('carries the learner, course and locale, and leaves empty optional fields out', () => {
    const record = buildRecord([], OUTLINE, { name: 'Ann' }, options);
    expect(record).toMatchObject({ format: RECORD_FORMAT, version: 1, courseId: 'cs-course', locale: 'zh-CN', learner: { name: 'Ann', learnerId: 'learner-1' } });
    expect(Object.keys(record.learner).sort()).toEqual(['learnerId', 'name']);
  });
});

describe('buildRecord on the real course', () => {
  const outline = realOutline();
  const events = completedCourse('typical', 11);
  const record = buildRecord(events, outline, identity, options);

  it('is complete, with the LMS score and the completion time a one-event-at-a-time scan finds', () => {
    expect(record.completed).toBe(true);
    expect(record.score).toBe(scormReport(events, outline).scaled);
    expect(record.completedAt).toBe(completedAtByScan(events));
    expect(record.modules.every((m) => m.status === 'completed')).toBe(true);
    expect(record.quizzes.filter((q) => q.isTest)).toHaveLength(outline.modules.filter((m) => m.test).length);
  });

  it('is incomplete, with no completion time, when the last module test is missing', () => {
    const lastTest = outline.modules.at(-1)!.test!;
    const partial = events.filter((e) => e.object.id !== lastTest && e.context?.parentId !== lastTest);
    const made = buildRecord(partial, outline, identity, options);
    expect(made).toMatchObject({ completed: false, completedAt: null, score: null });
    expect(made.quizzes.find((q) => q.id === lastTest)).toMatchObject({ state: 'not-started', attempts: 0 });
  });

  it('finds the completion time of 5,000 events quickly', () => {
    const extra = Array.from({ length: 5000 - events.length }, (_, k): LearnerEvent => ({
      id: `x${k}`,
      verb: 'experienced',
      object: { type: 'lesson', id: 'm1/what-is-service' },
      timestamp: new Date(Date.parse('2026-06-01T00:00:00Z') + k * 1000).toISOString(),
    }));
    const many = [...events, ...extra];
    expect(many).toHaveLength(5000);
    const start = performance.now();
    expect(completedAt(many, outline)).toBe(record.completedAt);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('carries a code that verifies, and that an edited copy fails [F-HR-EDITED-RECORD]', () => {
    expect(codeMatches(record)).toBe(true);
    const copy = JSON.parse(JSON.stringify(record)) as CompletionRecord;
    expect(codeMatches(copy)).toBe(true);
    const edited: CompletionRecord = { ...copy, score: 1 };
    expect(codeMatches(edited)).toBe(false);
    const renamed: CompletionRecord = { ...copy, learner: { ...copy.learner, name: '王大明' } };
    expect(codeMatches(renamed)).toBe(false);
    copy.quizzes[0]!.best = 1;
    expect(codeMatches(copy)).toBe(false);
  });

  it('gives a summary that lists every module test and verifies', () => {
    const summary = summaryOf(record);
    expect(Object.keys(summary.tests)).toHaveLength(outline.modules.filter((m) => m.test).length);
    expect(summary).toMatchObject({ name: '王小明', employeeNo: 'E-1024', completed: true, recordCode: record.code });
    expect(codeMatches(summary)).toBe(true);
  });

  it('is the same record for the same events, identity and time', () => {
    const { code: _code, ...unsigned } = record;
    expect(buildRecord(events, outline, identity, options)).toEqual(signRecord(unsigned));
  });
});
