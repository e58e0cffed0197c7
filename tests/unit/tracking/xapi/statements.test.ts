import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../../../../src/lib/progress/events';
import { ATTEMPT_EXTENSION, eventStatement, mergeContext, type StatementScope } from '../../../../src/lib/tracking/xapi/statements';
import { uuidV5 } from '../../../../src/lib/tracking/xapi/uuid';
import { completedCourse } from '../course';
import { warningsOf } from './helpers';

const AU = 'https://lms.example.com/au/7';
const template = {
  contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://course.example.com/xapi/cs-course/au' }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
};
const scope: StatementScope = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-42' } },
  base: AU,
  idScope: 'c0a80101-0000-4000-8000-000000000001',
  registration: 'c0a80101-0000-4000-8000-000000000001',
  contextTemplate: template,
  itemTypes: { 'q-m1-test/q-4p4c-03': 'matching', 'q-m1-test/q-tf': 'true-false' },
};
const at = '2026-03-02T08:00:00.000Z';
const ev = (e: Omit<LearnerEvent, 'id' | 'timestamp'>, id = 'e1'): LearnerEvent => ({ id, timestamp: at, ...e });

const kinds: [string, LearnerEvent][] = [
  ['a lesson opened', ev({ verb: 'experienced', object: { type: 'lesson', id: 'm1/what-is-service' }, context: { locale: 'zh-CN' } })],
  ['a lesson read', ev({ verb: 'completed', object: { type: 'lesson', id: 'm1/what-is-service' } })],
  ['a quiz attempt started', ev({ verb: 'attempted', object: { type: 'quiz', id: 'q-m1-test' }, context: { attempt: 2, seed: 7, itemIds: ['q-4p4c-03'], locale: 'en' } })],
  ['a quiz item answered', ev({ verb: 'answered', object: { type: 'item', id: 'q-4p4c-03' }, result: { score: { raw: 1, max: 2, scaled: 0.5 }, success: false, response: 'a[.]x[,]b[.]y' }, context: { parentId: 'q-m1-test', attempt: 2 } })],
  ['a quiz passed', ev({ verb: 'passed', object: { type: 'quiz', id: 'q-m1-test' }, result: { score: { raw: 9, max: 10, scaled: 0.9 }, success: true, completion: true }, context: { attempt: 2 } })],
  ['a quiz failed', ev({ verb: 'failed', object: { type: 'quiz', id: 'q-m1-test' }, result: { score: { raw: 3, max: 10, scaled: 0.3 }, success: false, completion: true }, context: { attempt: 1 } })],
  ['a role-play started', ev({ verb: 'attempted', object: { type: 'roleplay', id: 'rp-lively' }, context: { attempt: 1, locale: 'en' } })],
  ['a role-play choice', ev({ verb: 'answered', object: { type: 'item', id: 'rp-lively/n2' }, result: { score: { raw: 2, max: 3, scaled: 2 / 3 }, success: false, response: 'r-b' }, context: { parentId: 'rp-lively', attempt: 1 } })],
  ['a role-play passed', ev({ verb: 'passed', object: { type: 'roleplay', id: 'rp-lively' }, result: { score: { raw: 85, max: 100, scaled: 0.85 }, success: true, completion: true, response: 'end-advocate' }, context: { attempt: 1 } })],
  ['a placement made', ev({ verb: 'completed', object: { type: 'classifier', id: 'cl-customer-type' }, result: { completion: true, response: 'analytic', score: { raw: 40, max: 100, scaled: 0.4 }, extensions: { answers: 'i1[.]a[,]i2[.]b', x: 0.25, y: -0.5 } }, context: { locale: 'en' } })],
];

describe('learner events as xAPI statements', () => {
  it.each(kinds)('%s makes a statement the validator accepts', (_, event) => {
    expect(warningsOf(eventStatement(event, scope))).toEqual([]);
  });

  it('turns a whole finished course into valid statements with distinct IDs', () => {
    const statements = completedCourse('worst').map((e) => eventStatement(e, scope));
    expect(statements.length).toBeGreaterThan(500);
    expect(statements.flatMap(warningsOf)).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('puts a quiz answer under its quiz, with the item type and the response as recorded', () => {
    const s = eventStatement(kinds[3]![1], scope);
    expect(s.object.id).toBe(`${AU}/quizzes/q-m1-test/items/q-4p4c-03`);
    expect(s.object.definition).toEqual({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'matching' });
    expect(s.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: `${AU}/quizzes/q-m1-test`, definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } }]);
    expect(s.result).toEqual({ score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, success: false, response: 'a[.]x[,]b[.]y' });
    expect(s.context?.extensions?.[ATTEMPT_EXTENSION]).toBe(2);
  });

  it('makes a role-play choice a choice interaction at <scenario>/<node>', () => {
    const s = eventStatement(kinds[7]![1], scope);
    expect(s.object.id).toBe(`${AU}/roleplays/rp-lively/n2`);
    expect(s.object.definition?.interactionType).toBe('choice');
    expect(s.context?.contextActivities?.parent?.[0]?.id).toBe(`${AU}/roleplays/rp-lively`);
    expect(s.result?.response).toBe('r-b');
  });

  it('gives the same ID every time for the same registration and event, another for another registration', () => {
    const event = kinds[3]![1];
    expect(eventStatement(event, scope).id).toBe(eventStatement(structuredClone(event), scope).id);
    expect(eventStatement(event, { ...scope, idScope: 'other' }).id).not.toBe(eventStatement(event, scope).id);
    expect(eventStatement(event, scope).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps the LMS context template, adding the AU to its grouping, never the cmi5 category', () => {
    const s = eventStatement(kinds[0]![1], scope);
    expect(s.context?.registration).toBe(scope.registration);
    expect(s.context?.extensions).toEqual(template.extensions);
    expect(s.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([template.contextActivities.grouping[0]!.id, AU]);
    expect(s.context?.contextActivities?.category).toBeUndefined();
    expect(s.context?.language).toBe('zh-CN');
  });

  it('never dates a statement before the session began (cmi5 orders by timestamp)', () => {
    expect(eventStatement(kinds[0]![1], { ...scope, notBefore: '2026-03-03T10:00:00.000Z' }).timestamp).toBe('2026-03-03T10:00:00.000Z');
    expect(eventStatement(kinds[0]![1], { ...scope, notBefore: '2026-03-01T10:00:00.000Z' }).timestamp).toBe(at);
  });

  it('does not let our values overwrite the template, and does not change the template', () => {
    const t = { registration: 'from-lms', extensions: { a: 1 }, contextActivities: { parent: [{ id: 'p' }] } };
    const merged = mergeContext(t, { registration: 'ours', extensions: { a: 2, b: 3 }, contextActivities: { parent: [{ id: 'p' }, { id: 'q' }] } });
    expect(merged).toEqual({ registration: 'from-lms', extensions: { a: 1, b: 3 }, contextActivities: { parent: [{ id: 'p' }, { id: 'q' }] } });
    expect(t.extensions).toEqual({ a: 1 });
  });
});

describe('name-based UUIDs', () => {
  it('match the RFC 4122 version 5 example (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
