const QUIZ_EMBED = /<Quiz\s+[^>]*?id=["']([^"']+)["']/g;
const ROLEPLAY_EMBED = /<RolePlay\s+[^>]*?id=["']([^"']+)["']/g;

/** Quiz IDs a lesson's MDX embeds with `<Quiz id="…" />`, in order. */
export function quizEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(QUIZ_EMBED)].map((m) => m[1] ?? '');
}

/** Role-play IDs a lesson's MDX embeds with `<RolePlay id="…" />`, in order. */
export function rolePlayEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(ROLEPLAY_EMBED)].map((m) => m[1] ?? '');
}
