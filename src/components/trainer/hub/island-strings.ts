import type { TrainerHubStrings } from '../../../i18n/trainer-hub-strings';

/**
 * The few strings each island of the role-play page needs, picked from the trainer hub
 * table on the server, so the page does not ship the whole table as props.
 */
const pick = <K extends string>(s: TrainerHubStrings, keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, s[`th.${k}` as keyof TrainerHubStrings]])) as Record<K, string>;

const GROUPING = ['names', 'size', 'sizeN', 'make', 'reshuffle', 'round', 'prevRound', 'nextRound', 'madeGroups', 'tooFew', 'groupN', 'role.customer', 'role.agent', 'role.observer'] as const;
const TIMER = ['timerMinutes', 'timeLeft', 'start', 'pause', 'plusMinute', 'reset', 'timeUp'] as const;

/** Strings of the grouping tool. */
export type GroupingStrings = Record<(typeof GROUPING)[number], string>;
/** Strings of the round timer. */
export type TimerStrings = Record<(typeof TIMER)[number], string>;

/** The grouping tool's strings. */
export const groupingStrings = (s: TrainerHubStrings): GroupingStrings => pick(s, GROUPING);
/** The round timer's strings. */
export const timerStrings = (s: TrainerHubStrings): TimerStrings => pick(s, TIMER);
