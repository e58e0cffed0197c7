/**
 * `npm run csp-header [-- <LMS origin> …]`: the Content-Security-Policy header a static host
 * should send, computed from the built pages (run `npm run build` first). Every page's CSP
 * `<meta>` (astro.config.mjs) is merged into one policy that allows each page's script and
 * style hashes, and `frame-ancestors` is added: `'self'` and the LMS origins given, which may
 * frame the course (a meta cannot set it). The LMS launcher (lms/) gets its own line: it
 * alone may connect to a cmi5 LRS named at launch. Prints nginx `add_header` lines.
 *
 * Runs with Node's type stripping, like package-scorm.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy, metaPolicy, parsePolicy, unionPolicies, type Policy } from '../lib/security/csp.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const lmsOrigins = process.argv.slice(2);

/** Every HTML file under `dir`, relative to dist/, "/"-separated. */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.html') ? [`${prefix}${e.name}`] : [],
  );
}

const site: Policy[] = [];
const launcher: Policy[] = [];
for (const file of htmlFiles(dist)) {
  const text = metaPolicy(readFileSync(join(dist, file), 'utf8'));
  if (text === undefined) {
    console.error(`csp-header: ${file} has no CSP meta: build with security.csp on`);
    process.exit(1);
  }
  (file.startsWith('lms/') ? launcher : site).push(parsePolicy(text));
}
console.log(`# every page but the LMS launcher (${site.length} pages)`);
console.log(`add_header Content-Security-Policy "${headerPolicy(unionPolicies(site), lmsOrigins)}" always;`);
console.log(`# location /lms/ (the SCORM/cmi5 launch file)`);
console.log(`add_header Content-Security-Policy "${headerPolicy(unionPolicies(launcher), lmsOrigins)}" always;`);
