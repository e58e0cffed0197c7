import { getCollection, getEntry } from 'astro:content';
import type { Classifier, Placement } from '../schemas/classifier';
import type { Locale } from '../schemas/localized';
import { localePath } from '../i18n/locale';
import { classifierEmbeds } from '../content-check/embeds';
import { localizeDeep } from '../lib/localize';
import { classifierStrings } from '../i18n/classifier-strings';
import type { ClassifierView } from '../components/classifier/view';
import { placedLessons, type PlacedLesson } from './course';
import { allRolePlays, rolePlayHref } from './roleplays';

/** Every classifier, placements first, then drills, each by ID. */
export async function allClassifiers(): Promise<Classifier[]> {
  const list = (await getCollection('classifiers')).map((e) => e.data);
  return list.sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'placement' ? -1 : 1));
}

/** One classifier; validation guarantees embedded IDs exist. */
export async function getClassifier(id: string): Promise<Classifier> {
  const entry = await getEntry('classifiers', id);
  if (!entry) throw new Error(`Classifier "${id}" does not exist`);
  return entry.data;
}

/** A placement classifier in one locale for its island, with its role-plays' titles and URLs and the island's strings. */
export async function classifierView(c: Placement, locale: Locale): Promise<ClassifierView> {
  const rolePlays = await allRolePlays();
  const linked = Object.fromEntries(
    c.profiles.flatMap((p) => {
      const rp = rolePlays.find((r) => r.id === p.rolePlay);
      return rp ? [[rp.id, { title: rp.title[locale], href: rolePlayHref(locale, rp.id) }]] : [];
    }),
  );
  return { ...localizeDeep(c, locale), locale, rolePlays: linked, strings: classifierStrings(locale) };
}

/** The lessons (of a locale, in course order) that embed a classifier. */
export async function lessonsWithClassifier(locale: Locale, id: string): Promise<PlacedLesson[]> {
  return (await placedLessons(locale)).filter((l) => classifierEmbeds(l.entry.body ?? '').includes(id));
}

/** URL of a classifier's page. */
export const classifierHref = (locale: Locale, id: string) => localePath(locale, `/practice/${id}/`);
/** URL of the practice page. */
export const practiceHref = (locale: Locale) => localePath(locale, '/practice/');
/** URL of a placement classifier's data in one locale (fetched by the island). */
export const classifierDataHref = (locale: Locale, id: string) => `/data/classifiers/${id}.${locale}.json`;

/** Static paths of every classifier page. */
export async function classifierPaths() {
  return (await allClassifiers()).map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
}
