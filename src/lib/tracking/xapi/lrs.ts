import type { Agent, Statement } from './types';

/**
 * The few xAPI 1.0.3 resources the course uses, over an injected `fetch`: statements
 * (POST a batch, PUT one), documents of the State and Agent Profile APIs (GET / PUT).
 * Nothing throws: a network failure is `status: 0`, as `fetch` rejecting means no answer.
 */

/** The `fetch` the client needs (the global one in the browser and in Node 22). */
export type FetchLike = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<{
  status: number;
  ok: boolean;
  text(): Promise<string>;
}>;

/** An LRS answer: `status` 0 when there was none (offline, DNS, CORS, refused). */
export interface LrsResponse {
  status: number;
  /** Parsed JSON body, when there is one. */
  body?: unknown;
  message?: string;
}

/** Where the LRS is and how to sign requests. */
export interface LrsConfig {
  /** The xAPI base endpoint (`…/xapi/`); a missing final `/` is added. */
  endpoint: string;
  /** The whole Authorization header value (`Basic …`). */
  authorization: string;
  fetch: FetchLike;
}

/** A document key of the State API. */
export interface StateKey {
  activityId: string;
  agent: Agent;
  registration?: string;
  stateId: string;
}

/** An LRS client; see {@link createLrsClient}. */
export type LrsClient = ReturnType<typeof createLrsClient>;

/** The xAPI calls over a config. */
export function createLrsClient(config: LrsConfig) {
  const base = config.endpoint.endsWith('/') ? config.endpoint : `${config.endpoint}/`;
  // Called as a plain function: `window.fetch` called as a method of another object throws "Illegal invocation".
  const { fetch } = config;
  const headers = (json: boolean) => ({
    Authorization: config.authorization,
    'X-Experience-API-Version': '1.0.3',
    ...(json && { 'Content-Type': 'application/json' }),
  });
  const url = (resource: string, query: Record<string, string | undefined>) => {
    const u = new URL(resource, base);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  };
  async function call(method: string, target: string, body?: unknown): Promise<LrsResponse> {
    try {
      const res = await fetch(target, { method, headers: headers(body !== undefined), ...(body !== undefined && { body: JSON.stringify(body) }) });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.status, ...(parsed !== undefined && { body: parsed }), ...(!res.ok && { message: `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}` }) };
    } catch (err) {
      return { status: 0, message: err instanceof Error ? err.message : String(err) };
    }
  }
  const stateQuery = (k: StateKey) => ({ activityId: k.activityId, agent: JSON.stringify(k.agent), registration: k.registration, stateId: k.stateId });
  return {
    /** POST /statements with a batch (xAPI §2.1.2: all stored, or none). */
    postStatements: (batch: readonly Statement[]) => call('POST', url('statements', {}), batch),
    /** PUT /statements?statementId=…: one statement; 409 when the LRS holds that ID with other content. */
    putStatement: (s: Statement) => call('PUT', url('statements', { statementId: s.id }), s),
    getState: (k: StateKey) => call('GET', url('activities/state', stateQuery(k))),
    putState: (k: StateKey, doc: unknown) => call('PUT', url('activities/state', stateQuery(k)), doc),
    getAgentProfile: (agent: Agent, profileId: string) => call('GET', url('agents/profile', { agent: JSON.stringify(agent), profileId })),
  };
}
