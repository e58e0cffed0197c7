// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { loadEnv } from 'vite';
import { contentCheck } from './src/content-check/integration.ts';
import { diagramImportsPlugin } from './src/build/diagram-imports.ts';
import { SCRIPT_SOURCES, STYLE_SOURCES, siteDirectives } from './src/lib/security/csp.ts';

// The build-time LRS (README: xAPI) is the one origin besides the site's that pages talk to.
const { PUBLIC_LRS_ENDPOINT } = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_');

export default defineConfig({
  site: 'https://course.example.com',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: 'prism' },
  // discloseVersion: no side-effect-only module that registers Svelte's major version on `window`.
  integrations: [contentCheck(), mdx(), svelte({ compilerOptions: { discloseVersion: false } })],
  devToolbar: { enabled: false },
  // Every page gets a CSP <meta> with the hashes of Astro's own inline scripts and styles; no
  // 'unsafe-inline' anywhere (README: Deploying, for the header a host should send as well).
  security: {
    csp: {
      directives: siteDirectives(PUBLIC_LRS_ENDPOINT),
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
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
                  // Svelte's runtime together with Astro's Svelte renderer (pages with islands only),
                  // and the heading the quiz, role-play and classifier islands share: a file of its
                  // own would cost a request and ~0.1 KB of gzip overhead on every lesson with a quiz.
                  {
                    name: 'svelte',
                    priority: 1,
                    test: /[\\/]node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]|[\\/]src[\\/]components[\\/]quiz[\\/]Heading\.svelte/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
});
