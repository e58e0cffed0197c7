/**
 * A practice run of a role-play kept in this browser, so a reload resumes it.
 * Practice is not part of the learner's record (it is not assessed and may step
 * back); storage that is blocked or full just means no resume.
 */
const key = (id: string) => `cs-course:roleplay-practice:${id}`;

/** The reply IDs of the unfinished practice run, or null when there is none. */
export function loadPractice(id: string): string[] | null {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(key(id)) ?? 'null');
    return Array.isArray(data) && data.every((x) => typeof x === 'string') ? data : null;
  } catch {
    return null;
  }
}

/** Remember the replies chosen so far. */
export function savePractice(id: string, replies: string[]): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(replies));
  } catch {
    // Full or blocked storage: the run goes on in memory.
  }
}

/** Forget the practice run (finished or restarted). */
export function clearPractice(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to forget.
  }
}
