const QUIZ_EMBED = /<Quiz\s+[^>]*?id=["']([^"']+)["']/g;

/** Quiz IDs a lesson's MDX embeds with `<Quiz id="…" />`, in order. */
export function quizEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(QUIZ_EMBED)].map((m) => m[1] ?? '');
}
