import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTDOWN_MS, freshTiming, minutesInput, parseTiming, stopwatchTime } from '../../../src/lib/trainer/present-timing';
import { pause, remaining, start } from '../../../src/lib/trainer/timer';

describe('present timing', () => {
  it('survives a round trip through storage, still running', () => {
    const t = { stopwatch: start(freshTiming().stopwatch, 1_000), countdown: start(freshTiming(60_000).countdown, 2_000) };
    const back = parseTiming(JSON.stringify(t));
    expect(stopwatchTime(back, 61_000)).toBe(60_000);
    expect(remaining(back.countdown, 32_000)).toBe(30_000);
  });

  it('keeps a paused stopwatch at its time', () => {
    const t = freshTiming();
    const paused = { ...t, stopwatch: pause(start(t.stopwatch, 0), 5_000) };
    expect(stopwatchTime(parseTiming(JSON.stringify(paused)), 99_000)).toBe(5_000);
  });

  it.each([null, '', 'not json', 'null', '{"stopwatch":1}', '{"stopwatch":{"durationMs":-1,"elapsedMs":0,"runningSince":null},"countdown":{}}'])(
    'starts fresh from %j',
    (text) => {
      const t = parseTiming(text);
      expect(t.countdown.durationMs).toBe(DEFAULT_COUNTDOWN_MS);
      expect(stopwatchTime(t, 1e9)).toBe(0);
    },
  );

  it.each([
    ['5', 300_000], [' 1.5 ', 90_000], ['2,5', 150_000], ['0', null], ['-1', null], ['abc', null], ['241', null], ['', null],
  ])('reads the minutes %j as %j ms', (text, ms) => {
    expect(minutesInput(text)).toBe(ms);
  });
});
