import { describe, expect, it } from 'vitest';
import { isComplete, outcome, scoreItem, type Response } from '../../../src/lib/quiz/score';
import { item } from './fixtures';

describe('scoreItem: single choice', () => {
  it.each([
    ['b', 1, true],
    ['a', 0, false],
    ['zz', 0, false],
  ])('choosing %j scores %d', (choice, score, correct) => {
    const s = scoreItem(item('single'), { type: 'single', choice });
    expect([s.score, s.maxScore, s.correct, s.partial]).toEqual([score, 1, correct, false]);
  });

  it('gives the chosen option its feedback', () => {
    expect(scoreItem(item('single'), { type: 'single', choice: 'a' }).marks).toEqual([
      { id: 'a', correct: false, feedback: 'feedback a' },
    ]);
  });
});

describe('scoreItem: multiple choice partial credit (2 points, right = a, c)', () => {
  it.each([
    [['a', 'c'], 2, 1, true, false],
    [['a'], 1, 0.5, false, true],
    [['c', 'b'], 0, 0, false, false],
    [['a', 'c', 'b'], 1, 0.5, false, true],
    [['a', 'b', 'd'], 0, 0, false, false],
    [['a', 'b', 'c', 'd'], 0, 0, false, false],
    [['b', 'd'], 0, 0, false, false],
    [[], 0, 0, false, false],
  ])('picking %j scores %d (scaled %d)', (choices, score, scaled, correct, partial) => {
    const s = scoreItem(item('multiple'), { type: 'multiple', choices });
    expect([s.score, s.maxScore, s.scaled, s.correct, s.partial]).toEqual([score, 2, scaled, correct, partial]);
  });

  it('marks every chosen option with its own feedback, in option order', () => {
    const s = scoreItem(item('multiple'), { type: 'multiple', choices: ['d', 'a'] });
    expect(s.marks).toEqual([
      { id: 'a', correct: true, feedback: 'feedback a' },
      { id: 'd', correct: false, feedback: 'feedback d' },
    ]);
  });
});

describe('scoreItem: true/false (statement is false)', () => {
  it.each([
    [false, 1, 'yes'],
    [true, 0, 'no'],
  ])('answering %s scores %d with its feedback', (value, score, feedback) => {
    const s = scoreItem(item('truefalse'), { type: 'truefalse', value });
    expect(s.score).toBe(score);
    expect(s.marks).toEqual([{ id: String(value), correct: score === 1, feedback }]);
  });
});

describe('scoreItem: ordering credit per entry in place (right = a b c d)', () => {
  it.each([
    [['a', 'b', 'c', 'd'], 1, [true, true, true, true]],
    [['a', 'b', 'd', 'c'], 0.5, [true, true, false, false]],
    [['b', 'a', 'c', 'd'], 0.5, [false, false, true, true]],
    [['d', 'c', 'b', 'a'], 0, [false, false, false, false]],
    [['d', 'b', 'c', 'a'], 0.5, [false, true, true, false]],
  ])('%j scores %d', (order, score, marks) => {
    const s = scoreItem(item('ordering'), { type: 'ordering', order });
    expect(s.score).toBe(score);
    expect(s.marks.map((m) => m.correct)).toEqual(marks);
  });
});

describe('scoreItem: matching credit per pair', () => {
  it.each([
    [{ p: 'p', q: 'q', r: 'r' }, 1, false],
    [{ p: 'q', q: 'p', r: 'r' }, 0.3333, true],
    [{ p: 'q', q: 'r', r: 'p' }, 0, false],
    [{ p: 'p' }, 0.3333, true],
  ])('%j scores %d', (pairs, score, partial) => {
    const s = scoreItem(item('matching'), { type: 'matching', pairs });
    expect([s.score, s.partial]).toEqual([score, partial]);
  });

  it('marks each answered pair with its feedback', () => {
    const s = scoreItem(item('matching'), { type: 'matching', pairs: { p: 'p', q: 'r' } });
    expect(s.marks).toEqual([
      { id: 'p', correct: true, feedback: 'pair p' },
      { id: 'q', correct: false, feedback: 'pair q' },
    ]);
  });
});

describe('scoreItem: categorise credit per entry (x: e1 e3, y: e2 e4)', () => {
  it.each([
    [{ e1: 'x', e2: 'y', e3: 'x', e4: 'y' }, 1],
    [{ e1: 'x', e2: 'y', e3: 'y', e4: 'x' }, 0.5],
    [{ e1: 'x', e2: 'x', e3: 'x', e4: 'x' }, 0.5],
    [{ e1: 'y', e2: 'x', e3: 'y', e4: 'x' }, 0],
    [{ e1: 'x' }, 0.25],
  ])('%j scores %d', (placements, score) => {
    expect(scoreItem(item('categorise'), { type: 'categorise', placements }).score).toBe(score);
  });

  it('explains each placed entry', () => {
    const s = scoreItem(item('categorise'), { type: 'categorise', placements: { e2: 'x' } });
    expect(s.marks).toEqual([{ id: 'e2', correct: false, feedback: 'e2 is y' }]);
  });
});

describe('scoreItem: fill in', () => {
  it.each([
    ['customer cost', true],
    ['  Customer   COST. ', true],
    ['ＡＢＣ', true],
    ['abc！', true],
    ['顾客成本', true],
    ['客户成本。', true],
    ['顾客 成本', true],
    ['customer costs', false],
    ['成本', false],
    ['', false],
  ])('%j is right: %s', (text, correct) => {
    const s = scoreItem(item('fill'), { type: 'fill', text });
    expect(s.correct).toBe(correct);
    expect(s.marks).toEqual([{ id: 'text', correct, feedback: correct ? 'right' : 'wrong' }]);
  });
});

describe('scoreItem: mismatched responses', () => {
  it.each<[Parameters<typeof item>[0], Response]>([
    ['single', { type: 'truefalse', value: true }],
    ['multiple', { type: 'single', choice: 'a' }],
    ['ordering', { type: 'fill', text: 'a' }],
    ['fill', { type: 'single', choice: 'a' }],
  ])('a %s item scores 0 for a response of another type', (type, response) => {
    expect(scoreItem(item(type), response)).toMatchObject({ score: 0, correct: false, partial: false });
  });
});

describe('isComplete', () => {
  it.each<[Parameters<typeof item>[0], Response | undefined, boolean]>([
    ['single', undefined, false],
    ['single', { type: 'single', choice: 'a' }, true],
    ['multiple', { type: 'multiple', choices: [] }, false],
    ['multiple', { type: 'multiple', choices: ['b'] }, true],
    ['truefalse', { type: 'truefalse', value: false }, true],
    ['ordering', { type: 'ordering', order: ['b', 'a', 'c', 'd'] }, true],
    ['matching', { type: 'matching', pairs: { p: 'q', q: 'p' } }, false],
    ['matching', { type: 'matching', pairs: { p: 'q', q: 'p', r: 'r' } }, true],
    ['categorise', { type: 'categorise', placements: { e1: 'x' } }, false],
    ['fill', { type: 'fill', text: '  ' }, false],
    ['fill', { type: 'fill', text: 'x' }, true],
    ['fill', { type: 'single', choice: 'x' }, false],
  ])('a %s answer %j is complete: %s', (type, response, expected) => {
    expect(isComplete(item(type), response)).toBe(expected);
  });
});

describe('outcome', () => {
  it.each([
    [1, 1, 'right'],
    [2, 2, 'right'],
    [0.5, 2, 'partial'],
    [0, 2, 'wrong'],
    [0, 0, 'wrong'],
  ])('%d of %d is %s', (score, max, expected) => {
    expect(outcome(score, max)).toBe(expected);
  });
});
