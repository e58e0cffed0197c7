import { beforeEach, describe, expect, it } from 'vitest';
import { courseProgress, lessonStatus, moduleProgress, quizStatus } from '../../../src/lib/progress/derive';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { ev, lesson, OUTLINE, quiz, resetClock, RULES } from './fixtures';

beforeEach(resetClock);

describe('quizStatus', () => {
  const cases: Array<{ name: string; events: () => LearnerEvent[]; expected: Record<string, unknown> }> = [
    { name: 'is not started without events', events: () => [], expected: { state: 'not-started', attemptsUsed: 0, bestScaled: null, passed: false, failed: false, lastAt: null } },
    { name: 'is in progress while the only attempt is open', events: () => [quiz.start('q', 1), quiz.answer('q', 1)], expected: { state: 'in-progress', attemptsUsed: 1, bestScaled: null, passed: false, failed: false } },
    { name: 'is failed when every finished attempt failed', events: () => [quiz.start('q', 1), quiz.end('q', 1, 0.5)], expected: { state: 'failed', attemptsUsed: 1, bestScaled: 0.5, passed: false, failed: true } },
    { name: 'is in progress again when a retry is open after a fail', events: () => [quiz.start('q', 1), quiz.end('q', 1, 0.5), quiz.start('q', 2)], expected: { state: 'in-progress', attemptsUsed: 2, bestScaled: 0.5, failed: true } },
    { name: 'stays passed after a later failed attempt, with the best score', events: () => [quiz.start('q', 1), quiz.end('q', 1, 0.9), quiz.start('q', 2), quiz.end('q', 2, 0.4)], expected: { state: 'passed', attemptsUsed: 2, bestScaled: 0.9, passed: true, failed: false } },
    { name: 'counts an attempt number started in two tabs once', events: () => [quiz.start('q', 1), quiz.start('q', 1)], expected: { attemptsUsed: 1 } },
    { name: 'keeps the first outcome of an attempt', events: () => [quiz.start('q', 1), quiz.end('q', 1, 0.5), quiz.end('q', 1, 1)], expected: { state: 'failed', bestScaled: 0.5 } },
    { name: 'ignores an outcome for an attempt never started', events: () => [quiz.end('q', 3, 1)], expected: { state: 'not-started', passed: false } },
    { name: 'ignores other quizzes', events: () => [quiz.start('other', 1), quiz.end('other', 1, 1)], expected: { state: 'not-started', lastAt: null } },
  ];
  it.each(cases)('$name', ({ events, expected }) => {
    expect(quizStatus(events(), 'q')).toMatchObject(expected);
  });

  it('reports the time of the latest event about the quiz or its items', () => {
    const events = [quiz.start('q', 1), quiz.answer('q', 1), lesson.open('m1/a')];
    expect(quizStatus(events, 'q').lastAt).toBe(events[1]!.timestamp);
  });

  it('reads events in time order whatever their order in the array', () => {
    const [start, end] = [quiz.start('q', 1), quiz.end('q', 1, 0.9)];
    expect(quizStatus([end, start], 'q').state).toBe('passed');
  });
});

describe('lessonStatus', () => {
  const withQuiz = { id: 'm1/b', quizIds: ['qb'] };
  const plain = { id: 'm1/a', quizIds: [] };
  const cases = [
    { name: 'is not started without events', lesson: plain, rules: RULES, events: () => [], expected: 'not-started' },
    { name: 'is in progress once opened', lesson: plain, rules: RULES, events: () => [lesson.open('m1/a')], expected: 'in-progress' },
    { name: 'is completed when a lesson without quiz is read to the end', lesson: plain, rules: RULES, events: () => [lesson.open('m1/a'), lesson.read('m1/a')], expected: 'completed' },
    { name: 'is in progress when read but its quiz is not passed', lesson: withQuiz, rules: RULES, events: () => [lesson.read('m1/b'), quiz.start('qb', 1), quiz.end('qb', 1, 0.2)], expected: 'in-progress' },
    { name: 'is completed when read and its quiz passed', lesson: withQuiz, rules: RULES, events: () => [lesson.read('m1/b'), quiz.start('qb', 1), quiz.end('qb', 1, 0.9)], expected: 'completed' },
    { name: 'is completed when read and the rules do not need the quiz', lesson: withQuiz, rules: { ...RULES, lessonNeedsQuizPass: false }, events: () => [lesson.read('m1/b')], expected: 'completed' },
    { name: 'is in progress when only its quiz was started', lesson: withQuiz, rules: RULES, events: () => [quiz.start('qb', 1)], expected: 'in-progress' },
    { name: 'is in progress when the quiz passed but it was not read to the end', lesson: withQuiz, rules: RULES, events: () => [quiz.start('qb', 1), quiz.end('qb', 1, 1)], expected: 'in-progress' },
  ];
  it.each(cases)('$name', ({ lesson: l, rules, events, expected }) => {
    expect(lessonStatus(events(), l, rules)).toBe(expected);
  });
});

const doneA = () => [lesson.open('m1/a'), lesson.read('m1/a')];
const doneB = () => [lesson.read('m1/b'), quiz.start('qb', 1), quiz.end('qb', 1, 1)];
const passT1 = () => [quiz.start('t1', 1), quiz.end('t1', 1, 0.85)];

describe('moduleProgress', () => {
  const m1 = OUTLINE.modules[0]!;
  const cases = [
    { name: 'is not started at first', rules: RULES, events: () => [], expected: { completedLessons: 0, totalLessons: 2, steps: 3, percent: 0, testPassed: false, status: 'not-started' } },
    { name: 'counts the test as a step when the rules need it', rules: RULES, events: doneA, expected: { completedLessons: 1, steps: 3, stepsDone: 1, percent: 33, status: 'in-progress' } },
    { name: 'is not complete with every lesson done but the test not passed', rules: RULES, events: () => [...doneA(), ...doneB()], expected: { completedLessons: 2, percent: 66, status: 'in-progress' } },
    { name: 'is complete with every lesson done and the test passed', rules: RULES, events: () => [...doneA(), ...doneB(), ...passT1()], expected: { percent: 100, testPassed: true, status: 'completed' } },
    { name: 'ignores the test when the rules do not need it', rules: { ...RULES, courseNeedsModuleTests: false }, events: () => [...doneA(), ...doneB()], expected: { steps: 2, percent: 100, testPassed: false, status: 'completed' } },
    { name: 'is in progress when only the test was started', rules: RULES, events: () => [quiz.start('t1', 1)], expected: { percent: 0, status: 'in-progress' } },
  ];
  it.each(cases)('$name', ({ rules, events, expected }) => {
    expect(moduleProgress(events(), m1, rules)).toMatchObject(expected);
  });

  it('reports testPassed null for a module without a test', () => {
    expect(moduleProgress([], OUTLINE.modules[1]!, RULES).testPassed).toBeNull();
  });
});

describe('courseProgress', () => {
  const cases = [
    { name: 'is 0 % and not started at first', events: () => [], expected: { percent: 0, completed: false, status: 'not-started' } },
    { name: 'weighs every step of the course alike', events: () => [...doneA(), ...doneB()], expected: { percent: 50, completed: false, status: 'in-progress' } },
    { name: 'is complete when every module is', events: () => [...doneA(), ...doneB(), ...passT1(), lesson.read('m2/c')], expected: { percent: 100, completed: true, status: 'completed' } },
  ];
  it.each(cases)('$name', ({ events, expected }) => {
    expect(courseProgress(events(), OUTLINE)).toMatchObject(expected);
  });

  it('lists every module in course order', () => {
    expect(courseProgress([], OUTLINE).modules.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('never rounds an unfinished course up to 100 %', () => {
    const many = { ...OUTLINE, modules: [{ id: 'm9', lessons: Array.from({ length: 300 }, (_, i) => ({ id: `m9/l${i}`, quizIds: [] })) }] };
    const events = many.modules[0]!.lessons.slice(1).map((l) => ev('completed', { type: 'lesson', id: l.id }));
    expect(courseProgress(events, many).percent).toBe(99);
  });
});
