/**
 * A tiny LRS + cmi5 LMS for tests (Node http, no dependencies beyond the xAPI validator):
 * - POST /statements (a batch is all stored or none), PUT /statements?statementId=…:
 *   each statement validated with @learninglocker/xapi-validation (errors are recorded,
 *   and the statement refused with 400); an ID already held with other content → 409,
 *   with the same content → accepted, stored once;
 * - GET / PUT /activities/state and /agents/profile (JSON documents; 404 when absent);
 * - POST /fetch/<n>: the cmi5 one-time auth-token URL (a second POST answers error-code 1);
 * - CORS for the browser, Basic auth checked on every xAPI call;
 * - /_test/… for the e2e tests in another process: launch, statements, errors, requests, reset.
 * `node tests/lrs/lrs.mjs <port>` runs it standalone; tests import startLrs().
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import validator from '@learninglocker/xapi-validation';

const validate = validator.default ?? validator;

/** JSON with sorted keys, to compare two statements' content. */
const canonical = (v) => (Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}` : JSON.stringify(v));

export async function startLrs({ port = 0, basic = 'lrs-key:lrs-secret' } = {}) {
  const statements = []; // in the order stored
  const byId = new Map();
  const errors = []; // { id, warnings }
  const documents = new Map();
  const tokens = new Set([Buffer.from(basic).toString('base64')]);
  const fetchUrls = new Map(); // n → { used }
  const requests = []; // { method, path, count }
  let down = false;
  let base = '';

  const docKey = (kind, q) => `${kind}|${q.get('activityId') ?? ''}|${q.get('agent') ?? ''}|${q.get('registration') ?? ''}|${q.get('stateId') ?? q.get('profileId') ?? ''}`;

  function check(s) {
    const warnings = validate(s).map((w) => ({ path: w.path.join('.'), name: w.name, data: w.data }));
    if (warnings.length) errors.push({ id: s?.id, warnings });
    return warnings.length === 0;
  }

  /** Store statements atomically; returns the HTTP status. */
  function store(list) {
    const ids = list.map((s) => s.id);
    if (new Set(ids).size !== ids.length) return 400;
    for (const s of list) if (!check(s)) return 400;
    for (const s of list) if (byId.has(s.id) && canonical(byId.get(s.id)) !== canonical(s)) return 409;
    for (const s of list) {
      if (byId.has(s.id)) continue;
      byId.set(s.id, s);
      statements.push(s);
    }
    return 200;
  }

  function launch({ launchMode = 'Normal', masteryScore, moveOn = 'CompletedAndPassed', returnURL, registration = randomUUID(), sessionId = randomUUID(), activityId = 'https://lms.example.com/au/cs-course-1', publisherId = 'https://course.example.com/xapi/cs-course/au', actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-42' }, name: 'Wang Fang' } } = {}) {
    const n = String(fetchUrls.size + 1);
    fetchUrls.set(n, { used: false });
    const doc = {
      contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
      launchMode,
      moveOn,
      ...(masteryScore !== undefined && { masteryScore }),
      ...(returnURL && { returnURL }),
    };
    const q = new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData' });
    documents.set(docKey('state', q), JSON.stringify(doc));
    const params = new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: `${base}/fetch/${n}`, actor: JSON.stringify(actor), registration, activityId });
    return { query: params.toString(), registration, sessionId, activityId, actor, fetch: `${base}/fetch/${n}` };
  }

  const server = http.createServer(async (req, res) => {
    if (down) return req.socket.destroy();
    const url = new URL(req.url, base);
    const send = (status, body, type = 'application/json') => {
      res.writeHead(status, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version', 'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS', ...(body !== undefined && { 'Content-Type': type }) });
      res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204);
    let text = '';
    for await (const chunk of req) text += chunk;
    const path = url.pathname.replace(/^\/xapi\//, '/');
    requests.push({ method: req.method, path, count: /statements/.test(path) && text.startsWith('[') ? JSON.parse(text).length : 1 });

    if (url.pathname.startsWith('/_test/')) return testApi(url, text, send);
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const f = fetchUrls.get(url.pathname.slice(7));
      if (!f) return send(200, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
      if (f.used) return send(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      f.used = true;
      const token = Buffer.from(`${randomUUID()}:x`).toString('base64');
      tokens.add(token);
      return send(200, { 'auth-token': token });
    }
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth || !tokens.has(auth)) return send(401, { error: 'unauthorised' });
    if (!req.headers['x-experience-api-version']) return send(400, { error: 'X-Experience-API-Version missing' });
    const q = url.searchParams;
    if (path === '/statements' && req.method === 'POST') {
      const body = JSON.parse(text);
      const list = Array.isArray(body) ? body : [body];
      const status = store(list);
      return status === 200 ? send(200, list.map((s) => s.id)) : send(status, { error: status === 409 ? 'conflict' : 'invalid statement' });
    }
    if (path === '/statements' && req.method === 'PUT') {
      const s = JSON.parse(text);
      if (s.id !== q.get('statementId')) return send(400, { error: 'statementId does not match' });
      const status = store([s]);
      return status === 200 ? send(204) : send(status, { error: status === 409 ? 'conflict' : 'invalid statement' });
    }
    if (path === '/statements' && req.method === 'GET') return send(200, { statements: [...statements].reverse(), more: '' });
    const kind = path === '/activities/state' ? 'state' : path === '/agents/profile' ? 'profile' : null;
    if (kind && req.method === 'GET') {
      const doc = documents.get(docKey(kind, q));
      return doc === undefined ? send(404, { error: 'no document' }) : send(200, doc);
    }
    if (kind && (req.method === 'PUT' || req.method === 'POST')) {
      documents.set(docKey(kind, q), text);
      return send(204);
    }
    send(404, { error: 'not found' });
  });

  function testApi(url, text, send) {
    const what = url.pathname.slice(7);
    if (what === 'launch') return send(200, launch(text ? JSON.parse(text) : {}));
    if (what === 'statements') return send(200, statements);
    if (what === 'errors') return send(200, errors);
    if (what === 'requests') return send(200, requests);
    if (what === 'return') return send(200, '<!doctype html><title>LMS</title><h1>Back in the LMS</h1>', 'text/html');
    if (what === 'reset') return statements.splice(0), byId.clear(), errors.splice(0), requests.splice(0), send(204);
    send(404, { error: 'unknown test call' });
  }

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: base,
    statements,
    errors,
    requests,
    documents,
    launch,
    /** Refuse connections (an outage) until up(). */
    down: () => void (down = true),
    up: () => void (down = false),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lrs = await startLrs({ port: Number(process.argv[2] ?? 4419) });
  console.log(`tiny LRS at ${lrs.url}`);
}
