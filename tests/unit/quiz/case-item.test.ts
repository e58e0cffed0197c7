import { describe, expect, it } from 'vitest';
import { localizeQuiz } from '../../../src/lib/quiz/localize';
import { isComplete, scoreItem } from '../../../src/lib/quiz/score';
import { parseResponse, serializeResponse } from '../../../src/lib/quiz/serialize';
import { describeCorrect, describeResponse, partText } from '../../../src/lib/quiz/describe';
import { quizSchema } from '../../../src/schemas/quiz';

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const choice = (id: string, en: string) => ({ id, text: L(en, en), feedback: L(`关于${en}`, `About ${en}`) });
const quiz = quizSchema.parse({
  id: 'q-case',
  title: L('案例', 'Case'),
  feedback: { pass: L('好', 'Good'), fail: L('再试', 'Again') },
  items: [
    {
      id: 'q-case-01',
      type: 'case',
      concepts: ['type-approach'],
      prompt: L('一位客户大声说笑……', 'A customer laughs loudly…'),
      explanation: L('线索……', 'Cues…'),
      parts: [
        { id: 'type', question: L('哪种类型？', 'Which type?'), choices: [choice('lively', 'Lively'), choice('powerful', 'Powerful')], correct: 'lively' },
        { id: 'approach', question: L('怎样服务？', 'Which approach?'), choices: [choice('praise', 'Praise'), choice('evidence', 'Evidence')], correct: 'praise' },
      ],
    },
  ],
});
const item = localizeQuiz(quiz, 'en').items[0]!;

describe('a case item (one situation, several questions)', () => {
  it('earns a share per question answered right, with the chosen choice’s feedback per question', () => {
    const half = scoreItem(item, { type: 'case', answers: { type: 'lively', approach: 'evidence' } });
    expect(half).toMatchObject({ score: 0.5, maxScore: 1, partial: true });
    expect(half.marks).toEqual([
      { id: 'type', correct: true, feedback: 'About Lively' },
      { id: 'approach', correct: false, feedback: 'About Evidence' },
    ]);
    expect(scoreItem(item, { type: 'case', answers: { type: 'lively', approach: 'praise' } }).correct).toBe(true);
  });

  it('can be checked only when every question has an answer', () => {
    expect(isComplete(item, { type: 'case', answers: { type: 'lively' } })).toBe(false);
    expect(isComplete(item, { type: 'case', answers: { type: 'lively', approach: 'praise' } })).toBe(true);
  });

  it('serialises as question[.]choice pairs and reads them back, dropping unknown IDs', () => {
    const text = serializeResponse(item, { type: 'case', answers: { approach: 'praise', type: 'powerful' } });
    expect(text).toBe('type[.]powerful[,]approach[.]praise');
    expect(parseResponse(item, text)).toEqual({ type: 'case', answers: { type: 'powerful', approach: 'praise' } });
    expect(parseResponse(item, 'type[.]nope[,]mood[.]x')).toEqual({ type: 'case', answers: {} });
  });

  it('describes the right and the given answers per question for the review', () => {
    const labels = { true: 'True', false: 'False' };
    expect(describeCorrect(item, labels)).toEqual(['Which type? → Lively', 'Which approach? → Praise']);
    expect(describeResponse(item, { type: 'case', answers: { type: 'powerful', approach: 'praise' } }, labels)).toEqual([
      'Which type? → Powerful',
      'Which approach? → Praise',
    ]);
    expect(partText(item, 'approach', labels)).toBe('Which approach?');
  });
});
