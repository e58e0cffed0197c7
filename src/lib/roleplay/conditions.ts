import type { Condition } from '../../schemas/roleplay';

/** What a condition can look at: the mood now and the replies chosen so far. */
export interface ConditionContext {
  mood: number;
  /** `<node>.<reply>` keys of the replies chosen so far. */
  chosen: ReadonlySet<string>;
}

/** Whether every test of a condition holds (an absent condition always holds). */
export function holds(condition: Condition | undefined, ctx: ConditionContext): boolean {
  if (!condition) return true;
  const { moodAtLeast, moodAtMost, chose = [], notChose = [] } = condition;
  return (
    (moodAtLeast === undefined || ctx.mood >= moodAtLeast) &&
    (moodAtMost === undefined || ctx.mood <= moodAtMost) &&
    chose.every((k) => ctx.chosen.has(k)) &&
    notChose.every((k) => !ctx.chosen.has(k))
  );
}
