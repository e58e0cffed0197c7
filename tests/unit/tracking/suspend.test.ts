import { describe, expect, it } from 'vitest';
import { lastAnswers } from '../../../src/lib/classifier/protocol';
import { courseProgress, lessonStatus, quizStatus } from '../../../src/lib/progress/derive';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { factsOf } from '../../../src/lib/progress/facts';
import type { CourseOutline } from '../../../src/lib/progress/outline';
import { quizReport } from '../../../src/lib/progress/report';
import { resumeTarget } from '../../../src/lib/progress/resume';
import { emptyRecord, mergeRecords } from '../../../src/lib/progress/storage';
import { rolePlayRecord } from '../../../src/lib/roleplay/session';
import { decodeSuspend, encodeSuspend } from '../../../src/lib/tracking/suspend';
import { checksum, SAFE_TEXT } from '../../../src/lib/tracking/suspend-text';
import { completedCourse, courseSize, placementIds, realOutline } from './course';

const outline = realOutline();
const lessons = outline.modules.flatMap((m) => m.lessons);
const scoredIds = [...new Set([...lessons.flatMap((l) => l.quizIds), ...outline.modules.flatMap((m) => (m.test ? [m.test] : []))])];
const rolePlayIds = scoredIds.filter((id) => id.startsWith('rp-'));

/** Everything the site derives from the record: the course, every lesson and quiz, where to continue, My progress, role-plays, classifiers. */
function progressOf(events: readonly LearnerEvent[], course: CourseOutline = outline) {
  return {
    lastOpened: Object.fromEntries(factsOf(events).lessonSeen),
    course: courseProgress(events, course),
    lessons: lessons.map((l) => lessonStatus(events, l, course.rules)),
    quizzes: scoredIds.map((id) => quizStatus(events, id)),
    resume: resumeTarget(events, course),
    report: quizReport(events, course),
    rolePlays: rolePlayIds.map((id) => ({ attempt: rolePlayRecord(events, id).attempt, finished: rolePlayRecord(events, id).finished })),
    classifiers: placementIds.map((id) => lastAnswers(events, id)),
  };
}

const roundTrip = (events: readonly LearnerEvent[]) => decodeSuspend(encodeSuspend(events, outline));
const record = (events: LearnerEvent[]) => ({ ...emptyRecord('learner'), events });

describe('suspend data for a fully completed course', () => {
  const typical = completedCourse('typical');
  const worst = completedCourse('worst');

  it('is built from the real course (its lessons, quizzes, module tests, role-plays, drills and placements)', () => {
    // At the time of writing: 32 lessons, 38 quizzes (8 module tests), 9 role-plays, 2 drills, placements of 12, 8, 20 and 10 items.
    const size = courseSize();
    expect(size.lessons).toBeGreaterThanOrEqual(30);
    expect(size.quizzes).toBeGreaterThanOrEqual(35);
    expect(size.tests).toBeGreaterThanOrEqual(8);
    expect(size.rolePlays).toBeGreaterThanOrEqual(9);
    expect(size.drills).toBeGreaterThanOrEqual(2);
    expect(size.placements.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...size.placements)).toBeGreaterThanOrEqual(20);
    expect(courseProgress(typical, outline).completed).toBe(true);
    expect(courseProgress(worst, outline).completed).toBe(true);
  });

  it.each([
    ['with retries as learners take them', typical],
    ['when every quiz and role-play took all three attempts', worst],
  ])('fits in SCORM 1.2’s 4,096 characters %s', (_, events) => {
    const text = encodeSuspend(events, outline);
    console.info(`suspend data: ${events.length} events → ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(4096);
  });

  it('uses only printable ASCII that LMS databases and forms keep as it is', () => {
    const text = encodeSuspend(worst, outline);
    expect(text).toMatch(SAFE_TEXT);
    expect(text).not.toMatch(/[\s"'%&+<>\\`]/);
  });

  it('starts with its version tag', () => {
    expect(encodeSuspend(typical, outline)).toMatch(/^S1!/);
  });

  it.each([
    ['typical', typical],
    ['worst', worst],
  ])('restores the same progress, scores, resume point and placement answers (%s)', (_, events) => {
    expect(progressOf(roundTrip(events))).toEqual(progressOf(events));
  });

  it('restores every stage of the course on the way, open attempts included', () => {
    for (let cut = 1; cut < typical.length; cut += 37) {
      const partial = typical.slice(0, cut);
      expect(progressOf(roundTrip(partial)), `after ${cut} events`).toEqual(progressOf(partial));
    }
  });

  it('decodes the same without the outline, which only orders the entries', () => {
    const plain = encodeSuspend(typical);
    expect(progressOf(decodeSuspend(plain))).toEqual(progressOf(typical));
    expect(encodeSuspend(typical, outline).length).toBeLessThan(plain.length);
  });
});

describe('merging restored progress with a local record', () => {
  const full = completedCourse('typical', 11);
  const local = record(full);

  it('changes no progress when the local record already holds everything', () => {
    const merged = mergeRecords(local, record(roundTrip(full)));
    expect(progressOf(merged.events)).toEqual(progressOf(full));
  });

  it('adds nothing when the same suspend data is restored a second time', () => {
    const restored = roundTrip(full);
    const once = mergeRecords(local, record(restored));
    const twice = mergeRecords(once, record(roundTrip(full)));
    expect(twice.events.length).toBe(once.events.length);
    expect(new Set(twice.events.map((e) => e.id)).size).toBe(twice.events.length);
  });

  it('counts no attempt twice when older suspend data meets newer local events', () => {
    const older = roundTrip(full.slice(0, Math.floor(full.length / 2)));
    const merged = mergeRecords(local, record(older));
    expect(progressOf(merged.events)).toEqual(progressOf(full));
  });

  it('restores progress into an empty browser', () => {
    const merged = mergeRecords(emptyRecord('new-browser'), record(roundTrip(full)));
    expect(progressOf(merged.events)).toEqual(progressOf(full));
  });
});

describe('suspend data details', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute, 7, 123)).toISOString();
  const ev = (id: string, verb: LearnerEvent['verb'], object: LearnerEvent['object'], minute: number, more: Partial<LearnerEvent> = {}): LearnerEvent => ({ id, verb, object, timestamp: at(minute), ...more });

  it('keeps when each lesson was last opened, so “continue” points at the same lesson', () => {
    const [a, b] = ['m1/what-is-service', 'm1/from-4p-to-4c'];
    const events = [ev('1', 'experienced', { type: 'lesson', id: a }, 1), ev('2', 'experienced', { type: 'lesson', id: b }, 2), ev('3', 'experienced', { type: 'lesson', id: a }, 3)];
    expect(resumeTarget(roundTrip(events), outline)).toMatchObject({ id: a, reason: 'continue' });
  });

  it('restores no answers for a classifier whose latest placement holds none, as lastAnswers() reads it', () => {
    const placement = (id: string, minute: number, answers?: string) =>
      ev(id, 'completed', { type: 'classifier', id: 'cl-self-style' }, minute, { result: { completion: true, ...(answers !== undefined && { extensions: { answers } }) } });
    const withAnswers = [placement('1', 1, 'decide[.]gut-happy[,]speech[.]blunt')];
    expect(lastAnswers(roundTrip(withAnswers), 'cl-self-style')).toEqual({ decide: 'gut-happy', speech: 'blunt' });
    expect(lastAnswers(roundTrip([...withAnswers, placement('2', 2)]), 'cl-self-style')).toBeNull();
    expect(lastAnswers(roundTrip([placement('3', 1, '')]), 'cl-self-style')).toEqual({});
  });

  it('keeps the seed of an open quiz attempt, so the same items are drawn again', () => {
    const events = [ev('a', 'attempted', { type: 'quiz', id: 'q-x' }, 1, { context: { attempt: 1, seed: 4294967295, itemIds: ['i1'] } })];
    const attempted = roundTrip(events).find((e) => e.verb === 'attempted');
    expect(attempted?.context).toEqual({ attempt: 1, seed: 4294967295 });
  });

  it.each([
    ['a quiz score in ten-thousandths', { raw: 7, max: 9, scaled: 0.7778 }],
    ['fractional points', { raw: 6.5, max: 9, scaled: 0.7222 }],
    ['a role-play ratio', { raw: 73, max: 100, scaled: 11 / 15 }],
    ['a mean of ratios that is no small fraction', { raw: 30, max: 100, scaled: 0.1 + 0.2 }],
    ['a score recorded some other way', { raw: 3, max: 4, scaled: 0.5 }],
    ['a zero maximum', { raw: 0, max: 0, scaled: 0 }],
  ])('keeps %s exactly', (_, score) => {
    const events = [
      ev('a', 'attempted', { type: 'roleplay', id: 'rp-x' }, 1, { context: { attempt: 1 } }),
      ev('b', 'passed', { type: 'roleplay', id: 'rp-x' }, 2, { result: { score }, context: { attempt: 1 } }),
    ];
    expect(roundTrip(events).find((e) => e.verb === 'passed')?.result?.score).toEqual(score);
  });

  it('keeps only the outcomes progress reads, however many retries, and still counts every attempt', () => {
    const events = Array.from({ length: 40 }, (_, k) => [
      ev(`a${k}`, 'attempted', { type: 'quiz', id: 'cl-drill-x' }, 2 * k, { context: { attempt: k + 1 } }),
      ev(`o${k}`, k === 20 ? 'passed' : 'failed', { type: 'quiz', id: 'cl-drill-x' }, 2 * k + 1, { result: { score: { raw: k % 7, max: 9, scaled: Math.round(((k % 7) / 9) * 1e4) / 1e4 } }, context: { attempt: k + 1 } }),
    ]).flat();
    const text = encodeSuspend(events);
    expect(text.length).toBeLessThan(80);
    expect(quizStatus(decodeSuspend(text), 'cl-drill-x')).toEqual(quizStatus(events, 'cl-drill-x'));
  });

  it('keeps attempt numbers that are not consecutive (an attempt started in another tab)', () => {
    const events = [1, 3].map((n) => ev(`a${n}`, 'attempted', { type: 'quiz', id: 'q-x' }, n, { context: { attempt: n } }));
    expect(roundTrip(events).map((e) => e.context?.attempt)).toEqual([1, 3]);
  });

  it('escapes IDs with characters outside the safe set and reads them back', () => {
    const id = 'm1/ünï code,;:=*"<x>';
    const text = encodeSuspend([ev('a', 'experienced', { type: 'lesson', id }, 1)]);
    expect(text).toMatch(SAFE_TEXT);
    expect(decodeSuspend(text).map((e) => e.object.id)).toEqual([id]);
  });

  it('encodes an empty record as a valid string that restores nothing', () => {
    const text = encodeSuspend([]);
    expect(text).toMatch(/^S1!/);
    expect(decodeSuspend(text)).toEqual([]);
  });
});

describe('unreadable suspend data', () => {
  const valid = encodeSuspend(completedCourse('typical', 3).slice(0, 400), outline);
  const body = valid.split('!').slice(2).join('!');

  it.each([
    ['an empty string', ''],
    ['text from another package', 'bookmark=page12&score=80'],
    ['JSON', '{"events":[]}'],
    ['a version tag only', 'S1!'],
    ['an unknown version with a valid checksum', `S9!${checksum(body)}!${body}`],
    ['data an LMS cut short', valid.slice(0, -1)],
    ['data cut at 255 characters', valid.slice(0, 255)],
    ['one character changed', valid.replace(/;L/, ';Q')],
    ['a valid checksum over a broken body', `S1!${checksum('0;Lm1/x,0,9')}!0;Lm1/x,0,9`],
    ['a valid checksum over an unknown entry', `S1!${checksum('0;Xm1/x,0')}!0;Xm1/x,0`],
    ['a valid checksum over an impossible time', `S1!${checksum('zzzzzzzzzzz;Lm1/x,0')}!zzzzzzzzzzz;Lm1/x,0`],
    ['a quiz named after a lesson that is not there', `S1!${checksum('0;Q^,0,p')}!0;Q^,0,p`],
    ['a crafted run of a million attempts', `S1!${checksum('0;Qq-x,0,nlfls')}!0;Qq-x,0,nlfls`],
  ])('decodes %s to no events [F-LMS-SUSPEND-DAMAGED]', (_, text) => {
    expect(decodeSuspend(text)).toEqual([]);
  });

  it.each([null, undefined, 42, {}, ['S1']])('decodes a non-string (%s) to no events [F-LMS-SUSPEND-DAMAGED]', (value) => {
    expect(decodeSuspend(value)).toEqual([]);
  });

  it('never throws on random damage [F-LMS-SUSPEND-DAMAGED]', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 300; k += 1) {
      const i = Math.floor(random() * valid.length);
      const damaged = valid.slice(0, i) + String.fromCharCode(33 + Math.floor(random() * 94)) + valid.slice(i + 1);
      expect(() => decodeSuspend(damaged)).not.toThrow();
    }
  });
});
