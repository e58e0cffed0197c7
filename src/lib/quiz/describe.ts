import type { ViewItem } from './localize';
import type { Response } from './score';

/** Words for true and false in the learner's locale. */
export interface TrueFalseLabels {
  true: string;
  false: string;
}

/** Text of the entry with this ID, or the ID itself when it is gone. */
const text = (list: readonly { id: string; text: string }[], id: string | undefined): string =>
  list.find((e) => e.id === id)?.text ?? id ?? '—';

/**
 * The right answer as lines of text for a review: the right option(s), the
 * ordered entries, `left → right` pairs, `entry → category`, or the first
 * accepted answer of the locale.
 */
export function describeCorrect(item: ViewItem, labels: TrueFalseLabels): string[] {
  switch (item.type) {
    case 'single':
      return [text(item.options, item.correct)];
    case 'multiple':
      return item.options.filter((o) => item.correct.includes(o.id)).map((o) => o.text);
    case 'truefalse':
      return [labels[item.correct ? 'true' : 'false']];
    case 'ordering':
      return item.entries.map((e) => e.text);
    case 'matching':
      return item.pairs.map((p) => `${p.left} → ${p.right}`);
    case 'categorise':
      return item.entries.map((e) => `${e.text} → ${text(item.categories, e.category)}`);
    case 'case':
      return item.parts.map((p) => `${p.question} → ${text(p.choices, p.correct)}`);
    case 'fill':
      return item.accepted.slice(0, 1);
  }
}

/** The learner's answer as lines of text, in the same shapes as `describeCorrect`. */
export function describeResponse(item: ViewItem, response: Response, labels: TrueFalseLabels): string[] {
  switch (response.type) {
    case 'single':
      return item.type === 'single' ? [text(item.options, response.choice)] : [];
    case 'multiple':
      return item.type === 'multiple' ? item.options.filter((o) => response.choices.includes(o.id)).map((o) => o.text) : [];
    case 'truefalse':
      return [labels[response.value ? 'true' : 'false']];
    case 'ordering':
      return item.type === 'ordering' ? response.order.map((id) => text(item.entries, id)) : [];
    case 'matching': {
      if (item.type !== 'matching') return [];
      const rights = item.pairs.map((p) => ({ id: p.id, text: p.right }));
      return item.pairs.map((p) => `${p.left} → ${text(rights, response.pairs[p.id])}`);
    }
    case 'categorise':
      return item.type === 'categorise'
        ? item.entries.map((e) => `${e.text} → ${text(item.categories, response.placements[e.id])}`)
        : [];
    case 'case':
      return item.type === 'case' ? item.parts.map((p) => `${p.question} → ${text(p.choices, response.answers[p.id])}`) : [];
    case 'fill':
      return [response.text];
  }
}

/**
 * The text of the part a mark is about: an option, an entry, a pair's left side
 * or True/False; empty for fill (its one mark is about the whole answer).
 */
export function partText(item: ViewItem, id: string, labels: TrueFalseLabels): string {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return text(item.options, id);
    case 'truefalse':
      return id === 'true' ? labels.true : labels.false;
    case 'ordering':
    case 'categorise':
      return text(item.entries, id);
    case 'matching':
      return item.pairs.find((p) => p.id === id)?.left ?? id;
    case 'case':
      return item.parts.find((p) => p.id === id)?.question ?? id;
    case 'fill':
      return '';
  }
}
