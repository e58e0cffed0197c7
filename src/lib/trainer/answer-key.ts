/**
 * The answer key of a quiz or module test for trainers: every item of the bank (not a
 * learner's draw), in file order, with its options lettered, the right answer(s) and the
 * explanation, in one locale. Builds on the quiz review's `describeCorrect`, so the key
 * and the learner's review always state the same answer.
 */
import type { Locale } from '../../schemas/localized';
import type { Quiz } from '../../schemas/quiz';
import { describeCorrect, type TrueFalseLabels } from '../quiz/describe';
import { localizeItem, type ViewItem } from '../quiz/localize';

/** An option as printed in the key: its letter, text and whether it is right. */
export interface KeyOption {
  letter: string;
  text: string;
  correct: boolean;
}

/** One item of the key. */
export interface KeyEntry {
  id: string;
  /** 1-based position in the bank. */
  n: number;
  type: ViewItem['type'];
  prompt: string;
  /** Lettered options of single / multiple choice items; empty for other types. */
  options: KeyOption[];
  /** The right answer as lines (a fill item lists every accepted answer). */
  answer: string[];
  explanation: string;
}

/** `A`, `B` … `Z`, then `AA` (a bank never gets there, but the letters stay unique). */
export const optionLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : optionLetter(Math.floor(i / 26) - 1) + optionLetter(i % 26));

/** Lettered options of a choice item. */
function lettered(item: ViewItem): KeyOption[] {
  if (item.type === 'single') return item.options.map((o, i) => ({ letter: optionLetter(i), text: o.text, correct: o.id === item.correct }));
  if (item.type === 'multiple') return item.options.map((o, i) => ({ letter: optionLetter(i), text: o.text, correct: item.correct.includes(o.id) }));
  return [];
}

/** The answer key of a quiz in one locale. */
export function answerKey(quiz: Quiz, locale: Locale, labels: TrueFalseLabels): KeyEntry[] {
  return quiz.items.map((raw, i) => {
    const item = localizeItem(raw, locale);
    const options = lettered(item);
    const answer =
      raw.type === 'fill'
        ? [raw.accepted[locale].join(' / ')] // the view item also accepts the other locale's answers; the key shows this one's
        : options.length
          ? options.filter((o) => o.correct).map((o) => `${o.letter}. ${o.text}`)
          : describeCorrect(item, labels);
    return { id: item.id, n: i + 1, type: item.type, prompt: item.prompt, options, answer, explanation: item.explanation };
  });
}
