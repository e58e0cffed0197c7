/**
 * A classroom quiz round on the trainer's machine: which question is on screen, the hands
 * counted per option, which answers were revealed, the question's countdown and the time a
 * question gets. Plain data, so it can be saved after every change and read back after a
 * reload: `parseRound` turns whatever is stored into a valid round for the quiz's items.
 */
import { cleanCount } from './tally';
import { countdown, type Countdown } from './timer';

/** The seconds a question gets unless the trainer changes it. */
export const DEFAULT_SECONDS = 60;
/** The seconds the trainer may set, at least and at most. */
export const SECONDS_RANGE = { min: 5, max: 3600 } as const;

/** A round of one quiz. */
export interface Round {
  version: 1;
  /** Index of the question on screen (0-based, within the quiz's items). */
  index: number;
  /** Seconds each question's countdown starts from. */
  seconds: number;
  /** Hands per item ID, then per `<poll ID>:<option ID>`. */
  counts: Record<string, Record<string, number>>;
  /** Item IDs whose answer has been revealed. */
  revealed: string[];
  /** The countdown of the question on screen. */
  timer: Countdown;
}

/** A fresh round starting at the first question. */
export const newRound = (seconds = DEFAULT_SECONDS): Round => ({
  version: 1,
  index: 0,
  seconds,
  counts: {},
  revealed: [],
  timer: countdown(seconds * 1000),
});

/** The key a count is kept under for an option of a poll. */
export const countKey = (pollId: string, optionId: string): string => `${pollId}:${optionId}`;

/** Seconds as typed, kept within the allowed range; anything unreadable gives the default. */
export function cleanSeconds(value: unknown): number {
  const n = typeof value === 'number' ? Math.round(value) : Number.parseInt(String(value ?? '').trim(), 10);
  return Number.isFinite(n) ? Math.min(SECONDS_RANGE.max, Math.max(SECONDS_RANGE.min, n)) : DEFAULT_SECONDS;
}

/** Shows question `index` (kept within 0 … total − 1) with its countdown reset; the same question changes nothing. */
export function goTo(round: Round, index: number, total: number): Round {
  const next = Math.max(0, Math.min(total - 1, Math.trunc(index)));
  return next === round.index ? round : { ...round, index: next, timer: countdown(round.seconds * 1000) };
}

/** Records the hands counted for one option (cleaned: a whole number 0–999). */
export function setCount(round: Round, itemId: string, key: string, value: unknown): Round {
  const counts = { ...round.counts, [itemId]: { ...round.counts[itemId], [key]: cleanCount(value) } };
  return { ...round, counts };
}

/** Reveals an item's answer, or hides it again (`shown` false). */
export function setRevealed(round: Round, itemId: string, shown: boolean): Round {
  const others = round.revealed.filter((id) => id !== itemId);
  return { ...round, revealed: shown ? [...others, itemId] : others };
}

/** Sets the seconds a question gets; the countdown on screen restarts from it when it has not started. */
export function setSeconds(round: Round, seconds: unknown): Round {
  const s = cleanSeconds(seconds);
  const untouched = round.timer.runningSince === null && round.timer.elapsedMs === 0;
  return { ...round, seconds: s, timer: untouched ? countdown(s * 1000) : round.timer };
}

/** Replaces the countdown of the question on screen (started, paused, extended by the caller). */
export const withTimer = (round: Round, timer: Countdown): Round => ({ ...round, timer });

const isCountdown = (v: unknown): v is Countdown => {
  const c = v as Partial<Countdown> | null;
  return (
    !!c &&
    typeof c.durationMs === 'number' && c.durationMs >= 0 &&
    typeof c.elapsedMs === 'number' && c.elapsedMs >= 0 &&
    (c.runningSince === null || typeof c.runningSince === 'number')
  );
};

/**
 * A round from stored text, for a quiz with these item IDs: counts and reveals of unknown
 * items dropped, the position kept within the quiz; anything unreadable gives a fresh round.
 */
export function parseRound(text: string | null, itemIds: readonly string[]): Round {
  try {
    const data = JSON.parse(text ?? '') as Partial<Round> | null;
    if (!data || data.version !== 1) return newRound();
    const seconds = cleanSeconds(data.seconds);
    let round: Round = { ...newRound(seconds) };
    const counts = data.counts && typeof data.counts === 'object' ? data.counts : {};
    for (const id of itemIds) {
      const byOption = counts[id];
      if (!byOption || typeof byOption !== 'object') continue;
      for (const [key, value] of Object.entries(byOption)) round = setCount(round, id, key, value);
    }
    const revealed = Array.isArray(data.revealed) ? data.revealed.filter((id) => itemIds.includes(id)) : [];
    const index = Number.isInteger(data.index) ? Math.max(0, Math.min(itemIds.length - 1, data.index!)) : 0;
    return { ...round, index, revealed: [...new Set(revealed)], timer: isCountdown(data.timer) ? data.timer : round.timer };
  } catch {
    return newRound();
  }
}
