import { describe, expect, it } from 'vitest';
import { place, typicalAnswers, type PlacementShape } from '../../../src/lib/classifier/place';

const opt = (id: string, x: number, y: number) => ({ id, weights: { x, y } });
/** Two items per axis; x: introverted (−) ↔ extroverted (+), y: task (−) ↔ people (+). */
const c: PlacementShape = {
  profiles: [
    { id: 'lively', x: 'high', y: 'high' },
    { id: 'powerful', x: 'high', y: 'low' },
    { id: 'peaceful', x: 'low', y: 'high' },
    { id: 'analytical', x: 'low', y: 'low' },
  ],
  items: [
    { id: 'pace', options: [opt('fast', 2, 0), opt('mid', 0, 0), opt('slow', -2, 0)] },
    { id: 'voice', options: [opt('loud', 3, 1), opt('soft', -3, 0)] },
    { id: 'talk', options: [opt('people', 0, 2), opt('facts', 0, -2)] },
    { id: 'small', options: [opt('enjoys', 1, 3), opt('skips', 0, -3)] },
  ],
  blendMargin: 0.2,
  tieBreak: { x: 'high', y: 'low' },
};

describe('placing answers on the 2×2 grid', () => {
  it('scores each axis as the chosen weights over the most the answered items could reach that way', () => {
    const r = place(c, { pace: 'fast', voice: 'loud', talk: 'people', small: 'enjoys' });
    // x: (2 + 3 + 0 + 1) / (2 + 3 + 0 + 1) = 1; y: (0 + 1 + 2 + 3) / (0 + 1 + 2 + 3) = 1
    expect([r.x, r.y]).toEqual([1, 1]);
    expect(r.profile.id).toBe('lively');
    const mixed = place(c, { pace: 'slow', voice: 'loud', talk: 'facts', small: 'skips' });
    // x: (−2 + 3) / (2 + 3 + 1) = 1/6 (positive: divided by the positive reach); y: (1 − 2 − 3) / (0 + 0 + 2 + 3) = −0.8
    expect(mixed.x).toBeCloseTo(1 / 6);
    expect(mixed.y).toBeCloseTo(-0.8);
    expect(mixed.profile.id).toBe('powerful');
  });

  it('reports a blend with the neighbour across the axis the point lies near', () => {
    const near = place(c, { pace: 'slow', voice: 'loud', talk: 'facts', small: 'skips' });
    expect(near.nearAxes).toEqual(['x']);
    expect(near.blend?.id).toBe('analytical');
    const clear = place(c, { pace: 'fast', voice: 'loud', talk: 'facts', small: 'skips' });
    expect(clear.blend).toBeNull();
  });

  it('takes confidence from the distance to the nearer axis, scaled by the share of items answered', () => {
    const full = place(c, { pace: 'fast', voice: 'loud', talk: 'people', small: 'enjoys' });
    expect(full).toMatchObject({ confidence: 1, level: 'high', answered: 4, total: 4 });
    const half = place(c, { pace: 'fast', talk: 'people' });
    expect(half.confidence).toBe(0.5);
    expect(place(c, { pace: 'slow', voice: 'loud', talk: 'facts', small: 'skips' }).level).toBe('low');
  });

  it('breaks an exact tie by the single strongest answer, and says so', () => {
    // y: 1 (loud) − 3 (skips) + 2 (people) = 0; the strongest single pull is skips (−3), toward task
    const exact = place(c, { voice: 'loud', small: 'skips', talk: 'people' });
    expect(exact.y).toBe(0);
    expect(exact.ties).toEqual([{ axis: 'y', by: 'strongest-answer', side: 'low' }]);
    expect(exact.profile.id).toBe('powerful');
    expect(place(c, { pace: 'fast', voice: 'loud', talk: 'people', small: 'enjoys' }).ties).toEqual([]);
  });

  it('falls back to the stated tie-break when nothing pulls or the strongest answers cancel out', () => {
    expect(place(c, { talk: 'people', pace: 'mid' }).ties).toEqual([{ axis: 'x', by: 'tie-break', side: 'high' }]);
    const even = place({ ...c, items: [{ id: 'a', options: [opt('p', 0, 2), opt('n', 0, -2)] }, { id: 'b', options: [opt('p', 0, 2), opt('n', 0, -2)] }] }, { a: 'p', b: 'n' });
    expect(even.ties).toContainEqual({ axis: 'y', by: 'tie-break', side: 'low' });
    expect(even.profile.y).toBe('low');
  });

  it('lists which answers pushed which way, strongest first', () => {
    const r = place(c, { pace: 'slow', voice: 'loud', talk: 'facts', small: 'skips' });
    expect(r.contributions.x.map((k) => [k.item, k.weight])).toEqual([['voice', 3], ['pace', -2]]);
    expect(r.contributions.y.map((k) => k.item)).toEqual(['small', 'talk', 'voice']);
  });

  it('ignores unknown items and options', () => {
    expect(place(c, { pace: 'fast', nope: 'x', voice: 'whisper' }).answered).toBe(1);
  });

  it('finds each profile’s typical answers: the options pointing most toward its corner', () => {
    expect(typicalAnswers(c, { x: 'low', y: 'high' })).toEqual({ pace: 'slow', voice: 'soft', talk: 'people', small: 'enjoys' });
    for (const p of c.profiles) expect(place(c, typicalAnswers(c, p)).profile.id).toBe(p.id);
  });
});
