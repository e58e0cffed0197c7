import type { LearnerEvent } from '../progress/events';
import type { SyncState, TrackingAdapter } from './adapter';

/**
 * Drives an adapter from the learner's changing record: one send at a time, and while a
 * send is under way only the newest record waits (adapters send everything not yet sent,
 * so the records in between need no send of their own). A send that ends in `retrying`
 * is tried again after `retryMs` even when the learner does nothing.
 */

/** Timers (the browser's, or fakes in tests). */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** What the launcher hears: every state the adapter reports. */
export interface SyncLoopOptions {
  onState(state: SyncState): void;
  timers: Timers;
  /** Pause before trying a failed send again (default 30 s). */
  retryMs?: number;
}

/** A loop over an adapter; see the module comment. */
export function createSyncLoop(adapter: Pick<TrackingAdapter, 'sync' | 'finish'>, { onState, timers, retryMs = 30_000 }: SyncLoopOptions) {
  let latest: readonly LearnerEvent[] | null = null;
  let running: Promise<void> | null = null;
  let timer: unknown = null;
  let closed = false;

  async function drain(): Promise<void> {
    while (latest && !closed) {
      const events = latest;
      latest = null;
      const state = await adapter.sync(events);
      if (state.state === 'closed') closed = true;
      onState(state);
      if (state.state === 'retrying' && !latest) {
        timers.clear(timer);
        timer = timers.set(() => update(events), retryMs);
      }
    }
  }

  /** The record changed: send it (now, or when the send under way ends). */
  function update(events: readonly LearnerEvent[]): Promise<void> {
    if (closed) return Promise.resolve();
    latest = events;
    timers.clear(timer);
    running ??= drain().finally(() => (running = null));
    return running;
  }

  return {
    update,
    /** Let the send under way end, then finish; a failed finish leaves the loop open to try again. */
    async finish(events: readonly LearnerEvent[]): Promise<SyncState> {
      if (closed) return { state: 'closed' };
      await running;
      timers.clear(timer);
      const state = await adapter.finish(events);
      if (state.state === 'closed') closed = true;
      else if (state.state === 'retrying') timer = timers.set(() => update(events), retryMs);
      onState(state);
      return state;
    },
    get closed() {
      return closed;
    },
  };
}
