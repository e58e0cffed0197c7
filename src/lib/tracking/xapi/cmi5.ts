import type { FetchLike } from './lrs';
import type { Agent, XapiContext } from './types';

/**
 * cmi5 (Quartz) launch: the launch URL's parameters (§8.1), the one-time auth-token fetch
 * (§8.2) and the LMS.LaunchData state document (§10). Section numbers are those of
 * github.com/AICC/CMI-5_Spec_Current, cmi5_spec.md.
 */

/** The five query parameters an LMS appends to the AU's URL (§8.1). */
export interface Cmi5Launch {
  /** xAPI base endpoint (the LMS's LRS). */
  endpoint: string;
  /** One-time URL to POST for the auth token. */
  fetch: string;
  /** The learner, an Agent with an account (§9.2). */
  actor: Agent;
  /** Registration UUID: the learner's enrolment in the course. */
  registration: string;
  /** The AU's activity ID for this LMS: the object of every cmi5 defined statement (§9.4). */
  activityId: string;
}

/** §10 launchMode: only Normal records completion-related data. */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';
/** §13.1.4 moveOn. */
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The LMS.LaunchData document (§10), as much of it as the AU uses. */
export interface LaunchData {
  contextTemplate: XapiContext;
  launchMode: LaunchMode;
  /** Scaled 0–1: Passed / Failed are judged against it when given (§9.3.4, §9.3.5). */
  masteryScore?: number;
  moveOn?: MoveOn;
  /** Where the window goes after Terminated (§10 returnURL: the AU MUST redirect). */
  returnURL?: string;
  launchParameters?: string;
}

/** Context extension holding the LMS's session ID (§9.6.3.1). */
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** Context extension holding the masteryScore a Passed / Failed was judged by (§9.6.3.2). */
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isAgent = (a: unknown): a is Agent => {
  const x = a as Agent | null;
  return !!x && typeof x === 'object' && (x.account ? typeof x.account.homePage === 'string' && typeof x.account.name === 'string' : typeof x.mbox === 'string');
};
const absolute = (s: string | null): s is string => {
  try {
    return !!s && /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

/**
 * The cmi5 launch parameters of a URL, or null when any is missing or malformed (then the
 * page was not launched by a cmi5 LMS). Order does not matter (§8.1); values are URL-encoded.
 */
export function cmi5LaunchParams(url: string): Cmi5Launch | null {
  let q: URLSearchParams;
  try {
    q = new URL(url).searchParams;
  } catch {
    return null;
  }
  const [endpoint, fetch, actorText, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((k) => q.get(k));
  if (!absolute(endpoint ?? null) || !absolute(fetch ?? null) || !registration || !UUID.test(registration) || !activityId) return null;
  let actor: unknown;
  try {
    actor = JSON.parse(actorText ?? '');
  } catch {
    return null;
  }
  if (!isAgent(actor)) return null;
  return { endpoint: endpoint!, fetch: fetch!, actor, registration, activityId };
}

/** The token, or why there is none (§8.2.3 error-code 1 = already used or expired, 2 = security, 3 = application). */
export type TokenResult = { ok: true; token: string } | { ok: false; code?: string; message: string };

/** POST to the fetch URL (§8.2.1: POST, never GET, so nothing caches it) for the auth-token. */
export async function fetchAuthToken(fetchUrl: string, fetch: FetchLike): Promise<TokenResult> {
  try {
    const res = await fetch(fetchUrl, { method: 'POST' });
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Not JSON: reported below.
    }
    const token = body['auth-token'];
    if (res.status === 200 && typeof token === 'string' && token) return { ok: true, token };
    // §8.2.2: errors come with status 200 and a JSON body; other statuses are failures too.
    const code = body['error-code'];
    const message = typeof body['error-text'] === 'string' ? body['error-text'] : `fetch URL answered HTTP ${res.status}`;
    return { ok: false, ...(code !== undefined && { code: String(code) }), message };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The LMS.LaunchData document, or null when it lacks what §10 requires (contextTemplate, launchMode). */
export function parseLaunchData(doc: unknown): LaunchData | null {
  const d = doc as Record<string, unknown> | null;
  if (!d || typeof d !== 'object') return null;
  const template = d.contextTemplate;
  const mode = d.launchMode;
  if (!template || typeof template !== 'object' || Array.isArray(template)) return null;
  if (mode !== 'Normal' && mode !== 'Browse' && mode !== 'Review') return null;
  const mastery = d.masteryScore;
  const moveOns: MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];
  return {
    contextTemplate: template as XapiContext,
    launchMode: mode,
    ...(typeof mastery === 'number' && mastery >= 0 && mastery <= 1 && { masteryScore: mastery }),
    ...(moveOns.includes(d.moveOn as MoveOn) && { moveOn: d.moveOn as MoveOn }),
    ...(typeof d.returnURL === 'string' && d.returnURL && { returnURL: d.returnURL }),
    ...(typeof d.launchParameters === 'string' && { launchParameters: d.launchParameters }),
  };
}

/** The session ID of the context template (§9.6.3.1; the LMS must put it there). */
export function sessionIdOf(template: XapiContext): string | undefined {
  const id = template.extensions?.[SESSION_EXTENSION];
  return typeof id === 'string' && id ? id : undefined;
}

/** The first supported locale of a cmi5LearnerPreferences document's languagePreference (§11.1), if any. */
export function preferredLocale(doc: unknown, supported: readonly string[]): string | undefined {
  const list = (doc as { languagePreference?: unknown } | null)?.languagePreference;
  if (typeof list !== 'string') return undefined;
  for (const tag of list.split(',').map((t) => t.trim().toLowerCase())) {
    const hit = supported.find((s) => s.toLowerCase() === tag) ?? supported.find((s) => s.toLowerCase().split('-')[0] === tag.split('-')[0]);
    if (hit) return hit;
  }
  return undefined;
}
