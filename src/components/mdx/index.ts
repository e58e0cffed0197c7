import Quiz from './Quiz.astro';
import Callout from './Callout.astro';
import Table from './Table.astro';

/** Every diagram in src/components/diagrams is available to lessons under its file name. */
const diagrams = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: unknown }>('../diagrams/*.astro', { eager: true })).map(([path, mod]) => [
    path.replace(/^.*\/(\w+)\.astro$/, '$1'),
    mod.default,
  ]),
);

/** Components lessons may use without importing them. */
export const mdxComponents = { Quiz, Callout, table: Table, ...diagrams };
