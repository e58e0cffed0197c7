import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/template';

describe('fill', () => {
  it.each([
    { template: '{done} / {total}', vars: { done: 2, total: 5 }, expected: '2 / 5' },
    { template: '继续学习：{title}', vars: { title: '什么是服务' }, expected: '继续学习：什么是服务' },
    { template: 'Lost {dropped}', vars: {}, expected: 'Lost {dropped}' },
    { template: 'No placeholders', vars: { x: 1 }, expected: 'No placeholders' },
  ])('fills $template', ({ template, vars, expected }) => {
    expect(fill(template, vars)).toBe(expected);
  });
});

describe('fill (quiz strings)', () => {
  it.each([
    ['{n} left', { n: 2 }, '2 left'],
    ['第 {n} 题，共 {total} 题', { n: 1, total: 5 }, '第 1 题，共 5 题'],
    ['{missing} stays', {}, '{missing} stays'],
    ['no placeholders', undefined, 'no placeholders'],
  ])('fills %j with %j', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});
