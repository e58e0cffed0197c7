import { describe, expect, it } from 'vitest';
import { recordFormat } from '../../../src/lib/records/format';

describe('recordFormat', () => {
  it.each([
    ['en', 0.8625, '86%', 'March 30, 2026'],
    ['zh-CN', 0.8625, '86%', '2026年3月30日'],
  ])('writes scores and dates in %s', (locale, scaled, percent, date) => {
    const f = recordFormat(locale, '—', 'UTC');
    expect(f.percent(scaled)).toBe(percent);
    expect(f.date('2026-03-30T10:00:00.000Z')).toBe(date);
  });

  it('shows a missing score or date as the placeholder', () => {
    const f = recordFormat('en', '—', 'UTC');
    expect(f.percent(null)).toBe('—');
    expect(f.date(null)).toBe('—');
    expect(f.date('not a date')).toBe('—');
  });
});
