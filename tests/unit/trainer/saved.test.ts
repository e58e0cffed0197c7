import { describe, expect, it } from 'vitest';
import { readSaved, trainerKey, writeSaved, type KeyValueStore } from '../../../src/lib/trainer/saved';

const memory = (init: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
  const data = { ...init };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};
const blocked: KeyValueStore = {
  getItem: () => { throw new DOMException('blocked', 'SecurityError'); },
  setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
};
const asMinutes = (d: unknown) => (typeof d === 'number' && d >= 0 ? d : null);

describe('trainer settings in localStorage', () => {
  it('keeps trainer keys apart from the learner record', () => {
    expect(trainerKey('plan-start', 'm1')).toBe('cs-course:trainer:plan-start:m1');
  });

  it('reads back what it wrote', () => {
    const store = memory();
    expect(writeSaved(store, 'k', 600)).toBe(true);
    expect(readSaved(store, 'k', asMinutes, 540)).toBe(600);
  });

  it.each([
    ['nothing stored', memory()],
    ['damaged JSON', memory({ k: '{oops' })],
    ['a value the parser rejects', memory({ k: '"noon"' })],
    ['blocked storage', blocked],
    ['no storage at all', null],
  ])('falls back with %s [F-TRAINER-STORAGE]', (_name, store) => {
    expect(readSaved(store, 'k', asMinutes, 540)).toBe(540);
  });

  it('reports a failed write instead of throwing [F-TRAINER-STORAGE]', () => {
    expect(writeSaved(blocked, 'k', 1)).toBe(false);
    expect(writeSaved(undefined, 'k', 1)).toBe(false);
  });
});
