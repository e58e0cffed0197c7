import { describe, expect, it } from 'vitest';
import { debrief } from '../../../src/lib/trainer/debrief';
import { fixture } from '../roleplay/load';

describe('role-play debrief', () => {
  it('follows the best reply at every step to the best ending', () => {
    const d = debrief(fixture());
    expect(d.steps.map((s) => `${s.node}.${s.best}`)).toEqual(['open.a', 'details.c', 'details.a']);
    expect(d.ending).toBe('happy');
  });

  it('lists the other replies that were on offer, conditional ones only when offered', () => {
    const d = debrief(fixture());
    expect(d.steps[0]!.others).toEqual(['b']);
    expect(d.steps[1]!.others).toEqual(['a', 'b']);
  });
});
