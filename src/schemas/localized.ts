import { z } from 'zod';

/** The course's locales, as BCP 47 codes. zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en'] as const;
/** One of the course's locales. */
export type Locale = (typeof LOCALES)[number];
/** The locale a learner sees when they have not chosen one. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const text = (locale: Locale) =>
  z.string({ error: `missing ${locale} translation` }).trim().min(1, `empty ${locale} translation`);

/**
 * A learner-facing string in every locale. A missing or empty translation is a
 * content error, so the build fails instead of showing a blank to one audience.
 */
export const localizedString = z.strictObject({
  /** Simplified Chinese text. */
  'zh-CN': text('zh-CN'),
  /** English text. */
  en: text('en'),
});
/** A string in every locale. */
export type LocalizedString = z.infer<typeof localizedString>;

/** A list of strings in every locale (e.g. accepted answers, which differ by language). */
export const localizedList = z.strictObject({
  /** Simplified Chinese entries. */
  'zh-CN': z.array(text('zh-CN')).min(1, 'needs at least one zh-CN entry'),
  /** English entries. */
  en: z.array(text('en')).min(1, 'needs at least one en entry'),
});
/** A list of strings in every locale. */
export type LocalizedList = z.infer<typeof localizedList>;

/** A stable ID: lower-case letters, digits, hyphens and slashes (records are keyed by it). */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'IDs use lower-case letters, digits, "-" and "/" only');
