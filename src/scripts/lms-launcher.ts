/**
 * The LMS launcher's script (src/pages/lms/index.astro): finds the LMS, restores what it
 * kept into the local record, then loads the course in the frame and sends the record
 * after every change through one adapter (src/lib/tracking/adapter.ts), showing how
 * that goes in the status bar. Without an LMS it only loads the frame: nothing shows.
 */
import type { SyncState, TrackingAdapter } from '../lib/tracking/adapter';
import { findApi } from '../lib/tracking/scorm-api';
import { createScormAdapter } from '../lib/tracking/scorm-adapter';
import type { InteractionType } from '../lib/tracking/scorm-model';
import { createSyncLoop } from '../lib/tracking/sync-loop';
import { cmi5LaunchParams, createCmi5Adapter } from '../lib/tracking/xapi/adapter';
import type { CourseOutline } from '../lib/progress/outline';
import type { StorageLike } from '../lib/progress/storage';
import { fill } from '../lib/template';
import type { LmsStringKey, LmsStrings } from '../i18n/lms-strings';
import { $events, importEvents, switchLearner } from '../stores/learner';

/** Which LMS learner the local record belongs to (`<kind>:<id>`): a new one gets a fresh record. */
const LEARNER_KEY = 'cs-course:lms-learner';
const KINDS: Record<string, string> = { 'scorm-1.2': 'SCORM 1.2', 'scorm-2004': 'SCORM 2004', cmi5: 'cmi5', xapi: 'xAPI' };

interface LauncherData {
  outline: CourseOutline;
  itemTypes: Record<string, InteractionType>;
  strings: Record<string, LmsStrings>;
}
type Shown = SyncState | { state: 'connecting' | 'unopened' | 'finish-failed'; message?: string };

const data = JSON.parse(document.getElementById('lms-data')?.textContent ?? '{}') as LauncherData;
const $ = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-lms-${name}]`)!;
const bar = $('bar');
const status = $('status');
const frame = $<HTMLIFrameElement>('frame');
const confirm = $('confirm');
const actions = $('actions');
let locale = 'zh-CN';
let shown: Shown = { state: 'connecting' };
let kind = '';

function localStore(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // blocked: the record lives in memory (the store says so on the pages)
  }
}
const storage = localStore();

const t = (key: LmsStringKey, values: Record<string, string> = {}) => fill((data.strings[locale] ?? data.strings['zh-CN']!)[key], values);

/** Put the bar's texts in the current locale and show the last state. */
function render(): void {
  bar.lang = locale;
  bar.setAttribute('aria-label', t('bar.label'));
  bar.dataset.state = shown.state;
  $('finish').textContent = t('finish.button');
  $('question').textContent = t('finish.question');
  $('confirm-yes').textContent = t('finish.confirm');
  $('confirm-no').textContent = t('finish.cancel');
  const time = 'at' in shown ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(shown.at) : '';
  const key: LmsStringKey = shown.state === 'finish-failed' ? 'finish.failed' : `state.${shown.state}`;
  status.textContent = t(key, { kind: KINDS[kind] ?? kind, time, message: 'message' in shown ? (shown.message ?? '') : '' });
  actions.hidden = shown.state === 'closed' || shown.state === 'unopened' || !confirm.hidden;
}
function show(next: Shown): void {
  shown = next;
  render();
  // cmi5: once the session is over the window goes where the LMS said (also after a retried finish).
  if (next.state === 'closed' && next.returnUrl) location.assign(next.returnUrl);
}

/** The bar speaks the language of the page in the frame (same origin), and the window takes its title. */
frame.addEventListener('load', () => {
  try {
    const doc = frame.contentDocument;
    if (doc?.documentElement.lang) locale = doc.documentElement.lang;
    if (doc?.title) document.title = doc.title;
  } catch {
    // Not our page (cannot happen with the course's own links): keep the bar as it is.
  }
  render();
});

function chooseAdapter(): TrackingAdapter | null {
  const found = findApi(window);
  if (found) return createScormAdapter(found, { clock: Date, outline: data.outline, itemTypes: data.itemTypes, storage });
  const launch = cmi5LaunchParams(location.href);
  if (!launch) return null;
  let tokenStorage: Storage | null = null;
  try {
    tokenStorage = sessionStorage; // the fetch URL works once: a reload reuses the token
  } catch {
    tokenStorage = null;
  }
  return createCmi5Adapter(launch, { fetch: (url, init) => fetch(url, init), storage, tokenStorage, clock: Date, online: () => navigator.onLine, outline: data.outline, itemTypes: data.itemTypes });
}

/** Restore what the LMS keeps: into this learner's record, or as a fresh record when the browser held someone else's. */
function restore(adapterKind: string, learnerId: string | undefined, restored: Parameters<typeof importEvents>[0]): void {
  const who = learnerId ? `${adapterKind}:${learnerId}` : null;
  let before: string | null = null;
  try {
    before = storage?.getItem(LEARNER_KEY) ?? null;
    if (who) storage?.setItem(LEARNER_KEY, who);
  } catch {
    // Storage blocked: the record is in memory and this launch's alone.
  }
  if (who && before && before !== who) {
    switchLearner(restored);
    // The previous learner's name and issued completion record must not carry over either.
    for (const key of ['cs-course:identity', 'cs-course:issued-record']) {
      try {
        localStorage.removeItem(key);
      } catch {
        // Blocked storage: nothing was kept.
      }
    }
  } else importEvents(restored);
}

async function main(): Promise<void> {
  const start = new URL(frame.dataset.start ?? '/', location.href).href;
  const adapter = chooseAdapter();
  if (!adapter) {
    frame.src = start;
    return;
  }
  kind = adapter.kind;
  bar.hidden = false;
  render();
  const started = await adapter.start();
  if (started.failed) {
    show({ state: 'unopened' });
    frame.src = start;
    return;
  }
  restore(adapter.kind, started.learner?.id, started.restored);
  frame.src = start;
  const loop = createSyncLoop(adapter, { onState: show, timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) } });
  $events.subscribe((events) => void loop.update(events));
  addEventListener('online', () => void loop.update($events.get()));

  const ask = (open: boolean) => {
    confirm.hidden = !open;
    render();
    (open ? $('confirm-no') : $('finish')).focus();
  };
  $('finish').addEventListener('click', () => ask(true));
  $('confirm-no').addEventListener('click', () => ask(false));
  $('confirm-yes').addEventListener('click', async () => {
    confirm.hidden = true;
    const state = await loop.finish($events.get());
    if (state.state !== 'closed') {
      show({ state: 'finish-failed', message: 'message' in state ? state.message : '' });
      $('finish').focus();
      return;
    }
    if (state.returnUrl) return; // show() is taking the window there
    frame.hidden = true;
    status.tabIndex = -1;
    status.focus();
  });
}

void main();
