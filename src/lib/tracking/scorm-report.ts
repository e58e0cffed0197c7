import { courseProgress, quizStatus } from '../progress/derive';
import type { LearnerEvent } from '../progress/events';
import type { CourseOutline } from '../progress/outline';
import type { Completion, InteractionResult, InteractionType, Success } from './scorm-model';
import type { Interaction } from './scorm-session';

/**
 * What the LMS should hold, derived from the learner's events like any other progress:
 * completion, success, score, and one interaction per quiz answer and role-play choice.
 *
 * The rules, kept simple:
 * - completion: `completed` when the course is complete by its rules (courseProgress);
 * - success: `passed` when the course is complete and every module test is passed;
 *   `failed` when a module test can no longer be passed (not passed, no attempt open,
 *   its attempt limit used up); else `unknown`. This course's module tests allow any
 *   number of attempts, so with its content a learner is never `failed`;
 * - score: the mean of the module tests' best scaled scores, reported only once every
 *   module test has a finished attempt. Earlier, the untried tests would pull it down
 *   and an LMS that applies the manifest's mastery score could mark the learner failed.
 */

/** A quiz item type of the site (src/schemas/quiz.ts). */
export type ItemType = 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching' | 'categorise' | 'fill' | 'case';

/** The SCORM interaction type of a quiz item type (its responses are recorded in that type's 2004 format). */
export function interactionTypeOf(type: ItemType): InteractionType {
  const types: Record<ItemType, InteractionType> = {
    single: 'choice',
    multiple: 'choice',
    truefalse: 'true-false',
    ordering: 'sequencing',
    matching: 'matching',
    categorise: 'matching',
    case: 'matching',
    fill: 'fill-in',
  };
  return types[type];
}

/** An interaction with a stable key: the caller sends each key once. */
export interface ReportedInteraction extends Interaction {
  /** `<quiz>#<attempt>/<item>` (role-plays: `…/<scenario>/<node>`, `#2`… for a node visited again). */
  key: string;
}

/** Everything to send; `scaled` is null while no score should be reported. */
export interface ScormReport {
  completion: Completion;
  success: Success;
  scaled: number | null;
  interactions: ReportedInteraction[];
}

/** Options: the attempt limit of a module test (default: the course rule; 0 is unlimited) and the interaction type of an item. */
export interface ReportOptions {
  maxAttempts?: (quizId: string) => number;
  typeOf?: (itemId: string, parentId: string) => InteractionType | undefined;
}

/** The LMS report of a learner record. */
export function scormReport(events: readonly LearnerEvent[], outline: CourseOutline, options: ReportOptions = {}): ScormReport {
  const complete = courseProgress(events, outline).completed;
  const tests = outline.modules.flatMap((m) => (m.test ? [m.test] : []));
  const statuses = tests.map((id) => ({ id, status: quizStatus(events, id) }));
  const limit = options.maxAttempts ?? (() => outline.rules.maxAttempts);
  const lost = statuses.some(({ id, status }) => {
    const max = limit(id);
    return !status.passed && status.state !== 'in-progress' && max > 0 && status.attemptsUsed >= max;
  });
  const success: Success = complete && statuses.every((t) => t.status.passed) ? 'passed' : lost ? 'failed' : 'unknown';
  const best = statuses.map((t) => t.status.bestScaled);
  const scaled = best.length > 0 && best.every((b) => b !== null) ? best.reduce((sum: number, b) => sum + b!, 0) / best.length : null;
  return { completion: complete ? 'completed' : 'incomplete', success, scaled, interactions: interactions(events, options.typeOf) };
}

function interactions(events: readonly LearnerEvent[], typeOf: ReportOptions['typeOf']): ReportedInteraction[] {
  const seen = new Map<string, number>();
  const out: ReportedInteraction[] = [];
  const timed = events.map((e, i) => ({ e, i, at: Date.parse(e.timestamp) })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const { e, at } of timed) {
    const parent = e.context?.parentId;
    const attempt = e.context?.attempt;
    if (e.verb !== 'answered' || e.object.type !== 'item' || !parent || attempt === undefined) continue;
    const id = e.object.id;
    const choice = id.startsWith(`${parent}/`); // a role-play choice: `<scenario>/<node>`
    const base = `${parent}#${attempt}/${id}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    // A quiz item is answered once per attempt (the first answer counts, as in quiz/session.ts);
    // a conversation may come back to a node, and each choice there is a choice of its own.
    if (count > 1 && !choice) continue;
    const result: InteractionResult = e.result?.success === undefined ? 'neutral' : e.result.success ? 'correct' : 'wrong';
    const max = e.result?.score?.max;
    const seconds = e.result?.durationSeconds;
    out.push({
      key: count > 1 ? `${base}#${count}` : base,
      id,
      type: typeOf?.(id, parent) ?? (choice ? 'choice' : 'other'),
      response: e.result?.response ?? '',
      result,
      ...(max !== undefined && { weighting: max }),
      at: new Date(at),
      ...(seconds !== undefined && { latencySeconds: seconds }),
    });
  }
  return out;
}
