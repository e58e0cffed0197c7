import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../schemas/localized';
import type { RolePlay } from '../schemas/roleplay';
import { localePath } from '../i18n/locale';
import { rolePlayEmbeds } from '../content-check/embeds';
import { placedLessons, type PlacedLesson } from './course';

/** Every role-play scenario, in file order. */
export async function allRolePlays(): Promise<RolePlay[]> {
  return (await getCollection('roleplays')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** One scenario; validation guarantees embedded IDs exist. */
export async function getRolePlay(id: string): Promise<RolePlay> {
  const entry = await getEntry('roleplays', id);
  if (!entry) throw new Error(`Role-play "${id}" does not exist`);
  return entry.data;
}

/** The lessons (of a locale, in course order) that embed a scenario. */
export async function lessonsWithRolePlay(locale: Locale, id: string): Promise<PlacedLesson[]> {
  return (await placedLessons(locale)).filter((l) => rolePlayEmbeds(l.entry.body ?? '').includes(id));
}

/** URL of a scenario's page. */
export const rolePlayHref = (locale: Locale, id: string) => localePath(locale, `/roleplays/${id}/`);
/** URL of a scenario's printable role cards. */
export const roleCardsHref = (locale: Locale, id: string) => localePath(locale, `/roleplays/${id}/cards/`);
/** URL of the role-play index. */
export const rolePlayIndexHref = (locale: Locale) => localePath(locale, '/roleplays/');
/** URL of a scenario's data in one locale (fetched by the island). */
export const rolePlayDataHref = (locale: Locale, id: string) => `/data/roleplays/${id}.${locale}.json`;

/** Static paths of every role-play page. */
export async function rolePlayPaths() {
  return (await allRolePlays()).map((rp) => ({ params: { id: rp.id }, props: { id: rp.id } }));
}
