/**
 * A static server for the offline-course tests whose folder can be swapped, as a deployment
 * would swap it, and a "next build" made from dist/ by changing a page and one stylesheet
 * the way a real build does (new hashed name), with the offline manifest and worker rebuilt.
 */
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** The relative-URL copy `npm run package` stages (the Playwright config's package server builds it). */
export const PACKAGED_SITE = fileURLToPath(new URL('../../packages/site', import.meta.url));
const TOOL = fileURLToPath(new URL('../../src/tools/offline-build.ts', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json' };

export interface Site {
  url: string;
  /** Serves another folder from now on (a deployment). */
  serve(root: string): void;
  /** Answers 500 for the paths `when` picks (a server or CDN failing mid-deployment); null heals it. */
  failWhen(when: ((path: string) => boolean) | null): void;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free port under `base` (a sub-path such as /training/); `serve(other)`
 * switches every later request to another folder.
 */
export async function startSite(root: string, base = '/'): Promise<Site> {
  let current = root;
  let failing: ((path: string) => boolean) | null = null;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    if (failing?.(path)) {
      res.writeHead(500).end('failing');
      return;
    }
    let file = pathname.startsWith(base) ? join(current, path) : '/nonexistent';
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(found ? readFileSync(file) : 'not found');
  });
  await new Promise<void>((done) => server.listen(0, done));
  const port = (server.address() as { port: number }).port;
  return { url: `http://localhost:${port}`, serve: (r) => (current = r), failWhen: (when) => (failing = when), close: () => new Promise((done) => server.close(() => done())) };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * A copy of dist/ as the next deployment: `marker` added to the Chinese home page, and the
 * home page's first stylesheet changed and renamed in every file that names it.
 * @returns the folder and the old and new stylesheet names
 */
export function nextBuild(marker: string): { root: string; oldCss: string; newCss: string } {
  const root = join(tmpdir(), `cs-course-next-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  cpSync(DIST, root, { recursive: true });
  const home = join(root, 'index.html');
  const oldCss = /href="\/(_astro\/[^"]+\.css)"/.exec(readFileSync(home, 'utf8'))![1]!;
  const newCss = oldCss.replace(/\.css$/, '-next.css');
  writeFileSync(join(root, newCss), `${readFileSync(join(root, oldCss), 'utf8')}\n/* ${marker} */\n`);
  rmSync(join(root, oldCss));
  for (const file of filesIn(root).filter((f) => /\.(html|js|css)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(oldCss)) writeFileSync(file, text.replaceAll(oldCss, newCss));
  }
  writeFileSync(home, readFileSync(home, 'utf8').replace('<h1', `<p data-testid="build-marker">${marker}</p><h1`));
  execFileSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', TOOL, root], { stdio: 'pipe' });
  return { root, oldCss, newCss };
}

/** The offline manifest of a built folder. */
export function manifestOf(root: string): { version: string; entries: Array<[string, string, number, string]> } {
  const file = readdirSync(join(root, 'offline')).find((f) => f.endsWith('.json'))!;
  return JSON.parse(readFileSync(join(root, 'offline', file), 'utf8'));
}
