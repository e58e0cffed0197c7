/**
 * The classroom quiz's keyboard: clicker and arrow keys move between questions; R, T and +
 * (single-character shortcuts, which the trainer can turn off: WCAG 2.1.4) reveal the answer,
 * start or pause the countdown and add 30 seconds. Keys typed into a box stay in the box
 * (Escape leaves it), and buttons, links and the like keep their own keys.
 */

/** What each key does. */
export interface KeyActions {
  letterKeys: boolean;
  next: () => void;
  prev: () => void;
  first: () => void;
  last: () => void;
  reveal: () => void;
  timer: () => void;
  more: () => void;
  /** Leave a box (Escape): move the focus out of it. */
  leave: () => void;
}

/** Where typed keys belong to the element: text and number boxes, lists and text areas. */
const TYPING = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), select, textarea, [contenteditable]';

/** A keydown handler for the window. */
export function onKey(a: KeyActions): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(TYPING)) {
      if (e.key === 'Escape') a.leave();
      return;
    }
    // Space and Enter on a focused control activate it; leave them alone everywhere.
    const simple: Record<string, () => void> = { ArrowRight: a.next, PageDown: a.next, ArrowLeft: a.prev, PageUp: a.prev, Home: a.first, End: a.last };
    const letters: Record<string, () => void> = { r: a.reveal, R: a.reveal, t: a.timer, T: a.timer, '+': a.more };
    const action = simple[e.key] ?? (a.letterKeys ? letters[e.key] : undefined);
    if (!action) return;
    e.preventDefault();
    action();
  };
}
