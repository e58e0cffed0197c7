import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/localized';
import type { Placement } from '../../../schemas/classifier';
import { allClassifiers, classifierView } from '../../../data/classifiers';

/** Each placement classifier in each locale as JSON (`/data/classifiers/<id>.<locale>.json`), fetched by its island. */
export async function getStaticPaths() {
  const placements = (await allClassifiers()).filter((c): c is Placement => c.kind === 'placement');
  return Promise.all(
    placements.flatMap((c) => LOCALES.map(async (locale) => ({ params: { file: `${c.id}.${locale}` }, props: { view: await classifierView(c, locale) } }))),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.view), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
