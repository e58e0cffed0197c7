/**
 * A Vite plugin that lets lessons use a diagram (`<ServiceBlueprint />`) or the course
 * overview without importing it, while still importing it: it adds `import ServiceBlueprint
 * from '…/diagrams/…'` after the front matter of every lesson that names one. Because the
 * lesson itself imports the component, Astro ships its stylesheet only with the pages that
 * render that lesson, instead of every diagram's CSS on every lesson page (a components map
 * passed to <Content> makes them all part of the route). Islands (`<Quiz>`, `<RolePlay>`,
 * `<Classifier>`) come the same way but as the lesson's exported `components`, which
 * @astrojs/mdx ranks below the map passed to <Content>: trainer slides still swap them for
 * classroom-tool cards, and a lesson page carries only its own islands' stylesheets.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIAGRAMS = fileURLToPath(new URL('../components/diagrams/', import.meta.url));
const MDX = fileURLToPath(new URL('../components/mdx/', import.meta.url));

/** The import lines a lesson's MDX needs for the components it names (name → file), in list order. */
export function diagramImports(mdx: string, components: ReadonlyArray<readonly [string, string]>): string[] {
  return components
    .filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(mdx) && !new RegExp(`^import\\s+${name}\\b`, 'm').test(mdx))
    .map(([name, file]) => `import ${name} from ${JSON.stringify(file)};`);
}

/**
 * The lines that give a lesson the islands it names (name → file) as its default
 * `components`: an aliased import each and one `export const components`. None when the
 * lesson names no island or exports its own `components`.
 */
export function islandExports(mdx: string, islands: ReadonlyArray<readonly [string, string]>): string[] {
  const used = islands.filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(mdx));
  if (!used.length || /^export\s+const\s+components\b/m.test(mdx)) return [];
  return [
    ...used.map(([name, file]) => `import __${name} from ${JSON.stringify(file)};`),
    `export const components = { ${used.map(([name]) => `${name}: __${name}`).join(', ')} };`,
  ];
}

/** Inserts `lines` after the front matter (or at the top when there is none). */
export function afterFrontMatter(mdx: string, lines: readonly string[]): string {
  if (!lines.length) return mdx;
  const end = mdx.startsWith('---') ? mdx.indexOf('\n---', 3) : -1;
  if (end < 0) return `${lines.join('\n')}\n\n${mdx}`;
  const cut = mdx.indexOf('\n', end + 4) + 1 || mdx.length;
  return `${mdx.slice(0, cut)}\n${lines.join('\n')}\n${mdx.slice(cut)}`;
}

/** The plugin; runs before MDX compiles the lesson files under content/lessons. */
export function diagramImportsPlugin() {
  const components = [
    ...readdirSync(DIAGRAMS).filter((f) => f.endsWith('.astro')).map((f) => [f.slice(0, -'.astro'.length), DIAGRAMS + f] as const),
    ['CourseOverview', MDX + 'CourseOverview.astro'] as const,
  ];
  const islands = ['Quiz', 'RolePlay', 'Classifier'].map((name) => [name, `${MDX}${name}.astro`] as const);
  return {
    name: 'cs-course:diagram-imports',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx') || !/[\\/]content[\\/]lessons[\\/]/.test(file)) return null;
      const lines = [...diagramImports(code, components), ...islandExports(code, islands)];
      return lines.length ? { code: afterFrontMatter(code, lines), map: null } : null;
    },
  };
}
