import { METHODS, type FoundApi, type ScormResult, type ScormSession } from './scorm-session';
import type { ScormVersion } from './scorm-model';

/**
 * Finding the LMS's SCORM API from inside the course's window. The LMS puts it on the
 * window that launched the course: a parent frame or the window that opened a new one.
 * Frames of another origin throw on any property access; they are skipped. Also the
 * retry of a failed commit (the session itself, createScormSession, is in scorm-session.ts).
 */

export { createScormSession } from './scorm-session';
export type { Clock, FoundApi, Interaction, Scorm12Api, Scorm2004Api, ScormError, ScormResult, ScormSession } from './scorm-session';

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** A property of a possibly cross-origin window, or undefined when reading it throws. */
function read(target: unknown, key: string): unknown {
  try {
    return target === null || target === undefined ? undefined : (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function apiIn(win: unknown, version: ScormVersion): FoundApi | null {
  const api = read(win, NAMES[version]);
  // A global merely named `API` is not an LMS: every method must be there.
  const complete = Object.values(METHODS[version]).every((m) => typeof read(api, m) === 'function');
  return complete ? ({ version, api } as FoundApi) : null;
}

/** The window, its parents, then each opener and its parents: where an LMS puts its API. */
function windows(win: unknown, maxDepth: number): unknown[] {
  const found: unknown[] = [];
  const climb = (start: unknown) => {
    let w = start;
    for (let depth = 0; w && depth <= maxDepth && !found.includes(w); depth += 1) {
      found.push(w);
      const parent = read(w, 'parent');
      if (parent === w) break; // the top window is its own parent
      w = parent;
    }
  };
  climb(win);
  for (const w of [...found]) climb(read(w, 'opener'));
  return found;
}

/**
 * The LMS's API, searched in `win`, its parents (up to `maxDepth` levels) and the
 * window(s) that opened it, skipping frames of another origin. The package knows its
 * version: `prefer` is searched everywhere first (an LMS may offer both).
 */
export function findApi(win: unknown, options: { prefer?: ScormVersion; maxDepth?: number } = {}): FoundApi | null {
  const order: ScormVersion[] = options.prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  const all = windows(win, options.maxDepth ?? 10);
  for (const version of order) {
    for (const w of all) {
      const found = apiIn(w, version);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Commit, retrying a failed commit `attempts` times in all with a growing pause
 * (`delayMs`, then twice that …). Returns the last result and how many tries it took;
 * the caller keeps the record locally and tells the learner when it still failed.
 */
export async function commitWithRetry(
  session: Pick<ScormSession, 'commit'>,
  { attempts = 3, delayMs = 1000, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) }: { attempts?: number; delayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<ScormResult & { tries: number }> {
  let result: ScormResult = session.commit();
  let tries = 1;
  // A closed session will not open by waiting: only LMS failures are retried.
  while (!result.ok && result.error.reason !== 'state' && result.error.reason !== 'invalid' && tries < attempts) {
    await sleep(delayMs * tries);
    result = session.commit();
    tries += 1;
  }
  return { ...result, tries };
}
