import type { ScormReport } from '../scorm-report';
import { MASTERY_EXTENSION, type LaunchMode } from './cmi5';
import { isoDuration, mergeContext } from './statements';
import type { Agent, Statement, XapiContext, XapiResult } from './types';
import { uuidV5 } from './uuid';

/**
 * The "cmi5 defined" statements (cmi5_spec.md §9.3) and when they are due. Whether the
 * course is completed and passed comes from scormReport (the same rules the SCORM
 * packages report), never from a second reading of the events.
 */

/** cmi5 defined verbs the AU sends (§9.3.2–9.3.5, 9.3.8). */
export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
/** A cmi5 defined verb. */
export type Cmi5Verb = keyof typeof CMI5_VERBS;
/** A verb that judges or completes the AU. */
export type OutcomeVerb = 'completed' | 'passed' | 'failed';

/** §9.6.2.1: marks a statement as cmi5 defined. */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** §9.6.2.2: on cmi5 defined statements whose result has success or completion, and no others. */
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

/** What was sent already, in this registration and in this session. */
export interface Cmi5Sent {
  /** §9.3: one Completed and one Passed per registration; no Failed after Passed. */
  registration: ReadonlySet<OutcomeVerb>;
  /** §9.3: no verb twice in a session, and only one of Passed / Failed. */
  session: ReadonlySet<Cmi5Verb>;
}

/**
 * The outcome statements due now, in the order to send them (Completed before the
 * judgement). Nothing in Browse or Review mode (§10 launchMode: the AU MUST NOT send
 * cmi5 defined statements other than Initialized and Terminated).
 * - Completed when the course is complete by its rules, once per registration (§9.3.3).
 * - Passed when scormReport says passed and, when the LMS gives a masteryScore, the
 *   score reaches it (§10 masteryScore: Passed / Failed MUST be based on it; §9.3.4).
 * - Failed when scormReport says failed (a module test can no longer be passed), or when
 *   the course's rules are met but the score is under the LMS's masteryScore (§9.3.5).
 *   Never after a Passed in the registration, never twice or beside Passed in a session (§9.3).
 */
export function dueOutcomes(report: ScormReport, mode: LaunchMode, sent: Cmi5Sent, masteryScore?: number): OutcomeVerb[] {
  if (mode !== 'Normal') return [];
  const due: OutcomeVerb[] = [];
  if (report.completion === 'completed' && !sent.registration.has('completed') && !sent.session.has('completed')) due.push('completed');
  const judged = sent.registration.has('passed') || sent.session.has('passed') || sent.session.has('failed');
  if (judged) return due;
  // Without a score there is nothing to hold against the masteryScore: the course's rules judge.
  const reached = masteryScore === undefined || report.scaled === null || report.scaled >= masteryScore;
  if (report.success === 'passed' && reached) due.push('passed');
  else if (report.success === 'failed' || (report.success === 'passed' && !reached)) due.push('failed');
  return due;
}

/** Everything a cmi5 defined statement is built from. */
export interface Cmi5Scope {
  actor: Agent;
  activityId: string;
  registration: string;
  sessionId: string;
  contextTemplate: XapiContext;
  masteryScore?: number;
}

/** The statement ID: per registration for Completed and Passed (sent once per registration), else per session. */
export function cmi5StatementKey(verb: Cmi5Verb, scope: Pick<Cmi5Scope, 'sessionId'>): string {
  return verb === 'completed' || verb === 'passed' ? `cmi5:${verb}` : `cmi5:${scope.sessionId}:${verb}`;
}

/**
 * A cmi5 defined statement: object = the AU (§9.4), context = the template plus the
 * registration and the cmi5 category (§9.6), result as §9.5 allows per verb: score only on
 * Passed / Failed, success true / false on them, completion true on Completed, and a
 * duration on Completed, Passed, Failed and Terminated (§9.5.4.1).
 */
export function cmi5Statement(verb: Cmi5Verb, scope: Cmi5Scope, at: string, seconds: number, scaled: number | null = null): Statement {
  const outcome = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const result: XapiResult = {};
  if (verb === 'passed' || verb === 'failed') {
    // A score must agree with the masteryScore (§9.5.1): Passed ≥ it, Failed < it; left out otherwise.
    const m = scope.masteryScore;
    const fits = scaled !== null && (m === undefined || (verb === 'passed' ? scaled >= m : scaled < m));
    if (fits) result.score = { scaled: Math.round(scaled * 1e4) / 1e4 };
    result.success = verb === 'passed';
  }
  if (verb === 'completed') result.completion = true;
  if (outcome || verb === 'terminated') result.duration = isoDuration(seconds);
  const judged = (verb === 'passed' || verb === 'failed') && scope.masteryScore !== undefined;
  const context = mergeContext(scope.contextTemplate, {
    registration: scope.registration,
    contextActivities: { category: [{ id: CMI5_CATEGORY }, ...(outcome ? [{ id: MOVEON_CATEGORY }] : [])] },
    ...(judged && { extensions: { [MASTERY_EXTENSION]: scope.masteryScore } }),
  });
  return {
    id: uuidV5(`${scope.registration}\n${cmi5StatementKey(verb, scope)}`),
    actor: scope.actor,
    verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: scope.activityId },
    ...(Object.keys(result).length > 0 && { result }),
    context,
    timestamp: at,
  };
}
