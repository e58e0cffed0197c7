import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { quizStatus } from '../../../src/lib/progress/derive';
import { choose, replay, start } from '../../../src/lib/roleplay/engine';
import { localizeRolePlay } from '../../../src/lib/roleplay/localize';
import { choiceItemId, choiceMade, rolePlayFinished, rolePlayStarted, type NewEvent } from '../../../src/lib/roleplay/protocol';
import { modelPath, resultOf } from '../../../src/lib/roleplay/results';
import { rolePlayRecord } from '../../../src/lib/roleplay/session';
import { fixture } from './load';

const rp = fixture();
let clock = Date.parse('2026-11-24T10:00:00Z');
const stamp = (e: NewEvent, i = 0): LearnerEvent => ({ ...e, id: `e${clock}-${i}`, timestamp: new Date((clock += 1000)).toISOString() });

/** The events of playing `replies` in assessment attempt `attempt`, finishing when the conversation ends. */
function played(replies: string[], attempt = 1): LearnerEvent[] {
  const events = [stamp(rolePlayStarted(rp.id, attempt, 'en'))];
  let state = start(rp);
  for (const id of replies) {
    events.push(stamp(choiceMade(rp, state, id, attempt)));
    state = choose(rp, state, id);
  }
  const result = resultOf(rp, state, 0.8);
  if (result) events.push(stamp(rolePlayFinished(rp.id, attempt, result)));
  return events;
}

describe('role-play events', () => {
  it('record each choice as an answered interaction of the scenario, with its response and whether it was the best', () => {
    const good = choiceMade(rp, start(rp), 'a', 1);
    expect(good).toMatchObject({
      verb: 'answered',
      object: { type: 'item', id: 'rp-small/open' },
      result: { response: 'a', success: true, score: { raw: 4, max: 4, scaled: 1 } },
      context: { parentId: 'rp-small', attempt: 1 },
    });
    expect(choiceMade(rp, start(rp), 'b', 1).result).toMatchObject({ response: 'b', success: false, score: { raw: 0, max: 4, scaled: 0 } });
    expect(choiceItemId('rp-x', 'n-1')).not.toMatch(/\s/);
  });

  it('finish with passed or failed, the scaled score and the ending reached', () => {
    const e = rolePlayFinished(rp.id, 2, resultOf(rp, modelPath(rp), 0.8)!);
    expect(e).toMatchObject({ verb: 'passed', object: { type: 'roleplay', id: 'rp-small' }, result: { score: { raw: 100, max: 100, scaled: 1 }, success: true, completion: true, response: 'happy' }, context: { attempt: 2 } });
  });
});

describe('the role-play record', () => {
  it('is empty before any assessment', () => {
    expect(rolePlayRecord([], rp.id)).toEqual({ attempt: 0, replies: [], finished: false });
  });

  it('rebuilds an unfinished attempt, so a reload continues the same conversation', () => {
    const rec = rolePlayRecord(played(['a', 'c']), rp.id);
    expect(rec).toEqual({ attempt: 1, replies: ['a', 'c'], finished: false });
    expect(replay(rp, rec.replies)).toEqual(replay(rp, ['a', 'c']));
  });

  it('follows the latest attempt and knows when it finished', () => {
    const events = [...played(['b', 'b']), ...played(['a'], 2)];
    expect(rolePlayRecord(events, rp.id)).toEqual({ attempt: 2, replies: ['a'], finished: false });
    expect(rolePlayRecord(played(['a', 'a']), rp.id).finished).toBe(true);
  });

  it('reads events in time order even when a second tab merged them out of order', () => {
    const events = played(['a', 'c', 'a']);
    expect(rolePlayRecord([...events].reverse(), rp.id).replies).toEqual(['a', 'c', 'a']);
  });

  it('gives the scenario a pass status like a quiz once an assessment passes', () => {
    const events = [...played(['b', 'b']), ...played(['a', 'c', 'a'], 2)];
    expect(quizStatus(events, rp.id)).toMatchObject({ state: 'passed', attemptsUsed: 2, passed: true, bestScaled: 1 });
    expect(quizStatus(played(['b', 'b']), rp.id)).toMatchObject({ state: 'failed', failed: true });
    expect(quizStatus(played(['a']), rp.id).state).toBe('in-progress');
  });
});

describe('a one-locale view of a scenario', () => {
  it('keeps IDs, effects and routes and only the chosen language’s text', () => {
    const en = localizeRolePlay(rp, 'en');
    expect(en.nodes[0]!.customer).toBe('My cups arrived broken!');
    expect(en.nodes[0]!.replies[1]!.next).toEqual(rp.nodes[0]!.replies[1]!.next);
    expect(en.dimensions.map((d) => d.label)).toEqual(['Empathy', 'Listening', 'Problem solving']);
    expect(JSON.stringify(en)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('plays and scores exactly like the scenario it came from', () => {
    const zh = localizeRolePlay(rp, 'zh-CN');
    expect(modelPath(zh).steps).toEqual(modelPath(rp).steps);
    expect(resultOf(zh, replay(zh, ['b', 'a', 'b']), 0.8)!.scaled).toBe(resultOf(rp, replay(rp, ['b', 'a', 'b']), 0.8)!.scaled);
  });
});
