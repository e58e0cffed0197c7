import { describe, expect, it } from 'vitest';
import { describeCorrect, describeResponse, partText } from '../../../src/lib/quiz/describe';
import type { Response } from '../../../src/lib/quiz/score';
import { item } from './fixtures';

const labels = { true: 'True', false: 'False' };
type Type = Parameters<typeof item>[0];

describe('describeCorrect', () => {
  it.each<[Type, string[]]>([
    ['single', ['option b']],
    ['multiple', ['option a', 'option c']],
    ['truefalse', ['False']],
    ['ordering', ['step a', 'step b', 'step c', 'step d']],
    ['matching', ['left p → right p', 'left q → right q', 'left r → right r']],
    ['categorise', ['e1 → group x', 'e2 → group y', 'e3 → group x', 'e4 → group y']],
    ['fill', ['customer cost']],
  ])('states the right answer of a %s item', (type, lines) => {
    expect(describeCorrect(item(type), labels)).toEqual(lines);
  });
});

describe('describeResponse', () => {
  it.each<[Type, Response, string[]]>([
    ['single', { type: 'single', choice: 'a' }, ['option a']],
    ['multiple', { type: 'multiple', choices: ['d', 'a'] }, ['option a', 'option d']],
    ['truefalse', { type: 'truefalse', value: true }, ['True']],
    ['ordering', { type: 'ordering', order: ['b', 'a', 'd', 'c'] }, ['step b', 'step a', 'step d', 'step c']],
    ['matching', { type: 'matching', pairs: { p: 'q', q: 'p' } }, ['left p → right q', 'left q → right p', 'left r → —']],
    ['categorise', { type: 'categorise', placements: { e1: 'y', e2: 'y', e3: 'x', e4: 'y' } }, ['e1 → group y', 'e2 → group y', 'e3 → group x', 'e4 → group y']],
    ['fill', { type: 'fill', text: 'ＡＢＣ' }, ['ＡＢＣ']],
    ['single', { type: 'fill', text: 'x' }, ['x']],
    ['multiple', { type: 'single', choice: 'a' }, []],
  ])('restates a %s answer %j', (type, response, lines) => {
    expect(describeResponse(item(type), response, labels)).toEqual(lines);
  });
});

describe('partText', () => {
  it.each<[Type, string, string]>([
    ['single', 'a', 'option a'],
    ['multiple', 'c', 'option c'],
    ['truefalse', 'true', 'True'],
    ['truefalse', 'false', 'False'],
    ['ordering', 'b', 'step b'],
    ['matching', 'q', 'left q'],
    ['categorise', 'e2', 'e2'],
    ['fill', 'text', ''],
    ['single', 'gone', 'gone'],
  ])('a %s item names part %j as %j', (type, id, shown) => {
    expect(partText(item(type), id, labels)).toBe(shown);
  });
});
