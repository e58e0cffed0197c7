import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/localized';
import { localizeRolePlay } from '../../../lib/roleplay/localize';
import { allRolePlays } from '../../../data/roleplays';
import { rolePlayStrings } from '../../../i18n/roleplay-strings';
import type { RolePlayData } from '../../../components/roleplay/data';

/** Each scenario in each locale with the island's strings as JSON (`/data/roleplays/<id>.<locale>.json`), fetched by the role-play island. */
export async function getStaticPaths() {
  return (await allRolePlays()).flatMap((rp) =>
    LOCALES.map((locale) => ({ params: { file: `${rp.id}.${locale}` }, props: { view: { ...localizeRolePlay(rp, locale), strings: rolePlayStrings(locale) } satisfies RolePlayData } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.view), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
