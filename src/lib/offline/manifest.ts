/**
 * The offline manifest: every file of one build that a learner may keep on the device, with
 * its content hash and the group it belongs to. The service worker (src/sw/) serves a version
 * only from files whose hash matches this list, so a page of one build never meets the
 * scripts, styles or search index of another (issue 9, part 2).
 */

/** `shell` is kept on every device that visits; a locale's files only after "make available offline" (or once visited). */
export type OfflineGroup = 'shell' | 'zh-CN' | 'en';

/** One file: path relative to the site root ("lessons/m1/x/index.html"), hash, size, group. */
export type OfflineEntry = [path: string, revision: string, bytes: number, group: OfflineGroup];

export interface OfflineManifest {
  /** Hash of every entry: changes whenever any kept file changes. */
  version: string;
  entries: OfflineEntry[];
}

/** Pages and files a learner never needs offline: trainer and HR tools, the LMS launcher, the worker itself. */
const LEFT_OUT = [
  /^sw\.js$/,
  /^offline\/[^/]+\.json$/,
  /^(en\/)?(trainer|hr)\//,
  /^lms\//,
  /^404\.html$/,
  // Pagefind's ready-made UIs: the search page uses pagefind.js directly.
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./,
];

/** Pagefind names language-specific files with a lower-case language prefix. */
function pagefindLocale(lang: string): OfflineGroup | null {
  if (lang === 'en') return 'en';
  if (lang.startsWith('zh')) return 'zh-CN';
  return null;
}

/**
 * The group of a built file, or null when it is left out.
 * @param path path relative to the site root, "/"-separated
 * @param fragmentPage for a Pagefind fragment, the page URL it describes (its locale decides)
 */
export function groupOf(path: string, fragmentPage?: string): OfflineGroup | null {
  if (LEFT_OUT.some((re) => re.test(path))) return null;
  const pf = /^pagefind\/(?:(?:index|filter)\/([a-z-]+)_[^/]+|wasm\.([a-z-]+)\.pagefind|pagefind\.([a-z-]+)_[^/]+\.pf_meta)$/.exec(path);
  if (pf) return pagefindLocale(pf[1] ?? pf[2] ?? pf[3] ?? '') ?? 'shell';
  if (path.startsWith('pagefind/fragment/')) return fragmentPage === undefined ? 'shell' : localeOfPage(fragmentPage);
  const data = /^data\/.+\.(zh-CN|en)\.json$/.exec(path);
  if (data) return data[1] as OfflineGroup;
  if (path === 'offline/index.html' || path === 'en/offline/index.html') return 'shell';
  if (path.endsWith('.html')) return localeOfPage(path);
  return 'shell';
}

/** A page's locale from its path or URL: English pages live under /en/. */
function localeOfPage(page: string): OfflineGroup {
  return /^(?:[a-z]+:\/\/[^/]+)?\/?(?:\.\.\/)*en\//.test(page) ? 'en' : 'zh-CN';
}

/**
 * The assets ("_astro/…") that the kept pages, scripts and styles reach, transitively: the
 * trainer's and HR's own scripts stay off a learner's device.
 * @param texts text of every kept HTML, JS and CSS file, by path
 */
export function reachableAssets(roots: string[], texts: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const from = queue.pop()!;
    const text = texts.get(from);
    if (text === undefined) continue;
    // Pages name assets by "_astro/…"; the bundled chunks import each other as "./…".
    const sibling = from.startsWith('_astro/') ? /["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g : null;
    const found = [
      ...[...text.matchAll(/_astro\/[\w.-]+\.(?:js|css|woff2?|svg|png|webp)/g)].map((m) => m[0]),
      ...(sibling ? [...text.matchAll(sibling)].map((m) => `_astro/${m[1]}`) : []),
    ];
    for (const asset of found) {
      if (seen.has(asset)) continue;
      seen.add(asset);
      queue.push(asset);
    }
  }
  return seen;
}

/**
 * The manifest of a build.
 * @param files every kept file with its group, hash and size (order does not matter)
 * @param hash hex digest function used for the version
 */
export function buildManifest(files: OfflineEntry[], hash: (text: string) => string): OfflineManifest {
  const entries = [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const version = hash(entries.map((e) => e.join(' ')).join('\n')).slice(0, 12);
  return { version, entries };
}

/** The cache key of a request path relative to the site root: folders name their index.html. */
export function keyOf(relative: string): string {
  const path = relative.replace(/^\.\//, '').replace(/[?#].*$/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The URL to fetch a kept file by (relative to the root): a folder for an index.html, as every static host serves it. */
export function fetchPathOf(key: string): string {
  return key.replace(/(^|\/)index\.html$/, '$1');
}

/** Checks the shape of a manifest read from the network or a cache. */
export function isManifest(value: unknown): value is OfflineManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<OfflineManifest>;
  return typeof m.version === 'string' && Array.isArray(m.entries) && m.entries.every((e) => Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && typeof e[1] === 'string');
}

/**
 * The data files a page's islands fetch (quiz items, role-play scenarios, classifier items),
 * as keys: the page names them in its islands' props, root-absolute ("/data/…") or, in the
 * relative-URL copy, relative ("../../data/…"), quoted or inside `&quot;` (island props). Kept with the page, so a visited lesson's
 * quiz works offline even if the learner never scrolled to it.
 * @param html the page's HTML @param pageUrl its URL @param scope the worker's scope URL
 */
export function dataKeysOf(html: string, pageUrl: string, scope: string): string[] {
  const keys = new Set<string>();
  for (const m of html.matchAll(/(?<=["';])(?:\/|(?:\.\.\/)+|\.\/)?data\/[\w.\/-]+\.json(?=["'&])/g)) {
    const url = new URL(m[0], pageUrl).href;
    if (url.startsWith(scope)) keys.add(keyOf(url.slice(scope.length)));
  }
  return [...keys];
}
