/**
 * The service worker (bundled to dist/sw.js by src/tools/offline-build.ts, which fills in the
 * version). Each build's files live in a cache of their own, checked against that build's
 * manifest by hash: a page and the scripts, styles and search index it loads always come
 * from the same build. A new build installs beside the one in use, copying unchanged files
 * and downloading the rest, and waits until the learner accepts the update (or closes every
 * tab); the page is told it is waiting (src/scripts/offline-client.ts).
 */
import { dataKeysOf, keyOf, type OfflineEntry, type OfflineGroup, type OfflineManifest } from '../lib/offline/manifest';
import { entriesByKey, groupStatus, missingKeys, planInstall } from '../lib/offline/plan';
import { CHANNEL, type OfflineMessage, type OfflineReply } from '../lib/offline/messages';
import { cacheName, downloadInto, isOurCache, readMeta, readVersion, writeMeta } from './store';

declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_VERSION__: string;
const VERSION = __OFFLINE_VERSION__;
const SCOPE = self.registration.scope;
const CACHE = cacheName(SCOPE, VERSION);
const channel = new BroadcastChannel(CHANNEL);

let loaded: Promise<{ manifest: OfflineManifest; byKey: ReturnType<typeof entriesByKey> }> | undefined;
/** This version's manifest, from its cache (kept there at install). */
function manifest() {
  loaded ??= caches.open(CACHE).then(async (cache) => {
    const meta = await readMeta(cache, SCOPE);
    if (!meta) throw new Error('offline manifest missing');
    return { manifest: meta.manifest, byKey: entriesByKey(meta.manifest) };
  });
  return loaded;
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

async function install(): Promise<void> {
  const response = await fetch(new URL(`offline/${VERSION}.json`, SCOPE), { cache: 'reload' });
  const next = (await response.json()) as OfflineManifest;
  if (next.version !== VERSION) throw new Error(`manifest ${next.version} does not match worker ${VERSION}`);
  const previous = await readVersion(SCOPE, VERSION);
  const plan = planInstall(next, previous ? { manifest: previous.manifest, state: previous.state, cached: previous.cached } : undefined);
  const cache = await caches.open(CACHE);
  const byKey = entriesByKey(next);
  for (const key of plan.copy) {
    const hit = await previous!.cache.match(new URL(key, SCOPE).href);
    if (hit) await cache.put(new URL(key, SCOPE).href, hit);
    else plan.fetch.push(key);
  }
  // Every file must arrive and match its hash, or this version does not install and the one
  // in use stays (the browser tries again on a later visit).
  const failed = await downloadInto(cache, SCOPE, plan.fetch, byKey, () => undefined);
  if (failed.length > 0) throw new Error(`offline install: ${failed.length} files failed, e.g. ${failed[0]}`);
  await writeMeta(cache, SCOPE, { manifest: next, state: plan.state });
  // The very first install has no version to wait for.
  if (!previous) await self.skipWaiting();
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isOurCache(name, SCOPE) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const key = keyOf(request.url.slice(SCOPE.length));
  event.respondWith(respond(request, key));
});

/** A file of this version from the cache; else the network (kept if it is this version's, a visited page); else the offline page. */
async function respond(request: Request, key: string): Promise<Response> {
  const { byKey } = await manifest().catch(() => ({ byKey: new Map<string, OfflineEntry>() }));
  const entry = byKey.get(key);
  if (!entry) return fetch(request).catch(() => offlineFallback(request));
  const cache = await caches.open(CACHE);
  const hit = await cache.match(new URL(key, SCOPE).href);
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok) void keep(cache, key, request.url, response.clone(), byKey);
    return response;
  } catch {
    return offlineFallback(request);
  }
}

/** Keeps a visited file; for a page, also the data its islands will fetch (a quiz below the fold). */
async function keep(cache: Cache, key: string, url: string, response: Response, byKey: Map<string, OfflineEntry>): Promise<void> {
  const page = key.endsWith('.html') ? await response.clone().text() : '';
  const failed = await downloadInto(cache, SCOPE, [key], byKey, () => undefined, response);
  if (!page || failed.length > 0) return;
  const cached = await Promise.all(dataKeysOf(page, url, SCOPE).filter((k) => byKey.has(k)).map(async (k) => ((await cache.match(new URL(k, SCOPE).href)) ? null : k)));
  await downloadInto(cache, SCOPE, cached.filter((k): k is string => k !== null), byKey, () => undefined);
}

/** For a page not on the device, the offline page in the page's language (503); for other files, a network error. */
async function offlineFallback(request: Request): Promise<Response> {
  if (request.mode !== 'navigate') return Response.error();
  const english = new URL(request.url).href.startsWith(new URL('en/', SCOPE).href);
  const page = await caches.match(new URL(english ? 'en/offline/index.html' : 'offline/index.html', SCOPE).href, { cacheName: CACHE });
  if (!page) return Response.error();
  return new Response(page.body, { status: 503, headers: page.headers });
}

self.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage;
  if (message?.type === 'skip-waiting') void self.skipWaiting();
  else if (message?.type === 'status') event.waitUntil(broadcastStatus());
  else if (message?.type === 'download') event.waitUntil(download(message.group));
  else if (message?.type === 'remove') event.waitUntil(remove(message.group));
});

/** Tells every tab how much of each locale this version holds. */
async function broadcastStatus(extra: Partial<OfflineReply> = {}): Promise<void> {
  const { manifest: m } = await manifest();
  const cache = await caches.open(CACHE);
  const meta = await readMeta(cache, SCOPE);
  const cached = new Set((await cache.keys()).map((r) => keyOf(r.url.slice(SCOPE.length))));
  const state = meta?.state ?? { wanted: [] };
  const groups = (['zh-CN', 'en'] as OfflineGroup[]).map((g) => groupStatus(m, cached, state, g));
  const reply: OfflineReply = { type: 'status', version: VERSION, groups, ...extra };
  channel.postMessage(reply);
}

let downloading: Promise<void> | undefined;
/** Makes a locale available offline: marks it wanted (updates keep it), then fetches what is missing, reporting progress. */
function download(group: OfflineGroup): Promise<void> {
  downloading = (downloading ?? Promise.resolve()).then(async () => {
    const { manifest: m, byKey } = await manifest();
    const cache = await caches.open(CACHE);
    const meta = (await readMeta(cache, SCOPE))!;
    if (!meta.state.wanted.includes(group)) meta.state.wanted.push(group);
    await writeMeta(cache, SCOPE, meta);
    const cached = new Set((await cache.keys()).map((r) => keyOf(r.url.slice(SCOPE.length))));
    const todo = missingKeys(m, cached, group);
    let last = 0;
    const failed = await downloadInto(cache, SCOPE, todo, byKey, (done) => {
      if (Date.now() - last < 250) return;
      last = Date.now();
      void broadcastStatus({ active: group });
    });
    await broadcastStatus({ failed: failed.length });
  });
  return downloading;
}

/** Takes a locale off the device (pages of it visited later are kept again). */
async function remove(group: OfflineGroup): Promise<void> {
  const { manifest: m } = await manifest();
  const cache = await caches.open(CACHE);
  const meta = (await readMeta(cache, SCOPE))!;
  meta.state.wanted = meta.state.wanted.filter((g) => g !== group);
  await writeMeta(cache, SCOPE, meta);
  for (const [key, , , g] of m.entries) if (g === group) await cache.delete(new URL(key, SCOPE).href);
  await broadcastStatus();
}

