import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../schemas/localized';
import type { SessionPlan } from '../schemas/session-plan';
import { localePath } from '../i18n/locale';
import { rolePlayEmbeds } from '../content-check/embeds';
import { getCourse, placedLessons, type PlacedLesson } from './course';

/**
 * Reads collections for the trainer pages (hub, plans, role-play in class, handouts,
 * answer keys) and builds their URLs. The presenter and classroom quiz pages are built on
 * other branches; their URLs are made here too so the hub can link them.
 */

/** URL of a trainer page: `trainerHref('en', 'plans/m1')` → `/en/trainer/plans/m1/`. */
export const trainerHref = (locale: Locale, sub = ''): string => localePath(locale, `/trainer/${sub ? `${sub.replace(/\/$/, '')}/` : ''}`);

/** Every session plan, by module ID. */
export async function sessionPlans(): Promise<Map<string, SessionPlan>> {
  return new Map((await getCollection('sessionPlans')).map((e) => [e.data.module, e.data]));
}

/** A module's lessons of one locale, in course order. */
export async function moduleLessons(locale: Locale, moduleId: string): Promise<PlacedLesson[]> {
  return (await placedLessons(locale)).filter((l) => l.module.id === moduleId);
}

/** Role-play IDs a module uses: embedded in its lessons, then named by its plan, without repeats. */
export async function moduleRolePlays(moduleId: string, plan?: SessionPlan): Promise<string[]> {
  const fromLessons = (await moduleLessons('en', moduleId)).flatMap((l) => rolePlayEmbeds(l.entry.body ?? ''));
  const fromPlan = plan?.agenda.flatMap((b) => (b.roleplay ? [b.roleplay] : [])) ?? [];
  return [...new Set([...fromLessons, ...fromPlan])];
}

/** Concept titles by ID (curriculum.yaml). */
export async function conceptTitles(locale: Locale): Promise<Map<string, string>> {
  const entry = await getEntry('curriculum', 'main');
  return new Map((entry?.data.concepts ?? []).map((c) => [c.id, c.title[locale]]));
}

/** Static paths of the plan pages: modules that have a plan. */
export async function planPaths() {
  return [...(await sessionPlans()).keys()].map((module) => ({ params: { module }, props: { module } }));
}

/** Static paths of the answer-key pages: modules with a test. */
export async function keyPaths() {
  return (await getCourse()).modules.flatMap((m) => (m.test ? [{ params: { module: m.id }, props: { module: m.id } }] : []));
}

/** Static paths of the handout pages: every lesson (`m1/what-is-service`). */
export async function handoutPaths(locale: Locale) {
  return (await placedLessons(locale)).map((lesson) => ({ params: { id: lesson.entry.data.id }, props: { lesson } }));
}
