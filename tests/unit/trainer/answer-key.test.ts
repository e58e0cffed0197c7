import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';
import { answerKey, optionLetter } from '../../../src/lib/trainer/answer-key';

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const opt = (id: string, en: string) => ({ id, text: L(`选项${id}`, en), feedback: L('反馈', 'Feedback') });
const base = (id: string) => ({ id, concepts: ['c'], prompt: L(`题${id}`, `Q ${id}`), explanation: L('因为', `Because ${id}`) });
const quiz = quizSchema.parse({
  id: 'q-test',
  title: L('测验', 'Test'),
  draw: 2,
  feedback: { pass: L('过', 'Pass'), fail: L('未过', 'Fail') },
  items: [
    { ...base('i1'), type: 'single', options: [opt('a', 'Apple'), opt('b', 'Banana')], correct: 'b' },
    { ...base('i2'), type: 'multiple', options: [opt('a', 'A1'), opt('b', 'B1'), opt('c', 'C1')], correct: ['a', 'c'] },
    { ...base('i3'), type: 'truefalse', correct: false, feedback: { true: L('错', 'No'), false: L('对', 'Yes') } },
    { ...base('i4'), type: 'fill', accepted: { 'zh-CN': ['服务'], en: ['service', 'services'] }, feedback: { correct: L('对', 'Yes'), incorrect: L('错', 'No') } },
    { ...base('i5'), type: 'ordering', entries: [{ id: 'x', text: L('一', 'First') }, { id: 'y', text: L('二', 'Second') }, { id: 'z', text: L('三', 'Third') }] },
  ],
});
const labels = { true: 'True', false: 'False' };

describe('answer key', () => {
  it('lists every item of the bank, not a draw', () => {
    expect(answerKey(quiz, 'en', labels).map((e) => `${e.n}:${e.id}`)).toEqual(['1:i1', '2:i2', '3:i3', '4:i4', '5:i5']);
  });

  it('letters choice options and marks the right ones', () => {
    const [single, multiple] = answerKey(quiz, 'en', labels);
    expect(single!.answer).toEqual(['B. Banana']);
    expect(multiple!.options.map((o) => `${o.letter}${o.correct ? '✓' : ''}`)).toEqual(['A✓', 'B', 'C✓']);
    expect(multiple!.answer).toEqual(['A. A1', 'C. C1']);
  });

  it('states true/false, every accepted fill answer and the right order', () => {
    const key = answerKey(quiz, 'en', labels);
    expect(key[2]!.answer).toEqual(['False']);
    expect(key[3]!.answer).toEqual(['service / services']);
    expect(key[4]!.answer).toEqual(['First', 'Second', 'Third']);
  });

  it('is written in the requested locale, explanation included', () => {
    const [single] = answerKey(quiz, 'zh-CN', { true: '对', false: '错' });
    expect(single!.prompt).toBe('题i1');
    expect(single!.answer).toEqual(['B. 选项b']);
    expect(single!.explanation).toBe('因为');
  });

  it('letters past Z stay unique', () => {
    expect([0, 25, 26, 27].map(optionLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
