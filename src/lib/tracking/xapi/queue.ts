import type { StorageLike } from '../../progress/storage';
import type { LrsClient } from './lrs';
import type { Statement } from './types';

/**
 * A persistent outbox of statements. Statements wait in Web Storage until the LRS has
 * accepted them, so a reload, a closed laptop or a lost connection loses nothing; each
 * is queued under a key (the learner event's ID, or the cmi5 session and verb) and a key
 * already queued or sent is not queued again, so nothing is sent twice from here — and
 * the statement IDs are name-based, so an LRS that got a batch whose answer was lost
 * keeps one copy when it comes again.
 *
 * Sending: batches with POST. A batch the LRS refuses as a whole (409: one of its IDs is
 * there already, with other content; 400: one statement is bad) is sent again one by one
 * with PUT: 409 then means "already stored" and counts as sent (xAPI 1.0.3 §2.4.1);
 * a statement refused with 400 can never be stored, and is set aside (`rejected`, kept
 * in storage) rather than blocking the rest. Anything else (no answer, 401, 5xx)
 * stops the flush; the statements wait for the next one.
 */

/** What a flush achieved. */
export interface FlushResult {
  /** Statements still waiting. */
  pending: number;
  /** Why they wait (offline, the LRS's answer), when they do. */
  error?: string;
  /** Statements the LRS refused for good (400), in all. */
  rejected: number;
}

interface Saved {
  pending: { key: string; statement: Statement }[];
  /** Keys of statements the LRS holds (or refused for good). */
  done: string[];
  rejected: Statement[];
}

/** What the outbox needs. */
export interface OutboxDeps {
  /** The LRS, once there is a connection (cmi5: after the token fetch); null keeps everything waiting. */
  lrs: () => LrsClient | null;
  /** Web Storage (null: memory only, as when storage is blocked). */
  storage: StorageLike | null;
  /** Storage key, one per registration (cmi5) or learner and endpoint. */
  key: string;
  /** False while the browser knows it is offline: no request is tried. */
  online: () => boolean;
  /** Statements per POST. */
  batchSize?: number;
}

/** An outbox; see {@link createOutbox}. */
export type Outbox = ReturnType<typeof createOutbox>;

function load(storage: StorageLike | null, key: string): Saved {
  try {
    const data = JSON.parse(storage?.getItem(key) ?? 'null') as Partial<Saved> | null;
    if (data && Array.isArray(data.pending) && Array.isArray(data.done)) return { pending: data.pending, done: data.done, rejected: Array.isArray(data.rejected) ? data.rejected : [] };
  } catch {
    // Unreadable: start empty (the learner's record is elsewhere and is sent again by key).
  }
  return { pending: [], done: [], rejected: [] };
}

/** The outbox stored under `deps.key`, as an earlier page left it. */
export function createOutbox(deps: OutboxDeps) {
  const saved = load(deps.storage, deps.key);
  const done = new Set(saved.done);
  const pending = saved.pending.filter((p) => !done.has(p.key));
  const rejected = saved.rejected;
  const size = deps.batchSize ?? 50;
  let chain: Promise<FlushResult> = Promise.resolve({ pending: 0, rejected: 0 });

  function persist(): void {
    try {
      deps.storage?.setItem(deps.key, JSON.stringify({ pending, done: [...done], rejected } satisfies Saved));
    } catch {
      // Full or blocked storage: the outbox lives on in memory for this page.
    }
  }
  const markSent = (keys: readonly string[]) => {
    for (const k of keys) done.add(k);
    const left = pending.filter((p) => !done.has(p.key));
    pending.splice(0, pending.length, ...left);
    persist();
  };

  /** Send one statement with PUT; returns an error message, or null when it is settled. */
  async function sendOne(item: { key: string; statement: Statement }): Promise<string | null> {
    const res = await deps.lrs()!.putStatement(item.statement);
    if (res.status === 204 || res.status === 200 || res.status === 409) return markSent([item.key]), null;
    if (res.status === 400) {
      rejected.push(item.statement);
      return markSent([item.key]), null;
    }
    return res.message ?? `HTTP ${res.status}`;
  }

  async function flushNow(): Promise<FlushResult> {
    const result = (error?: string): FlushResult => ({ pending: pending.length, rejected: rejected.length, ...(error && { error }) });
    while (pending.length > 0) {
      if (!deps.online()) return result('offline');
      const lrs = deps.lrs();
      if (!lrs) return result('not connected');
      const batch = pending.slice(0, size);
      const res = await lrs.postStatements(batch.map((b) => b.statement));
      if (res.status === 200 || res.status === 204) {
        markSent(batch.map((b) => b.key));
        continue;
      }
      if (res.status !== 409 && res.status !== 400) return result(res.message ?? `HTTP ${res.status}`);
      for (const item of batch) {
        const error = await sendOne(item);
        if (error) return result(error);
      }
    }
    return result();
  }

  return {
    /** Queue statements by key; a key already queued or sent is skipped. Returns how many were added. */
    add(items: readonly { key: string; statement: Statement }[]): number {
      const waiting = new Set(pending.map((p) => p.key));
      const fresh = items.filter((i) => !done.has(i.key) && !waiting.has(i.key) && waiting.add(i.key));
      if (fresh.length === 0) return 0;
      pending.push(...fresh);
      persist();
      return fresh.length;
    },
    /** Record keys as sent without sending (what the LRS gave back: it holds them already). */
    markSent: (keys: readonly string[]) => markSent(keys),
    /** Whether a key was sent or is waiting. */
    has: (key: string) => done.has(key) || pending.some((p) => p.key === key),
    /** Whether the LRS has the statement of a key. */
    sent: (key: string) => done.has(key),
    /** Statements waiting, oldest first. */
    get pending(): readonly Statement[] {
      return pending.map((p) => p.statement);
    },
    /** Send what waits; flushes run one after another, never two at once. */
    flush(): Promise<FlushResult> {
      chain = chain.then(flushNow, flushNow);
      return chain;
    },
  };
}
