import { describe, expect, it } from 'vitest';
import { drillToQuiz } from '../../../src/lib/classifier/drill';
import { drillSchema } from '../../../src/schemas/classifier';
import { quizSchema } from '../../../src/schemas/quiz';
import { localizeQuiz } from '../../../src/lib/quiz/localize';
import { scoreItem } from '../../../src/lib/quiz/score';

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const drill = drillSchema.parse({
  id: 'cl-drill-x',
  kind: 'drill',
  title: L('练习', 'Drill'),
  intro: L('说明', 'About'),
  concepts: ['seven-loyalty-types'],
  questions: [{ id: 'type', prompt: L('哪种？', 'Which?'), choices: [{ id: 'price', text: L('价格', 'Price'), explain: L('很脆弱', 'Fragile') }, { id: 'monopoly', text: L('垄断', 'Monopoly') }] }],
  cases: [
    { id: 'c1', text: L('只买最便宜的', 'Buys the cheapest'), answers: { type: 'price' }, cues: L('比价', 'compares prices'), advice: L('讲价值', 'show value') },
    { id: 'c2', text: L('别无选择', 'No other supplier'), answers: { type: 'monopoly' }, cues: L('唯一', 'the only one'), advice: L('别大意', 'do not relax') },
    { id: 'c3', text: L('等打折', 'Waits for sales'), answers: { type: 'price' }, cues: L('打折', 'sales'), advice: L('讲价值', 'show value') },
    { id: 'c4', text: L('只有一家', 'Only one shop'), answers: { type: 'monopoly' }, cues: L('只有', 'only'), advice: L('别大意', 'do not relax') },
  ],
  draw: 3,
});

describe('a drill as a quiz', () => {
  const quiz = drillToQuiz(drill);

  it('is a valid quiz of case items with the drill’s ID, draw and unlimited attempts', () => {
    expect(quizSchema.safeParse(quiz).success).toBe(true);
    expect(quiz).toMatchObject({ id: 'cl-drill-x', draw: 3, maxAttempts: 0 });
    expect(quiz.items.map((i) => i.id)).toEqual(['cl-drill-x-c1', 'cl-drill-x-c2', 'cl-drill-x-c3', 'cl-drill-x-c4']);
  });

  it('asks each question of each case with the case’s answer as the right choice', () => {
    const item = localizeQuiz(quiz, 'en').items[1]!;
    expect(item).toMatchObject({ type: 'case', prompt: 'No other supplier' });
    expect(scoreItem(item, { type: 'case', answers: { type: 'monopoly' } }).correct).toBe(true);
    expect(scoreItem(item, { type: 'case', answers: { type: 'price' } }).correct).toBe(false);
  });

  it('explains with the cues and what to do, and gives each choice its own note (or the cues when it has none)', () => {
    const item = localizeQuiz(quiz, 'en').items[1]!;
    expect(item.explanation).toBe('Cues: the only one What to do: do not relax');
    if (item.type !== 'case') throw new Error('not a case');
    expect(item.parts[0]!.choices.map((c) => c.feedback)).toEqual(['Fragile', 'Monopoly ✓']);
    const first = localizeQuiz(quiz, 'zh-CN').items[0]!;
    if (first.type !== 'case') throw new Error('not a case');
    expect(first.parts[0]!.choices[1]!.feedback).toBe('线索：比价');
  });
});
