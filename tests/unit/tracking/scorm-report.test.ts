import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { createScormSession, type FoundApi } from '../../../src/lib/tracking/scorm-api';
import { interactionTypeOf, scormReport } from '../../../src/lib/tracking/scorm-report';
import { completedCourse, realOutline } from './course';
import { fakeLms } from './fake-lms';

const outline = realOutline();
const tests = outline.modules.flatMap((m) => (m.test ? [m.test] : []));
const full = completedCourse('typical', 5);

/** The best scaled score of each module test, read straight from the outcome events. */
function bestOfTests(events: readonly LearnerEvent[]): Array<number | null> {
  return tests.map((id) => {
    const scores = events.filter((e) => e.object.id === id && (e.verb === 'passed' || e.verb === 'failed')).map((e) => e.result!.score!.scaled);
    return scores.length ? Math.max(...scores) : null;
  });
}

let n = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
const ev = (verb: LearnerEvent['verb'], object: LearnerEvent['object'], minute: number, more: Partial<LearnerEvent> = {}): LearnerEvent => ({ id: `x${(n += 1)}`, verb, object, timestamp: at(minute), ...more });
const answer = (parentId: string, attempt: number, item: string, minute: number, result: LearnerEvent['result']) =>
  ev('answered', { type: 'item', id: item }, minute, { result, context: { parentId, attempt } });
const testAttempt = (id: string, attempt: number, scaled: number, minute: number) => [
  ev('attempted', { type: 'quiz', id }, minute, { context: { attempt } }),
  ev(scaled >= 0.8 ? 'passed' : 'failed', { type: 'quiz', id }, minute + 1, { result: { score: { raw: scaled * 10, max: 10, scaled } }, context: { attempt } }),
];

describe('completion, success and score for the LMS', () => {
  it('reports a finished course as completed and passed, scored by the mean of the best module test scores', () => {
    const report = scormReport(full, outline);
    const best = bestOfTests(full) as number[];
    expect(report.completion).toBe('completed');
    expect(report.success).toBe('passed');
    expect(report.scaled).toBeCloseTo(best.reduce((a, b) => a + b, 0) / best.length, 12);
    expect(report.scaled).toBeGreaterThanOrEqual(0.8);
  });

  it('reports a course under way as incomplete, success unknown and no score while a module test is untried', () => {
    const half = full.slice(0, Math.floor(full.length / 2));
    expect(bestOfTests(half)).toContain(null);
    expect(scormReport(half, outline)).toMatchObject({ completion: 'incomplete', success: 'unknown', scaled: null });
  });

  it('is not passed while a lesson is unread, even with every module test passed', () => {
    const unread = full.filter((e) => !(e.verb === 'completed' && e.object.id === 'm8/finding-customers'));
    expect(scormReport(unread, outline)).toMatchObject({ completion: 'incomplete', success: 'unknown' });
  });

  it('scores every module test once each has a finished attempt, failed ones included', () => {
    const events = tests.flatMap((id, k) => testAttempt(id, 1, k === 0 ? 0.5 : 0.9, 10 * k));
    expect(scormReport(events, outline).scaled).toBeCloseTo((0.5 + 0.9 * (tests.length - 1)) / tests.length, 12);
    expect(scormReport(events, outline).success).toBe('unknown');
  });

  it('is failed once a module test has used up its attempts without a pass', () => {
    const events = [1, 2, 3].flatMap((k) => testAttempt('q-m1-test', k, 0.5, 10 * k));
    expect(scormReport(events, outline, { maxAttempts: () => 3 }).success).toBe('failed');
    expect(scormReport(events.slice(0, 4), outline, { maxAttempts: () => 3 }).success).toBe('unknown');
    expect(scormReport([...events.slice(0, 4), events[4]!], outline, { maxAttempts: () => 3 }).success).toBe('unknown');
  });

  it('never fails a learner on a module test with unlimited attempts (this course’s tests)', () => {
    const events = [1, 2, 3, 4, 5].flatMap((k) => testAttempt('q-m1-test', k, 0.5, 10 * k));
    expect(scormReport(events, outline, { maxAttempts: () => 0 }).success).toBe('unknown');
  });
});

describe('interactions for the LMS', () => {
  it('reports each quiz answer and role-play choice of a finished course once', () => {
    const answered = full.filter((e) => e.verb === 'answered');
    const { interactions } = scormReport(full, outline);
    expect(interactions).toHaveLength(answered.length);
    expect(new Set(interactions.map((i) => i.key)).size).toBe(interactions.length);
    expect(interactions.filter((i) => i.id.startsWith('rp-')).every((i) => i.type === 'choice' && /^rp-[a-z-]+\/[a-z0-9-]+$/.test(i.id))).toBe(true);
  });

  it('maps an answer to id, response, result, weighting, time and type', () => {
    const events = [
      answer('q-m1-test', 1, 'm1-t-07', 1, { score: { raw: 2, max: 2, scaled: 1 }, success: true, response: 'a[,]c', durationSeconds: 14 }),
      answer('q-m1-test', 1, 'm1-t-08', 2, { score: { raw: 0, max: 1, scaled: 0 }, success: false, response: 'b' }),
      answer('rp-yogurt-complaint', 1, 'rp-yogurt-complaint/open', 3, { score: { raw: 1, max: 3, scaled: 1 / 3 }, success: false, response: 'c' }),
      answer('q-m1-test', 1, 'm1-t-09', 4, { response: 'free text' }),
    ];
    const typeOf = (item: string) => (item === 'm1-t-07' ? interactionTypeOf('multiple') : undefined);
    expect(scormReport(events, outline, { typeOf }).interactions).toEqual([
      { key: 'q-m1-test#1/m1-t-07', id: 'm1-t-07', type: 'choice', response: 'a[,]c', result: 'correct', weighting: 2, at: new Date(at(1)), latencySeconds: 14 },
      { key: 'q-m1-test#1/m1-t-08', id: 'm1-t-08', type: 'other', response: 'b', result: 'wrong', weighting: 1, at: new Date(at(2)) },
      { key: 'rp-yogurt-complaint#1/rp-yogurt-complaint/open', id: 'rp-yogurt-complaint/open', type: 'choice', response: 'c', result: 'wrong', weighting: 3, at: new Date(at(3)) },
      { key: 'q-m1-test#1/m1-t-09', id: 'm1-t-09', type: 'other', response: 'free text', result: 'neutral', at: new Date(at(4)) },
    ]);
  });

  it('counts the first answer to an item in an attempt (a second tab’s duplicate is not reported), and each attempt apart [F-TABS-DUPLICATE-ANSWER]', () => {
    const events = [
      answer('q-x', 1, 'i1', 1, { success: true, response: 'a' }),
      answer('q-x', 1, 'i1', 2, { success: false, response: 'b' }),
      answer('q-x', 2, 'i1', 3, { success: false, response: 'b' }),
    ];
    expect(scormReport(events, outline).interactions.map((i) => [i.key, i.response])).toEqual([
      ['q-x#1/i1', 'a'],
      ['q-x#2/i1', 'b'],
    ]);
  });

  it('reports each choice at a node the conversation comes back to', () => {
    const events = [answer('rp-x', 1, 'rp-x/ask', 1, { response: 'a' }), answer('rp-x', 1, 'rp-x/ask', 2, { response: 'b' })];
    expect(scormReport(events, outline).interactions.map((i) => i.key)).toEqual(['rp-x#1/rp-x/ask', 'rp-x#1/rp-x/ask#2']);
  });

  it('keeps the keys of interactions already reported as the record grows', () => {
    const early = scormReport(full.slice(0, 300), outline).interactions;
    const later = new Map(scormReport(full, outline).interactions.map((i) => [i.key, i]));
    expect(early.length).toBeGreaterThan(20);
    for (const i of early) expect(later.get(i.key)).toEqual(i);
  });

  it.each(['1.2', '2004'] as const)('%s: every interaction of the real course is accepted whole by a strict LMS', (version) => {
    const lms = fakeLms(version);
    const session = createScormSession({ version, api: lms.api } as FoundApi, { now: () => 0 });
    session.initialize();
    const results = scormReport(full, outline).interactions.map((i) => session.recordInteraction(i));
    expect(results.every((r) => r.ok && !('omitted' in r))).toBe(true);
    expect(lms.violations).toEqual([]);
  });
});

describe('interactionTypeOf', () => {
  it.each([
    ['single', 'choice'],
    ['multiple', 'choice'],
    ['truefalse', 'true-false'],
    ['ordering', 'sequencing'],
    ['matching', 'matching'],
    ['categorise', 'matching'],
    ['case', 'matching'],
    ['fill', 'fill-in'],
  ] as const)('reports a %s item as a %s interaction', (item, type) => {
    expect(interactionTypeOf(item)).toBe(type);
  });
});
