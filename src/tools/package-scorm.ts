/**
 * `npm run package`: the SCORM 1.2 and SCORM 2004 4th edition packages of the built site
 * (run `npm run build` first), as packages/<course id>-scorm12.zip and -scorm2004.zip.
 *
 * 1. dist/ is copied to packages/site/ with every root-absolute URL that names a file of
 *    the site made relative, `index.html` appended to folders (lib/tracking/relative-urls.ts):
 *    an LMS serves the package from a deep folder and does not map folders to index.html.
 * 2. Pagefind indexes that copy again with `--keep-index-url`, so search results name
 *    files too (Pagefind prefixes them with the folder its script was loaded from).
 * 3. Nothing root-absolute may remain in pages, scripts, styles or data: the build stops.
 * 4. The LMS launches lms/index.html (src/pages/lms/): the course in a frame under one
 *    tracking session (src/scripts/lms-launcher.ts). Each zip holds the site, imsmanifest.xml at its root (lib/tracking/manifest.ts, the course's pass mark
 *    from content/course.yaml) and the schema files it references, from ../shared/scorm/.
 *
 * Runs with Node's type stripping (`node --experimental-strip-types`), hence the `.ts`
 * imports and no TypeScript-only syntax.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { cmi5Structure } from '../lib/tracking/cmi5-structure.ts';
import { manifest12, manifest2004, type ManifestInput } from '../lib/tracking/manifest.ts';
import { findRootAbsolute, relativizeCss, relativizeHtml, relativizeJson, siteLookup, type Rewrite } from '../lib/tracking/relative-urls.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'packages');
const site = join(out, 'site');
const schemas = join(root, '..', 'shared', 'scorm');
/** The launch file: the launcher page of the built site. */
const LAUNCH = 'lms/index.html';
const START = 'index.html';

/** Stops the build with a message. */
function fail(message: string): never {
  console.error(`package-scorm: ${message}`);
  process.exit(1);
}

/** Every file under `dir`, relative to it, "/"-separated, sorted. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** The course as content/course.yaml states it: ID, titles, pass mark. */
function course() {
  const yaml = parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8')) as {
    id?: unknown;
    title?: Record<string, unknown>;
    rules?: { passMark?: unknown };
  };
  const { id, title, rules } = yaml;
  const passMark = rules?.passMark;
  if (typeof id !== 'string' || typeof title?.['zh-CN'] !== 'string' || typeof title.en !== 'string') fail('content/course.yaml has no id or title');
  if (typeof passMark !== 'number' || !(passMark > 0 && passMark <= 1)) fail('content/course.yaml: rules.passMark must be a number in (0, 1]');
  return { id, title: `${title['zh-CN']} · ${title.en}`, passMark };
}

/** Step 1: the copy of dist/ with relative URLs (Pagefind's output is left to step 2). */
function stageSite(): void {
  if (!existsSync(join(dist, START))) fail('dist/ has no index.html: run `npm run build` first');
  const all = filesIn(dist);
  const lookup = siteLookup(all); // pagefind/ is there again after step 2
  const files = all.filter((f) => !f.startsWith('pagefind/'));
  const unresolved = new Map<string, Set<string>>();
  rmSync(site, { recursive: true, force: true });
  for (const file of files) {
    const target = join(site, file);
    mkdirSync(dirname(target), { recursive: true });
    const rewrite = file.endsWith('.html') ? relativizeHtml : file.endsWith('.css') ? relativizeCss : file.startsWith('data/') && file.endsWith('.json') ? relativizeJson : null;
    if (!rewrite) {
      writeFileSync(target, readFileSync(join(dist, file)));
      continue;
    }
    const result: Rewrite = rewrite(readFileSync(join(dist, file), 'utf8'), file, lookup);
    for (const url of result.unresolved) unresolved.set(url, (unresolved.get(url) ?? new Set()).add(file));
    writeFileSync(target, result.text);
  }
  for (const [url, where] of unresolved) console.warn(`  note: "${url}" names no file of the site (left as is), in ${[...where].slice(0, 3).join(', ')}${where.size > 3 ? ` and ${where.size - 3} more` : ''}`);
}

/** Step 2: Pagefind over the copy, keeping `index.html` in result URLs. */
function indexSite(): void {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'pagefind.cmd' : 'pagefind');
  execFileSync(bin, ['--site', site, '--keep-index-url', '--silent'], { stdio: 'inherit' });
}

/** Step 2b: the offline manifest and service worker of the copy (its files differ from dist/'s). */
function offlineSite(): void {
  const tool = join(root, 'src', 'tools', 'offline-build.ts');
  execFileSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', tool, site], { stdio: 'inherit' });
}

/** Step 3: root-absolute URLs left in pages, our bundles, styles and data (Pagefind's own files resolve themselves). */
function checkSite(files: readonly string[]): void {
  const lookup = siteLookup(files);
  const checked = files.filter((f) => /\.(html|css)$/.test(f) || (f.startsWith('_astro/') && f.endsWith('.js')) || (f.startsWith('data/') && f.endsWith('.json')));
  const left = checked.flatMap((f) => findRootAbsolute(readFileSync(join(site, f), 'utf8'), lookup).map((url) => `${f}: ${url}`));
  if (left.length) fail(`root-absolute URLs left in the package (they would miss the LMS's folder):\n  ${left.slice(0, 20).join('\n  ')}`);
}

/** The schema files a manifest references, by their path in the zip. */
function schemaFiles(version: '12' | '2004'): Map<string, string> {
  const dir = join(schemas, version === '12' ? 'scorm12' : 'scorm2004-4th');
  if (!existsSync(dir)) fail(`no schema files at ${dir} (the SCORM schemas live in ../shared/scorm/ beside this repository)`);
  return new Map(filesIn(dir).map((f) => [f, join(dir, f)]));
}

/** Step 4: one zip; already-compressed Pagefind files are stored, the rest deflated. */
function writeZip(version: '12' | '2004', files: readonly string[], input: ManifestInput, name: string): string {
  const mtime = statSync(join(dist, START)).mtime;
  const entries: Zippable = {};
  const add = (path: string, data: Uint8Array) => {
    entries[path] = [data, { level: /\.(pf_\w+|pagefind)$/.test(path) ? 0 : 9, mtime }];
  };
  add('imsmanifest.xml', new TextEncoder().encode(version === '12' ? manifest12(input) : manifest2004(input)));
  for (const [path, source] of schemaFiles(version)) add(path, readFileSync(source));
  for (const f of files) add(f, readFileSync(join(site, f)));
  const zip = join(out, `${name}-scorm${version}.zip`);
  writeFileSync(zip, zipSync(entries));
  return zip;
}

/**
 * The cmi5 package (packages/<id>-cmi5.zip): cmi5.xml at the root (lib/tracking/cmi5-structure.ts),
 * its AU launching the same file as the SCORM manifests; the course IRI is `<site>/xapi/<id>`
 * (astro.config.mjs `site`), the titles and description from content/course.yaml.
 */
function writeCmi5Zip(files: readonly string[], launch: string): string {
  type Texts = Record<string, string>;
  const yaml = parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8')) as { id: string; title: Texts; description?: Texts; rules: { passMark: number } };
  const siteUrl = /\bsite:\s*['"]([^'"]+)['"]/.exec(readFileSync(join(root, 'astro.config.mjs'), 'utf8'))?.[1];
  if (!siteUrl) fail('astro.config.mjs names no `site` (the cmi5 course IRI is built from it)');
  const xml = cmi5Structure({ courseIri: new URL(`xapi/${yaml.id}`, siteUrl).href, title: yaml.title, description: yaml.description ?? yaml.title, launch, passMark: yaml.rules.passMark });
  const mtime = statSync(join(dist, START)).mtime;
  const entries: Zippable = { 'cmi5.xml': [new TextEncoder().encode(xml), { level: 9, mtime }] };
  for (const f of files) entries[f] = [readFileSync(join(site, f)), { level: /\.(pf_\w+|pagefind)$/.test(f) ? 0 : 9, mtime }];
  const zip = join(out, `${yaml.id}-cmi5.zip`);
  writeFileSync(zip, zipSync(entries));
  return zip;
}

function main(): void {
  const c = course();
  schemaFiles('12');
  schemaFiles('2004'); // both there before anything is written
  stageSite();
  indexSite();
  if (!existsSync(join(site, LAUNCH))) fail(`the build has no ${LAUNCH} (src/pages/lms/)`);
  offlineSite();
  const all = filesIn(site);
  checkSite(all);
  // The copy served at a sub-path works offline; in an LMS the LMS runs the course, so the
  // zips leave the service worker and its manifest out (and no page registers it in a frame).
  const files = all.filter((f) => f !== 'sw.js' && !/^offline\/[^/]+\.json$/.test(f));
  const input: ManifestInput = { courseId: c.id, title: c.title, launch: LAUNCH, files, passMark: c.passMark };
  for (const version of ['12', '2004'] as const) {
    const zip = writeZip(version, files, input, c.id);
    console.log(`${zip.slice(root.length)}: ${(statSync(zip).size / 1024 / 1024).toFixed(2)} MB, ${files.length} files of the site + manifest and schemas`);
  }
  const cmi5 = writeCmi5Zip(files, LAUNCH);
  console.log(`${cmi5.slice(root.length)}: ${(statSync(cmi5).size / 1024 / 1024).toFixed(2)} MB, ${files.length} files of the site + cmi5.xml`);
}

main();
