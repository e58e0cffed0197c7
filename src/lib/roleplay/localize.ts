import type { Locale, LocalizedString } from '../../schemas/localized';
import type { RolePlay } from '../../schemas/roleplay';

/** A type with every `{ zh-CN, en }` string replaced by the string of one locale. */
export type Localized<T> = T extends LocalizedString
  ? string
  : T extends ReadonlyArray<infer U>
    ? Array<Localized<U>>
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** A scenario in one locale: what a page ships to its island (half the bytes of both). */
export type RolePlayView = Localized<RolePlay> & { locale: Locale };

const isLocalized = (v: object): v is LocalizedString => 'zh-CN' in v && 'en' in v && Object.keys(v).length === 2;

function pick(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, locale));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value)) return value[locale];
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pick(v, locale)]));
}

/** The scenario with its text in one locale; IDs, effects and routes unchanged. */
export function localizeRolePlay(rp: RolePlay, locale: Locale): RolePlayView {
  return { ...(pick(rp, locale) as Localized<RolePlay>), locale };
}
