import { describe, expect, it } from 'vitest';
import { cleanCount, tally } from '../../../src/lib/trainer/tally';

describe('classroom tally', () => {
  it('turns hand counts into shares and the share of right answers', () => {
    const t = tally(['a', 'b', 'c'], { a: 6, b: '3', c: 1 }, ['b']);
    expect(t.total).toBe(10);
    expect(t.options.map((o) => [o.id, o.count, o.share, o.correct])).toEqual([['a', 6, 0.6, false], ['b', 3, 0.3, true], ['c', 1, 0.1, false]]);
    expect(t.rightShare).toBe(0.3);
  });

  it('shows zero shares, not NaN, before anyone answered', () => {
    const t = tally(['a', 'b'], {}, ['a']);
    expect(t.options.map((o) => o.share)).toEqual([0, 0]);
    expect(t.rightShare).toBe(0);
  });

  it.each([[-1, 0], ['x', 0], [2.5, 0], ['  4 ', 4], [5000, 999], [null, 0]])('reads a typed count %j as %i', (input, out) => {
    expect(cleanCount(input)).toBe(out);
  });
});
