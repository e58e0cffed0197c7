import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues } from './issues';
import { readContentSources } from './read';
import { validateContent } from './validate';

/**
 * Checks all content before Astro loads it, so bad content stops `astro build` with the
 * file, the field and what is wrong instead of a stack trace. In `astro dev` it reports
 * and keeps serving, so an author can fix the file and reload.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'course-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { issues } = validateContent(readContentSources(fileURLToPath(config.root)));
        if (issues.length === 0) return;
        logger.error(formatIssues(issues));
        if (command === 'build') {
          logger.error('Build stopped: fix the content above and run the build again.');
          process.exit(1);
        }
      },
    },
  };
}
