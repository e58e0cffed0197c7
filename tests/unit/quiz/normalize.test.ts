import { describe, expect, it } from 'vitest';
import { matchesAny, normalizeAnswer } from '../../../src/lib/quiz/normalize';

describe('normalizeAnswer', () => {
  it.each([
    ['full-width letters become half-width and lower case', 'ＡＢＣ', 'abc'],
    ['full-width digits become half-width', '４Ｐ', '4p'],
    ['case is ignored', 'Customer Cost', 'customer cost'],
    ['spaces are trimmed and collapsed', '  customer    cost ', 'customer cost'],
    ['the ideographic space counts as a space', '\u3000customer\u3000cost\u3000', 'customer cost'],
    ['a trailing Chinese full stop is dropped', '顾客成本。', '顾客成本'],
    ['trailing ! ? . are dropped', 'customer cost!?.', 'customer cost'],
    ['full-width trailing punctuation is dropped', '顾客成本！', '顾客成本'],
    ['spaces between Chinese characters are dropped', '顾客 成本', '顾客成本'],
    ['inner punctuation stays', 'cost-plus pricing', 'cost-plus pricing'],
  ])('%s', (_, input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('matchesAny', () => {
  const accepted = ['顾客成本', '客户成本', 'ABC'];

  it.each([
    ['顾客成本', true],
    ['客户成本', true],
    ['ＡＢＣ', true],
    ['abc', true],
    [' a b c ', false],
    ['成本', false],
    ['顾客', false],
    ['', false],
    ['。', false],
  ])('%j matches: %s', (answer, expected) => {
    expect(matchesAny(answer, accepted)).toBe(expected);
  });
});
