import type { LocalizedString } from '../../../src/schemas/localized';
import type { Quiz, QuizItem } from '../../../src/schemas/quiz';
import { localizeQuiz } from '../../../src/lib/quiz/localize';

/** A localized string with the same text marked per locale. */
export const t = (en: string, zh = `${en}（中）`): LocalizedString => ({ 'zh-CN': zh, en });
const base = (id: string) => ({ id, concepts: ['c-1'], prompt: t(`prompt ${id}`), explanation: t(`why ${id}`), points: 1 });
const opt = (id: string) => ({ id, text: t(`option ${id}`), feedback: t(`feedback ${id}`) });

/** One item of every type. */
export const items = {
  single: { ...base('i-single'), type: 'single', options: ['a', 'b', 'c'].map(opt), correct: 'b' },
  multiple: { ...base('i-multiple'), type: 'multiple', points: 2, options: ['a', 'b', 'c', 'd'].map(opt), correct: ['a', 'c'] },
  truefalse: { ...base('i-tf'), type: 'truefalse', correct: false, feedback: { true: t('no'), false: t('yes') } },
  ordering: {
    ...base('i-order'),
    type: 'ordering',
    entries: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t(`step ${id}`) })),
  },
  matching: {
    ...base('i-match'),
    type: 'matching',
    pairs: ['p', 'q', 'r'].map((id) => ({ id, left: t(`left ${id}`), right: t(`right ${id}`), feedback: t(`pair ${id}`) })),
  },
  categorise: {
    ...base('i-cat'),
    type: 'categorise',
    categories: [{ id: 'x', text: t('group x') }, { id: 'y', text: t('group y') }],
    entries: [
      { id: 'e1', text: t('e1'), category: 'x', feedback: t('e1 is x') },
      { id: 'e2', text: t('e2'), category: 'y', feedback: t('e2 is y') },
      { id: 'e3', text: t('e3'), category: 'x', feedback: t('e3 is x') },
      { id: 'e4', text: t('e4'), category: 'y', feedback: t('e4 is y') },
    ],
  },
  fill: {
    ...base('i-fill'),
    type: 'fill',
    accepted: { 'zh-CN': ['顾客成本', '客户成本'], en: ['customer cost', 'ABC'] },
    feedback: { correct: t('right'), incorrect: t('wrong') },
  },
} satisfies Record<string, QuizItem>;

/** A quiz holding one item of each type. */
export const quiz: Quiz = {
  id: 'q-test',
  title: t('Test quiz'),
  intro: t('Intro'),
  shuffle: true,
  feedback: { pass: t('well done'), fail: t('try again') },
  items: Object.values(items),
};

/** A bank of `size` single-choice items, drawing `draw`. */
export const bank = (size: number, draw: number | undefined, shuffle = true): Quiz => ({
  ...quiz,
  id: 'q-bank',
  shuffle,
  ...(draw !== undefined ? { draw } : {}),
  items: Array.from({ length: size }, (_, i) => ({ ...items.single, id: `b-${i + 1}` })),
});

/** The test quiz in English. */
export const view = localizeQuiz(quiz, 'en');
/** The English view of one item by type. */
export const item = <K extends keyof typeof items>(type: K) => {
  const found = view.items.find((i) => i.type === type);
  if (!found || found.type !== type) throw new Error(`no ${type} item`);
  return found as Extract<(typeof view.items)[number], { type: K }>;
};
