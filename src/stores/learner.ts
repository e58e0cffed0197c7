import { atom, type ReadableAtom } from 'nanostores';
import type { LearnerEvent, NewLearnerEvent } from '../lib/progress/events';
import { randomId } from '../lib/progress/ids';
import {
  backupBeforeReset,
  clearedRecord,
  emptyRecord,
  isSameRecord,
  loadRecord,
  mergeRecords,
  readRecord,
  RECORD_KEY,
  saveRecord,
  type LearnerRecord,
  type LoadResult,
  type StorageLike,
} from '../lib/progress/storage';
import { isLearnerEvent } from '../lib/progress/validate';

/**
 * The learner's record in the browser: loaded from localStorage when this module is
 * first imported, saved on every event, merged with what other tabs write. When
 * storage is blocked or full the record lives on in memory and `$storageStatus`
 * says so. Progress is not stored here: derive it from `$events` (src/lib/progress).
 */

/** Whether progress is being saved, for the warning the pages show. */
export interface StorageStatus {
  level: 'ok' | 'warning';
  /** recovered: damaged data was repaired (`dropped` events left out, when known); memory-only: the last save failed. */
  code: 'ok' | 'recovered' | 'migrated' | 'memory-only' | 'unavailable';
  dropped?: number;
}

const OK: StorageStatus = { level: 'ok', code: 'ok' };
const now = () => new Date();

const events = atom<LearnerEvent[]>([]);
const status = atom<StorageStatus>(OK);

/** Every event of the learner, in time order. Replaced (never mutated) on each change. */
export const $events: ReadableAtom<LearnerEvent[]> = events;
/** Whether the record is being saved; `level: 'warning'` means the learner should be told. */
export const $storageStatus: ReadableAtom<StorageStatus> = status;

let record: LearnerRecord = emptyRecord(randomId());
/** Null outside the browser and when storage is unavailable. */
let storage: StorageLike | null = null;

function publish(next: LearnerRecord): void {
  const changed = !isSameRecord(record, next);
  record = next;
  if (changed) events.set(next.events);
}

function afterSave(saved: 'ok' | 'full'): void {
  if (saved === 'full') status.set({ level: 'warning', code: 'memory-only' });
  else if (status.get().code === 'memory-only') status.set(OK);
}

/** The record another tab left in storage (with our learner ID when it was damaged), or null. */
function stored(text: string | null): LearnerRecord | null {
  if (!text) return null;
  const result = readRecord(text);
  return result.status === 'recovered' ? { ...result.record, learnerId: record.learnerId } : result.record;
}

/** Save, first folding in whatever another tab wrote since we last read, so neither loses events. */
function persist(): void {
  if (!storage) return;
  try {
    const theirs = stored(storage.getItem(RECORD_KEY));
    if (theirs) publish(mergeRecords(record, theirs));
  } catch {
    // Reading failed: write what we have.
  }
  afterSave(saveRecord(storage, record));
}

function onStorage(e: StorageEvent): void {
  if (e.key !== RECORD_KEY || !storage) return;
  const theirs = stored(e.newValue);
  if (!theirs) return; // removed by hand: keep ours; the next save writes it back
  const merged = mergeRecords(record, theirs);
  publish(merged);
  // Write back only when we hold something they lack, so two tabs settle instead of echoing.
  if (!isSameRecord(merged, theirs)) afterSave(saveRecord(storage, merged));
}

function statusAfterLoad({ status, dropped }: LoadResult): StorageStatus {
  const code = status === 'new' ? 'ok' : status;
  const level = code === 'recovered' || code === 'unavailable' ? 'warning' : 'ok';
  return { level, code, ...(dropped !== undefined && { dropped }) };
}

function start(): void {
  if (typeof window === 'undefined') return; // server rendering: an empty record, nothing saved
  let local: StorageLike | null = null;
  try {
    local = typeof localStorage === 'undefined' ? null : localStorage; // the getter itself throws when blocked
  } catch {
    local = null;
  }
  if (!local) {
    status.set({ level: 'warning', code: 'unavailable' });
    return;
  }
  const result = loadRecord(local, now);
  status.set(statusAfterLoad(result));
  publish(result.record);
  if (result.status === 'unavailable') return;
  storage = local;
  // Persist the upgraded or repaired record (a damaged one only once its text is backed up).
  if (result.status === 'migrated' || result.backupKey) persist();
  window.addEventListener('storage', onStorage);
}

/**
 * Record what the learner did: fills in a random `id` and the current `timestamp`
 * when missing, appends, saves. Returns the stored event. An event that fails
 * validation is not recorded (a warning is logged) and is returned as built.
 */
export function recordEvent(e: NewLearnerEvent): LearnerEvent {
  const event = { ...e, id: e.id ?? randomId(), timestamp: e.timestamp ?? now().toISOString() } as LearnerEvent;
  if (!isLearnerEvent(event)) {
    console.warn('recordEvent: invalid event', event);
    return event;
  }
  publish(mergeRecords(record, { ...record, events: [event] }));
  persist();
  return event;
}

/**
 * Forget every event (progress starts over, in every open tab). The record as it was
 * is kept under `cs-course:record:before-reset` when storage allows.
 */
export function resetRecord(): void {
  if (storage) backupBeforeReset(storage, record, now);
  publish(clearedRecord(record, now));
  persist();
}

/**
 * Fold in events kept elsewhere (an LMS's suspend data, an LRS's state). Invalid events
 * are left out; events already held (same ID) are not added twice.
 */
export function importEvents(incoming: readonly LearnerEvent[]): void {
  const valid = incoming.filter(isLearnerEvent);
  if (!valid.length) return;
  publish(mergeRecords(record, { ...record, events: valid }));
  persist();
}

/** Key of the record set aside when another learner took over this browser (see {@link switchLearner}). */
export const OTHER_LEARNER_KEY = 'cs-course:record:other-learner';

/**
 * Another learner signed in to the LMS on this browser: set the current record aside
 * (under {@link OTHER_LEARNER_KEY} when storage allows) and start from `events` (what the
 * LMS keeps for the new learner), so nobody's progress is sent in someone else's name.
 * Written without merging: merging would bring the previous learner's events back.
 */
export function switchLearner(events: readonly LearnerEvent[]): void {
  if (storage) {
    try {
      storage.setItem(OTHER_LEARNER_KEY, JSON.stringify({ savedAt: now().toISOString(), reason: 'other-learner', record }));
    } catch {
      // Full: the previous learner's copy is lost on this browser, their LMS still has it.
    }
  }
  publish({ ...emptyRecord(randomId()), events: events.filter(isLearnerEvent) });
  if (storage) afterSave(saveRecord(storage, record));
}

/** The random ID of this browser profile's learner (the xAPI actor's account name on a build-time LRS). */
export function learnerId(): string {
  return record.learnerId;
}

/** The whole record as indented JSON, for the learner to download. */
export function exportRecord(): string {
  return JSON.stringify(record, null, 2);
}

start();
