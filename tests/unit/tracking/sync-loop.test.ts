import { describe, expect, it } from 'vitest';
import type { SyncState } from '../../../src/lib/tracking/adapter';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { createSyncLoop } from '../../../src/lib/tracking/sync-loop';

const record = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }) as LearnerEvent);

function fakeAdapter(results: SyncState['state'][] = []) {
  const sent: number[] = [];
  const gates: Array<() => void> = [];
  return {
    sent,
    gates,
    async sync(events: readonly LearnerEvent[]): Promise<SyncState> {
      await new Promise<void>((resolve) => gates.push(resolve));
      sent.push(events.length);
      const state = results.shift() ?? 'saved';
      return state === 'saved' ? { state, at: new Date(0) } : state === 'retrying' ? { state, pending: 1, message: 'down' } : { state };
    },
    async finish(): Promise<SyncState> {
      return { state: 'closed' };
    },
  };
}
function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return { pending, set: (fn: () => void) => (pending.set(++next, fn), next), clear: (h: unknown) => void pending.delete(h as number) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('sync loop', () => {
  it('sends one record at a time and, after a slow send, only the newest of those that came meanwhile', async () => {
    const adapter = fakeAdapter();
    const states: string[] = [];
    const loop = createSyncLoop(adapter, { onState: (s) => states.push(s.state), timers: fakeTimers() });
    const done = loop.update(record(1));
    loop.update(record(2));
    loop.update(record(3));
    await flush();
    adapter.gates.shift()!();
    await flush();
    adapter.gates.shift()!();
    await done;
    expect(adapter.sent).toEqual([1, 3]);
    expect(states).toEqual(['saved', 'saved']);
  });

  it('tries a failed send again on a timer when the learner does nothing more [F-LMS-REJECTS-COMMIT]', async () => {
    const adapter = fakeAdapter(['retrying', 'saved']);
    const timers = fakeTimers();
    const states: string[] = [];
    const loop = createSyncLoop(adapter, { onState: (s) => states.push(s.state), timers });
    const first = loop.update(record(4));
    await flush();
    adapter.gates.shift()!();
    await first;
    expect(timers.pending.size).toBe(1);
    [...timers.pending.values()][0]!();
    await flush();
    adapter.gates.shift()!();
    await flush();
    expect(adapter.sent).toEqual([4, 4]);
    expect(states).toEqual(['retrying', 'saved']);
    expect(timers.pending.size).toBe(0);
  });

  it('sends nothing after finish', async () => {
    const adapter = fakeAdapter();
    const loop = createSyncLoop(adapter, { onState: () => {}, timers: fakeTimers() });
    expect((await loop.finish(record(2))).state).toBe('closed');
    await loop.update(record(5));
    expect(adapter.sent).toEqual([]);
    expect(loop.closed).toBe(true);
  });
});
