import { describe, expect, it } from 'vitest';
import { back, choose, currentNode, endingOf, isEnded, offeredReplies, replay, RolePlayError, start } from '../../../src/lib/roleplay/engine';
import { fixture } from './load';

const rp = fixture();
const ids = (state: ReturnType<typeof start>) => offeredReplies(rp, state).map((r) => r.id);

describe('role-play engine', () => {
  it('starts at the start node with the start mood and no steps', () => {
    const s = start(rp);
    expect(s).toMatchObject({ node: 'open', ending: null, mood: -1, steps: [] });
    expect(currentNode(rp, s)?.customer.en).toBe('My cups arrived broken!');
  });

  it('moves to the next node and changes the mood by the reply', () => {
    const s = choose(rp, start(rp), 'a');
    expect(s).toMatchObject({ node: 'details', mood: 0 });
    expect(s.steps).toEqual([{ node: 'open', reply: 'a', moodBefore: -1, moodAfter: 0 }]);
  });

  it('offers a conditional reply only when its mood condition holds', () => {
    expect(ids(choose(rp, start(rp), 'a'))).toEqual(['a', 'b', 'c']);
    const rude = choose(rp, choose(rp, start(rp), 'b'), 'a');
    expect(rude.mood).toBe(-2);
    expect(ids(rude)).toEqual(['a', 'b']);
  });

  it('takes the first route whose condition holds (mood after the reply)', () => {
    expect(choose(rp, start(rp), 'b')).toMatchObject({ node: 'angry', mood: -3 });
  });

  it('routes on earlier choices', () => {
    expect(endingOf(rp, replay(rp, ['a', 'a']))?.id).toBe('happy');
    expect(endingOf(rp, replay(rp, ['b', 'a', 'a']))?.id).toBe('ok');
  });

  it('never offers a reply twice, so a loop back to a node ends', () => {
    const looped = replay(rp, ['a', 'c']);
    expect(looped.node).toBe('details');
    expect(ids(looped)).toEqual(['a', 'b']);
  });

  it('keeps the mood within −3 … +3', () => {
    expect(replay(rp, ['b']).mood).toBe(-3);
    expect(replay(rp, ['a', 'c', 'a']).mood).toBe(2);
  });

  it('ends at an ending and refuses further choices', () => {
    const done = replay(rp, ['b', 'b']);
    expect(isEnded(done)).toBe(true);
    expect(endingOf(rp, done)?.outcome).toBe('escalates');
    expect(() => choose(rp, done, 'a')).toThrow(RolePlayError);
  });

  it('refuses a reply that is not offered', () => {
    expect(() => choose(rp, replay(rp, ['b', 'a']), 'c')).toThrow(/not offered/);
    expect(() => choose(rp, start(rp), 'zz')).toThrow(RolePlayError);
  });

  it('steps back one reply, restoring node and mood', () => {
    const two = replay(rp, ['a', 'c']);
    expect(back(rp, two)).toEqual(replay(rp, ['a']));
    expect(back(rp, start(rp))).toEqual(start(rp));
  });

  it('replays recorded choices and stops at the first that no longer applies', () => {
    expect(replay(rp, ['a', 'c', 'b'])).toEqual(choose(rp, choose(rp, choose(rp, start(rp), 'a'), 'c'), 'b'));
    expect(replay(rp, ['a', 'nope', 'a'])).toEqual(replay(rp, ['a']));
  });
});
