import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrate } from '../../../src/lib/progress/migrations';
import { loadRecord, RECORD_KEY } from '../../../src/lib/progress/storage';
import { FakeStorage, lesson, quiz, resetClock } from './fixtures';

beforeEach(resetClock);

/** A v1 record: events keyed by ID, `time` instead of `timestamp`. */
function v1Of(events: ReturnType<typeof lesson.open>[]) {
  return {
    schemaVersion: 1,
    learnerId: 'learner-1',
    events: Object.fromEntries(events.map(({ id, timestamp, ...rest }) => [id, { ...rest, time: timestamp }])),
  };
}

describe('migrate', () => {
  it('turns a v1 record into the current shape', () => {
    const events = [lesson.open('m1/a'), quiz.start('q', 1), quiz.end('q', 1, 0.9)];
    expect(migrate(v1Of(events))).toEqual({ data: { schemaVersion: 2, learnerId: 'learner-1', events }, from: 1, known: true });
  });

  it('leaves a current record as it is', () => {
    const data = { schemaVersion: CURRENT_VERSION, learnerId: 'l', events: [] };
    expect(migrate(data)).toEqual({ data, from: CURRENT_VERSION, known: true });
  });

  it.each([
    { name: 'no version', data: { events: [] }, from: null },
    { name: 'version 0', data: { schemaVersion: 0, events: [] }, from: 0 },
    { name: 'a newer version', data: { schemaVersion: CURRENT_VERSION + 1, events: [] }, from: CURRENT_VERSION + 1 },
    { name: 'a version that is not a number', data: { schemaVersion: '2', events: [] }, from: null },
  ])('marks data with $name as unknown and leaves it alone', ({ data, from }) => {
    expect(migrate(data)).toEqual({ data, from, known: false });
  });

  it('does not throw on a damaged v1 record [F-STORAGE-OTHER-VERSION]', () => {
    expect(migrate({ schemaVersion: 1, learnerId: 'l', events: 'broken' }).data).toEqual({ schemaVersion: 2, learnerId: 'l', events: 'broken' });
  });
});

describe('loading a v1 record', () => {
  it('migrates it to v2 and reports migrated', () => {
    const events = [lesson.open('m1/a'), quiz.start('q', 1)];
    const storage = new FakeStorage({ [RECORD_KEY]: JSON.stringify(v1Of(events)) });
    expect(loadRecord(storage, () => new Date(), () => 'x')).toEqual({
      record: { schemaVersion: 2, learnerId: 'learner-1', events },
      status: 'migrated',
      fromVersion: 1,
    });
  });

  it('reports recovered when some v1 events are invalid [F-STORAGE-OTHER-VERSION]', () => {
    const data = v1Of([lesson.open('m1/a')]);
    const storage = new FakeStorage({ [RECORD_KEY]: JSON.stringify({ ...data, events: { ...data.events, bad: { verb: 'x' } } }) });
    expect(loadRecord(storage, () => new Date(), () => 'x')).toMatchObject({ status: 'recovered', dropped: 1, fromVersion: 1 });
  });
});
