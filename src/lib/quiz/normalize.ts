/** Sentence punctuation a learner may type after a short answer. */
const TRAILING = /[\s.,;:!?。，、；：！？…]+$/u;
/** Spaces between two Chinese characters carry no meaning (`顾客 成本` = `顾客成本`). */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * The comparable form of a typed answer: NFKC (full-width letters, digits,
 * punctuation and the ideographic space become half-width), lower case,
 * whitespace collapsed and trimmed, spaces between Chinese characters and
 * trailing sentence punctuation removed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TRAILING, '')
    .replace(SPACE_BETWEEN_HAN, '');
}

/** Whether a typed answer matches any accepted variant once both are normalised. */
export function matchesAny(text: string, accepted: readonly string[]): boolean {
  const answer = normalizeAnswer(text);
  return answer !== '' && accepted.some((variant) => normalizeAnswer(variant) === answer);
}
