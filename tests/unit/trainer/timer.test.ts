import { describe, expect, it } from 'vitest';
import { countdown, elapsed, extend, formatClock, isOver, isRunning, pause, remaining, start } from '../../../src/lib/trainer/timer';

describe('countdown', () => {
  it('counts down from the clock, pauses keeping the time run, and resumes', () => {
    let c = start(countdown(60_000), 1_000);
    expect(remaining(c, 11_000)).toBe(50_000);
    c = pause(c, 11_000);
    expect(remaining(c, 99_000)).toBe(50_000);
    expect(isRunning(c, 99_000)).toBe(false);
    c = start(c, 100_000);
    expect(remaining(c, 120_000)).toBe(30_000);
    expect(isOver(c, 150_000)).toBe(true);
    expect(remaining(c, 500_000)).toBe(0);
    expect(elapsed(c, 500_000)).toBe(60_000);
  });

  it('does not restart a countdown that is running or over', () => {
    const running = start(countdown(10_000), 0);
    expect(start(running, 5_000)).toBe(running);
    expect(start(running, 20_000)).toBe(running);
  });

  it('adds a minute, and never takes off more than is left', () => {
    const c = start(countdown(60_000), 0);
    expect(remaining(extend(c, 60_000, 30_000), 30_000)).toBe(90_000);
    expect(remaining(extend(c, -120_000, 30_000), 30_000)).toBe(0);
  });

  it('gives a whole extra minute to a countdown that ran out a while ago, and keeps it running', () => {
    const c = start(countdown(60_000), 0);
    const more = extend(c, 60_000, 75_000); // ran out 15 s ago
    expect(remaining(more, 75_000)).toBe(60_000);
    expect(isRunning(more, 75_000)).toBe(true);
    expect(remaining(more, 105_000)).toBe(30_000);
    expect(remaining(extend(pause(c, 75_000), 30_000, 80_000), 90_000)).toBe(30_000);
  });

  it('shows m:ss rounded up, and h:mm:ss past an hour', () => {
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
});
