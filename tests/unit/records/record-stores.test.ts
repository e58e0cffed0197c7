// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECORD_KEY } from '../../../src/lib/progress/storage';
import { codeMatches } from '../../../src/lib/records/record';
import { lesson, OUTLINE, quiz, resetClock } from '../progress/fixtures';

/** Storage listeners of earlier store instances (removed after each test: one page, one set of stores). */
let listeners: Array<Parameters<typeof window.addEventListener>> = [];

/** Import the identity and completion-record stores afresh, as a page load would, after seeding localStorage. */
async function loadStores(seed: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  vi.resetModules();
  const add = vi.spyOn(window, 'addEventListener');
  const identity = await import('../../../src/stores/identity');
  const completion = await import('../../../src/stores/completion-record');
  const learner = await import('../../../src/stores/learner');
  listeners.push(...(add.mock.calls as typeof listeners));
  add.mockRestore();
  return { ...identity, ...completion, ...learner };
}

beforeEach(() => {
  resetClock();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const [type, listener] of listeners) window.removeEventListener(type, listener);
  listeners = [];
});

describe('the identity store', () => {
  it('starts with an empty name and keeps what is saved, cleaned, across a reload', async () => {
    let stores = await loadStores();
    expect(stores.$identity.get()).toEqual({ name: '' });
    expect(stores.saveIdentity({ name: '  王小明 ', employeeNo: '', department: ' 客服部 ' })).toEqual({ name: '王小明', department: '客服部' });
    stores = await loadStores();
    expect(stores.$identity.get()).toEqual({ name: '王小明', department: '客服部' });
  });

  it('reads unreadable stored text as no identity [F-RECORDS-IDENTITY-UNREADABLE]', async () => {
    const stores = await loadStores({ 'cs-course:identity': '{"name":' });
    expect(stores.$identity.get()).toEqual({ name: '' });
  });

  it('keeps the identity in memory when storage refuses to save it [F-RECORDS-IDENTITY-NOT-SAVED]', async () => {
    const stores = await loadStores();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => stores.saveIdentity({ name: 'Ann' })).not.toThrow();
    expect(stores.$identity.get()).toEqual({ name: 'Ann' });
  });

  it('follows a name changed in another tab', async () => {
    const stores = await loadStores();
    const newValue = JSON.stringify({ name: 'Bo' });
    window.dispatchEvent(new StorageEvent('storage', { key: 'cs-course:identity', newValue }));
    expect(stores.$identity.get()).toEqual({ name: 'Bo' });
  });
});

describe('issueRecord', () => {
  const course = { courseId: 'cs-course', locale: 'en' };
  const record = (events: unknown[]) => JSON.stringify({ schemaVersion: 2, learnerId: 'l-1', events });

  it('hands out the same record, code included, until its content changes', async () => {
    let stores = await loadStores({ [RECORD_KEY]: record([lesson.read('m1/a')]) });
    stores.saveIdentity({ name: 'Ann' });
    const first = stores.issueRecord(OUTLINE, course);
    expect(codeMatches(first)).toBe(true);
    expect(first.learner).toEqual({ name: 'Ann', learnerId: 'l-1' });

    vi.useFakeTimers({ now: Date.parse(first.issuedAt) + 3_600_000 });
    try {
      stores = await loadStores(); // another page, an hour later
      expect(stores.issueRecord(OUTLINE, course)).toEqual(first);
      stores.recordEvent(quiz.start('qb', 1));
      const second = stores.issueRecord(OUTLINE, course);
      expect(second.code).not.toBe(first.code);
      expect(second.issuedAt).not.toBe(first.issuedAt);
    } finally {
      vi.useRealTimers();
    }
  });
});
