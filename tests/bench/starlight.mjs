// The Starlight baseline: the course's lesson text as a Starlight documentation site, generated
// into a folder (inside the repo, so `astro` and `@astrojs/starlight` resolve from its
// node_modules). Islands become nothing: Starlight gets the same prose, tables and headings.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { plainMarkdown } from './corpus.mjs';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://course.example.com',
  integrations: [starlight({
    title: { 'zh-CN': '客户服务与客户关系管理', en: 'Customer Service and CRM' },
    defaultLocale: 'root',
    locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
  })],
});
`;
const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const yamlString = (s) => JSON.stringify(s);

/**
 * Writes a Starlight project to `dir`: one page per lesson and locale (zh-CN at the root, en
 * under /en/), with the lesson's title and description, and a home page per locale.
 * @param {string} dir
 * @param {{ id: string, locale: 'zh-CN' | 'en', meta: { title: string, description: string }, body: string }[]} lessons
 */
export function writeStarlight(dir, lessons) {
  rmSync(dir, { recursive: true, force: true });
  const put = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('astro.config.mjs', CONFIG);
  put('src/content.config.ts', COLLECTIONS);
  // Listing the dependencies lets Vite bundle Starlight's virtual modules (else: ERR_UNSUPPORTED_ESM_URL_SCHEME).
  put('package.json', JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } }));
  for (const [prefix, title] of [['', '客户服务与客户关系管理'], ['en/', 'Customer Service and CRM']])
    put(`src/content/docs/${prefix}index.md`, `---\ntitle: ${yamlString(title)}\n---\n\n${title}\n`);
  for (const l of lessons) {
    const prefix = l.locale === 'en' ? 'en/' : '';
    put(`src/content/docs/${prefix}lessons/${l.id}.md`, `---\ntitle: ${yamlString(l.meta.title)}\ndescription: ${yamlString(l.meta.description)}\n---\n\n${plainMarkdown(l.body)}`);
  }
}
