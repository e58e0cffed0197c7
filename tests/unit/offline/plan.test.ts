import { describe, expect, it } from 'vitest';
import type { OfflineManifest } from '../../../src/lib/offline/manifest';
import { groupStatus, missingKeys, planInstall } from '../../../src/lib/offline/plan';
import { formatBytes, isReply } from '../../../src/lib/offline/messages';

const v1: OfflineManifest = {
  version: 'v1',
  entries: [
    ['_astro/a.js', 'a1', 100, 'shell'],
    ['_astro/old.css', 'o1', 50, 'shell'],
    ['index.html', 'h1', 1000, 'zh-CN'],
    ['lessons/x/index.html', 'x1', 2000, 'zh-CN'],
    ['en/index.html', 'e1', 900, 'en'],
  ],
};
const v2: OfflineManifest = {
  version: 'v2',
  entries: [
    ['_astro/a.js', 'a1', 100, 'shell'],
    ['_astro/new.css', 'n2', 60, 'shell'],
    ['index.html', 'h2', 1100, 'zh-CN'],
    ['lessons/x/index.html', 'x1', 2000, 'zh-CN'],
    ['lessons/y/index.html', 'y2', 3000, 'zh-CN'],
    ['en/index.html', 'e1', 900, 'en'],
  ],
};

describe('planInstall: what a version needs before it may take over', () => {
  it('the first version takes the shell only', () => {
    expect(planInstall(v1)).toEqual({ copy: [], fetch: ['_astro/a.js', '_astro/old.css'], state: { wanted: [] } });
  });
  it('an update keeps every page the learner had, copying unchanged files and downloading changed ones', () => {
    const cached = new Set(['_astro/a.js', '_astro/old.css', 'en/index.html']);
    const plan = planInstall(v2, { manifest: v1, state: { wanted: [] }, cached });
    expect(plan.copy).toEqual(['_astro/a.js', 'en/index.html']);
    expect(plan.fetch).toEqual(['_astro/new.css']);
  });
  it('an update downloads the whole of a language the learner made available offline, new pages included', () => {
    const cached = new Set(['_astro/a.js', '_astro/old.css', 'index.html', 'lessons/x/index.html']);
    const plan = planInstall(v2, { manifest: v1, state: { wanted: ['zh-CN'] }, cached });
    expect(plan.copy).toEqual(['_astro/a.js', 'lessons/x/index.html']);
    expect(plan.fetch).toEqual(['_astro/new.css', 'index.html', 'lessons/y/index.html']);
    expect(plan.state.wanted).toEqual(['zh-CN']);
  });
  it('does not copy a file the old version lists but never got, even with the same hash', () => {
    const plan = planInstall(v2, { manifest: v1, state: { wanted: ['zh-CN'] }, cached: new Set(['_astro/a.js']) });
    expect(plan.fetch).toContain('lessons/x/index.html');
    expect(plan.copy).toEqual(['_astro/a.js']);
  });
});

describe('groupStatus and missingKeys', () => {
  it('counts files and bytes of a language against what is cached', () => {
    const cached = new Set(['index.html']);
    expect(groupStatus(v2, cached, { wanted: ['zh-CN'] }, 'zh-CN')).toEqual({ group: 'zh-CN', files: 3, bytes: 6100, cachedFiles: 1, cachedBytes: 1100, wanted: true });
    expect(groupStatus(v2, cached, { wanted: ['zh-CN'] }, 'en').wanted).toBe(false);
    expect(missingKeys(v2, cached, 'zh-CN')).toEqual(['lessons/x/index.html', 'lessons/y/index.html']);
  });
});

describe('messages', () => {
  it('formats sizes in the page language', () => {
    expect(formatBytes(4_900_000, 'en')).toBe('4.9 MB');
    expect(formatBytes(850_400, 'zh-CN')).toBe('850 KB');
    expect(formatBytes(12, 'en')).toBe('1 KB');
  });
  it('accepts only status reports from the worker', () => {
    expect(isReply({ type: 'status', version: 'v', groups: [] })).toBe(true);
    expect(isReply({ type: 'status', version: 'v' })).toBe(false);
    expect(isReply('status')).toBe(false);
  });
});
