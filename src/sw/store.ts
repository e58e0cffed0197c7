/**
 * The service worker's cache storage: one cache per build and scope, holding the build's files
 * under their keys plus two records — the manifest and what the learner asked for.
 */
import { fetchPathOf, isManifest, keyOf, type OfflineEntry, type OfflineManifest } from '../lib/offline/manifest';
import { revisionOf, type OfflineState } from '../lib/offline/plan';

const PREFIX = 'cs-course-offline';
const META = '__offline/meta.json';

/** The cache of one build under one scope (two copies of the course on one host stay apart). */
export function cacheName(scope: string, version: string): string {
  return `${PREFIX} ${scope} ${version}`;
}

/** A cache of this course under this scope, of any build. */
export function isOurCache(name: string, scope: string): boolean {
  return name.startsWith(`${PREFIX} ${scope} `);
}

export interface Meta {
  manifest: OfflineManifest;
  state: OfflineState;
}

/** The records of a build's cache, or null when it was never completed. */
export async function readMeta(cache: Cache, scope: string): Promise<Meta | null> {
  const response = await cache.match(new URL(META, scope).href);
  if (!response) return null;
  const meta = (await response.json().catch(() => null)) as Partial<Meta> | null;
  if (!meta || !isManifest(meta.manifest) || !Array.isArray(meta.state?.wanted)) return null;
  return { manifest: meta.manifest, state: meta.state };
}

export async function writeMeta(cache: Cache, scope: string, meta: Meta): Promise<void> {
  await cache.put(new URL(META, scope).href, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
}

/** The completed build in use before this one (the newest other cache with its records), with its cached keys. */
export async function readVersion(scope: string, except: string) {
  for (const name of (await caches.keys()).reverse()) {
    if (!isOurCache(name, scope) || name === cacheName(scope, except)) continue;
    const cache = await caches.open(name);
    const meta = await readMeta(cache, scope);
    if (!meta) continue;
    const cached = new Set((await cache.keys()).map((r) => keyOf(r.url.slice(scope.length))));
    return { cache, manifest: meta.manifest, state: meta.state, cached };
  }
  return null;
}

async function sha256(buffer: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads files into a build's cache, four at a time, keeping each only if its bytes hash to
 * the build's revision (a file of another build, say mid-deployment, is refused).
 * @param first a response already fetched for the only key (a page being visited)
 * @returns the keys that failed (network, HTTP status, hash or storage full)
 */
export async function downloadInto(
  cache: Cache,
  scope: string,
  keys: string[],
  byKey: ReadonlyMap<string, OfflineEntry>,
  onProgress: (done: number) => void,
  first?: Response,
): Promise<string[]> {
  const failed: string[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      try {
        const response = first ?? (await fetch(new URL(fetchPathOf(key), scope).href, { cache: 'reload' }));
        const buffer = await response.arrayBuffer();
        if (!response.ok || revisionOf(await sha256(buffer)) !== byKey.get(key)?.[1]) throw new Error(key);
        await cache.put(new URL(key, scope).href, new Response(buffer, { headers: { 'content-type': response.headers.get('content-type') ?? '' } }));
      } catch {
        failed.push(key);
      }
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, keys.length) }, worker));
  return failed;
}
