import { describe, expect, it } from 'vitest';
import { lastAnswers, parseAnswers, placementMade, serializeAnswers } from '../../../src/lib/classifier/protocol';
import { place, type PlacementShape } from '../../../src/lib/classifier/place';
import { isLearnerEvent } from '../../../src/lib/progress/validate';
import type { LearnerEvent } from '../../../src/lib/progress/events';

const c: PlacementShape = {
  profiles: [
    { id: 'a', x: 'high', y: 'high' },
    { id: 'b', x: 'high', y: 'low' },
    { id: 'c', x: 'low', y: 'high' },
    { id: 'd', x: 'low', y: 'low' },
  ],
  items: [
    { id: 'i1', options: [{ id: 'up', weights: { x: 2, y: 0 } }, { id: 'down', weights: { x: -2, y: 0 } }] },
    { id: 'i2', options: [{ id: 'up', weights: { x: 0, y: 2 } }, { id: 'down', weights: { x: 0, y: -2 } }] },
  ],
  blendMargin: 0.2,
  tieBreak: { x: 'low', y: 'low' },
};

describe('a placement in the learner record', () => {
  it('serialises answers as item[.]option pairs and reads them back', () => {
    expect(serializeAnswers({ i1: 'up', i2: 'down', i3: '' })).toBe('i1[.]up[,]i2[.]down');
    expect(parseAnswers('i1[.]up[,]i2[.]down[,]broken')).toEqual({ i1: 'up', i2: 'down' });
  });

  it('is a valid completed event with the profile as response and the answers and point as extensions', () => {
    const answers = { i1: 'up', i2: 'down' };
    const e = placementMade('cl-x', answers, place(c, answers), 'en');
    expect(e).toMatchObject({ verb: 'completed', object: { type: 'classifier', id: 'cl-x' }, result: { response: 'b', extensions: { answers: 'i1[.]up[,]i2[.]down', x: 1, y: -1 } } });
    expect(isLearnerEvent({ ...e, id: 'e1', timestamp: '2026-11-24T10:00:00Z' })).toBe(true);
  });

  it('gives back the answers of the latest placement of that classifier only', () => {
    const at = (i: number) => `2026-11-24T10:0${i}:00Z`;
    const made = (id: string, answers: Record<string, string>, i: number): LearnerEvent => ({ ...placementMade(id, answers, place(c, answers), 'en'), id: `e${i}`, timestamp: at(i) });
    const events = [made('cl-x', { i1: 'down' }, 3), made('cl-x', { i1: 'up' }, 1), made('cl-y', { i2: 'up' }, 5)];
    expect(lastAnswers(events, 'cl-x')).toEqual({ i1: 'down' });
    expect(lastAnswers(events, 'cl-z')).toBeNull();
  });
});
