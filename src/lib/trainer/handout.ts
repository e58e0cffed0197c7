/**
 * The parts of a lesson a one-page handout needs, read from the lesson's MDX body: its
 * H2 sections, the Summary section's points, and the case told in two lines. Pure text
 * work on the source, so the handout never renders the lesson's islands.
 */

/** An H2 section of a lesson: its heading and the source text under it. */
export interface Section {
  title: string;
  body: string;
}

/** Headings that name the summary section, per locale (the case method's last step). */
const SUMMARY = /^(summary|总结|小结)$/i;

/** The H2 sections of an MDX body, in order (text before the first H2 is dropped). */
export function h2Sections(body: string): Section[] {
  const sections: Section[] = [];
  for (const line of body.split(/\r?\n/)) {
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) sections.push({ title: h[1]!, body: '' });
    else if (sections.length) sections.at(-1)!.body += `${line}\n`;
  }
  return sections;
}

/** Markdown inline syntax removed: emphasis, code ticks, links (their text kept), HTML/MDX tags. */
export function plainText(md: string): string {
  return md
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The points of the Summary section (its list items, as plain text); the last section's when none is called Summary. */
export function summaryPoints(body: string): string[] {
  const sections = h2Sections(body);
  const summary = sections.find((s) => SUMMARY.test(plainText(s.title))) ?? sections.at(-1);
  if (!summary) return [];
  return summary.body
    .split('\n')
    .map((l) => /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(l)?.[1])
    .filter((l): l is string => Boolean(l))
    .map(plainText);
}

/** Sentences of a paragraph, split after . ! ? 。！？ (closing quotes stay with their sentence; `4.3` is not split). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？]["'”’」』)]*)(?!["'”’」』)\d])\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Prose paragraphs of a section: no lists, tables, headings, components or callouts. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^([-*+|#>]|\d+[.)]\s|<|import\s|export\s)/.test(p))
    .map(plainText);
}

/** Whether a sentence is a question (closing quotes allowed). */
const isQuestion = (s: string) => /[?？]["'”’」』)]*$/.test(s);

/**
 * The case in two lines: the opener's first sentence (who and where) and, when the opener
 * ends on a question, that question (with a question right before it, as in "Which? And
 * how?"); otherwise the opener's second sentence.
 */
export function caseInTwoLines(body: string): string[] {
  const opener = h2Sections(body)[0];
  const paras = opener ? paragraphs(opener.body) : [];
  const first = sentences(paras[0] ?? '');
  const last = paras.length > 1 || first.length > 2 ? sentences(paras.at(-1) ?? '') : [];
  const asks = last.length && isQuestion(last.at(-1)!) ? last.slice(-2).filter((q, i, l) => isQuestion(q) && (i === l.length - 1 || isQuestion(l.at(-1)!))) : [];
  const second = asks.filter((q) => q !== first[0]).join(' ') || first[1];
  return [first[0], second].filter((s): s is string => Boolean(s));
}
