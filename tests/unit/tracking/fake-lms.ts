/**
 * A fake LMS side for the SCORM tests: plain objects with the 1.2 or 2004 method names
 * that record every call and check what a strict LMS checks. The checks are written out
 * here from the sources, not taken from src/, so the tests can catch a wrong name or
 * format: SCORM 1.2 as Moodle's player validates it (mod/scorm/datamodels/scorm_12.js),
 * SCORM 2004 4th edition as ADL's sample RTE does (SCORM_2004_DM.java and its validators).
 */

export type Version = '1.2' | '2004';
export interface Call {
  method: string;
  args: string[];
}

const TIMESPAN_12 = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const DECIMAL_12 = /^-?([0-9]{0,3})(\.[0-9]*)?$/;
const DURATION_2004 = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
// RTE C.1.4: YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]] — a time zone only after fractional seconds.
const TIME_2004 = /^(19[7-9]\d|20[0-2]\d|203[0-8])-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/;
const REAL = /^-?\d+(\.\d+)?$/;
const inRange = (min: number, max: number) => (v: string) => Number(v) >= min && Number(v) <= max;
const length = (max: number) => (v: string) => v.length <= max;

/** Checks per element (interaction index replaced by `n`); an element not listed is unknown (error 401). */
const RULES: Record<Version, Record<string, Array<RegExp | ((v: string) => boolean)>>> = {
  '1.2': {
    'cmi.core.lesson_status': [/^(passed|completed|failed|incomplete|browsed)$/],
    'cmi.core.score.raw': [DECIMAL_12, inRange(0, 100)],
    'cmi.core.score.min': [DECIMAL_12, inRange(0, 100)],
    'cmi.core.score.max': [DECIMAL_12, inRange(0, 100)],
    'cmi.core.session_time': [TIMESPAN_12],
    'cmi.core.exit': [/^(time-out|suspend|logout|)$/],
    'cmi.core.lesson_location': [length(255)],
    'cmi.suspend_data': [length(4096)],
    'cmi.interactions.n.id': [/^[\x21-\x7e]{1,255}$/],
    'cmi.interactions.n.time': [/^([0-2][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/],
    'cmi.interactions.n.type': [/^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/],
    'cmi.interactions.n.weighting': [DECIMAL_12, inRange(-100, 100)],
    'cmi.interactions.n.student_response': [length(255)],
    'cmi.interactions.n.result': [/^(correct|wrong|unanticipated|neutral|([0-9]{0,3})?(\.[0-9]*)?)$/],
    'cmi.interactions.n.latency': [TIMESPAN_12],
  },
  '2004': {
    'cmi.completion_status': [/^(completed|incomplete|not attempted|unknown)$/],
    'cmi.success_status': [/^(passed|failed|unknown)$/],
    'cmi.score.scaled': [REAL, inRange(-1, 1)],
    'cmi.score.raw': [REAL],
    'cmi.score.min': [REAL],
    'cmi.score.max': [REAL],
    'cmi.session_time': [DURATION_2004],
    'cmi.exit': [/^(time-out|suspend|logout|normal|)$/],
    'cmi.location': [length(1000)],
    'cmi.suspend_data': [length(64000)],
    'cmi.interactions.n.id': [/^\S{1,4000}$/],
    'cmi.interactions.n.type': [/^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/],
    'cmi.interactions.n.timestamp': [TIME_2004],
    'cmi.interactions.n.weighting': [REAL],
    'cmi.interactions.n.learner_response': [length(4000)],
    'cmi.interactions.n.result': [/^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/],
    'cmi.interactions.n.latency': [DURATION_2004],
  },
};

/** Error codes: not initialized, after finish, unknown element, wrong type, dependency not set, general. */
const CODES = {
  '1.2': { notInitialized: '301', terminated: '301', unknown: '401', type: '405', dependency: '201', general: '101' },
  '2004': { notInitialized: '132', terminated: '133', unknown: '401', type: '406', dependency: '408', general: '391' },
} as const;

export interface FakeOptions {
  /** Values the LMS starts with (e.g. suspend data from the last session). */
  values?: Record<string, string>;
  /** How many commits answer "false" before they succeed (Infinity: all). */
  failCommits?: number;
  /** Commits throw instead of answering "false". */
  commitThrows?: boolean;
  /** Answer booleans instead of the strings "true"/"false" (some LMSs do). */
  booleans?: boolean;
}

/** A fake API of one version; `calls` and `violations` tell what the course did. */
export function fakeLms(version: Version, options: FakeOptions = {}) {
  const calls: Call[] = [];
  const violations: string[] = [];
  const values: Record<string, string> = { 'cmi.interactions._count': '0', ...options.values };
  const codes = CODES[version];
  let state: 'new' | 'open' | 'done' = 'new';
  let error = '0';
  let failCommits = options.failCommits ?? 0;
  const answer = (ok: boolean, code = '0') => {
    error = ok ? '0' : code;
    return options.booleans ? ok : String(ok);
  };
  const open = (): boolean => {
    if (state === 'open') return true;
    violations.push(`called while ${state}`);
    error = state === 'new' ? codes.notInitialized : codes.terminated;
    return false;
  };
  const log = (method: string, args: string[]) => calls.push({ method, args });

  const set = (element: string, value: string) => {
    if (!open()) return answer(false, error);
    const index = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
    const model = element.replace(/^cmi\.interactions\.\d+\./, 'cmi.interactions.n.');
    const rules = RULES[version][model];
    if (!rules) return violations.push(`unknown element ${element}`), answer(false, codes.unknown);
    if (!rules.every((r) => (r instanceof RegExp ? r.test(value) : r(value)))) return violations.push(`bad value for ${element}: "${value}"`), answer(false, codes.type);
    if (index !== undefined) {
      const count = Number(values['cmi.interactions._count']);
      const n = Number(index);
      // Records are appended in order; everything but the ID needs the ID first (and 2004's response the type).
      if (n > count || (n === count && !model.endsWith('.id'))) return violations.push(`no interaction ${n} yet for ${element}`), answer(false, codes.dependency);
      if (version === '2004' && model.endsWith('learner_response') && values[`cmi.interactions.${n}.type`] === undefined) return violations.push(`response before type at ${n}`), answer(false, codes.dependency);
      if (n === count) values['cmi.interactions._count'] = String(count + 1);
    }
    values[element] = value;
    return answer(true);
  };
  const commit = () => {
    if (!open()) return answer(false, error);
    if (failCommits > 0) {
      failCommits -= 1;
      if (options.commitThrows) throw new Error('network down');
      return answer(false, codes.general);
    }
    return answer(true);
  };
  const start = () => (state === 'new' ? ((state = 'open'), answer(true)) : (violations.push('initialized twice'), answer(false, codes.general)));
  const stop = () => (open() ? ((state = 'done'), answer(true)) : answer(false, error));
  const get = (element: string) => (state === 'open' ? (values[element] ?? '') : '');

  const methods: Record<string, (...args: string[]) => unknown> =
    version === '1.2'
      ? { LMSInitialize: start, LMSFinish: stop, LMSGetValue: get, LMSSetValue: set, LMSCommit: commit, LMSGetLastError: () => error, LMSGetErrorString: (c = '') => `error ${c}`, LMSGetDiagnostic: (c = '') => `diagnostic ${c}` }
      : { Initialize: start, Terminate: stop, GetValue: get, SetValue: set, Commit: commit, GetLastError: () => error, GetErrorString: (c = '') => `error ${c}`, GetDiagnostic: (c = '') => `diagnostic ${c}` };
  const api = Object.fromEntries(Object.entries(methods).map(([name, fn]) => [name, (...args: string[]) => (log(name, args), fn(...args))]));
  return { api, calls, violations, values };
}

/** Calls that change something (GetValue/GetLastError… left out), as `Method(args)`. */
export const writes = (calls: Call[]) =>
  calls.filter((c) => !/Get/.test(c.method)).map((c) => `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(', ')})`);
