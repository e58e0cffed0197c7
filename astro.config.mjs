// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { contentCheck } from './src/content-check/integration.ts';
import { diagramImportsPlugin } from './src/build/diagram-imports.ts';

export default defineConfig({
  site: 'https://course.example.com',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: 'prism' },
  // discloseVersion: no side-effect-only module that registers Svelte's major version on `window`.
  integrations: [contentCheck(), mdx(), svelte({ compilerOptions: { discloseVersion: false } })],
  devToolbar: { enabled: false },
  vite: {
    plugins: [diagramImportsPlugin()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Fewer, larger browser chunks: each file costs a request and its own gzip
              // overhead (checked by `npm run bench`). Group members' dependencies come along.
              codeSplitting: {
                groups: [
                  // The base layout's script (every page) with the progress view and the learner
                  // store that the islands share: one file, which the islands import from.
                  {
                    name: 'progress',
                    priority: 2,
                    test: /[\\/]src[\\/](layouts[\\/]Base\.astro\?astro&type=script|scripts[\\/]progress-view\.ts|stores[\\/]learner\.ts)/,
                  },
                  // Svelte's runtime together with Astro's Svelte renderer (pages with islands only).
                  { name: 'svelte', priority: 1, test: /[\\/]node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]/ },
                ],
              },
            },
          },
        },
      },
    },
  },
});
