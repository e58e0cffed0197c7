/**
 * The trainer's own state (plan start times, groupings) kept in localStorage under
 * `cs-course:trainer:*`, apart from the learner's record. Storage may be missing, blocked
 * (privacy mode throws on access) or full, and stored text may be damaged: reads then
 * give the fallback and writes report failure instead of throwing.
 */

/** Prefix of every trainer key; the learner's record never uses it. */
export const TRAINER_PREFIX = 'cs-course:trainer:';

/** The part of Storage these helpers use (so tests can hand in a fake). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The full key of a trainer setting, e.g. `trainerKey('plan-start', 'm1')` → `cs-course:trainer:plan-start:m1`. */
export const trainerKey = (...parts: string[]): string => TRAINER_PREFIX + parts.join(':');

/** The stored value of `key` turned into a `T` by `parse` (which gets the parsed JSON); the fallback when absent, unreadable or rejected. */
export function readSaved<T>(store: KeyValueStore | null | undefined, key: string, parse: (data: unknown) => T | null, fallback: T): T {
  try {
    const text = store?.getItem(key);
    if (text == null) return fallback;
    return parse(JSON.parse(text)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Stores `value` as JSON; false when storage is missing, blocked or full. */
export function writeSaved(store: KeyValueStore | null | undefined, key: string, value: unknown): boolean {
  try {
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
