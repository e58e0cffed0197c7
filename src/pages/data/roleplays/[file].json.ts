import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/localized';
import { localizeRolePlay } from '../../../lib/roleplay/localize';
import { allRolePlays } from '../../../data/roleplays';

/** Each scenario in each locale as JSON (`/data/roleplays/<id>.<locale>.json`), fetched by the role-play island. */
export async function getStaticPaths() {
  return (await allRolePlays()).flatMap((rp) =>
    LOCALES.map((locale) => ({ params: { file: `${rp.id}.${locale}` }, props: { view: localizeRolePlay(rp, locale) } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.view), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
