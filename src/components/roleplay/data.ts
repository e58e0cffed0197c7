import type { RolePlayStrings } from '../../i18n/roleplay-strings';
import type { RolePlayView } from '../../lib/roleplay/localize';

/**
 * A scenario as the role-play island fetches it (`/data/roleplays/<id>.<locale>.json`):
 * the one-locale scenario and the island's UI strings, which are needed only once the
 * scenario is there, so they stay out of the lesson's HTML.
 */
export type RolePlayData = RolePlayView & { strings: RolePlayStrings };

/** The strings the island shows before its data arrives (passed as props). */
export type RolePlayLoadStrings = Pick<RolePlayStrings, 'rp.loading' | 'rp.loadFailed'>;
