import { describe, expect, it } from 'vitest';
import { isLearnerEvent } from '../../../src/lib/progress/validate';

const base = { id: 'e1', verb: 'answered', object: { type: 'item', id: 'i1' }, timestamp: '2026-03-01T09:00:00.000Z' };

describe('isLearnerEvent', () => {
  it.each([
    { name: 'a minimal event', value: base },
    { name: 'the quiz protocol’s answered event', value: { ...base, result: { score: { raw: 1, max: 2, scaled: 0.5 }, success: false, response: 'a[,]c' }, context: { parentId: 'q', attempt: 1 } } },
    { name: 'an attempted event with seed and items', value: { ...base, verb: 'attempted', object: { type: 'quiz', id: 'q' }, context: { attempt: 2, seed: 7, itemIds: ['i1', 'i2'], locale: 'zh-CN' } } },
    { name: 'an event with fields a newer site added', value: { ...base, extra: true } },
  ])('accepts $name', ({ value }) => {
    expect(isLearnerEvent(value)).toBe(true);
  });

  it.each([
    { name: 'null', value: null },
    { name: 'an array', value: [base] },
    { name: 'an empty ID', value: { ...base, id: '' } },
    { name: 'an unknown verb', value: { ...base, verb: 'liked' } },
    { name: 'an inherited name as verb', value: { ...base, verb: 'toString' } },
    { name: 'an unknown activity type', value: { ...base, object: { type: 'video', id: 'v' } } },
    { name: 'a missing object ID', value: { ...base, object: { type: 'item' } } },
    { name: 'an unparseable timestamp', value: { ...base, timestamp: 'soon' } },
    { name: 'a score that is not numbers', value: { ...base, result: { score: { raw: 1, max: 1 } } } },
    { name: 'an infinite score', value: { ...base, result: { score: { raw: Infinity, max: 1, scaled: 1 } } } },
    { name: 'a success that is not a boolean', value: { ...base, result: { success: 'yes' } } },
    { name: 'attempt 0', value: { ...base, context: { attempt: 0 } } },
    { name: 'a fractional attempt', value: { ...base, context: { attempt: 1.5 } } },
    { name: 'item IDs that are not strings', value: { ...base, context: { itemIds: [1] } } },
  ])('rejects $name', ({ value }) => {
    expect(isLearnerEvent(value)).toBe(false);
  });
});
