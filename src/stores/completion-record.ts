import { buildRecord, type BuildOptions } from '../lib/records/build';
import { keepIssued, parseIssued } from '../lib/records/issue';
import type { CompletionRecord, LearnerIdentity } from '../lib/records/record';
import type { LearnerEvent } from '../lib/progress/events';
import type { CourseOutline } from '../lib/progress/outline';
import { $identity } from './identity';
import { $events, learnerId } from './learner';

/**
 * The completion record handed out (file, QR, certificate): made from the learner's
 * events and identity, and the same record, code included, on every page until its
 * content changes (src/lib/records/issue.ts). The last one issued is kept in
 * localStorage under `cs-course:issued-record`.
 */

/** The localStorage key of the last record issued. */
export const ISSUED_KEY = 'cs-course:issued-record';

function readIssued(): CompletionRecord | null {
  try {
    return parseIssued(localStorage.getItem(ISSUED_KEY));
  } catch {
    return null;
  }
}

/**
 * The record of the events and identity (by default the current ones): the one issued
 * before if nothing changed, else a new one (kept).
 */
export function issueRecord(
  outline: CourseOutline,
  course: Pick<BuildOptions, 'courseId' | 'locale'>,
  events: readonly LearnerEvent[] = $events.get(),
  identity: LearnerIdentity = $identity.get(),
): CompletionRecord {
  const fresh = buildRecord(events, outline, identity, { ...course, learnerId: learnerId(), now: new Date() });
  const record = keepIssued(readIssued(), fresh);
  if (record === fresh) {
    try {
      localStorage.setItem(ISSUED_KEY, JSON.stringify(record));
    } catch {
      // Not kept: the next page issues its own record, with the same content.
    }
  }
  return record;
}
