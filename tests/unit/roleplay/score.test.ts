import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lib/roleplay/engine';
import { boundsOf, modelPath, pathOf, resultOf, review } from '../../../src/lib/roleplay/results';
import { dimensionBounds, scaledScore } from '../../../src/lib/roleplay/score';
import { fixture } from './load';

const rp = fixture();
const replies = (state: ReturnType<typeof replay>) => state.steps.map((s) => `${s.node}.${s.reply}`);

describe('role-play scoring', () => {
  it('computes each dimension’s achievable minimum and maximum from the graph', () => {
    // empathy: best open.a(2) + details.c(1); worst open.b(−2) + angry.b(−2)
    expect(dimensionBounds(rp)).toEqual({
      empathy: { min: -4, max: 3 },
      listening: { min: -1, max: 2 },
      solving: { min: -1, max: 3 },
    });
  });

  it('normalises totals to 0–1 as the mean of each dimension between its bounds', () => {
    const b = boundsOf(rp);
    expect(scaledScore({ empathy: 3, listening: 2, solving: 3 }, b)).toBe(1);
    expect(scaledScore({ empathy: -4, listening: -1, solving: -1 }, b)).toBe(0);
    expect(scaledScore({ empathy: -0.5, listening: 0.5, solving: 1 }, b)).toBeCloseTo(0.5);
  });

  it('scores the model path 100 and passes it', () => {
    const best = modelPath(rp);
    expect(replies(best)).toEqual(['open.a', 'details.c', 'details.a']);
    const r = resultOf(rp, best, 0.8)!;
    expect(r.ending.id).toBe('happy');
    expect(r.scaled).toBe(1);
    expect(r.dimensions.map((d) => d.percent)).toEqual([100, 100, 100]);
    expect(r.passed).toBe(true);
  });

  it('fails the worst path, which loses the customer', () => {
    const worst = pathOf(rp, 'worst');
    expect(replies(worst)).toEqual(['open.b', 'angry.b']);
    const r = resultOf(rp, worst, 0.8)!;
    // listening is untouched on this path (0 of −1 … 2), the rest are at their minimum
    expect(r.scaled).toBeCloseTo(1 / 9);
    expect(r.passed).toBe(false);
    expect(r.ending.outcome).toBe('escalates');
  });

  it('fails a conversation that keeps the customer but scores under the pass mark', () => {
    const r = resultOf(rp, replay(rp, ['b', 'a', 'b']), 0.8)!;
    expect(r.ending.outcome).toBe('stays');
    expect(r.scaled).toBeLessThan(0.7);
    expect(r.passed).toBe(false);
  });

  it('uses the scenario’s own pass mark before the course’s', () => {
    expect(resultOf(rp, modelPath(rp), 0.5)!.passMark).toBe(0.7);
  });

  it('has no result before the conversation ends', () => {
    expect(resultOf(rp, replay(rp, ['a']), 0.8)).toBeNull();
  });

  it('reviews each step with the better replies that were on offer', () => {
    const steps = review(rp, replay(rp, ['b', 'a', 'b']));
    expect(steps.map((s) => [s.node, s.chosen.id, s.better.map((r) => r.id)])).toEqual([
      ['open', 'b', ['a']],
      ['angry', 'a', []],
      ['details', 'b', ['a']],
    ]);
    expect(review(rp, modelPath(rp)).every((s) => s.better.length === 0)).toBe(true);
  });
});
