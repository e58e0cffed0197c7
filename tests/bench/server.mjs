// A static server for the benchmark that behaves like a production host: text is sent
// compressed (brotli when the browser accepts it, else gzip), so byte counts and load times
// compare the two sites as users would get them. Usage: startServer(dir, port) → close().
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain', '.woff2': 'font/woff2',
};
const TEXT = /^(text\/|application\/(json|xml|javascript))|svg/;

/**
 * Serves `dir` on `port` (folders → index.html, missing → 404.html) with compression and
 * immutable caching for hashed assets. Resolves to a function that stops the server.
 * @param {string} dir @param {number} port @returns {Promise<() => Promise<void>>}
 */
export function startServer(dir, port) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = TEXT.test(type) ? (accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null) : null;
    const key = `${target}|${encoding}`;
    if (!cache.has(key)) {
      const raw = existsSync(target) ? readFileSync(target) : Buffer.from('not found');
      cache.set(key, encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw);
    }
    const headers = { 'content-type': type, 'cache-control': /[/\\](_astro|pagefind)[/\\]/.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache' };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(found ? 200 : 404, headers);
    res.end(cache.get(key));
  });
  return new Promise((ok) => server.listen(port, () => ok(() => new Promise((done) => server.close(() => done())))));
}
