import { beforeEach, describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { resumeTarget } from '../../../src/lib/progress/resume';
import { lesson, OUTLINE, quiz, resetClock, RULES } from './fixtures';

beforeEach(resetClock);

const finish = (id: string) => [lesson.open(id), lesson.read(id)];
const passQuiz = (id: string) => [quiz.start(id, 1), quiz.end(id, 1, 1)];

describe('resumeTarget', () => {
  const cases: Array<{ name: string; events: () => LearnerEvent[]; expected: Record<string, unknown> | null }> = [
    { name: 'starts with the first lesson when nothing was opened', events: () => [], expected: { kind: 'lesson', id: 'm1/a', moduleId: 'm1', title: 'A', href: '/en/lessons/m1/a/', reason: 'start' } },
    { name: 'continues the lesson opened last when it is incomplete', events: () => [lesson.open('m1/a'), lesson.open('m2/c')], expected: { id: 'm2/c', reason: 'continue' } },
    { name: 'continues an older incomplete lesson before moving on', events: () => [lesson.open('m1/b'), ...finish('m1/a')], expected: { id: 'm1/b', reason: 'continue' } },
    { name: 'moves to the next step after the lesson opened last when it is complete', events: () => finish('m1/a'), expected: { id: 'm1/b', reason: 'next' } },
    { name: 'goes to the module test once its lessons are done', events: () => [...finish('m1/a'), ...passQuiz('qb'), ...finish('m1/b')], expected: { kind: 'test', id: 't1', moduleId: 'm1', title: 'Module 1', href: '/en/quizzes/t1/', reason: 'next' } },
    { name: 'wraps to an earlier incomplete step from the end of the course', events: () => [...finish('m1/a'), ...passQuiz('qb'), ...finish('m1/b'), ...finish('m2/c')], expected: { kind: 'test', id: 't1', reason: 'next' } },
    { name: 'is null when everything is done', events: () => [...finish('m1/a'), ...passQuiz('qb'), ...finish('m1/b'), ...passQuiz('t1'), ...finish('m2/c')], expected: null },
  ];
  it.each(cases)('$name', ({ events, expected }) => {
    const target = resumeTarget(events(), OUTLINE);
    if (expected === null) expect(target).toBeNull();
    else expect(target).toMatchObject(expected);
  });

  it('skips module tests when the rules do not need them', () => {
    const outline = { ...OUTLINE, rules: { ...RULES, courseNeedsModuleTests: false } };
    const events = [...finish('m1/a'), ...passQuiz('qb'), ...finish('m1/b')];
    expect(resumeTarget(events, outline)).toMatchObject({ id: 'm2/c', reason: 'next' });
  });

  it('treats a lesson read but with its quiz unpassed as incomplete', () => {
    expect(resumeTarget([...finish('m1/b')], OUTLINE)).toMatchObject({ id: 'm1/b', reason: 'continue' });
  });
});
