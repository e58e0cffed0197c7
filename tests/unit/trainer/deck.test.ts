import { describe, expect, it } from 'vitest';
import { applyCommand, clampSlide, hashForSlide, keyCommand, parseSyncMessage, slideFromHash } from '../../../src/lib/trainer/deck';

describe('keyCommand', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['f', 'fullscreen'], ['F', 'fullscreen'],
  ])('%j means %s', (key, type) => {
    expect(keyCommand(key, '')).toEqual({ command: { type }, buffer: '', handled: true });
  });

  it('collects digits and goes to that slide on Enter', () => {
    let r = keyCommand('1', '');
    r = keyCommand('2', r.buffer);
    expect(r).toEqual({ command: null, buffer: '12', handled: true });
    expect(keyCommand('Enter', r.buffer)).toEqual({ command: { type: 'goto', slide: 12 }, buffer: '', handled: true });
  });

  it('leaves Enter alone when no digits were typed, so buttons and links still work', () => {
    expect(keyCommand('Enter', '')).toEqual({ command: null, buffer: '', handled: false });
    expect(keyCommand('Enter', '0').command).toBeNull();
  });

  it('takes a digit back with Backspace, clears with Escape and with navigation', () => {
    expect(keyCommand('Backspace', '12').buffer).toBe('1');
    expect(keyCommand('Escape', '12')).toEqual({ command: null, buffer: '', handled: true });
    expect(keyCommand('Escape', '').handled).toBe(false);
    expect(keyCommand('PageDown', '4').buffer).toBe('');
  });

  it('keeps at most three digits and ignores other keys', () => {
    expect(keyCommand('9', '123').buffer).toBe('239');
    expect(keyCommand('a', '1')).toEqual({ command: null, buffer: '1', handled: false });
  });
});

describe('applyCommand', () => {
  it.each([
    [{ type: 'next' } as const, 2, 3],
    [{ type: 'next' } as const, 4, 4],
    [{ type: 'prev' } as const, 0, 0],
    [{ type: 'prev' } as const, 3, 2],
    [{ type: 'first' } as const, 3, 0],
    [{ type: 'last' } as const, 0, 4],
    [{ type: 'goto', slide: 2 } as const, 0, 1],
    [{ type: 'goto', slide: 99 } as const, 0, 4],
    [{ type: 'fullscreen' } as const, 3, 3],
  ])('%j from slide %i of 5 leads to %i', (command, from, to) => {
    expect(applyCommand(command, from, 5)).toBe(to);
  });

  it('keeps indexes inside the deck', () => {
    expect(clampSlide(-3, 5)).toBe(0);
    expect(clampSlide(Number.NaN, 5)).toBe(0);
    expect(clampSlide(3, 0)).toBe(0);
  });
});

describe('slide hash', () => {
  it('counts from 1 in the hash and from 0 in code', () => {
    expect(hashForSlide(2)).toBe('#3');
    expect(slideFromHash('#3', 10)).toBe(2);
    expect(slideFromHash('#30', 10)).toBe(9);
    expect(slideFromHash('', 10)).toBe(0);
    expect(slideFromHash('#objectives', 10)).toBe(0);
  });
});

describe('parseSyncMessage', () => {
  const ok = { lesson: 'm1/x', slide: 3, from: 'w1', at: 5 };
  it('reads a message as an object or as stored JSON', () => {
    expect(parseSyncMessage(ok, 'm1/x')).toEqual(ok);
    expect(parseSyncMessage(JSON.stringify(ok), 'm1/x')).toEqual(ok);
  });
  it.each([
    ['damaged JSON', '{"lesson":'],
    ['another lesson', { ...ok, lesson: 'm2/y' }],
    ['a negative slide', { ...ok, slide: -1 }],
    ['a fractional slide', { ...ok, slide: 1.5 }],
    ['no sender', { ...ok, from: 1 }],
    ['no time', { ...ok, at: 'now' }],
    ['null', null],
  ])('rejects %s', (_name, data) => {
    expect(parseSyncMessage(data, 'm1/x')).toBeNull();
  });
});
