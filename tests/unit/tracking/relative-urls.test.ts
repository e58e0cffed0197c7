import { describe, expect, it } from 'vitest';
import { findRootAbsolute, relativeUrl, relativizeCss, relativizeHtml, relativizeJson, siteLookup } from '../../../src/lib/tracking/relative-urls';

/** A small site shaped like dist/: folders with index.html, bundles, data, Pagefind. */
const lookup = siteLookup([
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/Base.css',
  '_astro/Quiz.js',
  'en/index.html',
  'en/lessons/m1/what-is-service/index.html',
  'lessons/m1/what-is-service/index.html',
  'lessons/m1/from-4p-to-4c/index.html',
  'data/roleplays/rp-x.zh-CN.json',
  'pagefind/pagefind.js',
  'fonts/Noto Sans.woff2',
]);
const LESSON = 'lessons/m1/what-is-service/index.html';

describe('siteLookup', () => {
  it.each([
    ['/', 'folder'],
    ['/en/', 'folder'],
    ['/en', 'folder'],
    ['/_astro/Quiz.js', 'file'],
    ['/lessons/m1/', undefined],
    ['/missing.js', undefined],
    ['/fonts/Noto Sans.woff2', 'file'],
  ])('%s names a %s', (path, found) => {
    expect(lookup(path)).toBe(found);
  });
});

describe('relativeUrl', () => {
  it.each([
    // [url, from, expected]
    ['/_astro/Base.css', LESSON, '../../../_astro/Base.css'],
    ['/', LESSON, '../../../index.html'],
    ['/', 'index.html', 'index.html'],
    ['/', '404.html', 'index.html'],
    ['/en/', 'index.html', 'en/index.html'],
    ['/en', 'index.html', 'en/index.html'],
    ['/lessons/m1/what-is-service/', LESSON, 'index.html'],
    ['/lessons/m1/from-4p-to-4c/', LESSON, '../from-4p-to-4c/index.html'],
    ['/en/lessons/m1/what-is-service/', LESSON, '../../../en/lessons/m1/what-is-service/index.html'],
    ['/lessons/m1/what-is-service/', 'en/lessons/m1/what-is-service/index.html', '../../../../lessons/m1/what-is-service/index.html'],
    ['/lessons/m1/from-4p-to-4c/#quiz', LESSON, '../from-4p-to-4c/index.html#quiz'],
    ['/en/?q=4C#top', 'index.html', 'en/index.html?q=4C#top'],
    ['/data/roleplays/rp-x.zh-CN.json', 'data/roleplays/rp-x.zh-CN.json', 'rp-x.zh-CN.json'],
    ['/fonts/Noto%20Sans.woff2', '_astro/Base.css', '../fonts/Noto%20Sans.woff2'],
  ])('%s from %s is %s', (url, from, expected) => {
    expect(relativeUrl(url, from, lookup)).toBe(expected);
  });

  it.each(['//cdn.example/x.js', 'https://example.com/', 'index.html', '#main', '/missing/', '/%E0%A4%A'])('leaves %s alone', (url) => {
    expect(relativeUrl(url, LESSON, lookup)).toBeUndefined();
  });
});

describe('relativizeHtml', () => {
  it('rewrites href, src and island URLs, and island props as HTML-escaped JSON', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.css"><a href="/en/lessons/m1/what-is-service/" data-testid="language-switch">EN</a>' +
      '<astro-island component-url="/_astro/Quiz.js" props="{&quot;src&quot;:[0,&quot;/data/roleplays/rp-x.zh-CN.json&quot;],&quot;title&quot;:[0,&quot;a &gt; b&quot;]}"></astro-island>' +
      "<img src='/favicon.svg' alt=\"x > y\"><a href=/en>en</a>";
    const { text, unresolved } = relativizeHtml(html, LESSON, lookup);
    expect(text).toBe(
      '<link rel="stylesheet" href="../../../_astro/Base.css"><a href="../../../en/lessons/m1/what-is-service/index.html" data-testid="language-switch">EN</a>' +
        '<astro-island component-url="../../../_astro/Quiz.js" props="{&quot;src&quot;:[0,&quot;../../../data/roleplays/rp-x.zh-CN.json&quot;],&quot;title&quot;:[0,&quot;a &gt; b&quot;]}"></astro-island>' +
        "<img src='../../../favicon.svg' alt=\"x > y\"><a href=../../../en/index.html>en</a>",
    );
    expect(unresolved).toEqual([]);
  });

  it('rewrites JSON script blocks and style elements, never executable scripts', () => {
    const html =
      '<script type="application/json" id="course-outline">{"href":"/lessons/m1/from-4p-to-4c/","title":"/en/ is English","x":"/"}</script>' +
      '<script type="module">import("/pagefind/pagefind.js"); "a/b".split("/");</script>' +
      '<style>body{background:url(/favicon.svg)}</style><script type="module" src="/_astro/Quiz.js"></script>';
    const { text } = relativizeHtml(html, LESSON, lookup);
    expect(text).toContain('{"href":"../from-4p-to-4c/index.html","title":"/en/ is English","x":"../../../index.html"}');
    expect(text).toContain('<script type="module">import("/pagefind/pagefind.js"); "a/b".split("/");</script>');
    expect(text).toContain('background:url(../../../favicon.svg)');
    expect(text).toContain('<script type="module" src="../../../_astro/Quiz.js"></script>');
  });

  it('leaves text, fragments, external and unknown URLs, and reports the unknown ones', () => {
    const html = '<p>Type "/en/" to go</p><a href="#main">skip</a><a href="https://example.com/en/">x</a><a href="/gone/">gone</a><a href="//cdn/x">cdn</a>';
    const { text, unresolved } = relativizeHtml(html, 'index.html', lookup);
    expect(text).toBe(html);
    expect(unresolved).toEqual(['/gone/']);
  });
});

describe('relativizeJson and relativizeCss', () => {
  it('makes data-file links relative to the data file', () => {
    const json = '{"rolePlays":{"rp-x":{"title":"X","href":"/en/lessons/m1/what-is-service/"}},"note":"/nothing"}';
    const { text, unresolved } = relativizeJson(json, 'data/classifiers/cl.en.json', lookup);
    expect(text).toBe('{"rolePlays":{"rp-x":{"title":"X","href":"../../en/lessons/m1/what-is-service/index.html"}},"note":"/nothing"}');
    expect(unresolved).toEqual(['/nothing']);
  });

  it('makes url() relative to the style sheet, whatever its quotes', () => {
    const css = `a{background:url(/favicon.svg)}b{background:url( "/favicon.svg" )}c{src:url('/fonts/Noto%20Sans.woff2')}d{background:url(data:x)}`;
    expect(relativizeCss(css, '_astro/Base.css', lookup).text).toBe(
      `a{background:url(../favicon.svg)}b{background:url( "../favicon.svg" )}c{src:url('../fonts/Noto%20Sans.woff2')}d{background:url(data:x)}`,
    );
  });
});

describe('findRootAbsolute', () => {
  it('finds site paths left in scripts and markup, including an escaped href="/" in a template', () => {
    const js = 'fetch(`/data/roleplays/rp-x.zh-CN.json`);const a="/en/";const t=\'<a href=\\"/\\">home</a>\';';
    expect(findRootAbsolute(js, lookup).sort()).toEqual(['/', '/data/roleplays/rp-x.zh-CN.json', '/en/']);
  });

  it('ignores slashes that are not site paths', () => {
    const js = 's.split("/");x.replace(/a/g,"");const c="</div>";const v=`/> <span>`;const u="/nowhere/";const d=a/b;';
    expect(findRootAbsolute(js, lookup)).toEqual([]);
  });

  it('finds nothing in a rewritten page', () => {
    const page = '<a href="/en/">en</a><script type="application/json">{"href":"/lessons/m1/from-4p-to-4c/"}</script>';
    expect(findRootAbsolute(page, lookup)).toEqual(['/en/', '/lessons/m1/from-4p-to-4c/']);
    expect(findRootAbsolute(relativizeHtml(page, LESSON, lookup).text, lookup)).toEqual([]);
  });
});
