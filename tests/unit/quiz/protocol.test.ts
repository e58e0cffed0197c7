import { describe, expect, it } from 'vitest';
import { attemptFinished, attemptStarted, itemAnswered } from '../../../src/lib/quiz/protocol';
import { item } from './fixtures';

describe('attemptStarted', () => {
  it('records the attempt number, seed, drawn items and locale on the quiz', () => {
    expect(attemptStarted('q-1', 2, 42, ['i-b', 'i-a'], 'zh-CN')).toEqual({
      verb: 'attempted',
      object: { type: 'quiz', id: 'q-1' },
      context: { attempt: 2, seed: 42, itemIds: ['i-b', 'i-a'], locale: 'zh-CN' },
    });
  });
});

describe('itemAnswered', () => {
  it.each([
    [['a', 'c'], { raw: 2, max: 2, scaled: 1 }, true, 'a[,]c'],
    [['c', 'b', 'a'], { raw: 1, max: 2, scaled: 0.5 }, false, 'a[,]b[,]c'],
  ])('records picks %j as score %j, success %s, response %j', (choices, score, success, response) => {
    const { event, score: itemScore } = itemAnswered('q-1', 1, item('multiple'), { type: 'multiple', choices });
    expect(event).toEqual({
      verb: 'answered',
      object: { type: 'item', id: 'i-multiple' },
      result: { score, success, response },
      context: { parentId: 'q-1', attempt: 1 },
    });
    expect(itemScore.score).toBe(score.raw);
  });
});

describe('attemptFinished', () => {
  it.each([
    [true, 'passed'],
    [false, 'failed'],
  ] as const)('a result with passed=%s becomes "%s" with completion', (passed, verb) => {
    expect(attemptFinished('q-1', 3, { score: 4, maxScore: 5, scaled: 0.8, passed })).toEqual({
      verb,
      object: { type: 'quiz', id: 'q-1' },
      result: { score: { raw: 4, max: 5, scaled: 0.8 }, success: passed, completion: true },
      context: { attempt: 3 },
    });
  });
});
