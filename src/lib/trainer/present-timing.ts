/**
 * The presenter's timers, kept across reloads: the time since the session started (a
 * stopwatch, which is a long countdown from timer.ts that can pause) and a countdown the
 * trainer sets for an activity. Stored as JSON; damaged or foreign values give fresh timers.
 */
import { countdown, elapsed, type Countdown } from './timer';

/** A stopwatch runs this long at most (a long training day). */
export const STOPWATCH_LIMIT_MS = 12 * 60 * 60 * 1000;
/** The countdown's length until the trainer picks another. */
export const DEFAULT_COUNTDOWN_MS = 10 * 60 * 1000;

/** Both timers of the presenter window. */
export interface PresentTiming {
  /** Time since the session started. */
  stopwatch: Countdown;
  /** An activity's countdown. */
  countdown: Countdown;
}

/** Fresh timers: neither running, the countdown at `countdownMs`. */
export const freshTiming = (countdownMs = DEFAULT_COUNTDOWN_MS): PresentTiming => ({
  stopwatch: countdown(STOPWATCH_LIMIT_MS),
  countdown: countdown(countdownMs),
});

/** Time shown by the stopwatch. */
export const stopwatchTime = (t: PresentTiming, now: number): number => elapsed(t.stopwatch, now);

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A countdown read back from storage, or null when any field is wrong. */
function readCountdown(v: unknown): Countdown | null {
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  if (!isTime(c.durationMs) || !isTime(c.elapsedMs)) return null;
  if (c.runningSince !== null && !isTime(c.runningSince)) return null;
  return { durationMs: c.durationMs, elapsedMs: Math.min(c.elapsedMs, c.durationMs), runningSince: c.runningSince as number | null };
}

/** Timers from stored JSON text; fresh timers when it is missing or damaged. */
export function parseTiming(text: string | null): PresentTiming {
  if (!text) return freshTiming();
  try {
    const v = JSON.parse(text) as Record<string, unknown> | null;
    const stopwatch = readCountdown(v?.stopwatch);
    const cd = readCountdown(v?.countdown);
    return stopwatch && cd ? { stopwatch: { ...stopwatch, durationMs: STOPWATCH_LIMIT_MS }, countdown: cd } : freshTiming();
  } catch {
    return freshTiming();
  }
}

/** Minutes the trainer typed, as milliseconds, or null when not a usable number (1–240). */
export function minutesInput(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n <= 240 ? Math.round(n * 60) * 1000 : null;
}

/** Storage key of the presenter's timers (one set for the whole session, whichever lesson). */
export const TIMING_KEY = 'cs-course:trainer:present:timing';
