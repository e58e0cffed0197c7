/**
 * Cutting a rendered lesson into projector slides, at build time. The lesson's HTML is cut
 * into segments at its H2 and H3 headings and at the classroom-tool cards that replace
 * quizzes, role-plays and classifiers (`data-slide-embed`); then each H2 section becomes a
 * slide, split again at its H3s and tool cards when it holds more than a slide can show in
 * large type. Works on strings only, so the same code runs in the build and in unit tests.
 */

import { topLevelBlocks } from './html-blocks';

/**
 * What starts a segment: the text before the first heading, a heading, a tool card, or
 * (`more`) the rest of a part too heavy for one slide, cut off by `splitHeavy`.
 */
export type SegmentKind = 'preamble' | 'h2' | 'h3' | 'embed' | 'more';

/** A piece of the lesson's HTML, from one marker up to the next. */
export interface Segment {
  kind: SegmentKind;
  /** The heading's id (its slug) or the embed's value; '' for the preamble; `more` keeps its part's id. */
  id: string;
  html: string;
  /** How much room the segment takes on a slide (see `htmlWeight`). */
  weight: number;
}

/** One slide: which segments it shows, in order. */
export interface SlidePlan {
  /** Index of the H2 segment the slide belongs to, or -1 for the preamble. */
  section: number;
  /** Indexes into the segment list. */
  segments: number[];
  /** True when the slide continues a section begun on an earlier slide (its H2 is not on it). */
  continued: boolean;
}

/** Room a slide holds at projector size, in weight units (about one Latin character each). */
export const DEFAULT_MAX_WEIGHT = 800;
/** A section start lighter than this keeps its first sub-part on the same slide even when over. */
export const DEFAULT_MIN_WEIGHT = 200;
/**
 * A single part heavier than this is cut between its elements (`splitHeavy`). Higher than a
 * slide's room: up to here the projector's smaller type still reads well from the back.
 */
export const SPLIT_WEIGHT = 1100;
/** Weight of a diagram, figure or table frame, on top of its text. */
export const FIGURE_WEIGHT = 300;

const MARKER = /<(h[23])\s+id="([^"]*)"|<[a-z]+\s[^>]*?data-slide-embed="([^"]*)"/g;
const FIGURE = /<(svg|figure|table)[\s>]/g;
// CJK ideographs, kana, hangul and full-width forms take about two Latin characters of width.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Decodes the few entities Astro writes in attribute values (ids are slugs, but be safe). */
const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * How much room HTML takes on a slide: its visible characters (wide CJK characters count
 * twice) plus a fixed share for each diagram, figure or table.
 */
export function htmlWeight(html: string): number {
  const figures = (html.match(FIGURE) ?? []).length;
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length + (text.match(WIDE) ?? []).length + figures * FIGURE_WEIGHT;
}

/**
 * Cuts a lesson's rendered HTML into segments at its H2/H3 headings (only those whose id is
 * in `headingIds`, the lesson's own markdown headings: diagrams may hold headings of their
 * own) and at tool cards. A preamble segment is returned only when it has content.
 */
export function segmentHtml(html: string, headingIds: Iterable<string>): Segment[] {
  const wanted = new Set(headingIds);
  const starts: { at: number; kind: SegmentKind; id: string }[] = [];
  for (const m of html.matchAll(MARKER)) {
    if (m[3] !== undefined) starts.push({ at: m.index, kind: 'embed', id: decode(m[3]) });
    else if (wanted.has(decode(m[2]!))) starts.push({ at: m.index, kind: m[1] as 'h2' | 'h3', id: decode(m[2]!) });
  }
  const segments: Segment[] = [];
  const preamble = html.slice(0, starts[0]?.at ?? html.length);
  if (preamble.trim()) segments.push({ kind: 'preamble', id: '', html: preamble, weight: htmlWeight(preamble) });
  starts.forEach((s, i) => {
    const part = html.slice(s.at, starts[i + 1]?.at ?? html.length);
    segments.push({ kind: s.kind, id: s.id, html: part, weight: htmlWeight(part) });
  });
  return segments;
}

/**
 * Cuts every segment heavier than `maxWeight` between its top-level elements into pieces of
 * about equal weight that fit (a heading keeps at least the element after it; one element heavier than a slide
 * stays whole and the projector shrinks it). The pieces after the first are `more` segments
 * with the id of the part they continue.
 */
export function splitHeavy(segments: Segment[], maxWeight = SPLIT_WEIGHT, minWeight = DEFAULT_MIN_WEIGHT): Segment[] {
  return segments.flatMap((segment) => {
    if (segment.weight <= maxWeight) return [segment];
    // Pieces of about equal weight: a greedy fill would leave a scrap alone on the last slide.
    const target = segment.weight / Math.ceil(segment.weight / maxWeight);
    const pieces: Segment[] = [];
    let html = '';
    let weight = 0;
    let done = 0;
    const flush = () => {
      pieces.push({ kind: pieces.length ? 'more' : segment.kind, id: segment.id, html, weight });
      done += weight;
      html = '';
      weight = 0;
    };
    for (const block of topLevelBlocks(segment.html)) {
      const w = htmlWeight(block);
      const pastTarget = done + weight + w / 2 > target * (pieces.length + 1);
      if (html && weight >= minWeight && (weight + w > maxWeight || pastTarget)) flush();
      html += block;
      weight += w;
    }
    flush();
    return pieces;
  });
}

/** Options of `cutSlides`. */
export interface CutOptions {
  /** Room on one slide (default `DEFAULT_MAX_WEIGHT`). */
  maxWeight?: number;
  /** A slide lighter than this is not left alone to start a new one (default `DEFAULT_MIN_WEIGHT`). */
  minWeight?: number;
}

/**
 * Slides from segments: the preamble (if any) is one slide; every H2 starts a slide; a
 * section heavier than `maxWeight` is split before an H3 or tool card whenever the slide
 * so far is at least `minWeight` and adding the next part would overflow it. Parts are never
 * cut inside, so one very heavy part makes one heavy slide (the projector shrinks its type).
 * Anything before the first H2 other than the preamble (an H3 or a card) joins the preamble.
 */
export function cutSlides(segments: Segment[], options: CutOptions = {}): SlidePlan[] {
  const max = options.maxWeight ?? DEFAULT_MAX_WEIGHT;
  const min = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  // Group into sections: each H2 with the parts that follow it; whatever comes before the
  // first H2 forms one section without a heading.
  const sections: { head: number; parts: number[] }[] = [];
  segments.forEach((s, i) => {
    if (s.kind === 'h2') sections.push({ head: i, parts: [] });
    else if (sections.length === 0) sections.push({ head: -1, parts: [i] });
    else sections.at(-1)!.parts.push(i);
  });
  const slides: SlidePlan[] = [];
  for (const { head, parts } of sections) {
    const all = head === -1 ? parts : [head, ...parts];
    const total = all.reduce((sum, i) => sum + segments[i]!.weight, 0);
    if (total <= max || head === -1) {
      slides.push({ section: head, segments: all, continued: false });
      continue;
    }
    let current: number[] = [head];
    let weight = segments[head]!.weight;
    let continued = false;
    for (const i of parts) {
      const w = segments[i]!.weight;
      if (weight >= min && weight + w > max) {
        slides.push({ section: head, segments: current, continued });
        current = [];
        weight = 0;
        continued = true;
      }
      current.push(i);
      weight += w;
    }
    slides.push({ section: head, segments: current, continued });
  }
  return slides;
}
