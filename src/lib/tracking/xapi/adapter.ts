import type { LearnerEvent } from '../../progress/events';
import type { StorageLike } from '../../progress/storage';
import type { StartResult, SyncState, TrackingAdapter } from '../adapter';
import type { InteractionType } from '../scorm-model';
import { createLrsClient, type FetchLike } from './lrs';
import { createOutbox, type FlushResult } from './queue';
import { eventStatement } from './statements';

/**
 * The xAPI adapters: cmi5 when an LMS launches the course (cmi5-adapter.ts), and a plain
 * LRS configured at build time (PUBLIC_LRS_ENDPOINT / PUBLIC_LRS_AUTH), for a site on the
 * open web whose pages send the learner's events as they happen. The plain one has no
 * session rules: one statement per event, queued and sent like cmi5's.
 */

export { cmi5LaunchParams, type Cmi5Launch } from './cmi5';
export { createCmi5Adapter, type Cmi5Adapter, type Cmi5Deps } from './cmi5-adapter';

/** The build-time LRS settings and who the learner is. */
export interface XapiConfig {
  /** The LRS's xAPI endpoint. */
  endpoint: string;
  /**
   * `Basic <base64>`, or `key:secret` (encoded here), or the base64 part alone. Shipped in
   * the pages, so anyone can read it: use a key that may only write statements.
   */
  auth: string;
  /** The site's origin: the learner's account home page and the root of activity IDs. */
  homePage: string;
  /** The learner's random ID (the learner record's `learnerId`). */
  learnerId: string;
  /** Course ID, for the activity IDs (`<homePage>/xapi/<courseId>/…`). */
  courseId: string;
}

/** What the plain adapter is given. */
export interface XapiDeps {
  fetch: FetchLike;
  storage: StorageLike | null;
  online: () => boolean;
  itemTypes?: Readonly<Record<string, InteractionType>>;
  batchSize?: number;
}

/** The Authorization header value of a configured auth string. */
export function authorizationOf(auth: string): string {
  const value = auth.trim();
  if (/^basic\s/i.test(value)) return value;
  if (!value.includes(':')) return `Basic ${value}`;
  const bytes = new TextEncoder().encode(value);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** A plain LRS adapter (kind `xapi`). */
export function createXapiAdapter(config: XapiConfig, deps: XapiDeps): TrackingAdapter {
  const lrs = createLrsClient({ endpoint: config.endpoint, authorization: authorizationOf(config.auth), fetch: deps.fetch });
  const origin = config.homePage.replace(/\/+$/, '');
  const actor = { objectType: 'Agent' as const, account: { homePage: origin, name: config.learnerId } };
  const base = `${origin}/xapi/${encodeURIComponent(config.courseId)}`;
  const idScope = `${config.endpoint}\n${config.learnerId}`;
  const queue = createOutbox({ lrs: () => lrs, storage: deps.storage, key: `cs-course:xapi-outbox:lrs:${config.learnerId}`, online: deps.online, ...(deps.batchSize && { batchSize: deps.batchSize }) });
  let closed = false;
  const stateOf = (r: FlushResult): SyncState =>
    r.pending === 0 ? (closed ? { state: 'closed' } : { state: 'saved', at: new Date() }) : { state: 'retrying', pending: r.pending, message: r.error ?? '' };

  async function push(events: readonly LearnerEvent[]): Promise<SyncState> {
    if (!closed) {
      const fresh = events.filter((e) => !queue.has(e.id));
      queue.add(fresh.map((e) => ({ key: e.id, statement: eventStatement(e, { actor, base, idScope, ...(deps.itemTypes && { itemTypes: deps.itemTypes }) }) })));
    }
    return stateOf(await queue.flush());
  }
  return {
    kind: 'xapi',
    async start(): Promise<StartResult> {
      await queue.flush();
      return { restored: [], learner: { id: config.learnerId } };
    },
    sync: push,
    async finish(events) {
      const last = await push(events);
      closed = true;
      return last.state === 'saved' ? { state: 'closed' } : last;
    },
  };
}
