import { matchesAny } from './normalize';
import type { ViewItem } from './localize';

/** The learner's answer to one item, by item type. */
export type Response =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean }
  /** Entry IDs in the order the learner put them. */
  | { type: 'ordering'; order: string[] }
  /** Left pair ID → the pair ID whose right side the learner picked. */
  | { type: 'matching'; pairs: Record<string, string> }
  /** Entry ID → category ID. */
  | { type: 'categorise'; placements: Record<string, string> }
  | { type: 'fill'; text: string }
  /** Part ID → choice ID. */
  | { type: 'case'; answers: Record<string, string> };

/** Verdict on one chosen option, entry or pair, with its feedback. */
export interface Mark {
  /** Option ID, entry ID, pair (left) ID, `true`/`false` or `text` (fill). */
  id: string;
  correct: boolean;
  feedback?: string;
}

/** The score of one answered item. */
export interface ItemScore {
  score: number;
  maxScore: number;
  /** score / maxScore (0–1). */
  scaled: number;
  /** Full marks. */
  correct: boolean;
  /** Some credit but not full marks. */
  partial: boolean;
  /** A verdict for every chosen option (choices) or every entry/pair. */
  marks: Mark[];
}

/** Rounded to 4 decimals so sums of fractions compare cleanly. */
export const round = (n: number): number => Math.round(n * 1e4) / 1e4;

/** Credit as a fraction of the item (0–1) plus the marks behind it. */
function judge(item: ViewItem, r: Response): { credit: number; marks: Mark[] } {
  switch (item.type) {
    case 'single': {
      const option = r.type === 'single' ? item.options.find((o) => o.id === r.choice) : undefined;
      if (!option) return { credit: 0, marks: [] };
      const correct = option.id === item.correct;
      return { credit: correct ? 1 : 0, marks: [{ id: option.id, correct, feedback: option.feedback }] };
    }
    case 'multiple': {
      const chosen = r.type === 'multiple' ? item.options.filter((o) => r.choices.includes(o.id)) : [];
      const marks = chosen.map((o) => ({ id: o.id, correct: item.correct.includes(o.id), feedback: o.feedback }));
      const right = marks.filter((m) => m.correct).length;
      return { credit: Math.max(0, (right - (marks.length - right)) / item.correct.length), marks };
    }
    case 'truefalse': {
      if (r.type !== 'truefalse') return { credit: 0, marks: [] };
      const correct = r.value === item.correct;
      return { credit: correct ? 1 : 0, marks: [{ id: String(r.value), correct, feedback: item.feedback[`${r.value}`] }] };
    }
    case 'ordering': {
      const order = r.type === 'ordering' ? r.order : [];
      const marks = order.map((id, i) => ({ id, correct: item.entries[i]?.id === id }));
      return { credit: marks.filter((m) => m.correct).length / item.entries.length, marks };
    }
    case 'matching': {
      const picked = r.type === 'matching' ? r.pairs : {};
      const marks = item.pairs
        .filter((p) => picked[p.id] !== undefined)
        .map((p) => ({ id: p.id, correct: picked[p.id] === p.id, ...(p.feedback ? { feedback: p.feedback } : {}) }));
      return { credit: marks.filter((m) => m.correct).length / item.pairs.length, marks };
    }
    case 'categorise': {
      const placed = r.type === 'categorise' ? r.placements : {};
      const marks = item.entries
        .filter((e) => placed[e.id] !== undefined)
        .map((e) => ({ id: e.id, correct: placed[e.id] === e.category, feedback: e.feedback }));
      return { credit: marks.filter((m) => m.correct).length / item.entries.length, marks };
    }
    case 'case': {
      const answers = r.type === 'case' ? r.answers : {};
      const marks = item.parts.flatMap((p) => {
        const choice = p.choices.find((c) => c.id === answers[p.id]);
        return choice ? [{ id: p.id, correct: choice.id === p.correct, feedback: choice.feedback }] : [];
      });
      return { credit: marks.filter((m) => m.correct).length / item.parts.length, marks };
    }
    case 'fill': {
      const correct = r.type === 'fill' && matchesAny(r.text, item.accepted);
      return { credit: correct ? 1 : 0, marks: [{ id: 'text', correct, feedback: item.feedback[correct ? 'correct' : 'incorrect'] }] };
    }
  }
}

/**
 * Score one answer. Multiple choice earns max(0, right picks − wrong picks) /
 * right options; ordering, matching and categorise earn a share per entry or
 * pair in the right place, a case a share per question answered right; the rest are all or nothing. A response of another
 * item type scores 0.
 */
export function scoreItem(item: ViewItem, response: Response): ItemScore {
  const { credit, marks } = judge(item, response);
  const maxScore = item.points;
  const score = round(credit * maxScore);
  const correct = score === maxScore;
  return { score, maxScore, scaled: maxScore ? round(score / maxScore) : 0, correct, partial: score > 0 && !correct, marks };
}

/** Whether a response answers every part of its item (so it can be checked). */
export function isComplete(item: ViewItem, response: Response | undefined): boolean {
  if (!response || response.type !== item.type) return false;
  switch (response.type) {
    case 'single':
      return response.choice !== '';
    case 'multiple':
      return response.choices.length > 0;
    case 'fill':
      return response.text.trim() !== '';
    case 'matching':
      return item.type === 'matching' && item.pairs.every((p) => response.pairs[p.id]);
    case 'categorise':
      return item.type === 'categorise' && item.entries.every((e) => response.placements[e.id]);
    case 'case':
      return item.type === 'case' && item.parts.every((p) => response.answers[p.id]);
    default:
      return true;
  }
}

/** Full, partial or no credit, for choosing a verdict's wording. */
export function outcome(score: number, maxScore: number): 'right' | 'partial' | 'wrong' {
  if (maxScore > 0 && score >= maxScore) return 'right';
  return score > 0 ? 'partial' : 'wrong';
}
