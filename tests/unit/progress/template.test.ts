import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/progress/template';

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
