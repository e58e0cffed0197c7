/**
 * A countdown for classroom rounds and quiz questions, as plain data: the state records when
 * it was started and how much ran before the last pause, so the remaining time is computed
 * from the clock (never from counting ticks, which drift and stop in background tabs) and
 * the state can be saved and shared between the presenter and projector windows.
 */

/** A countdown; times in milliseconds. */
export interface Countdown {
  durationMs: number;
  /** Clock time of the last start or resume; null while paused or not started. */
  runningSince: number | null;
  /** Time that ran before the last pause. */
  elapsedMs: number;
}

/** A countdown of `durationMs`, not started. */
export const countdown = (durationMs: number): Countdown => ({ durationMs: Math.max(0, durationMs), runningSince: null, elapsedMs: 0 });

/** Time run so far, never more than the duration. */
export const elapsed = (c: Countdown, now: number): number =>
  Math.min(c.durationMs, c.elapsedMs + (c.runningSince === null ? 0 : Math.max(0, now - c.runningSince)));

/** Time left (0 when over). */
export const remaining = (c: Countdown, now: number): number => c.durationMs - elapsed(c, now);

/** Whether the time is up. */
export const isOver = (c: Countdown, now: number): boolean => remaining(c, now) <= 0;

/** Whether it is counting down now. */
export const isRunning = (c: Countdown, now: number): boolean => c.runningSince !== null && !isOver(c, now);

/** Start, or resume after a pause (no change while running or over). */
export function start(c: Countdown, now: number): Countdown {
  return c.runningSince !== null || isOver(c, now) ? c : { ...c, runningSince: now };
}

/** Pause, keeping the time that ran (no change while paused). */
export function pause(c: Countdown, now: number): Countdown {
  return c.runningSince === null ? c : { ...c, runningSince: null, elapsedMs: elapsed(c, now) };
}

/**
 * Add (or with a negative value, take off) time, e.g. "one more minute". A countdown that
 * ran out while running is first stopped at zero, so the minute added is a whole minute
 * (the time since it ran out is not taken from it) and it keeps running.
 */
export function extend(c: Countdown, deltaMs: number, now: number): Countdown {
  const base = isOver(c, now) ? { ...c, elapsedMs: c.durationMs, runningSince: c.runningSince === null ? null : now } : c;
  const durationMs = Math.max(elapsed(base, now), base.durationMs + deltaMs);
  return { ...base, durationMs };
}

/** `m:ss` for a time left, rounded up so that "0:00" shows only when the time is up; hours as `h:mm:ss`. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
