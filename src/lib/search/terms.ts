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
 * Pagefind's stemming. Case, diacritics and punctuation are ignored on both sides. Words
 * are as Intl.Segmenter splits them (which splits Chinese text into words too).
 */

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

/** Text reduced as `normalize` does, with the offset in the original of each character kept. */
export interface FlatText {
  /** The normalized text. */
  text: string;
  /** For each UTF-16 unit of `text`, where the character it came from starts in the original. */
  from: number[];
}

/** `normalize` over a whole text, keeping where each character came from. */
export function flatten(content: string): FlatText {
  let text = '';
  const from: number[] = [];
  let offset = 0;
  for (const ch of content) {
    // Most characters are already plain (ASCII letters and digits, Chinese): only the rest pay for normalize.
    const flat = /^[a-z0-9\u4e00-\u9fff]$/.test(ch) ? ch : normalize(ch);
    text += flat;
    for (let i = 0; i < flat.length; i++) from.push(offset);
    offset += ch.length;
  }
  return { text, from };
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

/** The terms of a query: its whitespace-separated parts that have a letter or digit. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).filter((t) => normalize(t).length > 0);
}

/**
 * Whether every term of `query` occurs in `content`, text in the language `locale` (see the
 * module comment). The text is split into words only around where a term occurs: splitting
 * a whole lesson costs a few milliseconds, and a search checks up to twenty of them.
 */
export function textHasEveryTerm(content: string, locale: string, query: string): boolean {
  const terms = queryTerms(query);
  if (!terms.length) return false;
  const { text, from } = flatten(content);
  const words = new Intl.Segmenter(locale, { granularity: 'word' }).segment(content);
  const startsWord = (at: number) => words.containing(at)?.index === at;
  const occurs = (form: string) => {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) if (startsWord(from[at]!)) return true;
    return false;
  };
  return terms.every((t) => termForms(t).some(occurs));
}

/**
 * Splits a few words of sample text, so the first real page is not the one that waits
 * while the browser loads its word dictionary for Chinese (50–90 ms in Chromium).
 */
export function warmWordSplitting(locale: string): void {
  textHasEveryTerm('客户满意 customer', locale, '满意');
}
