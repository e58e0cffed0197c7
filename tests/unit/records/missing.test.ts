import { beforeEach, describe, expect, it } from 'vitest';
import { courseProgress } from '../../../src/lib/progress/derive';
import { completionNeeds } from '../../../src/lib/records/missing';
import { lesson, OUTLINE, quiz, resetClock } from '../progress/fixtures';

beforeEach(resetClock);

describe('completionNeeds', () => {
  it('counts lessons completed and module tests passed against what the rule requires', () => {
    const events = [lesson.read('m1/a'), quiz.start('t1', 1), quiz.end('t1', 1, 0.5)];
    expect(completionNeeds(courseProgress(events, OUTLINE), OUTLINE)).toEqual({ lessonsDone: 1, lessonsTotal: 3, testsPassed: 0, testsTotal: 1, met: false });
  });

  it('is met when every lesson is complete and every test passed', () => {
    const events = [lesson.read('m1/a'), quiz.start('qb', 1), quiz.end('qb', 1, 1), lesson.read('m1/b'), lesson.read('m2/c'), quiz.start('t1', 1), quiz.end('t1', 1, 0.9)];
    expect(completionNeeds(courseProgress(events, OUTLINE), OUTLINE)).toEqual({ lessonsDone: 3, lessonsTotal: 3, testsPassed: 1, testsTotal: 1, met: true });
  });

  it('does not count module tests when the rule does not require them', () => {
    const outline = { ...OUTLINE, rules: { ...OUTLINE.rules, courseNeedsModuleTests: false } };
    expect(completionNeeds(courseProgress([], outline), outline)).toMatchObject({ testsPassed: 0, testsTotal: 0 });
  });
});
