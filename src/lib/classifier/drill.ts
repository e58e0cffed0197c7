import type { Drill } from '../../schemas/classifier';
import type { LocalizedString } from '../../schemas/localized';
import type { Quiz } from '../../schemas/quiz';

/** Labels the drill's generated feedback uses, per locale. */
const CUES: LocalizedString = { 'zh-CN': '线索：', en: 'Cues: ' };
const DO: LocalizedString = { 'zh-CN': '怎么做：', en: 'What to do: ' };
const PASS: LocalizedString = { 'zh-CN': '判断准确：你能从言谈举止里读出客户。', en: 'Well read: you pick up the cues in what customers say and do.' };
const FAIL: LocalizedString = {
  'zh-CN': '再练一次：看看每个案例的线索，留意客户说了什么、怎么说、关心什么。',
  en: 'Try again: look at the cues of each case, at what the customer says, how, and what they care about.',
};

const join = (...parts: Array<LocalizedString | string>): LocalizedString => ({
  'zh-CN': parts.map((p) => (typeof p === 'string' ? p : p['zh-CN'])).join(''),
  en: parts.map((p) => (typeof p === 'string' ? p : p.en)).join(''),
});

/**
 * A drill as a quiz of case items, so it is scored, drawn, reviewed and recorded
 * exactly like any quiz (its ID is the drill's). Each case becomes one item with a
 * part per question; its explanation names the cues (the ones a wrong answer missed)
 * and what to do.
 */
export function drillToQuiz(drill: Drill): Quiz {
  return {
    id: drill.id,
    title: drill.title,
    intro: drill.intro,
    shuffle: true,
    maxAttempts: 0,
    ...(drill.draw !== undefined ? { draw: Math.min(drill.draw, drill.cases.length) } : {}),
    ...(drill.passMark !== undefined ? { passMark: drill.passMark } : {}),
    feedback: { pass: PASS, fail: FAIL },
    items: drill.cases.map((c) => ({
      id: `${drill.id}-${c.id}`,
      type: 'case' as const,
      concepts: drill.concepts,
      prompt: c.text,
      explanation: join(CUES, c.cues, ' ', DO, c.advice),
      points: 1,
      parts: drill.questions.map((q) => ({
        id: q.id,
        question: q.prompt,
        correct: c.answers[q.id] ?? '',
        choices: q.choices.map((choice) => ({
          id: choice.id,
          text: choice.text,
          // The explanation below always gives the cues; a choice's own note says what that type means.
          feedback: choice.explain ?? (choice.id === c.answers[q.id] ? join(choice.text, ' ✓') : join(CUES, c.cues)),
        })),
      })),
    })),
  };
}
