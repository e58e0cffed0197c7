import validator from '@learninglocker/xapi-validation';
import type { StorageLike } from '../../../../src/lib/progress/storage';

/**
 * What the xAPI tests share: an in-memory Web Storage, and the statement validator
 * (Learning Locker's, as the tiny LRS uses) returning readable warnings.
 */

/** A Web Storage in memory that can be handed to a second adapter (a reload). */
export function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const validate = ((validator as unknown as { default?: typeof validator }).default ?? validator) as unknown as (s: unknown) => { path: string[]; name: string }[];

/** The validator's warnings for a statement, as `path: warning` lines ([] when valid). */
export const warningsOf = (statement: unknown) => validate(statement).map((w) => `${w.path.join('.')}: ${w.name}`);
