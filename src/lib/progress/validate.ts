import type { ActivityType, LearnerEvent, Verb } from './events';

/**
 * Structural checks for events read back from storage or another tab. Hand-written
 * on purpose: this runs on every page, and zod would add tens of kilobytes.
 */

// Records (not arrays) so that adding a verb or activity type to events.ts fails to compile here.
const VERBS: Record<Verb, 1> = { experienced: 1, attempted: 1, answered: 1, completed: 1, passed: 1, failed: 1 };
const TYPES: Record<ActivityType, 1> = { lesson: 1, quiz: 1, item: 1, roleplay: 1, classifier: 1, course: 1 };

type Dict = Record<string, unknown>;
type Test = (v: unknown) => boolean;

/** Whether a value is a plain object (not null, not an array). */
export const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool: Test = (v) => typeof v === 'boolean';
const oneOf = (set: object, v: unknown) => typeof v === 'string' && Object.hasOwn(set, v);
/** An object whose listed fields, when present, pass their tests. */
const shape = (fields: Record<string, Test>): Test => (v) =>
  isDict(v) && Object.entries(fields).every(([key, test]) => v[key] === undefined || test(v[key]));

const isScore: Test = (v) => isDict(v) && isNumber(v.raw) && isNumber(v.max) && isNumber(v.scaled);
const isExtensions: Test = (v) => isDict(v) && Object.values(v).every((x) => typeof x === 'string' || isNumber(x));
const isResult = shape({ score: isScore, success: isBool, completion: isBool, response: (r) => typeof r === 'string', durationSeconds: isNumber, extensions: isExtensions });
const isContext = shape({
  parentId: isText,
  attempt: (n) => Number.isInteger(n) && (n as number) >= 1,
  seed: isNumber,
  itemIds: (a) => Array.isArray(a) && a.every(isText),
  locale: isText,
});

/** Whether an ISO 8601 (or any `Date.parse`-able) time string is valid. */
export const isTime = (v: unknown): v is string => isText(v) && !Number.isNaN(Date.parse(v));

/**
 * Whether a value has the shape of a {@link LearnerEvent}: known verb and activity
 * type, non-empty IDs, a parseable timestamp, and well-typed optional parts.
 * Unknown extra fields are allowed (a newer version of the site may add some).
 */
export function isLearnerEvent(v: unknown): v is LearnerEvent {
  return (
    isDict(v) &&
    isText(v.id) &&
    oneOf(VERBS, v.verb) &&
    isDict(v.object) &&
    oneOf(TYPES, v.object.type) &&
    isText(v.object.id) &&
    isTime(v.timestamp) &&
    (v.result === undefined || isResult(v.result)) &&
    (v.context === undefined || isContext(v.context))
  );
}
