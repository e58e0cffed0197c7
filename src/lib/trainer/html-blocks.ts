/**
 * The top-level elements of an HTML fragment, as strings, so a slide too full for the
 * projector can be cut between paragraphs, lists, tables and diagrams (never inside one).
 * A small tag scanner, not a parser: it is meant for the HTML our own build writes (Astro's
 * rendered MDX), where tags are well formed and closed.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose content is raw text: a `<` inside them is not a tag.
const RAW = /^(script|style|template|textarea)$/i;
// A comment, or a tag with quoted attribute values (which may hold `>`).
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;

/**
 * Splits `html` into its top-level elements. Text or comments between elements stay with
 * the element that follows (the last piece keeps any trailing text), so joining the
 * result gives back `html` exactly.
 */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, closing, name, , selfClosing] = m;
    if (name === undefined) continue; // a comment
    const end = m.index + whole.length;
    if (closing) depth = Math.max(0, depth - 1);
    else if (RAW.test(name)) {
      // Jump past the raw content to the closing tag, which ends the element.
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = end;
      const c = close.exec(html);
      TAG.lastIndex = c ? c.index + c[0].length : html.length;
    } else if (!selfClosing && !VOID.has(name.toLowerCase())) depth += 1;
    if (depth === 0) {
      blocks.push(html.slice(start, TAG.lastIndex));
      start = TAG.lastIndex;
    }
  }
  const rest = html.slice(start);
  if (rest.trim() || blocks.length === 0) blocks.push(rest);
  else if (rest) blocks[blocks.length - 1] += rest;
  return blocks;
}
