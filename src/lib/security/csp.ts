/**
 * The site's Content-Security-Policy, as data: the directives Astro's `security.csp` puts in
 * every page's `<meta http-equiv="content-security-policy">` (Astro adds the hashes of its own
 * inline scripts and styles to `script-src` / `style-src`), and the one header policy a
 * static host can send for every page, built from the metas of the built pages.
 * Pure string work: astro.config.mjs and the build's header step call it.
 */

/**
 * The source an LRS endpoint needs in `connect-src` ("https://lrs.example.com"), or
 * undefined when there is no endpoint or it is not an absolute http(s) URL.
 */
export function lrsSource(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    const url = new URL(endpoint);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A directive this site sets besides `script-src` / `style-src` (typed so Astro's config accepts it). */
export type SiteDirective = `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * Every directive beyond `script-src` / `style-src` (which Astro writes), for every page.
 * `connect-src` allows the site itself, plus the build-time LRS when one is configured.
 * `img-src` allows data: and blob: for the QR codes and chart/canvas images made in the
 * browser. Meta policies cannot carry `frame-ancestors` (browsers ignore it there): that
 * one is for the HTTP header only ({@link headerPolicy}).
 */
export function siteDirectives(lrsEndpoint?: string): SiteDirective[] {
  const lrs = lrsSource(lrsEndpoint);
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${lrs ? ` ${lrs}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * `script-src` sources besides Astro's hashes: the site's own bundles, and
 * `'wasm-unsafe-eval'`, which Pagefind's search needs to compile its WebAssembly (it lets
 * pages compile WebAssembly only: no `eval`, no inline scripts).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src` sources besides Astro's hashes: the site's own style sheets only. */
export const STYLE_SOURCES = ["'self'"] as const;

/** A policy's directives by name, sources in order of first appearance. */
export type Policy = Map<string, string[]>;

/** Parses a policy ("a 'x'; b y z") into its directives; a repeated directive is ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as one line ("a 'x'; b y z"). */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Merges the policies of several pages into one that allows what each allows: every
 * directive with the union of its sources (so all pages' script and style hashes).
 * A directive missing from some page is kept; directives keep their first order.
 */
export function unionPolicies(policies: Iterable<Policy>): Policy {
  const out: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = out.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      out.set(name, merged);
    }
  }
  return out;
}

/**
 * The header policy for a static host: `union` (the pages' metas merged) plus
 * `frame-ancestors`, which only a header can set: `'self'` alone for the site, or
 * `'self'` and the LMS origins that frame the SCORM package ("https://lms.example.com").
 */
export function headerPolicy(union: Policy, frameAncestors: readonly string[] = []): string {
  const policy: Policy = new Map(union);
  policy.set('frame-ancestors', ["'self'", ...frameAncestors.filter((a) => a !== "'self'")]);
  return formatPolicy(policy);
}

const META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const CONTENT = /\scontent=(?:"([^"]*)"|'([^']*)')/i;

/** The policy text of a built page's CSP `<meta>`, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const tag = html.match(META)?.[0];
  const m = tag?.match(CONTENT);
  return m ? (m[1] ?? m[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
}
