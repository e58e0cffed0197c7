// The LMS side of the SCORM runtime tests: a player page per package that runs scorm-again
// (a complete SCORM 1.2 / 2004 runtime) as window.API / window.API_1484_11 around the
// package's launch file, commits to this server as an LMS backend would, and on relaunch
// starts from what was committed. scorm-again is laxer than real LMSs, so the page also
// logs every call for the tests to check the call order and SCORM 1.2's 4,096-character
// suspend data themselves.
//   GET  /host/<n>?learner=<id>      the player (package n, learner id)
//   POST /host/commit/<id>           scorm-again's commits (refused while failing is on)
//   GET  /host/state/<id>            what the LMS holds for the learner (JSON), and its commit log
//   POST /host/fail/<id>?on=1|0      make commits fail (HTTP 500) or succeed again
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const vendor = fileURLToPath(new URL('../../node_modules/scorm-again/dist/', import.meta.url));
/** Per learner: the last committed CMI data, the commits (ok or refused), whether commits fail. */
const learners = new Map();
const learner = (id) => {
  if (!learners.has(id)) learners.set(id, { cmi: null, commits: [], failing: false });
  return learners.get(id);
};
const body = (req) => new Promise((resolve) => {
  let text = '';
  req.on('data', (c) => (text += c));
  req.on('end', () => resolve(text));
});
const json = (res, status, data) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
};

function player(pkg, version, id) {
  const v12 = version === '1.2';
  const saved = learner(id).cmi;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>LMS player (scorm-again)</title><body style="margin:0">
<script src="/host/vendor/${v12 ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  const calls = (window.__calls = []);
  // scorm-again sends the terminate commit with sendBeacon, which refuses bodies over 64 KB: a
  // finished course's interactions are more. They were committed already (the course commits
  // before it finishes), so the final commit leaves them out and the server keeps its copy.
  const requestHandler = (commit, meta) => (meta && meta.isTerminateCommit ? { ...commit, cmi: { ...commit.cmi, interactions: undefined }, terminate: true } : commit);
  const api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}({ lmsCommitUrl: '/host/commit/${encodeURIComponent(id)}', logLevel: 5, autocommit: false, requestHandler });
  const saved = ${JSON.stringify(saved).replace(/</g, '\\u003c')};
  if (saved) api.loadFromJSON(saved);
  ${v12 ? `api.cmi.core.student_id = ${JSON.stringify(id)}; api.cmi.core.student_name = 'Learner, Test';` : `api.cmi.learner_id = ${JSON.stringify(id)}; api.cmi.learner_name = 'Learner, Test';`}
  ${v12 ? `if (saved) api.cmi.core.entry = 'resume';` : `if (saved) api.cmi.entry = 'resume';`}
  // Log every call with its answer, as a strict LMS's debug log would.
  const lastError = api.${v12 ? 'LMSGetLastError' : 'GetLastError'}.bind(api);
  for (const name of ${JSON.stringify(v12 ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'])}) {
    const fn = api[name].bind(api);
    api[name] = (...args) => {
      const result = fn(...args);
      calls.push({ method: name, args, result: String(result), error: String(lastError()) });
      return result;
    };
  }
  window.${v12 ? 'API' : 'API_1484_11'} = api;
</script>
<iframe id="scorm_object" title="Course" src="${pkg.folder}${pkg.launch}" style="border:0;width:100vw;height:100vh"></iframe>`;
}

/** The routes above; returns true when it answered the request. */
export function hostRoutes(packages) {
  const versions = packages.map((p) => (/<schemaversion>1\.2</.test(new TextDecoder().decode(p.files['imsmanifest.xml'])) ? '1.2' : '2004'));
  return async function route(req, res, path) {
    const url = new URL(req.url ?? '/', 'http://x');
    let m;
    if ((m = /^\/host\/vendor\/(scorm12|scorm2004)\.min\.js$/.exec(path))) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(`${vendor}${m[1]}.min.js`));
      return true;
    }
    if ((m = /^\/host\/(\d+)$/.exec(path)) && packages[Number(m[1])]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(player(packages[Number(m[1])], versions[Number(m[1])], url.searchParams.get('learner') ?? 'learner'));
      return true;
    }
    if ((m = /^\/host\/commit\/(.+)$/.exec(path)) && req.method === 'POST') {
      const l = learner(m[1]);
      const data = JSON.parse((await body(req)) || 'null');
      l.commits.push({ ok: !l.failing, at: Date.now() });
      if (l.failing) return json(res, 500, { result: false, errorCode: 101 }), true;
      // scorm-again posts { cmi: {…} } (dataCommitFormat json); keep what loadFromJSON takes.
      const cmi = data?.cmi ?? data;
      l.cmi = data?.terminate ? { ...cmi, interactions: l.cmi?.interactions } : cmi;
      if (data?.terminate) l.terminated = true;
      json(res, 200, { result: true, errorCode: 0 });
      return true;
    }
    if ((m = /^\/host\/state\/(.+)$/.exec(path))) {
      const l = learner(m[1]);
      json(res, 200, { cmi: l.cmi, commits: l.commits, terminated: Boolean(l.terminated) });
      return true;
    }
    if ((m = /^\/host\/fail\/(.+)$/.exec(path)) && req.method === 'POST') {
      learner(m[1]).failing = url.searchParams.get('on') === '1';
      json(res, 200, { failing: learner(m[1]).failing });
      return true;
    }
    return false;
  };
}
