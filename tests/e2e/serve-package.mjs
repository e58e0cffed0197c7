#!/usr/bin/env node
// Serves SCORM packages the way an LMS file server does, for the package tests: each zip's
// files under a deep folder (Moodle's /pluginfile.php/<context>/mod_scorm/content/<n>/),
// straight from the zip, with Moodle's content types and `nosniff`, and no folder → index.html
// mapping (a folder URL is a 404). `/player/<n>` is a stand-in for the LMS's player page:
// the package's launch file in an iframe. `/host/<n>?learner=<id>` is a real SCORM runtime
// (scorm-again, see e2e/scorm-host.mjs) that commits to this server and relaunches from it.
// Usage: node serve-package.mjs <port> <zip>=<folder> [<zip>=<folder> …]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { hostRoutes } from './scorm-host.mjs';

const [port, ...mounts] = process.argv.slice(2);
// As Moodle's core_filetypes names them (lib/classes/filetypes.php); anything else is octet-stream.
const types = {
  html: 'text/html', css: 'text/css', js: 'application/x-javascript', json: 'application/json',
  svg: 'image/svg+xml', xml: 'application/xml', xsd: 'application/xml', png: 'image/png', wasm: 'application/wasm',
};
const packages = mounts.map((arg) => {
  const [zip, folder] = arg.split('=');
  if (!zip || !folder?.startsWith('/') || !folder.endsWith('/')) throw new Error(`expected <zip>=</folder/>, got ${arg}`);
  const files = unzipSync(readFileSync(zip));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  const launch = /<resource\b[^>]*\shref="([^"]+)"/.exec(manifest)?.[1];
  if (!launch) throw new Error(`${zip}: no launch file in imsmanifest.xml`);
  return { folder, files, launch };
});

const host = hostRoutes(packages);

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (await host(req, res, path)) return;
  const player = /^\/player\/(\d+)$/.exec(path);
  if (player && packages[Number(player[1])]) {
    const p = packages[Number(player[1])];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(`<!doctype html><html lang="en"><title>LMS player</title><body style="margin:0">
<iframe id="scorm_object" title="Course" src="${p.folder}${p.launch}" style="border:0;width:100vw;height:100vh"></iframe>`);
  }
  const p = packages.find((x) => path.startsWith(x.folder));
  const data = p?.files[path.slice(p.folder.length)];
  if (!data) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('Not found: this server, like an LMS, serves files only');
  }
  const ext = path.split('.').pop() ?? '';
  res.writeHead(200, { 'content-type': types[ext] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
  res.end(data);
}).listen(Number(port), () => console.log(`serving ${packages.length} package(s) on http://localhost:${port}/`));
