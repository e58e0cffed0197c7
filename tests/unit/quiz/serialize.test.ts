import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/lib/quiz/score';
import { parseResponse, serializeResponse } from '../../../src/lib/quiz/serialize';
import { item } from './fixtures';

type Type = Parameters<typeof item>[0];

const cases: [Type, Response, string][] = [
  ['single', { type: 'single', choice: 'b' }, 'b'],
  ['multiple', { type: 'multiple', choices: ['a', 'c'] }, 'a[,]c'],
  ['multiple', { type: 'multiple', choices: [] }, ''],
  ['truefalse', { type: 'truefalse', value: true }, 'true'],
  ['truefalse', { type: 'truefalse', value: false }, 'false'],
  ['ordering', { type: 'ordering', order: ['b', 'a', 'd', 'c'] }, 'b[,]a[,]d[,]c'],
  ['matching', { type: 'matching', pairs: { p: 'q', q: 'p', r: 'r' } }, 'p[.]q[,]q[.]p[,]r[.]r'],
  ['categorise', { type: 'categorise', placements: { e1: 'x', e2: 'y', e3: 'y', e4: 'x' } }, 'e1[.]x[,]e2[.]y[,]e3[.]y[,]e4[.]x'],
  ['fill', { type: 'fill', text: '顾客成本' }, '顾客成本'],
  ['fill', { type: 'fill', text: 'a[,]b' }, 'a[,]b'],
];

describe('serializeResponse', () => {
  it.each(cases)('writes a %s response %j as %j', (type, response, serialized) => {
    expect(serializeResponse(item(type), response)).toBe(serialized);
  });

  it.each<[Type, Response, string]>([
    ['multiple', { type: 'multiple', choices: ['c', 'a'] }, 'a[,]c'],
    ['matching', { type: 'matching', pairs: { r: 'p', p: 'r' } }, 'p[.]r[,]r[.]p'],
    ['categorise', { type: 'categorise', placements: { e3: 'x', e1: 'y' } }, 'e1[.]y[,]e3[.]x'],
  ])('writes %s members in the item order whatever order they were picked in', (type, response, serialized) => {
    expect(serializeResponse(item(type), response)).toBe(serialized);
  });
});

describe('parseResponse', () => {
  it.each(cases)('round-trips a %s response %j', (type, response, serialized) => {
    expect(parseResponse(item(type), serialized)).toEqual(response);
  });

  it.each<[Type, string]>([
    ['single', 'zz'],
    ['single', ''],
    ['truefalse', 'yes'],
    ['ordering', 'a[,]b'],
    ['ordering', 'a[,]b[,]c[,]zz'],
  ])('rejects a %s response %j that does not fit the item', (type, serialized) => {
    expect(parseResponse(item(type), serialized)).toBeNull();
  });

  it.each<[Type, string, Response]>([
    ['multiple', 'a[,]zz[,]c', { type: 'multiple', choices: ['a', 'c'] }],
    ['matching', 'p[.]q[,]zz[.]p[,]q[.]zz', { type: 'matching', pairs: { p: 'q' } }],
    ['categorise', 'e1[.]x[,]e2[.]nope', { type: 'categorise', placements: { e1: 'x' } }],
  ])('drops unknown IDs from a %s response %j', (type, serialized, response) => {
    expect(parseResponse(item(type), serialized)).toEqual(response);
  });
});
