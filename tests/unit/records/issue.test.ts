import { describe, expect, it } from 'vitest';
import { keepIssued, parseIssued } from '../../../src/lib/records/issue';
import { signRecord, type UnsignedRecord } from '../../../src/lib/records/record';

const base: UnsignedRecord = {
  format: 'cs-course-completion',
  version: 1,
  courseId: 'cs-course',
  locale: 'en',
  learner: { name: 'Ann', learnerId: 'l-1' },
  issuedAt: '2026-04-01T08:00:00.000Z',
  completed: false,
  completedAt: null,
  score: null,
  modules: [{ id: 'm1', status: 'in-progress' }],
  quizzes: [],
};
const earlier = signRecord(base);
const later = signRecord({ ...base, issuedAt: '2026-04-02T09:00:00.000Z' });

describe('keepIssued', () => {
  it('keeps the record issued before when nothing but the time differs, so the code stays the same', () => {
    expect(keepIssued(earlier, later)).toBe(earlier);
  });

  it('issues the fresh record when the content changed', () => {
    const changed = signRecord({ ...base, issuedAt: later.issuedAt, learner: { name: 'Ann Lee', learnerId: 'l-1' } });
    expect(keepIssued(earlier, changed)).toBe(changed);
  });

  it('never reuses a stored record whose code does not match [F-RECORDS-ISSUED-TAMPERED]', () => {
    expect(keepIssued({ ...earlier, code: '0000-0000-0000' }, later)).toBe(later);
    expect(keepIssued(null, later)).toBe(later);
  });
});

describe('parseIssued', () => {
  it.each([null, '', '{', '[]', '{"code":1}', JSON.stringify({ ...earlier, score: 1 })])('refuses %j [F-RECORDS-ISSUED-TAMPERED]', (text) => {
    expect(parseIssued(text)).toBeNull();
  });

  it('reads a stored record back', () => {
    expect(parseIssued(JSON.stringify(earlier))).toEqual(earlier);
  });
});
