/**
 * Markdown tables with aligned columns (`|---:|`) come out of the Markdown processor as cells
 * with `style="text-align:right"`. The site's Content-Security-Policy allows no inline
 * styles (README: Deploying), so the lessons' Table component turns each such cell's style
 * into the class `align-right` (or `-center`, `-left`), which global.css styles.
 * Pure string work on the table's rendered HTML.
 */

const CELL = /<(td|th)\b([^>]*)>/gi;
const ALIGN_STYLE = /\sstyle=(["'])\s*text-align\s*:\s*(left|right|center)\s*;?\s*\1/i;
const CLASS = /\sclass=(["'])([^"']*)\1/i;

/** One cell's start tag with its alignment style moved into a class; other tags are returned as they are. */
function fixCell(tag: string, name: string, attributes: string): string {
  const m = attributes.match(ALIGN_STYLE);
  if (!m) return tag;
  const cls = `align-${m[2]!.toLowerCase()}`;
  const rest = attributes.replace(ALIGN_STYLE, '');
  const withClass = CLASS.test(rest) ? rest.replace(CLASS, (_all, q: string, v: string) => ` class=${q}${v} ${cls}${q}`) : `${rest} class="${cls}"`;
  return `<${name}${withClass}>`;
}

/** The table HTML with every `th` / `td` alignment style turned into an `align-*` class. */
export function alignTableCells(html: string): string {
  return html.replace(CELL, (tag, name: string, attributes: string) => fixCell(tag, name, attributes));
}
