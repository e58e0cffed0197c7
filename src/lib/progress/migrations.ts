import { isDict } from './validate';

/**
 * Versions of the stored learner record and the steps between them.
 *
 * - v1 (first prototype): events in an object keyed by event ID, each with `time`
 *   where v2 has `timestamp`:
 *   `{ schemaVersion: 1, learnerId, events: { [id]: { verb, object, result?, context?, time } } }`
 * - v2 (current): `{ schemaVersion: 2, learnerId, events: LearnerEvent[], resetAt? }`,
 *   events in time order.
 *
 * To change the shape: bump {@link CURRENT_VERSION}, add a step from the previous
 * version to {@link MIGRATIONS}, describe both shapes here, and test the step on a
 * stored example. Steps must not throw on damaged input: validation comes after.
 */

/** The version `saveRecord` writes. */
export const CURRENT_VERSION = 2;

/** Parsed JSON of a stored record, of any version. */
export type RecordData = Record<string, unknown>;


/** v1 → v2: turn the ID-keyed object into an array and rename `time` to `timestamp`. */
function v1ToV2(v1: RecordData): RecordData {
  const events = isDict(v1.events)
    ? Object.entries(v1.events).map(([id, e]) => {
        if (!isDict(e)) return e;
        const { time, ...rest } = e;
        return { ...rest, id, timestamp: time };
      })
    : v1.events;
  return { schemaVersion: 2, learnerId: v1.learnerId, events };
}

/** Migration steps, keyed by the version each one upgrades from. */
export const MIGRATIONS: Readonly<Record<number, (data: RecordData) => RecordData>> = { 1: v1ToV2 };

/** What {@link migrate} made of stored data. */
export interface Migration {
  /** The data in the current shape (as far as it could be brought there). */
  data: RecordData;
  /** The version the data said it had, or null when it named none. */
  from: number | null;
  /** False when the version is missing, newer than this code, or has no path to the current one. */
  known: boolean;
}

/** Bring parsed record data up to {@link CURRENT_VERSION}, one step at a time. */
export function migrate(data: RecordData): Migration {
  const from = Number.isInteger(data.schemaVersion) ? (data.schemaVersion as number) : null;
  if (from === null || from < 1 || from > CURRENT_VERSION) return { data, from, known: false };
  let current = data;
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return { data: current, from, known: false };
    current = step(current);
  }
  return { data: current, from, known: true };
}
