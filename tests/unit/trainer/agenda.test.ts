import { describe, expect, it } from 'vitest';
import { agendaTimes, DEFAULT_START, formatTimeOfDay, parseTimeOfDay } from '../../../src/lib/trainer/agenda';

describe('agenda clock times', () => {
  it.each([
    ['09:00', 540],
    ['9:05', 545],
    ['13：30', 810],
    [' 23:59 ', 1439],
    ['24:00', null],
    ['12:60', null],
    ['nine', null],
    ['', null],
    [undefined, null],
  ])('reads the start time %j as %j minutes', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });

  it.each([
    [0, '00:00'],
    [545, '09:05'],
    [1439, '23:59'],
    [1450, '00:10'],
  ])('shows %i minutes as %s on a 24-hour clock', (minutes, text) => {
    expect(formatTimeOfDay(minutes)).toBe(text);
  });

  it('starts each block where the one before ended', () => {
    const times = agendaTimes([10, 15, 25], DEFAULT_START);
    expect(times.map((t) => `${formatTimeOfDay(t.start)}–${formatTimeOfDay(t.end)}`)).toEqual(['09:00–09:10', '09:10–09:25', '09:25–09:50']);
  });

  it('moves every block when the start changes', () => {
    expect(agendaTimes([30, 30], parseTimeOfDay('13:45')!).map((t) => formatTimeOfDay(t.end))).toEqual(['14:15', '14:45']);
  });
});
