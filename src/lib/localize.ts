import type { Locale, LocalizedString } from '../schemas/localized';

/** A type with every `{ zh-CN, en }` string replaced by the string of one locale. */
export type Localized<T> = T extends LocalizedString
  ? string
  : T extends ReadonlyArray<infer U>
    ? Array<Localized<U>>
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

const isLocalized = (v: object): v is LocalizedString => 'zh-CN' in v && 'en' in v && Object.keys(v).length === 2;

/**
 * A copy of content data with every `{ zh-CN, en }` string replaced by one locale's:
 * what a page hands an island (half the bytes; IDs and numbers unchanged).
 */
export function localizeDeep<T>(value: T, locale: Locale): Localized<T> {
  const pick = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(pick);
    if (v === null || typeof v !== 'object') return v;
    if (isLocalized(v)) return v[locale];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pick(x)]));
  };
  return pick(value) as Localized<T>;
}
