import { seedFrom, shuffle } from './random';
import type { QuizView, ViewItem } from './localize';

/** What an attempt shows: the items drawn, in order, and each item's display order. */
export interface AttemptPlan {
  /** Item IDs drawn for the attempt, in the order shown. */
  itemIds: string[];
  /** Per item: option IDs (choices), entry IDs (ordering, categorise) or right-column pair IDs (matching). */
  orders: Record<string, string[]>;
}

/** The parts of a quiz that decide an attempt's plan. */
export type PlannableQuiz = Pick<QuizView, 'shuffle' | 'draw'> & { items: readonly ViewItem[] };

/** `ids` shuffled, but never left in the right order when another order exists. */
function scramble(ids: string[], seed: number): string[] {
  const out = shuffle(ids, seed);
  const unchanged = out.every((id, i) => id === ids[i]);
  return unchanged && ids.length > 1 ? [...out.slice(1), out[0] as string] : out;
}

/**
 * The display order of one item's parts for an attempt seed. Ordering entries
 * and the matching right column are always scrambled (showing them in the
 * authored order would give the answer away); options and categorise entries
 * are shuffled only when the quiz shuffles. True/false and fill have no parts.
 */
export function itemOrder(item: ViewItem, seed: number, shuffled: boolean): string[] {
  const itemSeed = seedFrom(`${seed}:${item.id}`);
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const ids = item.options.map((o) => o.id);
      return shuffled ? shuffle(ids, itemSeed) : ids;
    }
    case 'categorise': {
      const ids = item.entries.map((e) => e.id);
      return shuffled ? shuffle(ids, itemSeed) : ids;
    }
    case 'ordering':
      return scramble(item.entries.map((e) => e.id), itemSeed);
    case 'matching':
      return scramble(item.pairs.map((p) => p.id), itemSeed);
    default:
      return [];
  }
}

/**
 * Plan an attempt: draw `quiz.draw` items from the bank (all items when unset),
 * in a seeded order, with each item's display order. The same seed always gives
 * the same plan. Without `quiz.shuffle` the draw still happens but the drawn
 * items keep their bank order.
 */
export function planAttempt(quiz: PlannableQuiz, seed: number): AttemptPlan {
  const ids = quiz.items.map((item) => item.id);
  const count = Math.min(quiz.draw ?? ids.length, ids.length);
  let drawn = count < ids.length ? shuffle(ids, seed).slice(0, count) : ids;
  if (quiz.shuffle && drawn === ids) drawn = shuffle(ids, seed);
  if (!quiz.shuffle) drawn = ids.filter((id) => drawn.includes(id));
  const orders: Record<string, string[]> = {};
  for (const item of quiz.items) {
    if (drawn.includes(item.id)) orders[item.id] = itemOrder(item, seed, quiz.shuffle);
  }
  return { itemIds: drawn, orders };
}
