/**
 * Whether a page's text really holds every term of a search query.
 *
 * Pagefind (1.6) returns pages that do not: when no indexed word starts with a query term,
 * it searches for the longest indexed word the term starts with instead ("blockchain" finds
 * the word "b"), and it splits a Chinese query into words before matching each one on its
 * own ("户满", the seam of 客户|满意, becomes 户 + 满). Pagefind has no option to turn either
 * off, so the search page checks each result's text with these functions.
 *
 * The rule: each whitespace-separated term of the query must occur in the text starting
 * where a word starts, as one run (a Chinese term may span several words: 满意链 = 满意|链),
 * and may end inside a word, as Pagefind's prefix matching does (忠诚 finds 忠诚度). An
 * English term may also drop a common inflection ("types" finds "type"), standing in for
 * Pagefind's stemming. Case, diacritics and punctuation are ignored on both sides.
 */

/** A page's text reduced for matching: words run together, and where each word starts. */
export interface WordText {
  /** Every word, lower-cased and without punctuation or diacritics, joined with nothing between. */
  text: string;
  /** Offsets in `text` where a word starts. */
  starts: Set<number>;
}

// English endings a query word may carry that the page's word lacks; the stem must keep
// at least MIN_STEM characters, so a short word is never reduced to a letter or two.
const ENDINGS = ['ies', 'ied', 'ing', 'es', 'ed', 's', 'ly'];
const MIN_STEM = 3;

/** Lower case without diacritics or anything that is not a letter or a digit. */
export function normalize(s: string): string {
  return s
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The words of `content` in the language `locale`, as Intl.Segmenter splits them (which
 * also splits Chinese text into words), run together for matching.
 */
export function wordText(content: string, locale: string): WordText {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let text = '';
  const starts = new Set<number>();
  for (const { segment, isWordLike } of segmenter.segment(content)) {
    if (!isWordLike) continue;
    const word = normalize(segment);
    if (!word) continue;
    starts.add(text.length);
    text += word;
  }
  return { text, starts };
}

/**
 * Splits a few words of sample text, so the first real page is not the one that waits
 * while the browser loads its word dictionary for Chinese (50–90 ms in Chromium).
 */
export function warmWordText(locale: string): void {
  wordText('客户满意 customer', locale);
}

/** The forms of a query term to look for: the term, and English stems without an ending. */
export function termForms(term: string): string[] {
  const form = normalize(term);
  if (!form) return [];
  if (!/^[a-z]+$/.test(form)) return [form];
  const stems = ENDINGS.filter((e) => form.endsWith(e) && form.length - e.length >= MIN_STEM).map((e) =>
    form.slice(0, -e.length),
  );
  return [form, ...stems];
}

/** Whether `form` occurs in the text starting at the start of a word. */
function occursAtWordStart({ text, starts }: WordText, form: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (starts.has(at)) return true;
  }
  return false;
}

/** The terms of a query: its whitespace-separated parts that have a letter or digit. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).filter((t) => normalize(t).length > 0);
}

/** Whether every term of `query` occurs in the page text (see the module comment). */
export function hasEveryTerm(page: WordText, query: string): boolean {
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((t) => termForms(t).some((form) => occursAtWordStart(page, form)));
}

/**
 * `hasEveryTerm` on raw text in the language `locale`. Splitting text into words costs a
 * few milliseconds a page, so text that lacks a term anywhere is turned down before that.
 */
export function textHasEveryTerm(content: string, locale: string, query: string): boolean {
  const flat = normalize(content);
  const terms = queryTerms(query);
  if (!terms.every((t) => termForms(t).some((form) => flat.includes(form)))) return false;
  return hasEveryTerm(wordText(content, locale), query);
}
