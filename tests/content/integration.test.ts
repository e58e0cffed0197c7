import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentCheck } from '../../src/content-check/integration';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';

/** Runs the integration's config hook over a copy of the content with one file changed. */
function runHook(command: 'build' | 'dev', breakIt?: (contentDir: string) => void) {
  dir = mkdtempSync(join(tmpdir(), 'course-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  breakIt?.(join(dir, 'content'));
  const errors: string[] = [];
  const logger = { error: (m: string) => errors.push(m), warn: () => {}, info: () => {} };
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as never);
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as (o: object) => void;
  let thrown: unknown;
  try {
    hook({ config: { root: pathToFileURL(`${dir}/`) }, command, logger });
  } catch (e) {
    thrown = e;
  }
  exit.mockRestore();
  return { errors, thrown };
}

afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

// Each test validates the whole course: seconds on a busy two-core machine.
describe('the build-time content check', { timeout: 30_000 }, () => {
  it('lets a build with valid content go on', () => {
    expect(runHook('build')).toEqual({ errors: [], thrown: undefined });
  });

  it('stops a build on bad content, naming the file, the field and the problem [F-CONTENT-STOPS-BUILD]', () => {
    const { errors, thrown } = runHook('build', (content) => {
      const file = join(content, 'quizzes', 'q-m1-what-is-service.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s*)correct: b$/m, '$1correct: zz'));
    });
    expect(String(thrown)).toBe('Error: exit 1');
    expect(errors[0]).toMatch(/content\/quizzes\/q-m1-what-is-service\.yaml\n\s+items\[\d+\]: correct answer "zz" is not one of the options/);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('reports bad content in dev without stopping the server [F-CONTENT-STOPS-BUILD]', () => {
    const { errors, thrown } = runHook('dev', (content) => rmSync(join(content, 'lessons', 'en', 'm1', '05-service-principles.mdx')));
    expect(thrown).toBeUndefined();
    expect(errors.join('\n')).toContain('exists in zh-CN only');
  });
});
