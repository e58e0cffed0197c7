import type { Locale, LocalizedString } from '../schemas/localized';

/** URL segment of each locale; zh-CN is the default and has none. */
export const LOCALE_PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** The locale a site path belongs to (`/en/...` is English, everything else Chinese). */
export function localeFromPath(pathname: string): Locale {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'zh-CN';
}

/** The text of a localized string in one locale. */
export function pick(text: LocalizedString, locale: Locale): string {
  return text[locale];
}

/** Folder name of a locale under content/lessons (lower case, as URLs). */
export function localeFolder(locale: Locale): string {
  return locale.toLowerCase();
}

/** A site path for a locale: `localePath('en', '/lessons/m1/x/')` → `/en/lessons/m1/x/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${LOCALE_PREFIX[locale]}${clean}` || '/';
}
