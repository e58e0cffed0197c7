import type { LearnerEvent } from '../progress/events';
import type { CourseOutline } from '../progress/outline';
import type { StorageLike } from '../progress/storage';
import type { StartResult, SyncState, TrackingAdapter } from './adapter';
import { commitWithRetry } from './scorm-api';
import type { InteractionType } from './scorm-model';
import { scormReport } from './scorm-report';
import { createScormSession, type Clock, type FoundApi, type ScormError, type ScormSession } from './scorm-session';
import { decodeSuspend, encodeSuspend } from './suspend';

/**
 * The SCORM 1.2 / 2004 adapter: after every change of the learner's record it sets what the
 * LMS should hold (scorm-report.ts), appends the interactions not sent yet, writes the
 * suspend data, and commits — with retries — before it resolves. A commit that still
 * fails is tried again on the next change and on `retry()`; the local record keeps
 * everything meanwhile, so nothing is lost when the LMS is away for a while.
 */

/** What the adapter needs besides the API: the clock, the course, item types, and how to wait between retries. */
export interface ScormAdapterDeps {
  clock: Clock;
  outline: CourseOutline;
  /** Interaction type of an item (`<quiz id>/<item id>` → type); unknown items are `other` (choice for role-plays). */
  itemTypes?: Readonly<Record<string, InteractionType>>;
  /**
   * Where the keys of committed interactions are kept between launches (localStorage), so a
   * relaunch on the same device does not send the local record's answers again. Another
   * device has no such answers to send: the suspend data restores progress, not answers.
   */
  storage?: StorageLike | null;
  /** Commit tries per sync and the first pause between them (ms). */
  retry?: { attempts?: number; delayMs?: number; sleep?: (ms: number) => Promise<void> };
}

/** A SCORM adapter, plus what the launcher and the tests read from it. */
export interface ScormAdapter extends TrackingAdapter {
  readonly session: ScormSession;
  /** The last suspend data written (its length is what SCORM 1.2 limits to 4,096). */
  readonly suspendData: string;
}

const message = (e: ScormError) => [e.call, e.element, e.code, e.message].filter(Boolean).join(' · ');

/** An adapter over a found API; nothing is called before `start()`. */
export function createScormAdapter(found: FoundApi, deps: ScormAdapterDeps): ScormAdapter {
  const session = createScormSession(found, deps.clock);
  const kind = found.version === '1.2' ? 'scorm-1.2' : 'scorm-2004';
  const ids = found.version === '1.2' ? { learner: 'cmi.core.student_id', name: 'cmi.core.student_name', suspend: 'cmi.suspend_data' } : { learner: 'cmi.learner_id', name: 'cmi.learner_name', suspend: 'cmi.suspend_data' };
  const typeOf = (id: string, parent: string) => deps.itemTypes?.[`${parent}/${id}`];
  /** Interaction keys the LMS holds (set and later committed, or restored from its suspend data). */
  const sent = new Set<string>();
  let sentKey = '';
  let suspendData = '';
  let dirty = false;
  let closed = false;

  /** Set everything the record implies; returns the first error, or null. */
  function setAll(events: readonly LearnerEvent[]): ScormError | null {
    const report = scormReport(events, deps.outline, { typeOf });
    const steps = [
      () => session.setStatus(report.completion, report.success),
      () => (report.scaled === null ? ({ ok: true } as const) : session.setScore(report.scaled)),
      () => session.setSessionTime(),
    ];
    for (const step of steps) {
      const result = step();
      if (!result.ok) return result.error;
    }
    for (const interaction of report.interactions) {
      if (sent.has(interaction.key)) continue;
      const result = session.recordInteraction(interaction);
      // An ID the version cannot take is skipped for good rather than blocking every later one.
      if (!result.ok && result.error.reason !== 'invalid') return result.error;
      sent.add(interaction.key);
    }
    const text = encodeSuspend(events, deps.outline);
    const written = session.setSuspendData(text);
    if (!written.ok) return written.error;
    suspendData = text;
    return null;
  }

  /** Read the keys an earlier launch committed for this learner. */
  function recall(learnerId: string): void {
    sentKey = `cs-course:scorm-sent:${found.version}:${learnerId}`;
    try {
      const keys: unknown = JSON.parse(deps.storage?.getItem(sentKey) ?? '[]');
      if (Array.isArray(keys)) for (const k of keys) if (typeof k === 'string') sent.add(k);
    } catch {
      // Unreadable: the LMS may get some answers twice, which is better than none.
    }
  }
  function remember(): void {
    try {
      deps.storage?.setItem(sentKey, JSON.stringify([...sent]));
    } catch {
      // Full or blocked storage: only costs duplicate interactions after a relaunch.
    }
  }

  async function push(events: readonly LearnerEvent[]): Promise<SyncState> {
    if (closed || session.state !== 'open') return { state: 'closed' };
    const error = setAll(events);
    if (error && error.reason !== 'invalid') return { state: 'retrying', pending: 1, message: message(error) };
    const committed = await commitWithRetry(session, deps.retry);
    dirty = !committed.ok;
    if (committed.ok) remember();
    if (!committed.ok) return { state: 'retrying', pending: 1, message: message(committed.error) };
    // Suspend data too long for the version: the rest is with the LMS, the learner's progress is not.
    if (error) return { state: 'retrying', pending: 1, message: message(error) };
    return { state: 'saved', at: new Date(deps.clock.now()) };
  }

  return {
    kind,
    session,
    get suspendData() {
      return suspendData;
    },
    async start(): Promise<StartResult> {
      const opened = session.initialize();
      if (!opened.ok) {
        closed = true;
        return { restored: [], failed: message(opened.error) };
      }
      const restored = decodeSuspend(session.get(ids.suspend));
      const id = session.get(ids.learner) ?? '';
      const name = session.get(ids.name) ?? '';
      recall(id);
      return { restored, ...(id && { learner: { id, ...(name && { name }) } }) };
    },
    sync: push,
    async finish(events: readonly LearnerEvent[]): Promise<SyncState> {
      const last = await push(events);
      if (last.state === 'closed') return last;
      if (last.state === 'retrying' && dirty) return last; // not committed: keep the session open to retry
      // Always `suspend`: with `normal` an LMS starts the next launch without the suspend data,
      // and a learner coming back to review a finished course would find their progress gone.
      const result = session.finish('suspend');
      if (!result.ok) return { state: 'retrying', pending: 1, message: message(result.error) };
      closed = true;
      return { state: 'closed' };
    },
  };
}
