import type { LearnerEvent } from '../progress/events';

/**
 * What every LMS / LRS adapter offers the launcher (src/pages/lms/ and its script).
 * The launcher owns the learner's local record (localStorage, as on the open web); an
 * adapter carries it to where HR reads it. Adapters never throw: a failure becomes a
 * status the launcher shows, and the local record keeps everything meanwhile.
 */

/** Who the LMS / LRS says the learner is. */
export interface TrackedLearner {
  /** The LMS's learner ID (cmi.core.student_id / cmi.learner_id, or the xAPI actor's account or mbox). */
  id: string;
  /** The name the LMS gives, when it gives one. */
  name?: string;
}

/** How the last send went, for the status bar. */
export type SyncState =
  /** Everything the learner did so far is with the LMS / LRS. */
  | { state: 'saved'; at: Date }
  /** Something could not be sent; it is kept locally and retried (`pending` things wait). */
  | { state: 'retrying'; pending: number; message: string }
  /** The session is over (after finish, or the LMS closed it): nothing more is sent; `returnUrl`: where the LMS wants the learner next (cmi5). */
  | { state: 'closed'; message?: string; returnUrl?: string };

/** What the adapter found when it started. */
export interface StartResult {
  /** The learner as the LMS names them, when it does. */
  learner?: TrackedLearner;
  /** Events the LMS / LRS held from earlier sessions (decoded suspend data or state); merged into the local record. */
  restored: LearnerEvent[];
  /** Set when no session could be opened (why, for the status bar): nothing will be sent. */
  failed?: string;
  /** The locale the LMS asks for (cmi5 launch data / SCORM learner preference), when it says. */
  locale?: string;
}

/** One LMS / LRS connection for one launch. */
export interface TrackingAdapter {
  /** `scorm-1.2`, `scorm-2004`, `cmi5`, `xapi`: shown in the status bar and used in tests. */
  readonly kind: string;
  /** Opens the session and reads what earlier sessions left. Called once, before the course frame loads. */
  start(): Promise<StartResult>;
  /**
   * Sends what changed since the last call, given the learner's whole record (events in
   * time order). Called after every change of the local record; must commit before it
   * resolves (no reliance on unload). Idempotent: an event already sent is not sent again.
   */
  sync(events: readonly LearnerEvent[]): Promise<SyncState>;
  /** The learner chose Finish: a last sync, then the session is closed. */
  finish(events: readonly LearnerEvent[]): Promise<SyncState>;
}
