/**
 * Running clock times of a session plan's agenda: the trainer sets the start time, each
 * block starts where the previous one ended. Times are minutes since midnight, so a
 * session that runs past midnight still reads sensibly (it wraps to 00:xx).
 */

/** Where a session starts when the trainer has set nothing: 09:00. */
export const DEFAULT_START = 9 * 60;

/** A block's start and end, in minutes since midnight (end may pass 24:00 before formatting). */
export interface BlockTime {
  start: number;
  end: number;
}

/** Minutes since midnight from `H:MM` / `HH:MM` (a full-width colon too); null for anything else. */
export function parseTimeOfDay(text: unknown): number | null {
  const m = /^\s*(\d{1,2})\s*[:：.]\s*(\d{2})\s*$/.exec(String(text ?? ''));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** `HH:MM` on a 24-hour clock (the value `<input type="time">` uses); wraps past midnight. */
export function formatTimeOfDay(minutes: number): string {
  const t = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The start and end of every block, one after another from `start`. */
export function agendaTimes(blockMinutes: readonly number[], start: number): BlockTime[] {
  let at = start;
  return blockMinutes.map((m) => {
    const time = { start: at, end: at + m };
    at = time.end;
    return time;
  });
}
