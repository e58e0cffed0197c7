import { describe, expect, it } from 'vitest';
import { flatten, normalize, queryTerms, termForms, textHasEveryTerm } from '../../../src/lib/search/terms';

const ZH = '孙经理负责售后。请客户打分，客户满意度很高；满意链说明了利润从哪里来。乔·吉拉德记得每位客户的生日。';
const EN = 'Handling a complaint: the fly in the yogurt. After-sales service types differ; Dick Basu named four. Ticket B: sign here.';

describe('textHasEveryTerm', () => {
  it.each([
    // Chinese: a term is found where a word starts, and may span words or end inside one.
    { locale: 'zh-CN', text: ZH, query: '客户', expected: true },
    { locale: 'zh-CN', text: ZH, query: '满意链', expected: true },
    { locale: 'zh-CN', text: ZH, query: '满意', expected: true },
    { locale: 'zh-CN', text: ZH, query: '乔·吉拉德', expected: true },
    { locale: 'zh-CN', text: ZH, query: '客户 生日', expected: true },
    // The seam of two words (客户|满意) is not a word of the text.
    { locale: 'zh-CN', text: ZH, query: '户满', expected: false },
    // Pagefind finds 区 (or 链) for 区块链; the text has no 区块链.
    { locale: 'zh-CN', text: ZH, query: '区块链', expected: false },
    { locale: 'zh-CN', text: ZH, query: '客户 区块链', expected: false },
    // English: case and punctuation do not matter; a term may be the start of a word.
    { locale: 'en', text: EN, query: 'Yogurt', expected: true },
    { locale: 'en', text: EN, query: 'yog', expected: true },
    { locale: 'en', text: EN, query: 'dick basu', expected: true },
    { locale: 'en', text: EN, query: 'after-sales', expected: true },
    { locale: 'en', text: EN, query: 'sales', expected: true },
    // An inflected query word finds the word without its ending.
    { locale: 'en', text: EN, query: 'complaints', expected: true },
    { locale: 'en', text: EN, query: 'complaining', expected: true },
    { locale: 'en', text: EN, query: 'handled', expected: true },
    // A short word keeps its ending: "bed" is not cut down to the "B" of the text.
    { locale: 'en', text: EN, query: 'bed', expected: false },
    // Pagefind finds the word "b" for "blockchain"; the text has no word starting so.
    { locale: 'en', text: EN, query: 'blockchain', expected: false },
    { locale: 'en', text: EN, query: 'yogurt blockchain', expected: false },
    // Not a word start: "ling" is inside "Handling".
    { locale: 'en', text: EN, query: 'ling', expected: false },
    // …but found where it later starts a word.
    { locale: 'en', text: `${EN} Lingering doubts.`, query: 'ling', expected: true },
    { locale: 'zh-CN', text: `${ZH}户满为患。`, query: '户满', expected: true },
    { locale: 'en', text: 'Café Noir', query: 'cafe', expected: true },
    { locale: 'en', text: EN, query: '   ', expected: false },
  ])('$locale “$query” → $expected', ({ locale, text, query, expected }) => {
    expect(textHasEveryTerm(text, locale, query)).toBe(expected);
  });
});

describe('termForms', () => {
  it.each([
    { term: 'Types', expected: ['types', 'type', 'typ'] },
    { term: 'companies', expected: ['companies', 'compan', 'compani', 'companie'] },
    { term: 'bus', expected: ['bus'] },
    { term: '满意度', expected: ['满意度'] },
    { term: '4C', expected: ['4c'] },
    { term: '—', expected: [] },
  ])('$term → $expected', ({ term, expected }) => {
    expect(termForms(term).sort()).toEqual([...new Set(expected)].sort());
  });
});

describe('flatten', () => {
  it('normalizes the text and keeps where each character came from', () => {
    const { text, from } = flatten('Dick Basu, Café! 客户');
    expect(text).toBe('dickbasucafe客户');
    expect(from).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18]);
  });
});

describe('normalize and queryTerms', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(normalize('Café-Bar “Ü”')).toBe('cafebaru');
  });
  it('splits a query at whitespace and skips parts without letters or digits', () => {
    expect(queryTerms('  service  — levels ')).toEqual(['service', 'levels']);
  });
});

