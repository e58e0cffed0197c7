import { describe, expect, it } from 'vitest';
import { fillTemplate, formatPoints, percent } from '../../../src/lib/quiz/template';

describe('fillTemplate', () => {
  it.each([
    ['{n} left', { n: 2 }, '2 left'],
    ['第 {n} 题，共 {total} 题', { n: 1, total: 5 }, '第 1 题，共 5 题'],
    ['{missing} stays', {}, '{missing} stays'],
    ['no placeholders', undefined, 'no placeholders'],
  ])('fills %j with %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});

describe('formatPoints', () => {
  it.each([
    [2, '2'],
    [0.3333, '0.33'],
    [3.5, '3.5'],
    [0.9999, '1'],
  ])('shows %d as %j', (n, shown) => {
    expect(formatPoints(n)).toBe(shown);
  });
});

describe('percent', () => {
  it.each([
    [0, 0],
    [0.785, 79],
    [0.8, 80],
    [1, 100],
  ])('shows %d as %i%%', (scaled, shown) => {
    expect(percent(scaled)).toBe(shown);
  });
});
