import { describe, expect, it } from 'vitest';
import { attemptsLeft, quizResult } from '../../../src/lib/quiz/result';

const s = (score: number, maxScore = 1) => ({ score, maxScore });

describe('quizResult', () => {
  it.each([
    ['all right', [s(1), s(2, 2)], 0.8, { score: 3, maxScore: 3, scaled: 1, passed: true }],
    ['exactly the pass mark passes', [s(1), s(1), s(1), s(1), s(0)], 0.8, { score: 4, maxScore: 5, scaled: 0.8, passed: true }],
    ['just below fails', [s(1), s(1), s(1), s(0.5), s(0.4)], 0.8, { score: 3.9, maxScore: 5, scaled: 0.78, passed: false }],
    ['partial credit adds up', [s(0.3333), s(0.3333), s(0.3333)], 1, { score: 0.9999, maxScore: 3, scaled: 0.3333, passed: false }],
    ['nothing to score fails', [], 0.5, { score: 0, maxScore: 0, scaled: 0, passed: false }],
  ])('%s', (_, scores, passMark, expected) => {
    expect(quizResult(scores, passMark)).toEqual(expected);
  });

  it('sums tenths without floating-point noise', () => {
    expect(quizResult([s(0.1), s(0.2)], 0.1).score).toBe(0.3);
  });
});

describe('attemptsLeft', () => {
  it.each([
    [0, 3, 3],
    [2, 3, 1],
    [3, 3, 0],
    [5, 3, 0],
    [0, 0, Infinity],
    [99, 0, Infinity],
  ])('%i used of %i allowed leaves %d', (used, max, left) => {
    expect(attemptsLeft(used, max)).toBe(left);
  });
});
