import { defineConfig, devices } from '@playwright/test';
import { PACKAGE_PORT, servePackages } from './e2e/scorm-packages';

const systemChromium = process.env.PLAYWRIGHT_OWN_BROWSER ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const PORT = Number(process.env.E2E_PORT ?? 4329);

/** End-to-end tests run against the built site (`npm run build` first) in Chromium. */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker would sit between the tests and the network (routes, offline faults):
    // only tests/e2e/offline-course.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs ../dist ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Builds the SCORM packages from ../dist (`npm run package`) and serves them as an LMS would.
      command: servePackages,
      url: `http://localhost:${PACKAGE_PORT}/player/0`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
