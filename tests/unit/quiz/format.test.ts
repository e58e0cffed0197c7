import { describe, expect, it } from 'vitest';
import { formatPoints, percent } from '../../../src/lib/quiz/format';

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
