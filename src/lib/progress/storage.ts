import type { LearnerEvent } from './events';
import { randomId } from './ids';
import { CURRENT_VERSION, migrate } from './migrations';
import { isDict, isLearnerEvent, isTime } from './validate';

/**
 * The learner's record in Web Storage: one JSON value under {@link RECORD_KEY}.
 * Nothing here touches `window`: callers pass the storage and the clock, and
 * nothing throws — damaged data is repaired, a full storage is reported.
 */

/** Key of the record. */
export const RECORD_KEY = 'cs-course:record';
/** Key where the text of a damaged record is kept before it is repaired. */
export const BACKUP_KEY = 'cs-course:record:backup';
/** Key where the record is kept when the learner resets their progress. */
export const RESET_BACKUP_KEY = 'cs-course:record:before-reset';

/** The persisted record. */
export interface LearnerRecord {
  /** Shape version (see migrations.ts). */
  schemaVersion: number;
  /** Random ID of this browser profile's learner. */
  learnerId: string;
  /** Every event, in time order, each ID once. */
  events: LearnerEvent[];
  /** When progress was last reset: older events are gone, in every tab. */
  resetAt?: string;
}

/** The part of Web Storage the record needs (a fake in tests, `localStorage` in the browser). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** How loading went: `new` = nothing stored yet; `unavailable` = storage threw on access. */
export type LoadStatus = 'ok' | 'new' | 'migrated' | 'recovered' | 'unavailable';

/** What {@link loadRecord} and {@link readRecord} return. */
export interface LoadResult {
  record: LearnerRecord;
  status: LoadStatus;
  /** `recovered`: invalid events left out; absent when the text could not be read at all. */
  dropped?: number;
  /** `migrated` (or recovered from an older or unknown version): the version found. */
  fromVersion?: number;
  /** `recovered`: key holding the damaged text; absent when that backup could not be written. */
  backupKey?: string;
}

/** Whether writing worked; `full` = setItem threw (quota or otherwise): keep working in memory. */
export type SaveStatus = 'ok' | 'full';

const time = (iso: string) => Date.parse(iso);

/** A record with no events. */
export function emptyRecord(learnerId: string): LearnerRecord {
  return { schemaVersion: CURRENT_VERSION, learnerId, events: [] };
}

/** The record after a reset: same learner, no events, `resetAt` set so other tabs drop theirs. */
export function clearedRecord(record: LearnerRecord, now: () => Date): LearnerRecord {
  return { ...emptyRecord(record.learnerId), resetAt: now().toISOString() };
}

/**
 * Union of two records (two tabs, or memory and storage): each event ID once, in time
 * order (ties keep `a` before `b`), without events older than the later `resetAt`. The
 * smaller learner ID wins, so that every tab settles on the same one.
 */
export function mergeRecords(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  const resetAt = !a.resetAt ? b.resetAt : !b.resetAt || time(a.resetAt) >= time(b.resetAt) ? a.resetAt : b.resetAt;
  const cutoff = resetAt ? time(resetAt) : -Infinity;
  const seen = new Set<string>();
  const kept: Array<[number, LearnerEvent]> = [];
  for (const event of [...a.events, ...b.events]) {
    const at = time(event.timestamp);
    if (seen.has(event.id) || at < cutoff) continue;
    seen.add(event.id);
    kept.push([at, event]);
  }
  kept.sort((x, y) => x[0] - y[0]);
  const learnerId = a.learnerId <= b.learnerId ? a.learnerId : b.learnerId;
  return { ...emptyRecord(learnerId), events: kept.map(([, e]) => e), ...(resetAt && { resetAt }) };
}

/** Whether two records hold the same learner, reset time and events (by ID, in order). */
export function isSameRecord(a: LearnerRecord, b: LearnerRecord): boolean {
  return (
    a.learnerId === b.learnerId &&
    a.resetAt === b.resetAt &&
    a.events.length === b.events.length &&
    a.events.every((e, i) => e.id === b.events[i]?.id)
  );
}

/**
 * Make a record from its stored text (no storage access): parse, migrate, keep the
 * valid events. Anything damaged — unparseable JSON, an unknown version, a missing
 * learner ID, invalid events — gives `recovered` with what could be kept.
 */
export function readRecord(text: string, makeId: () => string = randomId): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { record: emptyRecord(makeId()), status: 'recovered' };
  }
  // A bare array is read as a list of events, so that a hand-made export still loads.
  const { data, from, known } = migrate(isDict(parsed) ? parsed : { events: parsed });
  const list: unknown[] | null = Array.isArray(data.events) ? data.events : null;
  const valid = (list ?? []).filter(isLearnerEvent);
  const hasId = typeof data.learnerId === 'string' && data.learnerId !== '';
  const base = { ...emptyRecord(hasId ? (data.learnerId as string) : makeId()), events: valid };
  const record = mergeRecords(base, isTime(data.resetAt) ? { ...base, resetAt: data.resetAt } : base);
  const version = from !== null && from !== CURRENT_VERSION ? { fromVersion: from } : {};
  if (!known || !list || !hasId || valid.length < list.length) {
    return { record, status: 'recovered', ...(list && { dropped: list.length - valid.length }), ...version };
  }
  return { record, status: from === CURRENT_VERSION ? 'ok' : 'migrated', ...version };
}

/**
 * Load the record. Never throws: a storage that throws gives `unavailable` and an
 * empty in-memory record; damaged text is kept under {@link BACKUP_KEY} (with the
 * time from `now`) before the repaired record is returned. Loading writes nothing
 * else: the caller saves a migrated or recovered record when it wants it persisted.
 */
export function loadRecord(storage: StorageLike, now: () => Date, makeId: () => string = randomId): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(RECORD_KEY);
  } catch {
    return { record: emptyRecord(makeId()), status: 'unavailable' };
  }
  if (text === null) return { record: emptyRecord(makeId()), status: 'new' };
  const result = readRecord(text, makeId);
  if (result.status !== 'recovered') return result;
  const backup = JSON.stringify({ savedAt: now().toISOString(), reason: 'damaged', text });
  return keep(storage, BACKUP_KEY, backup) ? { ...result, backupKey: BACKUP_KEY } : result;
}

/** Write the record. Never throws: `full` when setItem throws (QuotaExceededError or any other). */
export function saveRecord(storage: StorageLike, record: LearnerRecord): SaveStatus {
  return keep(storage, RECORD_KEY, JSON.stringify(record)) ? 'ok' : 'full';
}

/** Keep a copy of the record under {@link RESET_BACKUP_KEY} before a reset; false when it could not. */
export function backupBeforeReset(storage: StorageLike, record: LearnerRecord, now: () => Date): boolean {
  return keep(storage, RESET_BACKUP_KEY, JSON.stringify({ savedAt: now().toISOString(), reason: 'reset', record }));
}

function keep(storage: StorageLike, key: string, text: string): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
