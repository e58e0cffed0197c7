import { describe, expect, it } from 'vitest';
import { FIGURE_WEIGHT, cutSlides, htmlWeight, segmentHtml, type Segment, splitHeavy } from '../../../src/lib/trainer/slides';

const seg = (kind: Segment['kind'], weight: number, id = kind): Segment => ({ kind, id, html: '', weight });

describe('htmlWeight', () => {
  it.each([
    { html: '<p>Hello <strong>world</strong></p>', expected: 11 },
    { html: '<p>服务</p>', expected: 4 },
    { html: '<p>a &amp; b</p>', expected: 5 },
    { html: '<style>.x{color:red}</style><p>ab</p>', expected: 2 },
    { html: '<figure><svg><text>4P</text></svg></figure>', expected: 2 + 2 * FIGURE_WEIGHT },
  ])('weighs $html as $expected', ({ html, expected }) => {
    expect(htmlWeight(html)).toBe(expected);
  });
});

describe('segmentHtml', () => {
  const html =
    '<p>intro</p><h2 id="case">Case</h2><p>story</p><h3 id="sub">Sub</h3><p>x</p>' +
    '<div class="diagram"><h3 id="inner">Diagram title</h3></div>' +
    '<section class="tool" data-slide-embed="quiz:q-1"><p>Quiz</p></section><h2 id="sum">Summary</h2><ul><li>a</li></ul>';

  it('cuts at the lesson headings and tool cards, keeping a diagram heading inside its segment', () => {
    const s = segmentHtml(html, ['case', 'sub', 'sum']);
    expect(s.map((x) => [x.kind, x.id])).toEqual([
      ['preamble', ''], ['h2', 'case'], ['h3', 'sub'], ['embed', 'quiz:q-1'], ['h2', 'sum'],
    ]);
    expect(s[2]!.html).toContain('Diagram title');
    expect(s.map((x) => x.html).join('')).toBe(html);
  });

  it('leaves out an empty preamble', () => {
    expect(segmentHtml('  <h2 id="a">A</h2>', ['a']).map((x) => x.kind)).toEqual(['h2']);
  });

  it('matches CJK and entity-encoded ids', () => {
    const s = segmentHtml('<h2 id="案例导入">案例导入</h2><h2 id="a&amp;b">A</h2>', ['案例导入', 'a&b']);
    expect(s.map((x) => x.id)).toEqual(['案例导入', 'a&b']);
  });
});

describe('cutSlides', () => {
  it('makes one slide per H2 when each section fits', () => {
    const s = [seg('h2', 100), seg('h3', 200), seg('h2', 300)];
    expect(cutSlides(s, { maxWeight: 800 })).toEqual([
      { section: 0, segments: [0, 1], continued: false },
      { section: 2, segments: [2], continued: false },
    ]);
  });

  it('splits a long section before the H3 or tool card that would overflow the slide', () => {
    const s = [seg('h2', 300), seg('h3', 400), seg('h3', 300), seg('embed', 300)];
    expect(cutSlides(s, { maxWeight: 800, minWeight: 200 })).toEqual([
      { section: 0, segments: [0, 1], continued: false },
      { section: 0, segments: [2, 3], continued: true },
    ]);
  });

  it('keeps a short section start with its first part even when that overflows', () => {
    const s = [seg('h2', 50), seg('h3', 900), seg('h3', 100)];
    expect(cutSlides(s, { maxWeight: 800, minWeight: 200 })).toEqual([
      { section: 0, segments: [0, 1], continued: false },
      { section: 0, segments: [2], continued: true },
    ]);
  });

  it('gives a heavy part without sub-headings a slide of its own rather than cutting it', () => {
    expect(cutSlides([seg('h2', 2000)], { maxWeight: 800 })).toEqual([{ section: 0, segments: [0], continued: false }]);
  });

  it('puts everything before the first H2 on one slide without a section', () => {
    const s = [seg('preamble', 100), seg('h3', 900), seg('h2', 10)];
    expect(cutSlides(s, { maxWeight: 800 })).toEqual([
      { section: -1, segments: [0, 1], continued: false },
      { section: 2, segments: [2], continued: false },
    ]);
  });

  it('gives no slides for no segments', () => {
    expect(cutSlides([])).toEqual([]);
  });
});

describe('splitHeavy', () => {
  const para = (n: number) => `<p>${'x'.repeat(n)}</p>`;
  const seg = (kind: 'h2' | 'h3', id: string, html: string) => ({ kind, id, html, weight: htmlWeight(html) });

  it('leaves segments that fit alone', () => {
    const s = [seg('h2', 'a', '<h2 id="a">A</h2>' + para(300))];
    expect(splitHeavy(s)).toEqual(s);
  });

  it('cuts a heavy part between paragraphs into pieces that fit, the heading kept with what follows it', () => {
    const html = '<h3 id="b">B</h3>' + para(500) + para(500) + para(500);
    const pieces = splitHeavy([seg('h3', 'b', html)], 800, 200);
    expect(pieces.map((p) => p.kind)).toEqual(['h3', 'more', 'more']);
    expect(pieces.every((p) => p.id === 'b')).toBe(true);
    expect(pieces[0]!.html).toBe('<h3 id="b">B</h3>' + para(500));
    expect(pieces.map((p) => p.html).join('')).toBe(html);
    expect(pieces.every((p) => p.weight <= 800)).toBe(true);
  });

  it('keeps one element heavier than a slide whole on its own piece', () => {
    const big = `<figure><svg></svg><p>${'y'.repeat(2000)}</p></figure>`;
    const pieces = splitHeavy([seg('h2', 'c', '<h2 id="c">C</h2>' + para(300) + big + para(100))], 800, 200);
    expect(pieces.map((p) => p.html)).toEqual(['<h2 id="c">C</h2>' + para(300), big, para(100)]);
  });

  it('feeds cutSlides: the pieces of one H2 become continued slides of that section', () => {
    const html = '<h2 id="d">D</h2>' + para(600) + para(600);
    const slides = cutSlides(splitHeavy([seg('h2', 'd', html)]));
    expect(slides).toEqual([
      { section: 0, segments: [0], continued: false },
      { section: 0, segments: [1], continued: true },
    ]);
  });
});

describe('splitHeavy balance', () => {
  it('shares a heavy part out evenly instead of leaving a scrap for the last slide', () => {
    // A greedy fill would give [E, 390, 390] and [100].
    const html = '<h2 id="e">E</h2>' + [390, 390, 100].map((n) => '<p>' + 'x'.repeat(n) + '</p>').join('');
    const pieces = splitHeavy([{ kind: 'h2', id: 'e', html, weight: htmlWeight(html) }], 800, 200);
    expect(pieces).toHaveLength(2);
    expect(Math.min(...pieces.map((p) => p.weight))).toBeGreaterThan(300);
  });
});
