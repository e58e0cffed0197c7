import { describe, expect, it } from 'vitest';
import { answerOf, classroomQuestion, optionLetter, pollsOf, promptEntries } from '../../../src/lib/trainer/classroom-question';
import type { ViewItem } from '../../../src/lib/quiz/localize';

const labels = { true: 'True', false: 'False' };
const base = { prompt: 'P', explanation: 'E', points: 1 };
const opt = (id: string) => ({ id, text: id.toUpperCase(), feedback: `fb ${id}` });

const single: ViewItem = { ...base, id: 's', type: 'single', options: [opt('x'), opt('y'), opt('z')], correct: 'y' };
const multiple: ViewItem = { ...base, id: 'm', type: 'multiple', options: [opt('x'), opt('y'), opt('z')], correct: ['x', 'z'] };
const tf: ViewItem = { ...base, id: 't', type: 'truefalse', correct: false, feedback: { true: 'no', false: 'yes' } };
const kase: ViewItem = {
  ...base,
  id: 'c',
  type: 'case',
  parts: [
    { id: 'type', question: 'Which type?', choices: [opt('p'), opt('q')], correct: 'q' },
    { id: 'how', question: 'Which approach?', choices: [opt('r'), opt('s')], correct: 'r' },
  ],
};
const ordering: ViewItem = { ...base, id: 'o', type: 'ordering', entries: [{ id: '1', text: 'Listen' }, { id: '2', text: 'Apologise' }, { id: '3', text: 'Act' }] };
const matching: ViewItem = { ...base, id: 'mt', type: 'matching', pairs: [{ id: 'a', left: 'L1', right: 'Zed' }, { id: 'b', left: 'L2', right: 'Ann' }] };
const categorise: ViewItem = {
  ...base,
  id: 'ct',
  type: 'categorise',
  categories: [{ id: 'in', text: 'Internal' }, { id: 'ex', text: 'External' }],
  entries: [
    { id: 'e1', text: 'Colleague', category: 'in', feedback: '' },
    { id: 'e2', text: 'Buyer', category: 'ex', feedback: '' },
    { id: 'e3', text: 'Next desk', category: 'in', feedback: '' },
  ],
};
const fill: ViewItem = { ...base, id: 'f', type: 'fill', accepted: ['顾客成本', 'customer cost'], feedback: { correct: '', incorrect: '' } };

describe('classroom questions', () => {
  it.each([[0, 'A'], [3, 'D'], [25, 'Z'], [26, 'AA'], [27, 'AB']])('letters option %i as %s', (i, letter) => {
    expect(optionLetter(i)).toBe(letter);
  });

  it('turns a single-choice item into one lettered poll with its right option marked', () => {
    const [poll, ...rest] = pollsOf(single, labels);
    expect(rest).toEqual([]);
    expect(poll!.multiple).toBe(false);
    expect(poll!.options.map((o) => [o.letter, o.text, o.correct])).toEqual([['A', 'X', false], ['B', 'Y', true], ['C', 'Z', false]]);
    expect(answerOf(single, labels)).toEqual([{ text: 'B. Y' }]);
  });

  it('lets hands go up for several options of a multiple-choice item and reveals every right one', () => {
    expect(pollsOf(multiple, labels)[0]!.multiple).toBe(true);
    expect(answerOf(multiple, labels)).toEqual([{ text: 'A. X' }, { text: 'C. Z' }]);
  });

  it('asks a true/false statement as A true, B false with each side’s feedback', () => {
    const options = pollsOf(tf, labels)[0]!.options;
    expect(options.map((o) => [o.id, o.letter, o.text, o.correct, o.feedback])).toEqual([['true', 'A', 'True', false, 'no'], ['false', 'B', 'False', true, 'yes']]);
    expect(answerOf(tf, labels)).toEqual([{ text: 'B. False' }]);
  });

  it('polls each question of a case separately and labels the revealed answers with their question', () => {
    expect(pollsOf(kase, labels).map((p) => [p.id, p.question, p.options.length])).toEqual([['type', 'Which type?', 2], ['how', 'Which approach?', 2]]);
    expect(answerOf(kase, labels)).toEqual([{ label: 'Which type?', text: 'B. Q' }, { label: 'Which approach?', text: 'A. R' }]);
  });

  it.each([ordering, matching, categorise, fill])('has no show-of-hands poll for a %s item', (item) => {
    expect(pollsOf(item, labels)).toEqual([]);
  });

  it('reveals an ordering in order, a matching as pairs, a sorting per group and the accepted words of a fill-in', () => {
    expect(answerOf(ordering, labels)).toEqual([{ label: '1', text: 'Listen' }, { label: '2', text: 'Apologise' }, { label: '3', text: 'Act' }]);
    expect(answerOf(matching, labels)).toEqual([{ label: 'L1', text: 'Zed' }, { label: 'L2', text: 'Ann' }]);
    expect(answerOf(categorise, labels)).toEqual([{ label: 'Internal', text: 'Colleague · Next desk' }, { label: 'External', text: 'Buyer' }]);
    expect(answerOf(fill, labels)).toEqual([{ text: '顾客成本 / customer cost' }]);
  });

  it('projects the entries to order, match or sort in a neutral order that does not give the answer away', () => {
    expect(promptEntries(ordering).right).toEqual(['Act', 'Apologise', 'Listen']);
    expect(promptEntries(matching)).toEqual({ left: ['L1', 'L2'], right: ['Ann', 'Zed'] });
    expect(promptEntries(categorise)).toEqual({ groups: ['Internal', 'External'], right: ['Buyer', 'Colleague', 'Next desk'] });
    expect(promptEntries(fill).right).toEqual([]);
  });

  it('gathers what the classroom shows of an item: prompt, explanation, polls, answer and entries', () => {
    const q = classroomQuestion(single, labels);
    expect(q).toMatchObject({ id: 's', type: 'single', prompt: 'P', explanation: 'E', answer: [{ text: 'B. Y' }] });
    expect(q.polls).toHaveLength(1);
    expect(classroomQuestion(matching, labels).entries.left).toEqual(['L1', 'L2']);
  });
});
