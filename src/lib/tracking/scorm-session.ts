import { decimal, duration2004, ELEMENTS, interactionResult, interactionType, learnerResponse, lessonStatus12, LIMITS } from './scorm-model';
import { timeOfDay12, timespan12, timestamp2004, validInteractionId } from './scorm-model';
import type { Completion, InteractionResult, InteractionType, Success } from './scorm-model';

/**
 * Talking to the LMS's SCORM API. Nothing here throws: LMS adapters are third-party code
 * that throws, returns `"false"` or booleans. Every call returns a result the site can
 * act on (retry, keep the record locally, tell the learner).
 */

/** The API methods per version, by what they do. */
export const METHODS = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', text: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic' },
  '2004': { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', text: 'GetErrorString', diagnostic: 'GetDiagnostic' },
} as const;

/** The SCORM 1.2 API object (`window.API`). */
export type Scorm12Api = Record<(typeof METHODS)['1.2'][keyof (typeof METHODS)['1.2']], (...args: string[]) => unknown>;
/** The SCORM 2004 API object (`window.API_1484_11`). */
export type Scorm2004Api = Record<(typeof METHODS)['2004'][keyof (typeof METHODS)['2004']], (...args: string[]) => unknown>;
/** An API found in a window, with its version. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** Why a call did not succeed: the LMS said no, it threw, the session was not open, or the value does not fit. */
export type FailureReason = 'lms' | 'threw' | 'state' | 'invalid';
/** A failed call, with the LMS's error code, text and diagnostic when it gave them. */
export interface ScormError {
  reason: FailureReason;
  call: string;
  element?: string;
  code: string;
  message: string;
  diagnostic?: string;
}
/** The outcome of a call; `omitted` lists elements left out because their value did not fit. */
export type ScormResult = { ok: true; omitted?: string[] } | { ok: false; error: ScormError };

/** An answer to report, in the site's terms (see scorm-model.ts for each version's). */
export interface Interaction {
  /** Printable ASCII without spaces (the item ID, or `<scenario>/<node>`). */
  id: string;
  type: InteractionType;
  /** The response as the site records it (2004 form: `a[,]b`, `source[.]target`). */
  response: string;
  result: InteractionResult;
  weighting?: number;
  /** When it was answered. */
  at: Date;
  /** Seconds from showing the item to the answer. */
  latencySeconds?: number;
}

/** Time in milliseconds (`Date.now` in the browser, a fake in tests). */
export interface Clock {
  now(): number;
}

/** A SCORM session; see {@link createScormSession}. */
export type ScormSession = ReturnType<typeof createScormSession>;

/**
 * A session over a found API. Call `initialize()` first; nothing reaches the LMS before
 * it or after a successful `finish()`. Values are mapped to the version's element names,
 * vocabularies and formats; values too long for an element are refused, not cut.
 */
export function createScormSession(found: FoundApi, clock: Clock) {
  const { version } = found;
  const api = found.api as Record<string, (...args: string[]) => unknown>;
  const m = METHODS[version];
  let state: 'new' | 'open' | 'finished' = 'new';
  let startedAt = 0;
  let nextInteraction = 0;

  const fail = (error: Omit<ScormError, 'message'> & { message?: string }): ScormResult => ({ ok: false, error: { message: error.code, ...error } });
  const lmsError = (call: string, element?: string): ScormResult => {
    const code = String(safe(m.error) ?? '');
    return fail({ reason: 'lms', call, code, message: String(safe(m.text, code) ?? ''), diagnostic: String(safe(m.diagnostic, code) ?? ''), ...(element && { element }) });
  };
  function safe(method: string, ...args: string[]): unknown {
    try {
      return api[method]!(...args);
    } catch {
      return undefined;
    }
  }
  /** One API call; `"true"` or `true` is success. */
  function call(method: string, args: string[], element?: string): ScormResult {
    try {
      const answer = api[method]!(...args);
      return answer === true || answer === 'true' ? { ok: true } : lmsError(method, element);
    } catch (e) {
      return fail({ reason: 'threw', call: method, code: 'threw', message: String(e), ...(element && { element }) });
    }
  }
  const guard = (what: string): ScormResult | null =>
    state === 'open' ? null : fail({ reason: 'state', call: what, code: state === 'new' ? 'not-initialized' : 'finished' });
  const set = (element: string, value: string): ScormResult => guard(m.set) ?? call(m.set, [element, value], element);
  /** Several sets in order; stops at the first failure. */
  const setAll = (pairs: Array<[string, string]>): ScormResult => {
    for (const [element, value] of pairs) {
      const result = set(element, value);
      if (!result.ok) return result;
    }
    return { ok: true };
  };
  const tooLong = (element: string, value: string, limit: number, ascii = false): ScormResult | null =>
    value.length > limit || (ascii && !/^[\x20-\x7e]*$/.test(value))
      ? fail({ reason: 'invalid', call: m.set, element, code: value.length > limit ? 'too-long' : 'not-ascii', message: `${value.length} characters (at most ${limit}${ascii ? ', printable ASCII' : ''})` })
      : null;

  const commit = (): ScormResult => guard(m.commit) ?? call(m.commit, ['']);
  const setSessionTime = (): ScormResult => {
    const ms = clock.now() - startedAt;
    return set(ELEMENTS[version].sessionTime, version === '1.2' ? timespan12(ms) : duration2004(ms));
  };

  return {
    version,
    get state() {
      return state;
    },
    /** Start the session: nothing else reaches the LMS before it. */
    initialize(): ScormResult {
      if (state !== 'new') return fail({ reason: 'state', call: m.init, code: state === 'open' ? 'already-initialized' : 'finished' });
      const result = call(m.init, ['']);
      if (!result.ok) return result;
      state = 'open';
      startedAt = clock.now();
      // Interactions of earlier sessions stay in the LMS: new ones go after them.
      nextInteraction = Number.parseInt(String(safe(m.get, ELEMENTS[version].interactionCount) ?? ''), 10) || 0;
      return result;
    },
    /** Read an element (e.g. suspend data at launch); null when the LMS gives nothing. */
    get(element: string): string | null {
      if (state !== 'open') return null;
      const value = safe(m.get, element);
      return typeof value === 'string' ? value : null;
    },
    /** Write any element by its version-specific name. */
    set,
    /** Completion and success: two elements in 2004, one lesson_status in 1.2 (success wins). */
    setStatus(completion: Completion, success: Success): ScormResult {
      if (version === '1.2') return set(ELEMENTS['1.2'].status, lessonStatus12(completion, success));
      return setAll([[ELEMENTS['2004'].completion, completion], [ELEMENTS['2004'].success, success]]);
    },
    /** The course score, 0–1: raw 0–100 (min 0, max 100) in both versions, scaled too in 2004. */
    setScore(scaled: number): ScormResult {
      if (!(scaled >= 0 && scaled <= 1)) return fail({ reason: 'invalid', call: m.set, code: 'out-of-range', message: `score ${scaled} is not within 0–1` });
      const e = ELEMENTS[version];
      const raw: Array<[string, string]> = [[e.scoreRaw, decimal(scaled * 100, 2)], [e.scoreMin, '0'], [e.scoreMax, '100']];
      return setAll(version === '2004' ? [[ELEMENTS['2004'].scoreScaled, decimal(scaled, 7)], ...raw] : raw);
    },
    /** Time since `initialize()`, in the version's format (also set by `finish()`). */
    setSessionTime,
    /** Suspend data; refused (nothing sent) when longer than the version allows, or not ASCII in 1.2. */
    setSuspendData(text: string): ScormResult {
      const element = ELEMENTS[version].suspendData;
      return guard(m.set) ?? tooLong(element, text, LIMITS[version].suspendData, version === '1.2') ?? set(element, text);
    },
    /** The bookmark; refused when too long. */
    setLocation(text: string): ScormResult {
      const element = ELEMENTS[version].location;
      return guard(m.set) ?? tooLong(element, text, LIMITS[version].location) ?? set(element, text);
    },
    /** Append an interaction; values that do not fit, or that the LMS refuses, are left out and listed in `omitted`. */
    recordInteraction(i: Interaction): ScormResult {
      const refused = guard(m.set);
      if (refused) return refused;
      const e = ELEMENTS[version].interaction(nextInteraction);
      if (!validInteractionId(version, i.id)) return fail({ reason: 'invalid', call: m.set, element: e.id, code: 'bad-id', message: `"${i.id}" is not an identifier` });
      const response = learnerResponse(version, i.type, i.response);
      const ms = (i.latencySeconds ?? 0) * 1000;
      // undefined: not given, so not sent; null: given but does not fit the element, so left out.
      const values: Array<[string, string | null | undefined]> = [
        [e.type, interactionType(version, i.type)],
        [e.time, version === '1.2' ? timeOfDay12(i.at) : timestamp2004(i.at)],
        [e.weighting, i.weighting === undefined ? undefined : version === '2004' || Math.abs(i.weighting) <= 100 ? decimal(i.weighting, version === '1.2' ? 2 : 7) : null],
        [e.response, response.length <= LIMITS[version].response ? response : null],
        [e.result, interactionResult(version, i.result)],
        [e.latency, i.latencySeconds === undefined ? undefined : version === '1.2' ? timespan12(ms) : duration2004(ms)],
      ];
      const first = set(e.id, i.id);
      if (!first.ok) return first;
      nextInteraction += 1; // the record exists now, whatever happens to its other values
      const omitted: string[] = [];
      for (const [element, value] of values) {
        if (value === null) omitted.push(element);
        if (typeof value !== 'string') continue;
        const result = set(element, value);
        // The LMS refused this value (e.g. 406, a response it reads differently): leave it out
        // rather than block every later answer; a thrown call is a broken connection.
        if (!result.ok && result.error.reason === 'lms') omitted.push(element);
        else if (!result.ok) return result;
      }
      return omitted.length ? { ok: true, omitted } : { ok: true };
    },
    /** Ask the LMS to store what was set. A failure is returned, never thrown: retry it. */
    commit,
    /**
     * End the session: session time, exit (`suspend` keeps suspend data for the next
     * launch), commit, then Terminate/LMSFinish. If any of these fails the session stays
     * open, so the caller can retry; after a successful finish nothing more is sent.
     */
    finish(exit: 'suspend' | 'normal' = 'suspend'): ScormResult {
      const refused = guard(m.finish);
      if (refused) return refused;
      const exitValue = exit === 'suspend' ? 'suspend' : version === '1.2' ? '' : 'normal';
      for (const step of [setSessionTime, () => set(ELEMENTS[version].exit, exitValue), commit]) {
        const result = step();
        if (!result.ok) return result;
      }
      const result = call(m.finish, ['']);
      if (result.ok) state = 'finished';
      return result;
    },
  };
}
