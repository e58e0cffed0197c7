import type { Locale, LocalizedString } from '../../schemas/localized';
import type { Quiz, QuizItem } from '../../schemas/quiz';

/** An option or entry with text in one locale. */
export interface ViewEntry {
  id: string;
  text: string;
}
/** A choice option with its feedback in one locale. */
export interface ViewOption extends ViewEntry {
  feedback: string;
}
/** Fields every localized item has. */
interface ViewBase {
  id: string;
  prompt: string;
  explanation: string;
  points: number;
}
/** Single choice: one right option. */
export interface ViewSingle extends ViewBase {
  type: 'single';
  options: ViewOption[];
  correct: string;
}
/** Multiple choice: several right options. */
export interface ViewMultiple extends ViewBase {
  type: 'multiple';
  options: ViewOption[];
  correct: string[];
}
/** True/false statement. */
export interface ViewTrueFalse extends ViewBase {
  type: 'truefalse';
  correct: boolean;
  feedback: { true: string; false: string };
}
/** Ordering: `entries` in the right order. */
export interface ViewOrdering extends ViewBase {
  type: 'ordering';
  entries: ViewEntry[];
}
/** Matching: each pair's `left` goes with its `right`. */
export interface ViewMatching extends ViewBase {
  type: 'matching';
  pairs: { id: string; left: string; right: string; feedback?: string }[];
}
/** Categorise: each entry belongs to one category. */
export interface ViewCategorise extends ViewBase {
  type: 'categorise';
  categories: ViewEntry[];
  entries: (ViewOption & { category: string })[];
}
/** Fill in: `accepted` holds the locale's variants first, then the other locales'. */
export interface ViewFill extends ViewBase {
  type: 'fill';
  accepted: string[];
  feedback: { correct: string; incorrect: string };
}
/** Case: a situation with one to three questions, each with its own choices. */
export interface ViewCase extends ViewBase {
  type: 'case';
  parts: { id: string; question: string; choices: ViewOption[]; correct: string }[];
}
/** A quiz item with every string in one locale. */
export type ViewItem =
  | ViewSingle
  | ViewMultiple
  | ViewTrueFalse
  | ViewOrdering
  | ViewMatching
  | ViewCategorise
  | ViewFill
  | ViewCase;

/** What the quiz island receives: the quiz with every string in one locale. */
export interface QuizView {
  id: string;
  title: string;
  intro?: string;
  shuffle: boolean;
  draw?: number;
  feedback: { pass: string; fail: string };
  items: ViewItem[];
}

/** Localize one item (drops fields the island does not use, such as concepts). */
export function localizeItem(item: QuizItem, locale: Locale): ViewItem {
  const s = (text: LocalizedString) => text[locale];
  const base = { id: item.id, prompt: s(item.prompt), explanation: s(item.explanation), points: item.points };
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const options = item.options.map((o) => ({ id: o.id, text: s(o.text), feedback: s(o.feedback) }));
      return item.type === 'single'
        ? { ...base, type: 'single', options, correct: item.correct }
        : { ...base, type: 'multiple', options, correct: [...item.correct] };
    }
    case 'truefalse':
      return { ...base, type: 'truefalse', correct: item.correct, feedback: { true: s(item.feedback.true), false: s(item.feedback.false) } };
    case 'ordering':
      return { ...base, type: 'ordering', entries: item.entries.map((e) => ({ id: e.id, text: s(e.text) })) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: item.pairs.map((p) => ({
          id: p.id,
          left: s(p.left),
          right: s(p.right),
          ...(p.feedback ? { feedback: s(p.feedback) } : {}),
        })),
      };
    case 'categorise':
      return {
        ...base,
        type: 'categorise',
        categories: item.categories.map((c) => ({ id: c.id, text: s(c.text) })),
        entries: item.entries.map((e) => ({ id: e.id, text: s(e.text), category: e.category, feedback: s(e.feedback) })),
      };
    case 'case':
      return {
        ...base,
        type: 'case',
        parts: item.parts.map((p) => ({
          id: p.id,
          question: s(p.question),
          choices: p.choices.map((c) => ({ id: c.id, text: s(c.text), feedback: s(c.feedback) })),
          correct: p.correct,
        })),
      };
    case 'fill': {
      const others = Object.entries(item.accepted).filter(([l]) => l !== locale).flatMap(([, list]) => list);
      const accepted = [...new Set([...item.accepted[locale], ...others])];
      return { ...base, type: 'fill', accepted, feedback: { correct: s(item.feedback.correct), incorrect: s(item.feedback.incorrect) } };
    }
  }
}

/** The quiz as the island sees it in one locale. */
export function localizeQuiz(quiz: Quiz, locale: Locale): QuizView {
  return {
    id: quiz.id,
    title: quiz.title[locale],
    ...(quiz.intro ? { intro: quiz.intro[locale] } : {}),
    shuffle: quiz.shuffle,
    ...(quiz.draw !== undefined ? { draw: quiz.draw } : {}),
    feedback: { pass: quiz.feedback.pass[locale], fail: quiz.feedback.fail[locale] },
    items: quiz.items.map((item) => localizeItem(item, locale)),
  };
}
