import { parseAnswers, serializeAnswers } from '../classifier/protocol';
import type { EventResult, LearnerEvent } from '../progress/events';
import type { CourseOutline } from '../progress/outline';
import { isLearnerEvent } from '../progress/validate';
import { decodeAttempts, encodeAttempts, type Attempt, type Make } from './suspend-attempts';
import { checksum, decodeId, decodeNum, encodeId, encodeNum } from './suspend-text';

/**
 * The learner record squeezed into cmi.suspend_data, so that a relaunch in an LMS
 * (where localStorage may be empty or another browser's) restores progress. Not the
 * events themselves — a finished course holds thousands — but what progress is derived
 * from: per lesson when it was last opened and whether it was read; per quiz, drill and
 * role-play each attempt's outcome and score, when it was last touched, and the seed of
 * an open attempt; per classifier the last answers. Decoding turns that back into
 * events that derive the same progress.
 *
 * Format (printable ASCII, see suspend-text.ts):
 *   `S1!<checksum>!<base>;<entry>;<entry>…`
 *   entry = `L<lesson>,<dt>` opened and read (`O` opened only, `D` read only)
 *         | `Q<quiz>,<dt>,<attempt>,<attempt>…` (`R` for a role-play; see suspend-attempts.ts)
 *         | `C<classifier>,<dt>,<item>=<option>:<item>=<option>…`
 * Times are milliseconds: `base` absolute, each `dt` relative to the entry before, so
 * entries in course order cost a few characters each. The checksum covers the body:
 * suspend data an LMS cut short or garbled decodes to nothing rather than to wrong
 * progress.
 */

/** The version tag every suspend string starts with. */
export const SUSPEND_VERSION = 'S1';

/** Lesson opened and read, opened only, read only (done); quiz; role-play; classifier. */
type Kind = 'L' | 'O' | 'D' | 'Q' | 'R' | 'C';
interface Entry {
  kind: Kind;
  id: string;
  at: number;
  rest: string[];
}

/**
 * A lesson's quiz is named after it (`m3/four-personality-types` → `q-m3-four-personality-types`);
 * such a quiz is written as `^` after its lesson. Any other ID is written out.
 */
const quizOf = (lessonId: string) => `q-${lessonId.replace('/', '-')}`;

/** One pass over the events in time order, keeping what progress reads (as facts.ts does). */
function collect(events: readonly LearnerEvent[]) {
  const lessons = new Map<string, { at: number; seen: boolean; read: boolean }>();
  const scored = new Map<string, { kind: Kind | null; at: number; attempts: Map<number, Attempt> }>();
  const placements = new Map<string, { at: number; answers: unknown }>();
  const timed = events.map((e, i) => ({ e, i, at: Date.parse(e.timestamp) })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const { e, at } of timed) {
    const { type, id } = e.object;
    if (type === 'lesson' && (e.verb === 'experienced' || e.verb === 'completed')) {
      const l = lessons.get(id) ?? { at, seen: false, read: false };
      // The time kept is the last opening (what "continue where you left off" reads).
      if (e.verb === 'experienced') lessons.set(id, { ...l, at, seen: true });
      else lessons.set(id, { ...l, at: l.seen ? l.at : at, read: true });
    }
    if (type === 'classifier' && e.verb === 'completed') placements.set(id, { at, answers: e.result?.extensions?.answers });
    const owner = type === 'quiz' || type === 'roleplay' ? id : type === 'item' ? e.context?.parentId : undefined;
    if (!owner) continue;
    let s = scored.get(owner);
    if (!s) scored.set(owner, (s = { kind: null, at, attempts: new Map<number, Attempt>() }));
    s.at = at;
    const n = e.context?.attempt;
    if (type === 'item' || n === undefined) continue;
    s.kind = type === 'roleplay' ? 'R' : 'Q';
    const attempt = s.attempts.get(n);
    if (e.verb === 'attempted' && !attempt) s.attempts.set(n, { seed: e.context?.seed });
    else if ((e.verb === 'passed' || e.verb === 'failed') && attempt && !attempt.outcome) {
      attempt.outcome = { passed: e.verb === 'passed', score: e.result?.score };
    }
  }
  return { lessons, scored, placements };
}

/**
 * The learner's progress as suspend data. With the course outline, entries follow the
 * course order (each lesson, then its quizzes), which keeps the time deltas short; the
 * outline is not needed to decode. Activities the outline does not list are kept too.
 */
export function encodeSuspend(events: readonly LearnerEvent[], outline?: CourseOutline): string {
  const { lessons, scored, placements } = collect(events);
  const entries: Entry[] = [];
  const done = new Set<string>();
  const addLesson = (id: string) => {
    const l = lessons.get(id);
    if (!l || done.has(`L${id}`)) return;
    done.add(`L${id}`);
    entries.push({ kind: l.seen && l.read ? 'L' : l.seen ? 'O' : 'D', id, at: l.at, rest: [] });
  };
  const addScored = (id: string) => {
    const s = scored.get(id);
    // Without an attempt a quiz is "not started" whatever else was recorded: nothing to keep.
    if (!s?.kind || s.attempts.size === 0 || done.has(`S${id}`)) return;
    done.add(`S${id}`);
    entries.push({ kind: s.kind, id, at: s.at, rest: encodeAttempts(s.attempts) });
  };
  for (const m of outline?.modules ?? []) {
    for (const l of m.lessons) {
      addLesson(l.id);
      l.quizIds.forEach(addScored);
    }
    if (m.test) addScored(m.test);
  }
  const byTime = <T extends { at: number }>(map: Map<string, T>) => [...map].sort((a, b) => a[1].at - b[1].at).map(([id]) => id);
  byTime(lessons).forEach(addLesson);
  byTime(scored).forEach(addScored);
  for (const id of byTime(placements)) {
    const { at, answers } = placements.get(id)!;
    // As lastAnswers() does: the latest placement counts, and only when it holds answers.
    if (typeof answers !== 'string') continue;
    const pairs = Object.entries(parseAnswers(answers)).map(([item, option]) => `${encodeId(item)}=${encodeId(option)}`);
    entries.push({ kind: 'C', id, at, rest: [pairs.join(':')] });
  }
  const base = entries[0]?.at ?? 0;
  let previous = base;
  let lesson = '';
  const body = [
    encodeNum(base),
    ...entries.map((e) => {
      const dt = e.at - previous;
      previous = e.at;
      const id = e.kind === 'Q' && lesson && e.id === quizOf(lesson) ? '^' : encodeId(e.id);
      if ('LOD'.includes(e.kind)) lesson = e.id;
      return [`${e.kind}${id}`, encodeNum(dt), ...e.rest].join(',');
    }),
  ].join(';');
  return `${SUSPEND_VERSION}!${checksum(body)}!${body}`;
}

/** Events that derive the same progress as the encoded record; [] for anything unreadable. */
export function decodeSuspend(text: unknown): LearnerEvent[] {
  try {
    return typeof text === 'string' ? decode(text) : [];
  } catch {
    return [];
  }
}

function decode(text: string): LearnerEvent[] {
  const match = new RegExp(`^${SUSPEND_VERSION}!([0-9a-z]+)!(.*)$`, 's').exec(text);
  if (!match || checksum(match[2]!) !== match[1]) return [];
  const [baseText = '', ...entries] = match[2]!.split(';');
  let previous = decodeNum(baseText);
  const events: LearnerEvent[] = [];
  let lesson = '';
  for (const entry of entries) {
    const [head = '', dt = '', ...rest] = entry.split(',');
    const kind = head[0] as Kind;
    if (head.slice(1) === '^' && (kind !== 'Q' || !lesson)) throw new Error('no lesson before ^');
    const id = head.slice(1) === '^' ? quizOf(lesson) : decodeId(head.slice(1));
    const at = (previous += decodeNum(dt));
    if (!Number.isSafeInteger(at)) throw new Error('bad time');
    const timestamp = new Date(at).toISOString(); // throws on an impossible time
    // Deterministic IDs: decoding the same data twice and merging adds nothing.
    const make: Make = (key, e) => ({ id: `sd:${kind}:${id}:${key}`, timestamp, ...e });
    if (kind === 'L' || kind === 'O' || kind === 'D') {
      if (rest.length) throw new Error('bad lesson');
      lesson = id;
      if (kind !== 'D') events.push(make(`seen@${at}`, { verb: 'experienced', object: { type: 'lesson', id } }));
      if (kind !== 'O') events.push(make(`read@${at}`, { verb: 'completed', object: { type: 'lesson', id } }));
    } else if (kind === 'Q' || kind === 'R') {
      events.push(...decodeAttempts(rest, kind === 'Q' ? 'quiz' : 'roleplay', id, make));
    } else if (kind === 'C') {
      if (rest.length !== 1) throw new Error('bad classifier');
      const answers: Record<string, string> = {};
      for (const pair of rest[0] ? rest[0].split(':') : []) {
        const [item = '', option = '', extra] = pair.split('=');
        if (extra !== undefined) throw new Error('bad answer');
        answers[decodeId(item)] = decodeId(option);
      }
      const result: EventResult = { completion: true, extensions: { answers: serializeAnswers(answers) } };
      events.push(make(`@${at}`, { verb: 'completed', object: { type: 'classifier', id }, result }));
    } else throw new Error('bad entry');
  }
  if (!events.every(isLearnerEvent)) return [];
  return events.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}
