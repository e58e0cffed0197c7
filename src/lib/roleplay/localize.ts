import type { Locale } from '../../schemas/localized';
import type { RolePlay } from '../../schemas/roleplay';
import { localizeDeep, type Localized } from '../localize';

export type { Localized };

/** A scenario in one locale: what a page ships to its island (half the bytes of both). */
export type RolePlayView = Localized<RolePlay> & { locale: Locale };

/** The scenario with its text in one locale; IDs, effects and routes unchanged. */
export function localizeRolePlay(rp: RolePlay, locale: Locale): RolePlayView {
  return { ...localizeDeep(rp, locale), locale };
}
