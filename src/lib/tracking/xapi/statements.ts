import type { LearnerEvent } from '../../progress/events';
import type { InteractionType } from '../scorm-model';
import type { Agent, Statement, XapiActivity, XapiContext, XapiResult } from './types';
import { uuidV5 } from './uuid';

/**
 * The learner's events as xAPI 1.0.3 statements: one statement per event, about a
 * sub-activity of the AU (cmi5) or of the course (plain LRS):
 *   `<base>/lessons/<lesson>`, `<base>/quizzes/<quiz>` (drills are quizzes),
 *   `<base>/quizzes/<quiz>/items/<item>`, `<base>/roleplays/<scenario>`,
 *   `<base>/roleplays/<scenario>/<node>` (a choice), `<base>/classifiers/<id>`.
 * Under cmi5 these are "cmi5 allowed" statements (§7.1.3): the LMS's context template,
 * never the cmi5 category, so they do not count in cmi5's completion rules.
 */

/** The ADL verbs of the event verbs (the events are named after them). */
export const VERBS = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

const TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  item: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  roleplay: 'http://adlnet.gov/expapi/activities/simulation',
  classifier: 'http://id.tincanapi.com/activitytype/survey',
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;

/** Attempt number of the quiz or role-play attempt (xAPI registry extension). */
export const ATTEMPT_EXTENSION = 'http://id.tincanapi.com/extension/attempt-id';

/** Who, where and how for the statements of one learner. */
export interface StatementScope {
  actor: Agent;
  /** IRI of the AU (cmi5 activityId) or of the course: activities hang below it. */
  base: string;
  /** Seeds the statement IDs: the registration (cmi5) or the learner and endpoint. */
  idScope: string;
  registration?: string;
  /** cmi5 LMS.LaunchData contextTemplate: copied into every context, its values never overwritten. */
  contextTemplate?: XapiContext;
  /** Interaction type per `<quiz id>/<item id>`; unknown quiz items are `other`, role-play choices `choice`. */
  itemTypes?: Readonly<Record<string, InteractionType>>;
  /** No statement earlier than this ISO time (cmi5: Initialized must come first by timestamp, §9.3). */
  notBefore?: string;
}

const segments = (id: string) => id.split('/').map(encodeURIComponent).join('/');
const activity = (id: string, type: string, interactionType?: string): XapiActivity => ({
  objectType: 'Activity',
  id,
  definition: { type, ...(interactionType && { interactionType }) },
});

/** ISO 8601 duration of a number of seconds (`PT75.5S`). */
export const isoDuration = (seconds: number) => `PT${Math.max(0, Math.round(seconds * 100) / 100)}S`;

/** The later of two ISO times, as UTC (cmi5 §9.7). */
export const laterOf = (a: string, b?: string) => new Date(Math.max(Date.parse(a), b ? Date.parse(b) : -Infinity)).toISOString();

/** The context: the template first, ours added where it says nothing (cmi5 §10, contextTemplate). */
export function mergeContext(template: XapiContext | undefined, ours: XapiContext): XapiContext {
  const t = structuredClone(template ?? {});
  const lists = { ...t.contextActivities };
  for (const [k, add] of Object.entries(ours.contextActivities ?? {}) as [keyof typeof lists, XapiActivity[]][]) {
    const have = lists[k] ?? [];
    lists[k] = [...have, ...add.filter((a) => !have.some((h) => h.id === a.id))];
  }
  const extensions = { ...ours.extensions, ...t.extensions };
  return {
    ...ours,
    ...t,
    ...(Object.keys(lists).length > 0 && { contextActivities: lists }),
    ...(Object.keys(extensions).length > 0 && { extensions }),
  };
}

/** What the event is about, as an activity, and its parent when it has one. */
function objectOf(e: LearnerEvent, scope: StatementScope): { object: XapiActivity; parent?: XapiActivity } {
  const { base } = scope;
  const { type, id } = e.object;
  const parentId = e.context?.parentId;
  if (type === 'item' && parentId && id.startsWith(`${parentId}/`)) {
    const scenario = `${base}/roleplays/${segments(parentId)}`;
    return { object: activity(`${scenario}/${segments(id.slice(parentId.length + 1))}`, TYPES.item, 'choice'), parent: activity(scenario, TYPES.roleplay) };
  }
  if (type === 'item' && parentId) {
    const quiz = `${base}/quizzes/${segments(parentId)}`;
    const interaction = scope.itemTypes?.[`${parentId}/${id}`] ?? 'other';
    return { object: activity(`${quiz}/items/${segments(id)}`, TYPES.item, interaction), parent: activity(quiz, TYPES.quiz) };
  }
  const folder = { lesson: 'lessons', quiz: 'quizzes', item: 'items', roleplay: 'roleplays', classifier: 'classifiers', course: 'course' }[type];
  return { object: activity(`${base}/${folder}/${segments(id)}`, TYPES[type]) };
}

function resultOf(e: LearnerEvent, base: string): XapiResult | undefined {
  const r = e.result;
  if (!r) return undefined;
  const out: XapiResult = {};
  if (r.score) {
    const { raw, max } = r.score;
    out.score = { scaled: Math.max(-1, Math.min(1, r.score.scaled)), raw, min: 0, max: Math.max(max, raw) };
  }
  if (r.success !== undefined) out.success = r.success;
  if (r.completion !== undefined) out.completion = r.completion;
  if (r.response !== undefined) out.response = r.response;
  if (r.durationSeconds !== undefined) out.duration = isoDuration(r.durationSeconds);
  if (r.extensions) out.extensions = Object.fromEntries(Object.entries(r.extensions).map(([k, v]) => [`${base}/extensions/${encodeURIComponent(k)}`, v]));
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The statement of one learner event; its ID is the same every time (scope + event ID). */
export function eventStatement(e: LearnerEvent, scope: StatementScope): Statement {
  const { object, parent } = objectOf(e, scope);
  const result = resultOf(e, scope.base);
  const attempt = e.context?.attempt;
  const context = mergeContext(scope.contextTemplate, {
    ...(scope.registration && { registration: scope.registration }),
    ...(e.context?.locale && { language: e.context.locale }),
    contextActivities: { ...(parent && { parent: [parent] }), grouping: [{ objectType: 'Activity', id: scope.base }] },
    ...(attempt !== undefined && { extensions: { [ATTEMPT_EXTENSION]: attempt } }),
  });
  return {
    id: uuidV5(`${scope.idScope}\nevent\n${e.id}`),
    actor: scope.actor,
    verb: { id: VERBS[e.verb], display: { 'en-US': e.verb } },
    object,
    ...(result && { result }),
    context,
    timestamp: laterOf(e.timestamp, scope.notBefore),
  };
}
