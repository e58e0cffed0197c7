import { describe, expect, it } from 'vitest';
import { DEFAULT_SECONDS, cleanSeconds, countKey, goTo, newRound, parseRound, setCount, setRevealed, setSeconds, withTimer } from '../../../src/lib/trainer/quiz-round';
import { pause, remaining, start } from '../../../src/lib/trainer/timer';

const ids = ['q1', 'q2', 'q3'];

describe('classroom quiz round', () => {
  it('starts at the first question with a countdown of the default length, not running', () => {
    const r = newRound();
    expect(r.index).toBe(0);
    expect(r.seconds).toBe(DEFAULT_SECONDS);
    expect(remaining(r.timer, 0)).toBe(DEFAULT_SECONDS * 1000);
    expect(r.timer.runningSince).toBeNull();
  });

  it('moves between questions within the quiz and resets the countdown on the new question', () => {
    const running = withTimer(newRound(30), start(newRound(30).timer, 1000));
    const next = goTo(running, 1, 3);
    expect(next.index).toBe(1);
    expect(next.timer.runningSince).toBeNull();
    expect(remaining(next.timer, 99_000)).toBe(30_000);
    expect(goTo(next, 7, 3).index).toBe(2);
    expect(goTo(next, -2, 3).index).toBe(0);
    expect(goTo(running, 0, 3)).toBe(running);
  });

  it('keeps the hands counted per option, cleaned to whole numbers, without touching the old round', () => {
    const r0 = newRound();
    const r1 = setCount(setCount(r0, 'q1', countKey('main', 'a'), '7'), 'q1', countKey('main', 'b'), -3);
    expect(r1.counts).toEqual({ q1: { 'main:a': 7, 'main:b': 0 } });
    expect(r0.counts).toEqual({});
  });

  it('reveals an answer once and hides it again', () => {
    const shown = setRevealed(setRevealed(newRound(), 'q2', true), 'q2', true);
    expect(shown.revealed).toEqual(['q2']);
    expect(setRevealed(shown, 'q2', false).revealed).toEqual([]);
  });

  it('changes the length of a countdown that has not started, and leaves a running one alone', () => {
    expect(remaining(setSeconds(newRound(), 90).timer, 0)).toBe(90_000);
    const paused = withTimer(newRound(), pause(start(newRound().timer, 0), 10_000));
    const changed = setSeconds(paused, 90);
    expect(changed.seconds).toBe(90);
    expect(changed.timer).toBe(paused.timer);
  });

  it.each([[45, 45], ['120', 120], [0, 5], [99_999, 3600], ['soon', DEFAULT_SECONDS], [null, DEFAULT_SECONDS]])('reads typed seconds %j as %i', (input, out) => {
    expect(cleanSeconds(input)).toBe(out);
  });

  it('reads back a saved round as it was', () => {
    let r = setCount(goTo(newRound(45), 2, 3), 'q3', 'main:a', 4);
    r = setRevealed(r, 'q3', true);
    r = withTimer(r, pause(start(r.timer, 0), 20_000));
    expect(parseRound(JSON.stringify(r), ids)).toEqual(r);
  });

  it('drops what belongs to items no longer in the quiz and keeps the position inside it', () => {
    const stored = { ...setRevealed(setCount(newRound(), 'gone', 'main:a', 3), 'gone', true), index: 9 };
    const r = parseRound(JSON.stringify(stored), ids);
    expect(r.counts).toEqual({});
    expect(r.revealed).toEqual([]);
    expect(r.index).toBe(2);
  });

  it('repairs damaged fields: bad counts become 0, a broken timer a fresh one [F-TRAINER-STORAGE]', () => {
    const r = parseRound(JSON.stringify({ version: 1, index: 'x', seconds: 30, counts: { q1: { 'main:a': 'lots' } }, revealed: 'q1', timer: { durationMs: 'x' } }), ids);
    expect(r.index).toBe(0);
    expect(r.counts).toEqual({ q1: { 'main:a': 0 } });
    expect(r.revealed).toEqual([]);
    expect(remaining(r.timer, 0)).toBe(30_000);
  });

  it.each([null, '', '{', 'null', '[]', '{"version":2}'])('starts afresh from unreadable storage %j [F-TRAINER-STORAGE]', (text) => {
    expect(parseRound(text, ids)).toEqual(newRound());
  });
});
