import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { findRootAbsolute, siteLookup } from '../../src/lib/tracking/relative-urls';
import { PACKAGES } from './scorm-packages';

/**
 * The zips `npm run package` writes (built by the package server's webServer entry):
 * manifests valid against the official schemas (xmllint, as ../shared/scorm/README.md
 * says), what the schemas miss, the schema files beside the manifest, and every
 * reference of every page pointing at a file inside the zip.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '..', 'shared', 'scorm');
const passMark = (parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8')) as { rules: { passMark: number } }).rules.passMark;
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);

/** Relative references in a page: attribute values and JSON strings (plain or HTML-escaped) that look like paths. */
function references(html: string): string[] {
  const attributes = all(html, /\s(?:href|src|component-url|renderer-url|data-pagefind)="([^"#]+)/g);
  // String values only: an object key such as the string table's "download.json" is no URL.
  const json = all(html, /(?:&quot;|")((?:\.\.\/)*[\w.-]+(?:\/[\w.-]+)*\.(?:html|json|js|css|svg))(?:[#?][^"&]*)?(?:&quot;|")(?!\s*:)/g);
  return [...attributes, ...json].filter((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u));
}

for (const pkg of PACKAGES) {
  test.describe(`SCORM ${pkg.version} package`, () => {
    // Read when the tests run: the zip is built by the webServer, after the test files are loaded.
    let zip: Record<string, Uint8Array> | undefined;
    test.beforeAll(() => {
      zip = unzipSync(readFileSync(join(root, pkg.zip)));
    });
    const z = () => zip!;
    const m = () => decode(z()['imsmanifest.xml'] ?? new Uint8Array());
    const schemaDir = join(shared, pkg.version === '1.2' ? 'scorm12' : 'scorm2004-4th');

    test('has imsmanifest.xml at its root that validates against the official schemas', () => {
      const [files, manifest] = [z(), m()];
      expect(manifest).toContain('<manifest');
      test.skip(!(hasXmllint && existsSync(shared)) && !process.env.CI, 'xmllint or ../shared/scorm not available');
      const dir = mkdtempSync(join(tmpdir(), `scorm${pkg.version}-`));
      for (const [name, data] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      const schema = join(shared, 'validate', pkg.version === '1.2' ? 'scorm12-all.xsd' : 'scorm2004-4th-all.xsd');
      const run = () =>
        execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, join(dir, 'imsmanifest.xml')], {
          env: { ...process.env, XML_CATALOG_FILES: join(shared, 'validate', 'catalog.xml') },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
      expect(run).not.toThrow();
    });

    test('lists every file of the site once, each of them in the zip, and launches a file that is there', () => {
      const [files, manifest] = [z(), m()];
      const listed = all(manifest, /<file href="([^"]+)"/g);
      expect(new Set(listed).size).toBe(listed.length);
      for (const href of listed) expect(files[href], href).toBeDefined();
      const schemas = new Set(Object.keys(files).filter((f) => existsSync(join(schemaDir, f))));
      const site = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !schemas.has(f));
      expect(listed.sort()).toEqual(site.sort());
      const launch = /<resource\b[^>]*\shref="([^"]+)"/.exec(manifest)?.[1];
      expect(launch).toBe('lms/index.html');
      expect(decode(files[launch!]!)).toContain('data-start="../index.html"');
      expect(files['index.html']).toBeDefined();
    });

    test('says what the schemas do not check: titles, references, spelling, version and the course pass mark', () => {
      const manifest = m();
      for (const body of all(manifest, /<item\b[^>]*>([\s\S]*?)<\/item>/g)) expect(body).toMatch(/<title>[^<]+<\/title>/);
      const resources = all(manifest, /<resource identifier="([^"]+)"/g);
      for (const ref of all(manifest, /identifierref="([^"]+)"/g)) expect(resources).toContain(ref);
      if (pkg.version === '1.2') {
        expect(manifest).toContain('adlcp:scormtype="sco"');
        expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
        expect(manifest).toContain(`<adlcp:masteryscore>${Math.round(passMark * 100)}</adlcp:masteryscore>`);
      } else {
        expect(manifest).toContain('adlcp:scormType="sco"');
        expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
        expect(manifest).toContain(`<imsss:minNormalizedMeasure>${passMark}</imsss:minNormalizedMeasure>`);
      }
    });

    test('holds the schema files its manifest names, and every file they include or import', () => {
      const [files, manifest] = [z(), m()];
      const locations = (/xsi:schemaLocation="([^"]+)"/.exec(manifest)?.[1] ?? '').trim().split(/\s+/).filter((_, i) => i % 2 === 1);
      expect(locations.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const xsd = files[file];
        expect(xsd, `${file} is in the zip`).toBeDefined();
        for (const loc of all(decode(xsd!), /<xsd?:(?:include|import|redefine)\b[^>]*\sschemaLocation="([^"]+)"/g)) {
          if (!/^https?:/.test(loc)) visit(posix.normalize(posix.join(posix.dirname(file), loc)));
        }
      };
      locations.forEach(visit);
    });

    test('points every reference of every page at a file inside the zip, and leaves no root-absolute URL', () => {
      const files = z();
      const lookup = siteLookup(Object.keys(files));
      const broken: string[] = [];
      const pages = Object.keys(files).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(100);
      for (const page of pages) {
        const html = decode(files[page]!);
        for (const ref of references(html)) {
          const target = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(ref.split(/[?#]/)[0]!)));
          if (!files[target]) broken.push(`${page}: ${ref}`);
        }
        for (const url of findRootAbsolute(html, lookup)) broken.push(`${page}: ${url} (root-absolute)`);
      }
      expect(broken.slice(0, 20)).toEqual([]);
    });
  });
}
