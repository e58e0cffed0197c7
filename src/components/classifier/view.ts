import type { Placement } from '../../schemas/classifier';
import type { Locale } from '../../schemas/localized';
import type { ClassifierStrings } from '../../i18n/classifier-strings';
import type { Localized } from '../../lib/localize';

/**
 * A placement classifier in one locale, as its island fetches it, with the titles and URLs
 * of the role-plays it links to and the island's UI strings (needed only once the data is
 * there, so they stay out of the page's HTML).
 */
export type ClassifierView = Localized<Placement> & {
  locale: Locale;
  rolePlays: Record<string, { title: string; href: string }>;
  strings: ClassifierStrings;
};

/** The strings the island shows before its data arrives (passed as props). */
export type ClassifierLoadStrings = Pick<ClassifierStrings, 'cl.loading' | 'cl.loadFailed'>;
/** A profile of a {@link ClassifierView}. */
export type ProfileView = ClassifierView['profiles'][number];
