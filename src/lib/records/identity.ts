import type { LearnerIdentity } from './record';

/**
 * The learner's name, employee number and department as typed on My progress: cleaned
 * before they go into a record (and from there into HR's roster and CSV files), and read
 * back from storage without trusting what is there.
 */

/** Longest name, in UTF-16 code units (what an input's `maxlength` and the HR schema count). */
export const NAME_MAX = 80;
/** Longest employee number or department. */
export const FIELD_MAX = 40;

/** The form's fields as typed, before cleaning. */
export interface IdentityInput {
  name?: unknown;
  employeeNo?: unknown;
  department?: unknown;
}

/**
 * Text trimmed, control characters (line breaks, tabs, NUL …) turned into single spaces,
 * and cut to `max` code units without splitting a surrogate pair (half an emoji would
 * make invalid UTF-8 in the downloaded file).
 */
export function cleanField(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd();
}

/** The identity to record: cleaned fields, optional ones left out when empty. */
export function cleanIdentity(input: IdentityInput): LearnerIdentity {
  const employeeNo = cleanField(input.employeeNo, FIELD_MAX);
  const department = cleanField(input.department, FIELD_MAX);
  return { name: cleanField(input.name, NAME_MAX), ...(employeeNo && { employeeNo }), ...(department && { department }) };
}

/** The identity saved in storage, or null when the text is missing, not JSON or not an object. */
export function parseIdentity(text: string | null | undefined): LearnerIdentity | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? cleanIdentity(data as IdentityInput) : null;
  } catch {
    return null;
  }
}

/** Whether a record can be made for this identity (a name is required). */
export const hasName = (identity: LearnerIdentity): boolean => identity.name.length > 0;
