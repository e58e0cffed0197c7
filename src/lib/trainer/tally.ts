/**
 * A classroom quiz question's show of hands: the count the trainer enters for each option,
 * as shares for the bar chart, and how many chose right once the answer is revealed.
 */

/** One option's count and its share of all answers (0–1; 0 when nobody answered). */
export interface OptionTally {
  id: string;
  count: number;
  share: number;
  correct: boolean;
}

/** The tally of a question. */
export interface Tally {
  options: OptionTally[];
  total: number;
  /** Share of answers that were right (for multiple-answer questions: hands for a right option over all hands). */
  rightShare: number;
}

/** A count as typed: a whole number from 0 to 999; anything else is 0. */
export function cleanCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '').trim(), 10);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 999) : 0;
}

/** The tally of `counts` (option ID → count) over the question's options, in their order. */
export function tally(optionIds: readonly string[], counts: Readonly<Record<string, unknown>>, correctIds: readonly string[]): Tally {
  const clean = optionIds.map((id) => ({ id, count: cleanCount(counts[id]), correct: correctIds.includes(id) }));
  const total = clean.reduce((sum, o) => sum + o.count, 0);
  const right = clean.filter((o) => o.correct).reduce((sum, o) => sum + o.count, 0);
  return {
    options: clean.map((o) => ({ ...o, share: total ? o.count / total : 0 })),
    total,
    rightShare: total ? right / total : 0,
  };
}
