import { describe, expect, it } from 'vitest';
import { mulberry32, randomSeed, seedFrom, shuffle } from '../../../src/lib/quiz/random';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it.each([0, 1, 42, 2 ** 32 - 1])('returns floats in [0, 1) for seed %i', (seed) => {
    const next = mulberry32(seed);
    for (let i = 0; i < 200; i += 1) {
      const n = next();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });
});

describe('seedFrom', () => {
  it.each(['', 'q-1', '客户忠诚'])('hashes %j to the same unsigned 32-bit number every time', (text) => {
    expect(seedFrom(text)).toBe(seedFrom(text));
    expect(Number.isInteger(seedFrom(text)) && seedFrom(text) >= 0 && seedFrom(text) < 2 ** 32).toBe(true);
  });

  it('hashes different strings to different seeds', () => {
    expect(seedFrom('q-1:1')).not.toBe(seedFrom('q-1:2'));
  });
});

describe('randomSeed', () => {
  it.each([
    [0, 0],
    [0.5, 2 ** 31],
    [0.999999999, 2 ** 32 - 5],
  ])('maps random %d to the unsigned 32-bit seed %d', (r, expected) => {
    expect(randomSeed(() => r)).toBe(expected);
  });
});

describe('shuffle', () => {
  const list = Array.from({ length: 10 }, (_, i) => i);

  it('returns a new array with the same members and leaves the input alone', () => {
    const copy = [...list];
    const out = shuffle(list, 7);
    expect(out).not.toBe(list);
    expect(list).toEqual(copy);
    expect([...out].sort((a, b) => a - b)).toEqual(list);
  });

  it('gives the same order for the same seed', () => {
    expect(shuffle(list, 123)).toEqual(shuffle(list, 123));
  });

  it('gives different orders across seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(list, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it.each([[[]], [[1]]])('handles the short list %j', (short) => {
    expect(shuffle(short, 1)).toEqual(short);
  });
});
