const QUIZ_EMBED = /<Quiz\s+[^>]*?id=["']([^"']+)["']/g;
const ROLEPLAY_EMBED = /<RolePlay\s+[^>]*?id=["']([^"']+)["']/g;

/** Quiz IDs a lesson's MDX embeds with `<Quiz id="…" />`, in order. */
export function quizEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(QUIZ_EMBED)].map((m) => m[1] ?? '');
}

const CLASSIFIER_EMBED = /<Classifier\s+[^>]*?id=["']([^"']+)["']/g;

/** Classifier IDs a lesson's MDX embeds with `<Classifier id="…" />`, in order. */
export function classifierEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(CLASSIFIER_EMBED)].map((m) => m[1] ?? '');
}

/** Whether a classifier ID names a drill (scored and recorded like a quiz): drills are `cl-drill-…`. */
export const isDrillId = (id: string): boolean => id.startsWith('cl-drill-');

/** Role-play IDs a lesson's MDX embeds with `<RolePlay id="…" />`, in order. */
export function rolePlayEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(ROLEPLAY_EMBED)].map((m) => m[1] ?? '');
}
