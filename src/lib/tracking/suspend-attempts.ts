import type { EventResult, LearnerEvent } from '../progress/events';
import { decodeNum, decodeScaled, encodeNum, encodeScaled } from './suspend-text';

/**
 * The attempts of one quiz, drill or role-play in suspend data. Progress reads only a
 * few of them — how many were started, the best score, whether one passed, whether the
 * latest is still open, the latest result — so only the attempts that carry those keep
 * their outcome; the others travel as bare attempts, runs of them as one token. That
 * bounds the size whatever the number of retries (drills allow any number).
 *
 *   token = [attempt number, when not the previous + 1] verb [rest]
 *   verb  = `p` passed | `f` failed (rest: the score, if any) | `o` open (rest: seed)
 *         | `n` a run of attempts without a kept outcome (rest: how many, when more than 1)
 *   score = `<scaled>` (raw is the percent, max 100: role-plays)
 *         | `<raw>:<max>` (scaled is raw/max to 1/10000: quizzes)
 *         | `<scaled>:<raw>:<max>` (anything else)
 */

/** A score as events carry it. */
export interface Score {
  raw: number;
  max: number;
  scaled: number;
}

/** One attempt as the record tells it: its seed, and its first outcome (the one progress counts). */
export interface Attempt {
  seed?: number | undefined;
  outcome?: { passed: boolean; score?: Score | undefined } | undefined;
}

/** An event without its ID and time, and the key that makes its ID. */
export type Make = (key: string, e: Omit<LearnerEvent, 'id' | 'timestamp'>) => LearnerEvent;

/** Bare runs longer than this are not ours (protects against a crafted count). */
const MAX_RUN = 10_000;

/** The attempts whose outcome progress reads: the first to reach the best score, the first pass, the latest finished. */
function kept(attempts: Map<number, Attempt>): Set<number> {
  const finished = [...attempts.keys()].filter((n) => attempts.get(n)!.outcome).sort((a, b) => a - b);
  const scaled = (n: number) => attempts.get(n)!.outcome!.score?.scaled ?? -Infinity;
  const best = finished.reduce<number | undefined>((b, n) => (b === undefined || scaled(n) > scaled(b) ? n : b), undefined);
  const firstPass = finished.find((n) => attempts.get(n)!.outcome!.passed);
  return new Set([best, firstPass, finished.at(-1)].filter((n) => n !== undefined));
}

const same = (a: Score, b: Score) => a.raw === b.raw && a.max === b.max && a.scaled === b.scaled;

/** The shortest score form that reads back to exactly this score. */
function encodeScore(score: Score): string {
  const scaled = encodeScaled(score.scaled);
  const forms = [scaled, `${encodeNum(score.raw)}:${encodeNum(score.max)}`];
  return forms.find((f) => same(decodeScore(f), score)) ?? `${scaled}:${encodeNum(score.raw)}:${encodeNum(score.max)}`;
}

function decodeScore(text: string): Score {
  const [a = '', b, c, extra] = text.split(':');
  if (extra !== undefined) throw new Error(`bad score "${text}"`);
  if (b === undefined) {
    // As a role-play records it: raw is the rounded percent of 100.
    const scaled = decodeScaled(a);
    return { raw: Math.round(scaled * 100), max: 100, scaled };
  }
  if (c === undefined) {
    // As the quiz engine records it: scaled is raw / max rounded to 1/10000 (0 when max is 0).
    const [raw, max] = [decodeNum(a), decodeNum(b)];
    return { raw, max, scaled: max ? Math.round((raw / max) * 1e4) / 1e4 : 0 };
  }
  return { scaled: decodeScaled(a), raw: decodeNum(b), max: decodeNum(c) };
}

/** The attempt tokens of one activity (it has at least one attempt). */
export function encodeAttempts(attempts: Map<number, Attempt>): string[] {
  const keep = kept(attempts);
  const numbers = [...attempts.keys()].sort((a, b) => a - b);
  const latest = numbers.at(-1);
  const tokens: Array<{ number: string; verb: string; rest: string; run: number }> = [];
  let previous = 0;
  for (const n of numbers) {
    const { seed, outcome } = attempts.get(n)!;
    const number = n === previous + 1 ? '' : String(n);
    previous = n;
    const last = tokens.at(-1);
    if (outcome && keep.has(n)) {
      const rest = outcome.score ? encodeScore(outcome.score) : '';
      tokens.push({ number, verb: outcome.passed ? 'p' : 'f', rest, run: 1 });
    } else if (!outcome && n === latest) {
      tokens.push({ number, verb: 'o', rest: seed === undefined ? '' : encodeNum(seed), run: 1 });
    } else if (last?.verb === 'n' && !number) last.run += 1;
    else tokens.push({ number, verb: 'n', rest: '', run: 1 });
  }
  return tokens.map((t) => `${t.number}${t.verb}${t.verb === 'n' && t.run > 1 ? encodeNum(t.run) : t.rest}`);
}

/** The events behind attempt tokens: `attempted` for each attempt, then `passed`/`failed` where kept. */
export function decodeAttempts(tokens: string[], type: 'quiz' | 'roleplay', id: string, make: Make): LearnerEvent[] {
  if (tokens.length === 0) throw new Error('no attempts');
  const events: LearnerEvent[] = [];
  let previous = 0;
  for (const token of tokens) {
    const [, number = '', verb = '', rest = ''] = /^(\d*)([pfon])(.*)$/.exec(token) ?? [];
    const first = number ? Number(number) : previous + 1;
    const run = verb === 'n' && rest ? decodeNum(rest) : 1;
    if (!verb || first <= previous || run < 1 || run > MAX_RUN) throw new Error(`bad attempt "${token}"`);
    previous = first + run - 1;
    const seed = verb === 'o' && rest ? decodeNum(rest) : undefined;
    for (let n = first; n <= previous; n += 1) {
      events.push(make(`a${n}`, { verb: 'attempted', object: { type, id }, context: { attempt: n, ...(seed !== undefined && { seed }) } }));
    }
    if (verb !== 'p' && verb !== 'f') continue;
    const score = rest ? decodeScore(rest) : undefined;
    const result: EventResult = { ...(score && { score }), success: verb === 'p', completion: true };
    events.push(make(`o${first}`, { verb: verb === 'p' ? 'passed' : 'failed', object: { type, id }, result, context: { attempt: first } }));
  }
  return events;
}
