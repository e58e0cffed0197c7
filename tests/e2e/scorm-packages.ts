/**
 * The SCORM packages the package tests serve (tests/playwright.config.ts builds them with
 * `npm run package` and serves them with e2e/serve-package.mjs): where each zip is, and
 * the deep folder it is served from, as Moodle's file server would.
 */
export const PACKAGE_PORT = Number(process.env.E2E_PORT ?? 4329) + 1;

export const PACKAGES = [
  { version: '1.2', zip: 'packages/cs-course-scorm12.zip', folder: '/pluginfile.php/12/mod_scorm/content/1/' },
  { version: '2004', zip: 'packages/cs-course-scorm2004.zip', folder: '/pluginfile.php/13/mod_scorm/content/1/' },
] as const;

/** The command of the package server's webServer entry (run from tests/). */
export const servePackages = `node --experimental-strip-types --disable-warning=ExperimentalWarning ../src/tools/package-scorm.ts && node e2e/serve-package.mjs ${PACKAGE_PORT} ${PACKAGES.map((p) => `../${p.zip}=${p.folder}`).join(' ')}`;
