import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../src/lib/progress/migrations';
import {
  BACKUP_KEY,
  backupBeforeReset,
  clearedRecord,
  emptyRecord,
  isSameRecord,
  loadRecord,
  mergeRecords,
  readRecord,
  RECORD_KEY,
  RESET_BACKUP_KEY,
  saveRecord,
  type LearnerRecord,
} from '../../../src/lib/progress/storage';
import { ev, FakeStorage, lesson, quiz, resetClock } from './fixtures';

beforeEach(resetClock);

const now = () => new Date('2026-03-02T10:00:00.000Z');
const makeId = () => 'new-learner';
const record = (events = [lesson.open('m1/a'), quiz.start('q', 1)], learnerId = 'learner-1'): LearnerRecord => ({ schemaVersion: CURRENT_VERSION, learnerId, events });
const stored = (value: unknown) => new FakeStorage({ [RECORD_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });

describe('loadRecord', () => {
  it('starts a new record when nothing is stored', () => {
    expect(loadRecord(new FakeStorage(), now, makeId)).toEqual({ record: emptyRecord('new-learner'), status: 'new' });
  });

  it('reads back what saveRecord wrote', () => {
    const storage = new FakeStorage();
    const saved = record();
    expect(saveRecord(storage, saved)).toBe('ok');
    expect(loadRecord(storage, now, makeId)).toEqual({ record: saved, status: 'ok' });
  });

  it('reports unavailable with an empty record when storage throws on getItem [F-STORAGE-BLOCKED]', () => {
    const storage = new FakeStorage();
    storage.failGet = true;
    expect(loadRecord(storage, now, makeId)).toEqual({ record: emptyRecord('new-learner'), status: 'unavailable' });
  });

  describe.each([
    { name: 'corrupted JSON', text: '{"schemaVersion":2,"learnerId":"l","events":[{"id":', dropped: undefined },
    { name: 'JSON that is not a record', text: '"hello"', dropped: undefined },
    { name: 'a record whose events are not a list', text: '{"schemaVersion":2,"learnerId":"l","events":null}', dropped: undefined },
  ])('with $name', ({ text, dropped }) => {
    it('recovers an empty record, backs the text up and cannot count what was lost [F-STORAGE-CORRUPT]', () => {
      const storage = stored(text);
      const result = loadRecord(storage, now, makeId);
      expect(result.status).toBe('recovered');
      expect(result.record.events).toEqual([]);
      expect(result.dropped).toBe(dropped);
      expect(result.backupKey).toBe(BACKUP_KEY);
      expect(JSON.parse(storage.items.get(BACKUP_KEY)!)).toEqual({ savedAt: '2026-03-02T10:00:00.000Z', reason: 'damaged', text });
    });
  });

  it('keeps every valid event, drops the invalid ones and says how many [F-STORAGE-DAMAGED-EVENTS]', () => {
    const valid = [lesson.open('m1/a'), quiz.start('q', 1)];
    const invalid = [
      null,
      'text',
      { ...lesson.read('m1/a'), verb: 'liked' },
      { ...lesson.read('m1/a'), timestamp: 'yesterday' },
      { ...lesson.read('m1/a'), id: '' },
      { ...quiz.start('q', 2), context: { attempt: 0 } },
      { ...quiz.end('q', 1, 1), result: { score: { raw: '9', max: 10, scaled: 0.9 } } },
    ];
    const storage = stored({ schemaVersion: CURRENT_VERSION, learnerId: 'learner-1', events: [valid[0], ...invalid, valid[1]] });
    const result = loadRecord(storage, now, makeId);
    expect(result).toMatchObject({ status: 'recovered', dropped: invalid.length, backupKey: BACKUP_KEY });
    expect(result.record).toEqual(record(valid));
  });

  it('recovers a record of a version newer than this code, keeping its valid events [F-STORAGE-OTHER-VERSION]', () => {
    const events = [lesson.open('m1/a')];
    const result = loadRecord(stored({ schemaVersion: CURRENT_VERSION + 1, learnerId: 'l', events }), now, makeId);
    expect(result).toMatchObject({ status: 'recovered', dropped: 0, fromVersion: CURRENT_VERSION + 1, record: { learnerId: 'l', events } });
  });

  it('gives a record without a learner ID a new one', () => {
    const result = loadRecord(stored({ schemaVersion: CURRENT_VERSION, events: [] }), now, makeId);
    expect(result).toMatchObject({ status: 'recovered', record: { learnerId: 'new-learner' } });
  });

  it('still recovers when the backup cannot be written, without a backup key [F-STORAGE-BACKUP-FAILS]', () => {
    const storage = stored('not json');
    storage.failSet = true;
    const result = loadRecord(storage, now, makeId);
    expect(result.status).toBe('recovered');
    expect(result.backupKey).toBeUndefined();
  });

  it('returns stored events in time order, each ID once', () => {
    const [a, b] = [lesson.open('m1/a'), lesson.read('m1/a')];
    const result = loadRecord(stored(record([b, a, b])), now, makeId);
    expect(result.record.events).toEqual([a, b]);
    expect(result.status).toBe('ok');
  });
});

describe('readRecord', () => {
  it('reads a bare array of events as a record that needed repair', () => {
    const events = [lesson.open('m1/a')];
    expect(readRecord(JSON.stringify(events), makeId)).toMatchObject({ status: 'recovered', dropped: 0, record: { learnerId: 'new-learner', events } });
  });
});

describe('saveRecord', () => {
  it.each([
    { name: 'a QuotaExceededError', fail: true as const },
    { name: 'a write too large for the quota', fail: { longerThan: 10 } },
  ])('reports full instead of throwing on $name [F-STORAGE-FULL]', ({ fail }) => {
    const storage = new FakeStorage();
    storage.failSet = fail;
    expect(saveRecord(storage, record())).toBe('full');
    expect(storage.items.has(RECORD_KEY)).toBe(false);
  });

  it('reports full when setItem throws anything else', () => {
    const storage = { getItem: () => null, setItem: () => { throw new Error('nope'); } };
    expect(saveRecord(storage, record())).toBe('full');
  });
});

describe('mergeRecords', () => {
  it('unites two tabs’ events by ID, in time order, without duplicates [F-TABS-TWO-TABS]', () => {
    const shared = lesson.open('m1/a');
    const [tab1, tab2a, tab2b] = [quiz.start('q', 1), lesson.open('m1/b'), quiz.answer('q', 1)];
    const merged = mergeRecords(record([shared, tab1, tab2b]), record([shared, tab2a]));
    expect(merged.events).toEqual([shared, tab1, tab2a, tab2b]);
  });

  it('is the same whichever record comes first', () => {
    const a = record([lesson.open('m1/a'), quiz.start('q', 1)], 'b-id');
    const b = record([lesson.open('m1/b')], 'a-id');
    expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
  });

  it('settles on the smaller learner ID so that tabs agree', () => {
    expect(mergeRecords(record([], 'zeta'), record([], 'alpha')).learnerId).toBe('alpha');
  });

  it('drops events older than the later reset, from either side [F-TABS-RESET-ELSEWHERE]', () => {
    const before = lesson.open('m1/a');
    const reset = clearedRecord(record(), () => new Date(Date.parse(before.timestamp) + 1000));
    const after = ev('experienced', { type: 'lesson', id: 'm1/b' }, { at: new Date(Date.parse(before.timestamp) + 2000).toISOString() });
    const merged = mergeRecords(record([before]), { ...reset, events: [after] });
    expect(merged).toEqual({ ...reset, events: [after] });
  });

  it('does not change its inputs', () => {
    const a = record();
    const copy = structuredClone(a);
    mergeRecords(a, record([lesson.open('m2/c')]));
    expect(a).toEqual(copy);
  });
});

describe('isSameRecord', () => {
  it.each([
    { name: 'the same events', b: (r: LearnerRecord) => structuredClone(r), expected: true },
    { name: 'one more event', b: (r: LearnerRecord) => ({ ...r, events: [...r.events, lesson.read('m1/a')] }), expected: false },
    { name: 'another learner', b: (r: LearnerRecord) => ({ ...r, learnerId: 'other' }), expected: false },
    { name: 'a reset', b: (r: LearnerRecord) => ({ ...r, resetAt: '2026-01-01T00:00:00.000Z' }), expected: false },
  ])('tells a record from one with $name', ({ b, expected }) => {
    const a = record();
    expect(isSameRecord(a, b(a))).toBe(expected);
  });
});

describe('reset', () => {
  it('keeps the learner, clears the events and marks the time', () => {
    expect(clearedRecord(record(), now)).toEqual({ schemaVersion: CURRENT_VERSION, learnerId: 'learner-1', events: [], resetAt: '2026-03-02T10:00:00.000Z' });
  });

  it('backs the record up before a reset', () => {
    const storage = new FakeStorage();
    const before = record();
    expect(backupBeforeReset(storage, before, now)).toBe(true);
    expect(JSON.parse(storage.items.get(RESET_BACKUP_KEY)!)).toEqual({ savedAt: '2026-03-02T10:00:00.000Z', reason: 'reset', record: before });
  });
});
