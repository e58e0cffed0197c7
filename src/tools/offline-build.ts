/**
 * The offline course of a built site (`npm run build` runs it after Pagefind; `npm run package`
 * runs it again on the relative-URL copy): writes `offline/<version>.json`, the manifest of
 * every file a learner may keep (src/lib/offline/manifest.ts), and `sw.js`, the service worker
 * (src/sw/) bundled with that version. Any changed file gives a new version, hence a new
 * sw.js, which is how browsers learn of a deployment.
 *
 * Usage: node --experimental-strip-types src/tools/offline-build.ts [site folder, default dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildManifest, groupOf, reachableAssets, type OfflineEntry } from '../lib/offline/manifest.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = resolve(process.argv[2] ?? join(root, 'dist'));

/** Every file under `dir`, relative to it, "/"-separated. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The page a Pagefind fragment describes (fragments are gzip with a signature before the JSON). */
function fragmentPage(bytes: Buffer): string | undefined {
  try {
    const text = gunzipSync(bytes).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url?: string }).url;
  } catch {
    return undefined;
  }
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
for (const f of filesIn(site)) if (/^offline\/[^/]+\.json$/.test(f)) rmSync(join(site, f));

const kept = new Map<string, { bytes: Buffer; group: NonNullable<ReturnType<typeof groupOf>> }>();
for (const path of filesIn(site)) {
  const bytes = readFileSync(join(site, path));
  const group = groupOf(path, path.startsWith('pagefind/fragment/') ? fragmentPage(bytes) : undefined);
  if (group) kept.set(path, { bytes, group });
}
// Of the built scripts and styles, only those a kept page reaches (not the trainer's or HR's).
const texts = new Map([...kept].filter(([p]) => /\.(html|js|css)$/.test(p)).map(([p, f]) => [p, f.bytes.toString('utf8')]));
const assets = reachableAssets([...kept.keys()].filter((p) => !p.startsWith('_astro/') && texts.has(p)), texts);
const entries: OfflineEntry[] = [...kept]
  .filter(([path]) => !path.startsWith('_astro/') || assets.has(path))
  .map(([path, f]) => [path, sha256(f.bytes).slice(0, 16), f.bytes.length, f.group]);
const manifest = buildManifest(entries, sha256);

mkdirSync(join(site, 'offline'), { recursive: true });
writeFileSync(join(site, 'offline', `${manifest.version}.json`), JSON.stringify(manifest));
await build({
  entryPoints: [join(root, 'src/sw/sw.ts')],
  outfile: join(site, 'sw.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  define: { __OFFLINE_VERSION__: JSON.stringify(manifest.version) },
  logLevel: 'warning',
});

const total = (group: string) => entries.filter((e) => e[3] === group).reduce((n, e) => [n[0]! + 1, n[1]! + e[2]], [0, 0]);
const line = (g: string) => `${g} ${total(g)[0]} files ${(total(g)[1]! / 1e6).toFixed(1)} MB`;
console.log(`offline: version ${manifest.version} — ${['shell', 'zh-CN', 'en'].map(line).join(', ')}; sw.js ${statSync(join(site, 'sw.js')).size} B`);
