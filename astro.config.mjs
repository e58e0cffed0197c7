// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { contentCheck } from './src/content-check/integration.ts';

export default defineConfig({
  site: 'https://course.example.com',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: 'prism' },
  integrations: [contentCheck(), mdx(), svelte()],
  devToolbar: { enabled: false },
});
