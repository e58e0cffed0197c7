/**
 * What SCORM 1.2 and SCORM 2004 (4th edition) call things, how long they may be and how
 * their values are written. Sources: the SCORM 1.2 Run-Time Environment (ADL, 2001,
 * §3.4: CMIIdentifier, CMIFeedback, CMITime, CMITimespan, the interaction vocabularies),
 * the SCORM 2004 4th Edition data model as ADL's sample RTE implements it (SPMs:
 * suspend_data 64000, location 1000, long identifiers 4000; result vocabulary with
 * `incorrect`; timestamps with at most two fractional digits, years 1970–2038) and what
 * Moodle's SCORM player checks (CMIDecimal, CMITimespan, printable-ASCII identifiers).
 */

/** The two SCORM versions the course is packaged for. */
export type ScormVersion = '1.2' | '2004';

/** Whether the learner has finished the course (by the course's completion rule). */
export type Completion = 'completed' | 'incomplete';
/** Whether the learner has passed it. */
export type Success = 'passed' | 'failed' | 'unknown';
/** How an answer was judged (1.2 says `wrong`, 2004 `incorrect`). */
export type InteractionResult = 'correct' | 'wrong' | 'unanticipated' | 'neutral';
/** Interaction types (SCORM 2004's list; 1.2 lacks `long-fill-in` and `other`). */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';

/** Element names per version; interaction elements take the index. */
export const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    interaction: (n: number) => ({
      id: `cmi.interactions.${n}.id`,
      type: `cmi.interactions.${n}.type`,
      time: `cmi.interactions.${n}.time`,
      weighting: `cmi.interactions.${n}.weighting`,
      response: `cmi.interactions.${n}.student_response`,
      result: `cmi.interactions.${n}.result`,
      latency: `cmi.interactions.${n}.latency`,
    }),
  },
  '2004': {
    completion: 'cmi.completion_status',
    success: 'cmi.success_status',
    scoreScaled: 'cmi.score.scaled',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    interactionCount: 'cmi.interactions._count',
    interaction: (n: number) => ({
      id: `cmi.interactions.${n}.id`,
      type: `cmi.interactions.${n}.type`,
      time: `cmi.interactions.${n}.timestamp`,
      weighting: `cmi.interactions.${n}.weighting`,
      response: `cmi.interactions.${n}.learner_response`,
      result: `cmi.interactions.${n}.result`,
      latency: `cmi.interactions.${n}.latency`,
    }),
  },
} as const;

/**
 * Longest values per version. 1.2: CMIString4096, CMIString255, CMIIdentifier (255),
 * CMIFeedback (255). 2004: smallest permitted maxima (an LMS may keep more, none less);
 * a learner response's SPM depends on its type, 4000 is that of `other` and `long-fill-in`.
 */
export const LIMITS = {
  '1.2': { suspendData: 4096, location: 255, interactionId: 255, response: 255 },
  '2004': { suspendData: 64000, location: 1000, interactionId: 4000, response: 4000 },
} as const;

/** 1.2 `cmi.core.lesson_status`: one value for both questions, success first. */
export function lessonStatus12(completion: Completion, success: Success): string {
  return success !== 'unknown' ? success : completion;
}

/** The interaction type in a version's vocabulary (1.2 has no `long-fill-in` nor `other`). */
export function interactionType(version: ScormVersion, type: InteractionType): string {
  if (version === '2004') return type;
  // 1.2 fill-in and performance responses are free text (CMIFeedback), the nearest fit.
  return type === 'long-fill-in' ? 'fill-in' : type === 'other' ? 'performance' : type;
}

/** The result in a version's vocabulary. */
export const interactionResult = (version: ScormVersion, result: InteractionResult): string =>
  version === '2004' && result === 'wrong' ? 'incorrect' : result;

/**
 * A learner response in a version's format. The site records responses the 2004 way
 * (`a[,]b`, `source[.]target`); 1.2 separates choices, sequences and pairs with `,` and `.`.
 */
export function learnerResponse(version: ScormVersion, type: InteractionType, response: string): string {
  if (version === '2004' || !['choice', 'sequencing', 'matching'].includes(type)) return response;
  return response.replaceAll('[,]', ',').replaceAll('[.]', '.');
}

/** Whether an interaction ID fits the version: printable ASCII without spaces, not too long. */
export function validInteractionId(version: ScormVersion, id: string): boolean {
  return /^[\x21-\x7e]+$/.test(id) && id.length <= LIMITS[version].interactionId;
}

/** A decimal with at most `digits` fractional digits and no exponent (CMIDecimal, real(10,7)). */
export function decimal(n: number, digits: number): string {
  const text = n.toFixed(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits; capped at 9999:59:59.99). */
export function timespan12(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const fraction = cs % 100;
  const seconds = Math.floor(cs / 100);
  return `${pad(Math.floor(seconds / 3600), 4)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${fraction ? `.${pad(fraction)}` : ''}`;
}

/** 2004 timeinterval (ISO 8601 duration, at most two fractional digits of seconds): `PT1H2M3.4S`. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  return `PT${Math.floor(cs / 360000)}H${Math.floor(cs / 6000) % 60}M${(cs % 6000) / 100}S`;
}

/** 1.2 CMITime for `cmi.interactions.n.time`: the learner's local time of day, `HH:MM:SS`. */
export const timeOfDay12 = (at: Date): string => `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;

/**
 * 2004 time(second,10,0) for `cmi.interactions.n.timestamp`: UTC to the hundredth of a second;
 * null outside 1970–2038. RTE C.1.4 nests the time zone inside the fractional seconds
 * (`ss[.s[TZD]]`), so `…:00Z` is malformed and strict runtimes (scorm-again) refuse it.
 */
export function timestamp2004(at: Date): string | null {
  const year = at.getUTCFullYear();
  return year >= 1970 && year <= 2038 ? `${at.toISOString().slice(0, 22)}Z` : null;
}
