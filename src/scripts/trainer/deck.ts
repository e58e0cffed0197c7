/**
 * The slide deck on the presenter and projector pages: shows one slide of the build-time
 * deck (`[data-deck]`), moves on keys and buttons, keeps the slide in the URL hash, and keeps
 * both windows on the same slide through a BroadcastChannel, or, where there is none, the
 * `storage` event of a localStorage key. The presenter also gets a copy of the next slide.
 */
import {
  applyCommand, clampSlide, hashForSlide, keyCommand, parseSyncMessage, slideFromHash, syncKey, type DeckCommand, type SyncMessage,
} from '../../lib/trainer/deck';

// Not lib/template's fill: that module is bundled into the base layout's chunk, and importing
// it would run the learner's progress script on the projector, which has no base layout.
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m));

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) run(deck);

function run(deck: HTMLElement) {
  const lesson = deck.dataset.lesson ?? '';
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const count = slides.length;
  const key = syncKey(lesson);
  const me = Math.random().toString(36).slice(2);
  const q = <T extends HTMLElement>(sel: string) => [...document.querySelectorAll<T>(sel)];
  const live = document.querySelector<HTMLElement>('[data-deck-live]');
  const gotoStatus = document.querySelector<HTMLElement>('[data-deck-goto]');
  const nextFrame = document.querySelector<HTMLElement>('[data-deck-next]');
  let current = -1;
  let lastAt = 0;
  let buffer = '';

  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(key) : null;

  /**
   * Lowers the slide's type until it fits its stage; a diagram or table still too tall (their
   * boxes do not all scale with the type) is then zoomed out as a whole, so nothing scrolls.
   */
  function fit(slide: HTMLElement) {
    const over = () => slide.scrollHeight > slide.clientHeight + 1;
    const body = slide.querySelector<HTMLElement>(':scope > .slide-body');
    let f = 1;
    slide.style.setProperty('--fit', '1');
    body?.style.removeProperty('zoom');
    while (over() && f > 0.55) {
      f -= 0.05;
      slide.style.setProperty('--fit', f.toFixed(2));
    }
    for (let z = 0.95; body && over() && z >= 0.25; z -= 0.05) body.style.zoom = z.toFixed(2);
  }

  /** A copy of the next slide for the presenter, without ids (they must stay unique) and inert. */
  function showNext(index: number) {
    if (!nextFrame) return;
    const next = slides[index + 1];
    const title = document.querySelector<HTMLElement>('[data-deck-next-title]');
    if (title) title.textContent = next ? (next.dataset.title ?? '') : (title.dataset.none ?? '');
    nextFrame.replaceChildren();
    if (!next) return;
    const copy = next.cloneNode(true) as HTMLElement;
    copy.hidden = false;
    copy.removeAttribute('aria-label');
    for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id');
    nextFrame.append(copy);
    fit(copy);
  }

  function show(index: number, announce: boolean) {
    current = index;
    // Focus inside the slide being hidden would fall to the page's start: move it to the new slide.
    const hadFocus = slides.some((s) => s.contains(document.activeElement));
    slides.forEach((s, i) => (s.hidden = i !== index));
    if (hadFocus) slides[index]!.focus();
    fit(slides[index]!);
    const text = slides[index]!.getAttribute('aria-label') ?? '';
    const i = index + 1;
    for (const el of q('[data-deck-position]')) el.textContent = fill(el.dataset.template ?? '{i} / {n}', { i, n: count });
    for (const b of q<HTMLButtonElement>('[data-deck-prev]')) b.disabled = index === 0;
    for (const b of q<HTMLButtonElement>('[data-deck-next-button]')) b.disabled = index === count - 1;
    if (live && announce) live.textContent = text;
    showNext(index);
    history.replaceState(history.state, '', hashForSlide(index));
  }

  /** Moves to a slide; tells the other window unless the move came from it. */
  function go(index: number, send: boolean) {
    const target = clampSlide(index, count);
    if (target === current) return;
    show(target, true);
    if (!send) return;
    lastAt = Math.max(Date.now(), lastAt + 1);
    const message: SyncMessage = { lesson, slide: target, from: me, at: lastAt };
    if (channel) channel.postMessage(message);
    else {
      try { localStorage.setItem(key, JSON.stringify(message)); } catch { /* blocked storage: this window only */ }
    }
  }

  /** A move from the other window; an older message (storage can lag) never undoes a newer move. */
  function receive(data: unknown) {
    const m = parseSyncMessage(data, lesson);
    if (!m || m.from === me || m.at <= lastAt) return;
    lastAt = m.at;
    go(m.slide, false);
  }

  function command(c: DeckCommand) {
    if (c.type === 'fullscreen') return toggleFullscreen();
    go(applyCommand(c, current, count), true);
  }

  function toggleFullscreen() {
    const stage = document.querySelector<HTMLElement>('[data-fullscreen-target]');
    if (!stage) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void stage.requestFullscreen?.().catch(() => {});
  }

  function setBuffer(next: string) {
    buffer = next;
    if (gotoStatus) gotoStatus.textContent = buffer ? fill(gotoStatus.dataset.template ?? '{n}', { n: buffer }) : '';
  }

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    // Space and Enter belong to a focused button or link; arrows and Page keys still turn slides.
    if (target?.closest('button, a, summary') && (e.key === ' ' || (e.key === 'Enter' && !buffer))) return;
    const r = keyCommand(e.key, buffer);
    if (r.command?.type === 'fullscreen' && !document.querySelector('[data-fullscreen-target]')) return;
    setBuffer(r.buffer);
    if (!r.handled) return;
    e.preventDefault();
    if (r.command) command(r.command);
  });

  for (const b of q('[data-deck-prev]')) b.addEventListener('click', () => command({ type: 'prev' }));
  for (const b of q('[data-deck-next-button]')) b.addEventListener('click', () => command({ type: 'next' }));
  for (const b of q('[data-fullscreen]')) b.addEventListener('click', toggleFullscreen);
  for (const b of q('[data-open-projector]')) {
    // One named window: a second click (or the next lesson) reuses it instead of opening another.
    b.addEventListener('click', () => window.open(`${b.dataset.href}${hashForSlide(current)}`, 'cs-course-projector', 'popup,width=1280,height=720'));
  }
  if (channel) channel.onmessage = (e) => receive(e.data);
  window.addEventListener('storage', (e) => { if (e.key === key) receive(e.newValue); });
  window.addEventListener('hashchange', () => go(slideFromHash(location.hash, count), true));
  window.addEventListener('resize', () => { fit(slides[current]!); showNext(current); });
  document.addEventListener('fullscreenchange', () => fit(slides[current]!));

  show(slideFromHash(location.hash, count), false);
  deck.dataset.ready = '';
}
