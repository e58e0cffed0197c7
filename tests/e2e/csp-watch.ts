import type { BrowserContext } from '@playwright/test';

/** One Content-Security-Policy violation, as the browser reported it. */
export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** What a {@link watch} has seen so far; `take()` hands it over and starts afresh. */
export interface Watch {
  violations: Violation[];
  /** CSP errors on the console (the browser logs some blocks without an event, e.g. in workers). */
  consoleErrors: string[];
  /** Requests to any origin but the site's (data: and blob: URLs are local). */
  foreign: string[];
  /** Every problem seen since the last call, as lines that name the page, and forgets them. */
  take(): string[];
}

/**
 * Records, for every page, frame and popup of `context`, each CSP violation (an init script
 * listens for `securitypolicyviolation` and reports it to the test at once, so navigations
 * lose nothing), each console error that mentions the Content Security Policy, and each
 * request whose origin is not `origin`.
 */
export async function watch(context: BrowserContext, origin: string): Promise<Watch> {
  const w: Watch = {
    violations: [],
    consoleErrors: [],
    foreign: [],
    take() {
      const lines = [
        ...w.violations.map((v) => `${v.page}: ${v.directive} blocked ${v.blocked || '(inline)'}${v.source ? ` at ${v.source}` : ''}${v.sample ? ` “${v.sample}”` : ''}`),
        ...w.consoleErrors,
        ...w.foreign.map((f) => `request leaves the site: ${f}`),
      ];
      w.violations = [];
      w.consoleErrors = [];
      w.foreign = [];
      return lines;
    },
  };
  await context.exposeBinding('__cspViolation', (_source, v: Violation) => {
    w.violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: object) => void }).__cspViolation({
        page: new URL(e.documentURI).pathname,
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}` : '',
        sample: e.sample,
      });
    });
  });
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) w.consoleErrors.push(`${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin === origin) return;
    let from = '?';
    try {
      from = r.frame().url();
    } catch {
      // a worker's request has no frame
    }
    w.foreign.push(`${from} → ${r.url()}`);
  });
  return w;
}
