/**
 * Making the built site work from any folder of any file server (an LMS serves a SCORM
 * package from e.g. `/pluginfile.php/12/mod_scorm/content/1/` and does not map a folder
 * URL to its `index.html`). The site is built with root-absolute URLs ("/_astro/…",
 * "/en/lessons/m1/x/"); the package rewrites each one that names a file of the site into
 * a URL relative to the file that holds it, with `index.html` appended to folders:
 * - HTML: attribute values (whole values, and JSON strings inside values such as island
 *   props, HTML-escaped as `&quot;…&quot;`), JSON `<script>` blocks, `<style>` blocks;
 *   executable scripts are left alone (see {@link findRootAbsolute} to check them);
 * - JSON data files (relative to the data file: islands resolve them against its URL);
 * - CSS `url()` (relative to the style sheet, as browsers resolve them).
 * Strings that name nothing of the site are left as they are and reported.
 * Pure string work; paths are relative to the site root, "/"-separated.
 */

/** What a root-absolute path names: a file, or a folder that has an `index.html`. */
export type Found = 'file' | 'folder';
/** Answers what a decoded root-absolute path ("/en/", "/_astro/a.js") names in the site, if anything. */
export type Lookup = (path: string) => Found | undefined;
/** A rewritten text and the root-absolute strings in it that name nothing of the site. */
export interface Rewrite {
  text: string;
  unresolved: string[];
}

/** A {@link Lookup} over the site's files, given relative to its root (`lessons/m1/x/index.html`). */
export function siteLookup(files: Iterable<string>): Lookup {
  const set = new Set(files);
  return (path) => {
    const p = path.replace(/^\/+/, '');
    if (p === '' || p.endsWith('/')) return set.has(`${p}index.html`) ? 'folder' : undefined;
    if (set.has(p)) return 'file';
    return set.has(`${p}/index.html`) ? 'folder' : undefined;
  };
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/**
 * `url` ("/en/lessons/m1/x/#quiz") relative to the folder of the site file `from`
 * ("lessons/m1/y/index.html"), with `index.html` appended when it names a folder:
 * "../../../en/lessons/m1/x/index.html#quiz". Undefined when `url` is not root-absolute
 * ("x", "//host/x", "https://…") or names nothing of the site. Query and fragment are kept.
 */
export function relativeUrl(url: string, from: string, lookup: Lookup): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const decoded = decode(path);
  const found = decoded === undefined ? undefined : lookup(decoded);
  if (!found) return undefined;
  const target = (found === 'file' ? path : `${path.replace(/\/?$/, '/')}index.html`).slice(1).split('/');
  const dir = from.split('/').slice(0, -1);
  let common = 0;
  while (common < dir.length && common < target.length - 1 && dir[common] === decode(target[common]!)) common += 1;
  return '../'.repeat(dir.length - common) + target.slice(common).join('/') + (cut < 0 ? '' : url.slice(cut));
}

/** Replaces each match's group `group` by its relative URL; collects the ones that name nothing. */
function replaceAll(text: string, pattern: RegExp, group: number, from: string, lookup: Lookup, unresolved: string[]): string {
  return text.replace(pattern, (...m: string[]) => {
    const url = m[group]!;
    const rel = relativeUrl(url, from, lookup);
    if (rel === undefined) {
      unresolved.push(url);
      return m[0]!;
    }
    const at = m[0]!.indexOf(url, m.slice(1, group).join('').length);
    return m[0]!.slice(0, at) + rel + m[0]!.slice(at + url.length);
  });
}

/** A JSON string that is a root-absolute path (no escapes inside). */
const JSON_STRING = /"(\/(?!\/)[^"\\]*)"/g;
/** The same inside an HTML attribute value, its quotes escaped. */
const ESCAPED_JSON_STRING = /(&quot;|&#34;|&#x22;)(\/(?!\/)[^"&<>]*)\1/gi;
/** A CSS `url()` with a root-absolute URL. */
const CSS_URL = /url\(\s*(['"]?)(\/(?!\/)[^'")\s]*)\1\s*\)/gi;

/** Rewrites the root-absolute strings of a JSON text (a data file, or a JSON `<script>`) relative to `from`. */
export function relativizeJson(json: string, from: string, lookup: Lookup): Rewrite {
  const unresolved: string[] = [];
  return { text: replaceAll(json, JSON_STRING, 1, from, lookup, unresolved), unresolved };
}

/** Rewrites the root-absolute `url()`s of a style sheet relative to `from`. */
export function relativizeCss(css: string, from: string, lookup: Lookup): Rewrite {
  const unresolved: string[] = [];
  return { text: replaceAll(css, CSS_URL, 2, from, lookup, unresolved), unresolved };
}

/** One attribute value (as written, entities and all): a whole URL, or JSON strings / CSS url()s inside it. */
function relativizeValue(value: string, from: string, lookup: Lookup, unresolved: string[]): string {
  if (value.startsWith('/') && !value.startsWith('//')) {
    const rel = relativeUrl(value, from, lookup);
    if (rel === undefined) unresolved.push(value);
    return rel ?? value;
  }
  let out = replaceAll(value, ESCAPED_JSON_STRING, 2, from, lookup, unresolved);
  out = replaceAll(out, JSON_STRING, 1, from, lookup, unresolved);
  return replaceAll(out, CSS_URL, 2, from, lookup, unresolved);
}

/** A start tag, quoted values may hold ">". */
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s[^\s"'>/=]+\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
/** `<script>` and `<style>` elements, whose content is not markup. */
const RAW_TEXT = /(<(script|style)\b(?:"[^"]*"|'[^']*'|[^>"'])*>)([\s\S]*?)(<\/\2\s*>)/gi;
const JSON_TYPE = /\stype\s*=\s*["']?application\/(?:[\w.+-]+\+)?json\b/i;

function relativizeTags(markup: string, from: string, lookup: Lookup, unresolved: string[]): string {
  return markup.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE, (_all, name: string, dq?: string, sq?: string, bare?: string) => {
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      return `${name}${quote}${relativizeValue(dq ?? sq ?? bare ?? '', from, lookup, unresolved)}${quote}`;
    }),
  );
}

/**
 * Rewrites an HTML document that is the site file `from` ("en/lessons/m1/x/index.html"):
 * every root-absolute URL naming a file of the site in attributes, JSON scripts and style
 * elements becomes relative to the document's folder. Executable scripts are not touched.
 */
export function relativizeHtml(html: string, from: string, lookup: Lookup): Rewrite {
  const unresolved: string[] = [];
  let out = '';
  let last = 0;
  for (const m of html.matchAll(RAW_TEXT)) {
    const [all, open, kind, body, close] = m as unknown as [string, string, string, string, string];
    out += relativizeTags(html.slice(last, m.index), from, lookup, unresolved) + relativizeTags(open, from, lookup, unresolved);
    if (kind.toLowerCase() === 'style') out += replaceAll(body, CSS_URL, 2, from, lookup, unresolved);
    else if (JSON_TYPE.test(open)) out += replaceAll(body, JSON_STRING, 1, from, lookup, unresolved);
    else out += body;
    out += close;
    last = m.index + all.length;
  }
  out += relativizeTags(html.slice(last), from, lookup, unresolved);
  return { text: out, unresolved };
}

/** A quoted (or url()'d) root-absolute path of at least one character after the slash. */
const ROOT_PATH = /(?:["'`(]|&quot;|&#34;)(\/[\w.~%-][^"'`()\s<>&\\]*)/g;
/** A link to the site's root written out in markup or a template ("href=\"/\""). */
const ROOT_LINK = /\b(?:href|src|action)=\\?["'`](\/)(?=\\?["'`])/g;

/**
 * The root-absolute paths in any text (JavaScript, HTML, CSS, JSON) that name a file of
 * the site: what is left to fix after rewriting. A lone "/" counts only as an href, src
 * or action, since scripts use "/" for other things (`split("/")`).
 */
export function findRootAbsolute(text: string, lookup: Lookup): string[] {
  const hits = [...text.matchAll(ROOT_PATH), ...text.matchAll(ROOT_LINK)].map((m) => m[1]!);
  return [...new Set(hits.filter((url) => lookup(decode(url.split(/[?#]/)[0]!) ?? '') !== undefined))];
}
