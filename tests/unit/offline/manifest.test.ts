import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildManifest, dataKeysOf, fetchPathOf, groupOf, isManifest, keyOf, reachableAssets, type OfflineEntry } from '../../../src/lib/offline/manifest';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

describe('groupOf: which files a learner keeps, in which group', () => {
  it('puts Chinese pages in zh-CN and pages under en/ in en', () => {
    expect(groupOf('lessons/m1/what-is-service/index.html')).toBe('zh-CN');
    expect(groupOf('index.html')).toBe('zh-CN');
    expect(groupOf('en/lessons/m1/what-is-service/index.html')).toBe('en');
  });
  it('keeps the offline pages, scripts, styles and icons in the shell every visitor gets', () => {
    expect(groupOf('offline/index.html')).toBe('shell');
    expect(groupOf('en/offline/index.html')).toBe('shell');
    expect(groupOf('_astro/Quiz.abc.js')).toBe('shell');
    expect(groupOf('favicon.svg')).toBe('shell');
    expect(groupOf('pagefind/pagefind.js')).toBe('shell');
    expect(groupOf('pagefind/wasm.unknown.pagefind')).toBe('shell');
  });
  it('sorts data and Pagefind files by their language', () => {
    expect(groupOf('data/roleplays/rp-yogurt-complaint.zh-CN.json')).toBe('zh-CN');
    expect(groupOf('data/classifiers/cl-dick-basu.en.json')).toBe('en');
    expect(groupOf('pagefind/index/zh-cn_1a2b.pf_index')).toBe('zh-CN');
    expect(groupOf('pagefind/index/en_1a2b.pf_index')).toBe('en');
    expect(groupOf('pagefind/pagefind.zh-cn_7892f.pf_meta')).toBe('zh-CN');
    expect(groupOf('pagefind/wasm.en.pagefind')).toBe('en');
    expect(groupOf('pagefind/fragment/en_abc.pf_fragment', '/en/lessons/m3/x/')).toBe('en');
    expect(groupOf('pagefind/fragment/zh_abc.pf_fragment', '/lessons/m3/x/')).toBe('zh-CN');
    expect(groupOf('pagefind/fragment/x.pf_fragment', '../../en/lessons/m3/x/index.html')).toBe('en');
  });
  it('leaves out trainer and HR tools, the LMS launcher, the worker, old manifests and unused Pagefind UIs', () => {
    for (const path of ['trainer/index.html', 'en/trainer/present/m1/x/index.html', 'hr/index.html', 'en/hr/index.html', 'lms/index.html', 'sw.js', 'offline/abc123.json', '404.html', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-modular-ui.css']) {
      expect(groupOf(path), path).toBeNull();
    }
  });
});

describe('reachableAssets: only the scripts and styles the kept pages load', () => {
  it('follows pages to chunks and chunks to the chunks they import, and skips the rest', () => {
    const texts = new Map([
      ['index.html', '<link href="/_astro/Base.a.css"><script src="/_astro/page.b.js">'],
      ['_astro/page.b.js', 'import{x}from"./svelte.c.js";import("./Quiz.d.js")'],
      ['_astro/Quiz.d.js', 'import"./svelte.c.js"'],
      ['_astro/svelte.c.js', ''],
      ['_astro/Trainer.e.js', 'import"./svelte.c.js"'],
    ]);
    expect([...reachableAssets(['index.html'], texts)].sort()).toEqual(['_astro/Base.a.css', '_astro/Quiz.d.js', '_astro/page.b.js', '_astro/svelte.c.js']);
  });
  it('does not read "./x.js" in a page as an asset (only chunks import their siblings that way)', () => {
    const texts = new Map([['index.html', '<a href="./x.js">']]);
    expect(reachableAssets(['index.html'], texts).size).toBe(0);
  });
});

describe('buildManifest', () => {
  const files: OfflineEntry[] = [
    ['lessons/b/index.html', 'r2', 20, 'zh-CN'],
    ['_astro/a.js', 'r1', 10, 'shell'],
  ];
  it('sorts entries and derives the version from every entry, so any changed file changes it', () => {
    const one = buildManifest(files, sha);
    expect(one.entries.map((e) => e[0])).toEqual(['_astro/a.js', 'lessons/b/index.html']);
    expect(buildManifest([...files].reverse(), sha).version).toBe(one.version);
    expect(buildManifest([files[0]!, ['_astro/a.js', 'r9', 10, 'shell']], sha).version).not.toBe(one.version);
    expect(one.version).toMatch(/^[0-9a-f]{12}$/);
    expect(isManifest(one)).toBe(true);
  });
  it('isManifest refuses what is not one', () => {
    expect(isManifest(null)).toBe(false);
    expect(isManifest({ version: 'x', entries: [['a', 'b']] })).toBe(false);
    expect(isManifest({ version: 1, entries: [] })).toBe(false);
  });
});

describe('keys and fetch paths', () => {
  it('maps a folder request to its index.html, drops query and hash, keeps files as they are', () => {
    expect(keyOf('')).toBe('index.html');
    expect(keyOf('en/')).toBe('en/index.html');
    expect(keyOf('lessons/m1/x/?q=1')).toBe('lessons/m1/x/index.html');
    expect(keyOf('lessons/m1/x/index.html#top')).toBe('lessons/m1/x/index.html');
    expect(keyOf('_astro/a.js')).toBe('_astro/a.js');
  });
  it('fetches an index.html by its folder, as every static host serves it', () => {
    expect(fetchPathOf('index.html')).toBe('');
    expect(fetchPathOf('en/lessons/x/index.html')).toBe('en/lessons/x/');
    expect(fetchPathOf('data/x.en.json')).toBe('data/x.en.json');
  });
});

describe('dataKeysOf: the data files the islands of a page fetch', () => {
  it('finds root-absolute and relative data URLs in island props and attributes, resolved against the page and the scope', () => {
    const html = '<astro-island props="{&quot;src&quot;:[0,&quot;/data/quizzes/q-m1.en.json&quot;]}"></astro-island><div data-src="/data/roleplays/rp-a.en.json"></div>';
    expect(dataKeysOf(html, 'https://x.org/en/lessons/m1/a/', 'https://x.org/')).toEqual(['data/quizzes/q-m1.en.json', 'data/roleplays/rp-a.en.json']);
    const copy = '<astro-island props="{&quot;src&quot;:[0,&quot;../../../../data/quizzes/q-m1.en.json&quot;]}">';
    expect(dataKeysOf(copy, 'https://x.org/training/en/lessons/m1/a/index.html', 'https://x.org/training/')).toEqual(['data/quizzes/q-m1.en.json']);
  });
  it('ignores text that merely mentions a data file, and URLs outside the scope', () => {
    expect(dataKeysOf('<p>see data/quizzes/x.json for details</p>', 'https://x.org/a/', 'https://x.org/')).toEqual([]);
    expect(dataKeysOf('<a href="/data/x.en.json">', 'https://x.org/training/a/', 'https://x.org/training/')).toEqual([]);
  });
});
