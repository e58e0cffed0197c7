/**
 * Moving through a slide deck, as plain data: which key does what (arrows, Page Up/Down from
 * a clicker, Home/End, digits + Enter), the slide named by the URL hash, and the message the
 * presenter and projector windows send each other to stay on the same slide.
 */

/** What a key asks the deck to do. */
export type DeckCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  /** Go to a slide, 1-based as typed. */
  | { type: 'goto'; slide: number }
  | { type: 'fullscreen' };

/** The outcome of one key: a command (or none) and the digits typed so far. */
export interface KeyResult {
  command: DeckCommand | null;
  /** Digits typed towards "go to slide n", '' when none. */
  buffer: string;
  /** Whether the key was used (the page should then prevent its default action). */
  handled: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The command for a key (`KeyboardEvent.key`), given the digits typed so far. Digits collect
 * (at most 3), Enter goes to that slide, Backspace takes one back, Escape clears them; any
 * navigation key also clears them. F (either case) asks for full screen.
 */
export function keyCommand(key: string, buffer: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { command: null, buffer: (buffer + key).slice(-3), handled: true };
  if (key === 'Enter') {
    const n = Number.parseInt(buffer, 10);
    return buffer && n > 0 ? { command: { type: 'goto', slide: n }, buffer: '', handled: true } : { command: null, buffer: '', handled: false };
  }
  if (key === 'Backspace' && buffer) return { command: null, buffer: buffer.slice(0, -1), handled: true };
  if (key === 'Escape') return { command: null, buffer: '', handled: buffer !== '' };
  if (NEXT.has(key)) return { command: { type: 'next' }, buffer: '', handled: true };
  if (PREV.has(key)) return { command: { type: 'prev' }, buffer: '', handled: true };
  if (key === 'Home') return { command: { type: 'first' }, buffer: '', handled: true };
  if (key === 'End') return { command: { type: 'last' }, buffer: '', handled: true };
  if (key === 'f' || key === 'F') return { command: { type: 'fullscreen' }, buffer: '', handled: true };
  return { command: null, buffer, handled: false };
}

/** A slide index kept within a deck of `count` slides (0-based; 0 for an empty deck). */
export const clampSlide = (index: number, count: number): number =>
  Number.isFinite(index) ? Math.max(0, Math.min(Math.max(0, count - 1), Math.trunc(index))) : 0;

/** The slide index a navigation command leads to from `current` (full screen changes nothing). */
export function applyCommand(command: DeckCommand, current: number, count: number): number {
  switch (command.type) {
    case 'next': return clampSlide(current + 1, count);
    case 'prev': return clampSlide(current - 1, count);
    case 'first': return 0;
    case 'last': return clampSlide(count - 1, count);
    case 'goto': return clampSlide(command.slide - 1, count);
    default: return current;
  }
}

/** The 0-based slide a URL hash names (`#3` → 2); slide 0 when it names none. */
export function slideFromHash(hash: string, count: number): number {
  const m = /^#?(\d{1,4})$/.exec(hash);
  return m ? clampSlide(Number(m[1]) - 1, count) : 0;
}

/** The URL hash of a 0-based slide (`2` → `#3`): people count slides from 1. */
export const hashForSlide = (index: number): string => `#${index + 1}`;

/** What one window tells the other: this lesson's deck is now at this slide. */
export interface SyncMessage {
  lesson: string;
  /** 0-based slide index. */
  slide: number;
  /** The sending window's random ID, so a window ignores its own echo in storage. */
  from: string;
  /** Clock time of the change, so a stored message is never older news than the page. */
  at: number;
}

/**
 * A sync message read from a BroadcastChannel or a storage value (JSON text), or null when
 * it is damaged, for another lesson, or malformed: other tabs and old versions may write there.
 */
export function parseSyncMessage(data: unknown, lesson: string): SyncMessage | null {
  let value = data;
  if (typeof data === 'string') {
    try { value = JSON.parse(data); } catch { return null; }
  }
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  if (m.lesson !== lesson || typeof m.from !== 'string') return null;
  if (typeof m.slide !== 'number' || !Number.isInteger(m.slide) || m.slide < 0) return null;
  if (typeof m.at !== 'number' || !Number.isFinite(m.at)) return null;
  return { lesson, slide: m.slide, from: m.from, at: m.at };
}

/** The storage key and channel name both windows of a lesson's deck use. */
export const syncKey = (lesson: string): string => `cs-course:trainer:present:${lesson}`;
