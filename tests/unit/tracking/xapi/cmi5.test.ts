import { describe, expect, it } from 'vitest';
import type { ScormReport } from '../../../../src/lib/tracking/scorm-report';
import { cmi5LaunchParams, fetchAuthToken, parseLaunchData, preferredLocale, MASTERY_EXTENSION } from '../../../../src/lib/tracking/xapi/cmi5';
import { CMI5_CATEGORY, cmi5Statement, dueOutcomes, MOVEON_CATEGORY, type Cmi5Scope, type Cmi5Verb, type OutcomeVerb } from '../../../../src/lib/tracking/xapi/cmi5-rules';
import type { FetchLike } from '../../../../src/lib/tracking/xapi/lrs';
import { warningsOf } from './helpers';

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: '1625378' } };
const registration = '760e3480-ba55-4991-94b0-01820dbd23a2';
const launchUrl = (over: Record<string, string> = {}) =>
  `https://course.example.com/lms/?${new URLSearchParams({ endpoint: 'https://lrs.example.com/xapi/', fetch: 'https://lms.example.com/token?k=2390289x0', actor: JSON.stringify(actor), registration, activityId: 'https://lms.example.com/au/001', ...over })}`;

describe('cmi5 launch parameters', () => {
  it('reads the five parameters in any order, URL-decoded', () => {
    expect(cmi5LaunchParams(launchUrl())).toEqual({ endpoint: 'https://lrs.example.com/xapi/', fetch: 'https://lms.example.com/token?k=2390289x0', actor, registration, activityId: 'https://lms.example.com/au/001' });
  });

  it.each([
    ['no endpoint', { endpoint: '' }],
    ['a relative fetch URL', { fetch: '/token' }],
    ['an actor that is not JSON', { actor: '{name' }],
    ['an actor without account or mbox', { actor: '{"name":"x"}' }],
    ['a registration that is not a UUID', { registration: '42' }],
  ])('is null with %s (not a cmi5 launch)', (_, over) => {
    expect(cmi5LaunchParams(launchUrl(over))).toBeNull();
  });

  it('is null for a page opened without parameters', () => {
    expect(cmi5LaunchParams('https://course.example.com/lms/')).toBeNull();
  });
});

const answering = (status: number, body: unknown): FetchLike => async () => ({ status, ok: status < 300, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) });

describe('the auth-token fetch', () => {
  it('POSTs to the fetch URL and returns the token', async () => {
    const calls: string[] = [];
    const fetch: FetchLike = async (url, init) => (calls.push(`${init?.method} ${url}`), answering(200, { 'auth-token': 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' })(url));
    expect(await fetchAuthToken('https://lms.example.com/t?k=1', fetch)).toEqual({ ok: true, token: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==' });
    expect(calls).toEqual(['POST https://lms.example.com/t?k=1']);
  });

  it('reports the cmi5 error code of a second use (status 200 with error-code) [F-LRS-FETCH-USED]', async () => {
    expect(await fetchAuthToken('u', answering(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' }))).toEqual({ ok: false, code: '1', message: 'The authorization token has already been returned.' });
  });

  it('reports an HTTP failure and a network failure without a code (they may be tried again) [F-LRS-FETCH-USED]', async () => {
    expect(await fetchAuthToken('u', answering(500, 'oops'))).toEqual({ ok: false, message: 'fetch URL answered HTTP 500' });
    const offline: FetchLike = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchAuthToken('u', offline)).toEqual({ ok: false, message: 'Failed to fetch' });
  });
});

describe('LMS.LaunchData and learner preferences', () => {
  it('keeps what the AU uses and drops values outside their vocabularies [F-LRS-BAD-LAUNCH-DATA]', () => {
    const doc = { contextTemplate: { extensions: {} }, launchMode: 'Review', masteryScore: 0.85, moveOn: 'CompletedAndPassed', returnURL: 'https://lms.example.com/back', entitlementKey: {} };
    expect(parseLaunchData(doc)).toEqual({ contextTemplate: { extensions: {} }, launchMode: 'Review', masteryScore: 0.85, moveOn: 'CompletedAndPassed', returnURL: 'https://lms.example.com/back' });
    expect(parseLaunchData({ ...doc, masteryScore: 85, moveOn: 'Sometimes' })).toEqual({ contextTemplate: { extensions: {} }, launchMode: 'Review', returnURL: 'https://lms.example.com/back' });
  });

  it('refuses a document without a context template or launch mode [F-LRS-BAD-LAUNCH-DATA]', () => {
    expect(parseLaunchData({ launchMode: 'Normal' })).toBeNull();
    expect(parseLaunchData({ contextTemplate: {}, launchMode: 'normal' })).toBeNull();
  });

  it('picks the first supported language of the learner preferences', () => {
    expect(preferredLocale({ languagePreference: 'fr-FR,en-US,zh-CN' }, ['zh-CN', 'en'])).toBe('en');
    expect(preferredLocale({ languagePreference: 'zh-Hans-CN' }, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(preferredLocale({ languagePreference: 'de' }, ['zh-CN', 'en'])).toBeUndefined();
  });
});

const report = (over: Partial<ScormReport>): ScormReport => ({ completion: 'incomplete', success: 'unknown', scaled: null, interactions: [], ...over });
const none = { registration: new Set<OutcomeVerb>(), session: new Set<Cmi5Verb>() };
const done = report({ completion: 'completed', success: 'passed', scaled: 0.9 });

describe('when the cmi5 outcome statements are due', () => {
  it('sends Completed before Passed when the course is completed and passed', () => {
    expect(dueOutcomes(done, 'Normal', none)).toEqual(['completed', 'passed']);
  });

  it('sends nothing graded in Browse and Review modes', () => {
    expect(dueOutcomes(done, 'Browse', none)).toEqual([]);
    expect(dueOutcomes(done, 'Review', none)).toEqual([]);
  });

  it('sends Completed and Passed once per registration', () => {
    expect(dueOutcomes(done, 'Normal', { registration: new Set(['completed', 'passed']), session: new Set() })).toEqual([]);
  });

  it('judges by the LMS masteryScore: Failed under it, Passed at it', () => {
    expect(dueOutcomes(done, 'Normal', none, 0.95)).toEqual(['completed', 'failed']);
    expect(dueOutcomes(done, 'Normal', none, 0.9)).toEqual(['completed', 'passed']);
  });

  it('lets the course rules judge when there is no score to hold against the masteryScore', () => {
    expect(dueOutcomes(report({ completion: 'completed', success: 'passed', scaled: null }), 'Normal', none, 0.8)).toEqual(['completed', 'passed']);
  });

  it('never sends Passed in a session that sent Failed, nor Failed after Passed', () => {
    expect(dueOutcomes(done, 'Normal', { registration: new Set(), session: new Set(['failed']) })).toEqual(['completed']);
    expect(dueOutcomes(report({ success: 'failed', scaled: 0.2 }), 'Normal', { registration: new Set(['passed']), session: new Set() })).toEqual([]);
  });

  it('sends Failed when scormReport says a module test can no longer be passed', () => {
    expect(dueOutcomes(report({ success: 'failed', scaled: 0.5 }), 'Normal', none)).toEqual(['failed']);
  });

  it('sends nothing while the course is in progress', () => {
    expect(dueOutcomes(report({}), 'Normal', none)).toEqual([]);
  });
});

const scope: Cmi5Scope = {
  actor: actor as Cmi5Scope['actor'],
  activityId: 'https://lms.example.com/au/001',
  registration,
  sessionId: 's-1',
  contextTemplate: { contextActivities: { grouping: [{ id: 'https://course.example.com/xapi/cs-course/au' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } },
  masteryScore: 0.8,
};
const at = '2026-03-02T08:00:00.000Z';

describe('cmi5 defined statements', () => {
  it.each(['initialized', 'completed', 'passed', 'failed', 'terminated'] as const)('%s is valid xAPI about the AU, with the cmi5 category and the session', (verb) => {
    const s = cmi5Statement(verb, scope, at, 75.5, verb === 'failed' ? 0.5 : 0.9);
    expect(warningsOf(s)).toEqual([]);
    expect(s.object.id).toBe(scope.activityId);
    expect(s.context?.registration).toBe(registration);
    expect(s.context?.contextActivities?.category?.[0]?.id).toBe(CMI5_CATEGORY);
    expect(s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe('s-1');
  });

  it('gives each verb only the result cmi5 allows it (§9.5), moveOn category where success or completion is set', () => {
    const result = (verb: Cmi5Verb, scaled: number) => cmi5Statement(verb, scope, at, 75.5, scaled);
    expect(result('initialized', 0.9).result).toBeUndefined();
    expect(result('completed', 0.9).result).toEqual({ completion: true, duration: 'PT75.5S' });
    expect(result('passed', 0.9).result).toEqual({ score: { scaled: 0.9 }, success: true, duration: 'PT75.5S' });
    expect(result('failed', 0.5).result).toEqual({ score: { scaled: 0.5 }, success: false, duration: 'PT75.5S' });
    expect(result('terminated', 0.9).result).toEqual({ duration: 'PT75.5S' });
    const categories = (verb: Cmi5Verb) => result(verb, 0.9).context?.contextActivities?.category?.map((c) => c.id);
    expect(categories('initialized')).toEqual([CMI5_CATEGORY]);
    expect(categories('terminated')).toEqual([CMI5_CATEGORY]);
    expect(categories('completed')).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expect(categories('passed')).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
  });

  it('leaves out a score that would contradict the masteryScore, and names the masteryScore it judged by', () => {
    expect(cmi5Statement('passed', scope, at, 1, 0.7).result?.score).toBeUndefined();
    expect(cmi5Statement('failed', scope, at, 1, 0.85).result?.score).toBeUndefined();
    expect(cmi5Statement('passed', scope, at, 1, 0.85).context?.extensions?.[MASTERY_EXTENSION]).toBe(0.8);
    expect(cmi5Statement('completed', scope, at, 1).context?.extensions?.[MASTERY_EXTENSION]).toBeUndefined();
  });

  it('keeps Completed and Passed IDs per registration and the others per session', () => {
    const other = { ...scope, sessionId: 's-2' };
    expect(cmi5Statement('completed', scope, at, 1).id).toBe(cmi5Statement('completed', other, '2026-05-01T00:00:00.000Z', 9).id);
    expect(cmi5Statement('initialized', scope, at, 1).id).not.toBe(cmi5Statement('initialized', other, at, 1).id);
  });

  it('is checked by a validator that does reject a broken statement', () => {
    expect(warningsOf({ ...cmi5Statement('initialized', scope, at, 1), id: 'not-a-uuid' })).not.toEqual([]);
  });
});
