import type { Placement } from '../../schemas/classifier';
import type { Locale } from '../../schemas/localized';
import type { Localized } from '../../lib/localize';

/** A placement classifier in one locale, as its island fetches it, with the titles and URLs of the role-plays it links to. */
export type ClassifierView = Localized<Placement> & {
  locale: Locale;
  rolePlays: Record<string, { title: string; href: string }>;
};
/** A profile of a {@link ClassifierView}. */
export type ProfileView = ClassifierView['profiles'][number];
