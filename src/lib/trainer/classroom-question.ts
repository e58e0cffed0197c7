/**
 * A quiz item as a classroom question: the polls the class votes on by show of hands
 * (options lettered A, B, C … as the trainer reads them out) and the answer the trainer
 * reveals. Works on one locale's copy of an item (`ViewItem`), so the page can hand the
 * island plain data. Types a show of hands cannot answer (ordering, matching, categorise,
 * fill) have no poll: the class discusses, the trainer reveals.
 */
import type { ViewItem } from '../quiz/localize';

/** An option of a poll with its letter, and whether it is (one of) the right answer(s). */
export interface PollOption {
  id: string;
  letter: string;
  text: string;
  correct: boolean;
  /** Feedback on choosing it (for the trainer's debrief). */
  feedback: string;
}

/** One question the class votes on (a case item has one per part). */
export interface Poll {
  /** Unique within the item: `main` or the case part's ID. */
  id: string;
  /** The part's own question (case items only). */
  question?: string;
  /** Several options may be right: hands go up for each option a person would choose. */
  multiple: boolean;
  options: PollOption[];
}

/** One line of a revealed answer: an optional label (a category, a left entry, a position) and the text. */
export interface AnswerLine {
  label?: string;
  text: string;
}

/** Labels a true/false item's options need in the page's language. */
export interface TrueFalseLabels {
  true: string;
  false: string;
}

/** The letter of the option at `index`: A … Z, then AA, AB … (quizzes never get there, but the letter stays unique). */
export function optionLetter(index: number): string {
  const A = 'A'.charCodeAt(0);
  return index < 26 ? String.fromCharCode(A + index) : optionLetter(Math.floor(index / 26) - 1) + optionLetter(index % 26);
}

const lettered = (options: Array<Omit<PollOption, 'letter'>>): PollOption[] => options.map((o, i) => ({ ...o, letter: optionLetter(i) }));

/** The polls of an item, in the order the class answers them; empty for types a show of hands cannot answer. */
export function pollsOf(item: ViewItem, labels: TrueFalseLabels): Poll[] {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const right = item.type === 'single' ? [item.correct] : item.correct;
      const options = item.options.map((o) => ({ id: o.id, text: o.text, feedback: o.feedback, correct: right.includes(o.id) }));
      return [{ id: 'main', multiple: item.type === 'multiple', options: lettered(options) }];
    }
    case 'truefalse':
      return [
        {
          id: 'main',
          multiple: false,
          options: lettered([
            { id: 'true', text: labels.true, feedback: item.feedback.true, correct: item.correct },
            { id: 'false', text: labels.false, feedback: item.feedback.false, correct: !item.correct },
          ]),
        },
      ];
    case 'case':
      return item.parts.map((p) => ({
        id: p.id,
        question: p.question,
        multiple: false,
        options: lettered(p.choices.map((c) => ({ id: c.id, text: c.text, feedback: c.feedback, correct: c.id === p.correct }))),
      }));
    default:
      return [];
  }
}

/**
 * The answer of an item as lines to reveal: the right options (with their letters) of a
 * poll, the entries in order, the pairs, the entries per category, or the accepted words.
 */
export function answerOf(item: ViewItem, labels: TrueFalseLabels): AnswerLine[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
    case 'case':
      return pollsOf(item, labels).flatMap((poll) =>
        poll.options.filter((o) => o.correct).map((o) => ({ ...(poll.question ? { label: poll.question } : {}), text: `${o.letter}. ${o.text}` })),
      );
    case 'ordering':
      return item.entries.map((e, i) => ({ label: String(i + 1), text: e.text }));
    case 'matching':
      return item.pairs.map((p) => ({ label: p.left, text: p.right }));
    case 'categorise':
      return item.categories.map((c) => ({
        label: c.text,
        text: item.entries.filter((e) => e.category === c.id).map((e) => e.text).join(' · '),
      }));
    case 'fill':
      return [{ text: item.accepted.join(' / ') }];
  }
}

/**
 * What the class is shown before the reveal for a type without a poll: the entries to put in
 * order, to match or to sort (in a fixed, neutral order: sorted by text, so the projected list
 * does not give the answer away), or nothing for a fill-in.
 */
export function promptEntries(item: ViewItem): { left?: string[]; right: string[]; groups?: string[] } {
  const neutral = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b));
  switch (item.type) {
    case 'ordering':
      return { right: neutral(item.entries.map((e) => e.text)) };
    case 'matching':
      return { left: item.pairs.map((p) => p.left), right: neutral(item.pairs.map((p) => p.right)) };
    case 'categorise':
      return { groups: item.categories.map((c) => c.text), right: neutral(item.entries.map((e) => e.text)) };
    default:
      return { right: [] };
  }
}

/** Everything the classroom quiz shows of an item, worked out at build time so the island only displays it. */
export interface ClassroomQuestion {
  id: string;
  type: ViewItem['type'];
  prompt: string;
  explanation: string;
  polls: Poll[];
  answer: AnswerLine[];
  entries: ReturnType<typeof promptEntries>;
}

/** An item as a classroom question. */
export const classroomQuestion = (item: ViewItem, labels: TrueFalseLabels): ClassroomQuestion => ({
  id: item.id,
  type: item.type,
  prompt: item.prompt,
  explanation: item.explanation,
  polls: pollsOf(item, labels),
  answer: answerOf(item, labels),
  entries: promptEntries(item),
});
