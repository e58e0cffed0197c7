import type { LearnerEvent } from '../../progress/events';
import type { CourseOutline } from '../../progress/outline';
import type { StorageLike } from '../../progress/storage';
import type { StartResult, SyncState, TrackingAdapter } from '../adapter';
import type { InteractionType } from '../scorm-model';
import { scormReport } from '../scorm-report';
import { decodeSuspend, encodeSuspend } from '../suspend';
import type { Cmi5Launch } from './cmi5';
import { cmi5Statement, cmi5StatementKey, dueOutcomes, type Cmi5Scope, type Cmi5Verb, type OutcomeVerb } from './cmi5-rules';
import { connectCmi5, stateKey, type Cmi5Connection } from './connect';
import type { FetchLike } from './lrs';
import { createOutbox, type FlushResult } from './queue';
import { eventStatement, laterOf } from './statements';

/**
 * The cmi5 adapter: Initialized when the launcher starts; after every change of the
 * record, one "cmi5 allowed" statement per new event and the cmi5 defined outcomes that
 * became due (cmi5-rules.ts); Terminated on Finish. Everything goes through the outbox
 * (queue.ts), so offline work is sent when the connection returns and nothing twice.
 * The learner's progress is also kept in a State API document (`cs-course.progress`,
 * suspend data as the SCORM packages write it), so another device restores it.
 */

/** What the adapter is given (the launcher passes the browser's; tests pass fakes). */
export interface Cmi5Deps {
  fetch: FetchLike;
  /** localStorage: the outbox and the session's start survive a reload. */
  storage: StorageLike | null;
  /** sessionStorage: the one-time auth token, for a reload in the same session. */
  tokenStorage?: StorageLike | null;
  clock: { now(): number };
  /** `navigator.onLine`: false skips requests (they would fail) until it is true again. */
  online: () => boolean;
  outline: CourseOutline;
  /** Interaction type per `<quiz id>/<item id>`. */
  itemTypes?: Readonly<Record<string, InteractionType>>;
  /** Called with a listener to run when the browser comes back online (`window` `online` event). */
  onOnline?: (listener: () => void) => void;
  /** Told the state after a send the launcher did not ask for (the `online` flush). */
  onState?: (state: SyncState) => void;
  batchSize?: number;
}

/** The cmi5 adapter, plus what the launcher and tests read from it. */
export interface Cmi5Adapter extends TrackingAdapter {
  /**
   * §10 returnURL: once finish() (or a later sync) resolves `closed` (whose `returnUrl` it is),
   * the launcher MUST send the window there; undefined when the LMS gives none.
   */
  readonly returnURL: string | undefined;
  /** The launch mode, once started. */
  readonly launchMode: string | undefined;
}

/** The course's own State API document. */
export const PROGRESS_STATE = 'cs-course.progress';

/** An adapter for a cmi5 launch; nothing is requested before `start()`. */
export function createCmi5Adapter(launch: Cmi5Launch, deps: Cmi5Deps): Cmi5Adapter {
  let conn: Cmi5Connection | null = null;
  const queue = createOutbox({ lrs: () => conn?.lrs ?? null, storage: deps.storage, key: `cs-course:xapi-outbox:${launch.registration}`, online: deps.online, ...(deps.batchSize && { batchSize: deps.batchSize }) });
  let failure: { final: boolean; message: string } | null = null;
  let session = { id: '', startedAt: '', terminated: false };
  const sessionKey = `cs-course:cmi5-session:${launch.registration}`;
  let fromLrs = new Set<OutcomeVerb>();
  let latest = '';
  let savedProgress = '';
  const nowIso = () => new Date(deps.clock.now()).toISOString();

  const saveSession = () => {
    try {
      deps.storage?.setItem(sessionKey, JSON.stringify(session));
    } catch {
      // Memory only: a reload would start the session's clock again.
    }
  };
  const scope = (): Cmi5Scope => ({
    actor: launch.actor,
    activityId: launch.activityId,
    registration: launch.registration,
    sessionId: conn!.sessionId,
    contextTemplate: conn!.launchData.contextTemplate,
    ...(conn!.launchData.masteryScore !== undefined && { masteryScore: conn!.launchData.masteryScore }),
  });
  const seconds = () => (deps.clock.now() - Date.parse(session.startedAt)) / 1000;
  const queueDefined = (verb: Cmi5Verb, scaled: number | null = null) => {
    const at = laterOf(nowIso(), latest);
    latest = at;
    queue.add([{ key: cmi5StatementKey(verb, scope()), statement: cmi5Statement(verb, scope(), at, seconds(), scaled) }]);
  };

  async function connect(): Promise<StartResult | null> {
    if (conn) return null;
    if (failure?.final) return null;
    const result = await connectCmi5(launch, deps);
    if (!result.ok) return (failure = result), null;
    failure = null;
    conn = result.connection;
    try {
      const stored = JSON.parse(deps.storage?.getItem(sessionKey) ?? 'null') as typeof session | null;
      if (stored?.id === conn.sessionId) session = stored;
    } catch {
      // A new session record below.
    }
    if (session.id !== conn.sessionId) session = { id: conn.sessionId, startedAt: nowIso(), terminated: false };
    saveSession();
    latest = session.startedAt;
    const doc = await conn.lrs.getState(stateKey(launch, PROGRESS_STATE));
    const body = (doc.status === 200 ? doc.body : null) as { suspend?: unknown; sent?: unknown } | null;
    fromLrs = new Set(Array.isArray(body?.sent) ? body.sent.filter((v): v is OutcomeVerb => v === 'completed' || v === 'passed') : []);
    // §9.3.2: Initialized is the first statement of the session, whatever the mode.
    queueDefined('initialized');
    const restored = decodeSuspend(body?.suspend);
    // Their statements were sent from where they happened: merged into this record, they are not sent again.
    queue.markSent(restored.map((e) => e.id));
    return { restored, ...(conn.locale && { locale: conn.locale }) };
  }

  function stateOf(r: FlushResult): SyncState {
    if (r.pending === 0 && session.terminated) {
      const returnUrl = conn?.launchData.returnURL;
      return { state: 'closed', ...(returnUrl && { returnUrl }) };
    }
    if (r.pending === 0) return { state: 'saved', at: new Date(deps.clock.now()) };
    return { state: 'retrying', pending: r.pending, message: r.error ?? '' };
  }

  /** Keep the progress document up to date (best effort: statements are what counts). */
  async function saveProgress(events: readonly LearnerEvent[]): Promise<void> {
    const sent = (['completed', 'passed'] as const).filter((v) => fromLrs.has(v) || queue.sent(cmi5StatementKey(v, scope())));
    const doc = { suspend: encodeSuspend(events, deps.outline), sent };
    const text = JSON.stringify(doc);
    if (text === savedProgress || !deps.online()) return;
    const res = await conn!.lrs.putState(stateKey(launch, PROGRESS_STATE), doc);
    if (res.status === 204 || res.status === 200) savedProgress = text;
  }

  let lastEvents: readonly LearnerEvent[] = [];
  async function push(events: readonly LearnerEvent[]): Promise<SyncState> {
    lastEvents = events;
    if (!conn) await connect();
    if (!conn) {
      if (failure?.final) return { state: 'closed', message: failure.message };
      return { state: 'retrying', pending: events.filter((e) => !queue.has(e.id)).length + queue.pending.length, message: failure?.message ?? 'offline' };
    }
    if (!session.terminated) {
      const mode = conn.launchData.launchMode;
      // "Nothing graded" outside Normal mode (§10 launchMode): only lesson visits are told.
      const fresh = events.filter((e) => !queue.has(e.id) && (mode === 'Normal' || e.verb === 'experienced'));
      queue.add(fresh.map((e) => ({ key: e.id, statement: eventStatement(e, { actor: launch.actor, base: launch.activityId, idScope: launch.registration, registration: launch.registration, contextTemplate: conn!.launchData.contextTemplate, notBefore: session.startedAt, ...(deps.itemTypes && { itemTypes: deps.itemTypes }) }) })));
      for (const e of fresh) latest = laterOf(latest, e.timestamp);
      const typeOf = (id: string, parent: string) => deps.itemTypes?.[`${parent}/${id}`];
      const report = scormReport(events, deps.outline, { typeOf });
      const inSession = new Set((['completed', 'passed', 'failed'] as const).filter((v) => queue.has(cmi5StatementKey(v, scope()))));
      const inRegistration = new Set([...fromLrs, ...(['completed', 'passed'] as const).filter((v) => queue.has(cmi5StatementKey(v, scope())))]);
      for (const verb of dueOutcomes(report, mode, { registration: inRegistration, session: inSession }, conn.launchData.masteryScore)) queueDefined(verb, report.scaled);
    }
    const flushed = await queue.flush();
    if (!session.terminated) await saveProgress(events);
    return stateOf(flushed);
  }


  return {
    kind: 'cmi5',
    get returnURL() {
      return conn?.launchData.returnURL;
    },
    get launchMode() {
      return conn?.launchData.launchMode;
    },
    async start(): Promise<StartResult> {
      // Back online: send what waits (connecting first if the launch happened offline).
      deps.onOnline?.(() => void push(lastEvents).then((s) => deps.onState?.(s)));
      const started = await connect();
      if (conn) await queue.flush();
      const { account, mbox, name } = launch.actor;
      const id = account?.name ?? mbox ?? '';
      // Only a refusal is a failure: a launch without a connection connects on a later sync.
      const failed = !conn && failure?.final ? failure.message : undefined;
      return { ...(started ?? { restored: [] }), ...(id && { learner: { id, ...(name && { name }) } }), ...(failed && { failed }) };
    },
    sync: push,
    async finish(events: readonly LearnerEvent[]): Promise<SyncState> {
      const last = await push(events);
      if (!conn || last.state === 'closed') return last;
      if (!session.terminated) {
        // §9.3.8: Terminated is the last statement of the session; duration since Initialized (§9.5.4.1).
        queueDefined('terminated');
        session.terminated = true;
        saveSession();
      }
      return stateOf(await queue.flush());
    },
  };
}
