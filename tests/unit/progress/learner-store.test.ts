// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY, RECORD_KEY, RESET_BACKUP_KEY, type LearnerRecord } from '../../../src/lib/progress/storage';
import { lesson, quiz, resetClock } from './fixtures';

/** Storage listeners of earlier store instances (removed after each test: one page, one store). */
let listeners: Array<Parameters<typeof window.addEventListener>> = [];

/** Import the store afresh, as a page load would, after seeding localStorage. */
async function loadStore(stored?: unknown) {
  if (stored !== undefined) localStorage.setItem(RECORD_KEY, typeof stored === 'string' ? stored : JSON.stringify(stored));
  vi.resetModules();
  const add = vi.spyOn(window, 'addEventListener');
  const store = await import('../../../src/stores/learner');
  listeners.push(...(add.mock.calls as typeof listeners));
  add.mockRestore();
  return store;
}

const saved = (): LearnerRecord => JSON.parse(localStorage.getItem(RECORD_KEY)!);
const otherTabWrites = (record: LearnerRecord) => {
  const newValue = JSON.stringify(record);
  localStorage.setItem(RECORD_KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: RECORD_KEY, newValue, storageArea: localStorage }));
};
const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

beforeEach(() => {
  resetClock();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const [type, listener] of listeners) window.removeEventListener(type, listener);
  listeners = [];
});

describe('the learner store', () => {
  it('loads the stored record into $events', async () => {
    const events = [lesson.open('m1/a'), quiz.start('q', 1)];
    const store = await loadStore({ schemaVersion: 2, learnerId: 'l1', events });
    expect(store.$events.get()).toEqual(events);
    expect(store.$storageStatus.get()).toEqual({ level: 'ok', code: 'ok' });
  });

  it('records an event with a generated ID and time, and saves it', async () => {
    const store = await loadStore();
    const event = store.recordEvent({ verb: 'experienced', object: { type: 'lesson', id: 'm1/a' } });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(event.timestamp)).not.toBeNaN();
    expect(store.$events.get()).toEqual([event]);
    expect(saved().events).toEqual([event]);
  });

  it('keeps an ID and time the caller gives', async () => {
    const store = await loadStore();
    const event = store.recordEvent({ id: 'mine', timestamp: '2026-01-01T00:00:00.000Z', verb: 'completed', object: { type: 'lesson', id: 'm1/a' } });
    expect(event).toMatchObject({ id: 'mine', timestamp: '2026-01-01T00:00:00.000Z' });
  });

  it('does not record an invalid event', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = await loadStore();
    store.recordEvent({ verb: 'liked' as 'completed', object: { type: 'lesson', id: 'm1/a' } });
    expect(store.$events.get()).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('merges what another tab saved, without writing it back when it has nothing new [F-TABS-TWO-TABS]', async () => {
    const mine = lesson.open('m1/a');
    const store = await loadStore({ schemaVersion: 2, learnerId: 'l1', events: [mine] });
    const theirs = quiz.start('q', 1);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    otherTabWrites({ schemaVersion: 2, learnerId: 'l1', events: [mine, theirs] });
    expect(store.$events.get()).toEqual([mine, theirs]);
    expect(setItem).toHaveBeenCalledTimes(1); // only the other tab's write
  });

  it('writes back the union when it holds events the other tab lacks', async () => {
    const store = await loadStore();
    const mine = store.recordEvent({ verb: 'experienced', object: { type: 'lesson', id: 'm1/a' } });
    const theirs = quiz.start('q', 1);
    otherTabWrites({ schemaVersion: 2, learnerId: 'l0', events: [theirs] });
    expect(saved().events.map((e) => e.id).sort()).toEqual([mine.id, theirs.id].sort());
  });

  it('folds in another tab’s unannounced save before writing [F-TABS-UNANNOUNCED-SAVE]', async () => {
    const store = await loadStore();
    const theirs = quiz.start('q', 1);
    localStorage.setItem(RECORD_KEY, JSON.stringify({ schemaVersion: 2, learnerId: 'l0', events: [theirs] }));
    const mine = store.recordEvent({ verb: 'experienced', object: { type: 'lesson', id: 'm1/a' } });
    expect(saved().events.map((e) => e.id)).toEqual([theirs.id, mine.id]);
  });

  it('keeps working in memory and warns when storage is full, until a save works again [F-STORAGE-FULL]', async () => {
    const store = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quotaExceeded);
    store.recordEvent({ verb: 'experienced', object: { type: 'lesson', id: 'm1/a' } });
    expect(store.$events.get()).toHaveLength(1);
    expect(store.$storageStatus.get()).toEqual({ level: 'warning', code: 'memory-only' });
    setItem.mockRestore();
    store.recordEvent({ verb: 'completed', object: { type: 'lesson', id: 'm1/a' } });
    expect(saved().events).toHaveLength(2);
    expect(store.$storageStatus.get()).toEqual({ level: 'ok', code: 'ok' });
  });

  it('warns that progress is not saved when storage throws on access [F-STORAGE-BLOCKED]', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await loadStore();
    expect(store.$storageStatus.get()).toEqual({ level: 'warning', code: 'unavailable' });
    store.recordEvent({ verb: 'experienced', object: { type: 'lesson', id: 'm1/a' } });
    expect(store.$events.get()).toHaveLength(1);
  });

  it('repairs a damaged record, keeps a backup and reports how many events were dropped [F-STORAGE-DAMAGED-EVENTS]', async () => {
    const good = lesson.open('m1/a');
    const store = await loadStore({ schemaVersion: 2, learnerId: 'l1', events: [good, { junk: true }] });
    expect(store.$storageStatus.get()).toEqual({ level: 'warning', code: 'recovered', dropped: 1 });
    expect(store.$events.get()).toEqual([good]);
    expect(saved().events).toEqual([good]);
    expect(localStorage.getItem(BACKUP_KEY)).toContain('junk');
  });

  it('reports a record that could not be read at all without a count [F-STORAGE-CORRUPT]', async () => {
    const store = await loadStore('{oops');
    expect(store.$storageStatus.get()).toEqual({ level: 'warning', code: 'recovered' });
  });

  it('saves a migrated v1 record as v2 without warning', async () => {
    const { id, timestamp, ...rest } = lesson.open('m1/a');
    const store = await loadStore({ schemaVersion: 1, learnerId: 'l1', events: { [id]: { ...rest, time: timestamp } } });
    expect(store.$storageStatus.get()).toEqual({ level: 'ok', code: 'migrated' });
    expect(saved()).toMatchObject({ schemaVersion: 2, events: [{ id, timestamp }] });
  });

  it('resets progress, keeps a backup, and does not let another tab bring old events back [F-TABS-RESET-ELSEWHERE]', async () => {
    const old = lesson.open('m1/a');
    const store = await loadStore({ schemaVersion: 2, learnerId: 'l1', events: [old] });
    store.resetRecord();
    expect(store.$events.get()).toEqual([]);
    expect(JSON.parse(localStorage.getItem(RESET_BACKUP_KEY)!).record.events).toEqual([old]);
    otherTabWrites({ schemaVersion: 2, learnerId: 'l1', events: [old] });
    expect(store.$events.get()).toEqual([]);
    expect(saved().events).toEqual([]);
  });

  it('exports the whole record as JSON', async () => {
    const events = [lesson.open('m1/a')];
    const store = await loadStore({ schemaVersion: 2, learnerId: 'l1', events });
    expect(JSON.parse(store.exportRecord())).toEqual({ schemaVersion: 2, learnerId: 'l1', events });
  });
});
