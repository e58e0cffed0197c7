import type { StorageLike } from '../../progress/storage';
import { fetchAuthToken, parseLaunchData, preferredLocale, sessionIdOf, type Cmi5Launch, type LaunchData } from './cmi5';
import { createLrsClient, type FetchLike, type LrsClient } from './lrs';

/**
 * Opening a cmi5 session: the auth token (§8.2), LMS.LaunchData (§10) and the learner's
 * preferences (§11: the AU MUST read them on startup). A failure without an answer
 * (offline) can be tried again; an answer that refuses (token used, no launch data) cannot.
 */

/** The open connection. */
export interface Cmi5Connection {
  lrs: LrsClient;
  launchData: LaunchData;
  sessionId: string;
  /** A locale of `supported` the learner prefers, when the LMS says. */
  locale?: string;
}

/** Connected, or why not; `final` when trying again cannot help. */
export type ConnectResult = { ok: true; connection: Cmi5Connection } | { ok: false; final: boolean; message: string };

/** The State API key of LMS.LaunchData and of the course's own documents. */
export const stateKey = (launch: Cmi5Launch, stateId: string) => ({ activityId: launch.activityId, agent: launch.actor, registration: launch.registration, stateId });

/**
 * The fetch URL is one-time (§8.2.1), yet a reload of the launcher runs this again in the
 * same session: the token is kept for the session in `tokenStorage` (sessionStorage in
 * the browser, which ends with the tab, as the token's validity does).
 */
export async function connectCmi5(
  launch: Cmi5Launch,
  deps: { fetch: FetchLike; tokenStorage?: StorageLike | null; supportedLocales?: readonly string[] },
): Promise<ConnectResult> {
  const tokenKey = `cs-course:cmi5-token:${launch.registration}:${launch.fetch}`;
  let token: string | null = null;
  try {
    token = deps.tokenStorage?.getItem(tokenKey) ?? null;
  } catch {
    token = null;
  }
  if (!token) {
    const fetched = await fetchAuthToken(launch.fetch, deps.fetch);
    if (!fetched.ok) return { ok: false, final: fetched.code !== undefined, message: `cmi5 fetch: ${fetched.code ? `error ${fetched.code}, ` : ''}${fetched.message}` };
    token = fetched.token;
    try {
      deps.tokenStorage?.setItem(tokenKey, token);
    } catch {
      // Without it a reload cannot reconnect; this page still can.
    }
  }
  const lrs = createLrsClient({ endpoint: launch.endpoint, authorization: `Basic ${token}`, fetch: deps.fetch });
  const res = await lrs.getState(stateKey(launch, 'LMS.LaunchData'));
  if (res.status === 0) return { ok: false, final: false, message: `LMS.LaunchData: ${res.message ?? 'no answer'}` };
  const launchData = res.status === 200 ? parseLaunchData(res.body) : null;
  if (!launchData) return { ok: false, final: res.status < 500 && res.status !== 408 && res.status !== 429, message: `LMS.LaunchData: ${res.message ?? 'not a cmi5 launch data document'}` };
  // The LMS must put a session ID in the template (§10); without one, the launch stands in for it.
  const sessionId = sessionIdOf(launchData.contextTemplate) ?? `${launch.registration}:${launch.fetch}`;
  const prefs = await lrs.getAgentProfile(launch.actor, 'cmi5LearnerPreferences');
  const locale = prefs.status === 200 ? preferredLocale(prefs.body, deps.supportedLocales ?? ['zh-CN', 'en']) : undefined;
  return { ok: true, connection: { lrs, launchData, sessionId, ...(locale && { locale }) } };
}
