import { describe, expect, it } from 'vitest';
import { commitWithRetry, createScormSession, type FoundApi, type Interaction } from '../../../src/lib/tracking/scorm-api';
import { fakeLms, writes, type FakeOptions, type Version } from './fake-lms';

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function setup(version: Version, options: FakeOptions = {}) {
  const lms = fakeLms(version, options);
  const time = clock();
  const session = createScormSession({ version, api: lms.api } as FoundApi, time);
  return { lms, time, session };
}

const answeredAt = new Date(2026, 2, 1, 9, 5, 7); // local time: 1.2 reports the time of day
const choice: Interaction = { id: 'q-m3-test-personality-1', type: 'choice', response: 'lively[,]peaceful', result: 'wrong', weighting: 2, at: answeredAt, latencySeconds: 12.5 };

describe('a SCORM session reports in each version’s own terms', () => {
  it('1.2: lesson_status, score raw/min/max, suspend data, location, an interaction, session time, exit, commit, finish', () => {
    const { lms, time, session } = setup('1.2');
    session.initialize();
    session.setStatus('completed', 'passed');
    session.setScore(0.86667);
    session.setSuspendData('S1!abc!0');
    session.setLocation('m3/four-personality-types');
    session.recordInteraction(choice);
    session.commit();
    time.advance(3_723_400);
    session.finish();
    expect(writes(lms.calls)).toEqual([
      'LMSInitialize("")',
      'LMSSetValue("cmi.core.lesson_status", "passed")',
      'LMSSetValue("cmi.core.score.raw", "86.67")',
      'LMSSetValue("cmi.core.score.min", "0")',
      'LMSSetValue("cmi.core.score.max", "100")',
      'LMSSetValue("cmi.suspend_data", "S1!abc!0")',
      'LMSSetValue("cmi.core.lesson_location", "m3/four-personality-types")',
      'LMSSetValue("cmi.interactions.0.id", "q-m3-test-personality-1")',
      'LMSSetValue("cmi.interactions.0.type", "choice")',
      'LMSSetValue("cmi.interactions.0.time", "09:05:07")',
      'LMSSetValue("cmi.interactions.0.weighting", "2")',
      'LMSSetValue("cmi.interactions.0.student_response", "lively,peaceful")',
      'LMSSetValue("cmi.interactions.0.result", "wrong")',
      'LMSSetValue("cmi.interactions.0.latency", "0000:00:12.50")',
      'LMSCommit("")',
      'LMSSetValue("cmi.core.session_time", "0001:02:03.40")',
      'LMSSetValue("cmi.core.exit", "suspend")',
      'LMSCommit("")',
      'LMSFinish("")',
    ]);
    expect(lms.violations).toEqual([]);
  });

  it('2004: completion and success, scaled and raw score, suspend data, location, an interaction, session time, exit, commit, terminate', () => {
    const { lms, time, session } = setup('2004');
    session.initialize();
    session.setStatus('completed', 'passed');
    session.setScore(0.86667);
    session.setSuspendData('S1!abc!0');
    session.setLocation('m3/four-personality-types');
    session.recordInteraction(choice);
    session.commit();
    time.advance(3_723_400);
    session.finish();
    expect(writes(lms.calls)).toEqual([
      'Initialize("")',
      'SetValue("cmi.completion_status", "completed")',
      'SetValue("cmi.success_status", "passed")',
      'SetValue("cmi.score.scaled", "0.86667")',
      'SetValue("cmi.score.raw", "86.67")',
      'SetValue("cmi.score.min", "0")',
      'SetValue("cmi.score.max", "100")',
      'SetValue("cmi.suspend_data", "S1!abc!0")',
      'SetValue("cmi.location", "m3/four-personality-types")',
      'SetValue("cmi.interactions.0.id", "q-m3-test-personality-1")',
      'SetValue("cmi.interactions.0.type", "choice")',
      `SetValue("cmi.interactions.0.timestamp", "${answeredAt.toISOString().slice(0, 22)}Z")`,
      'SetValue("cmi.interactions.0.weighting", "2")',
      'SetValue("cmi.interactions.0.learner_response", "lively[,]peaceful")',
      'SetValue("cmi.interactions.0.result", "incorrect")',
      'SetValue("cmi.interactions.0.latency", "PT0H0M12.5S")',
      'Commit("")',
      'SetValue("cmi.session_time", "PT1H2M3.4S")',
      'SetValue("cmi.exit", "suspend")',
      'Commit("")',
      'Terminate("")',
    ]);
    expect(lms.violations).toEqual([]);
  });

  it.each([
    ['completed', 'passed', 'passed'],
    ['completed', 'unknown', 'completed'],
    ['incomplete', 'failed', 'failed'],
    ['incomplete', 'unknown', 'incomplete'],
  ] as const)('1.2 folds completion %s and success %s into lesson_status "%s"', (completion, success, status) => {
    const { lms, session } = setup('1.2');
    session.initialize();
    session.setStatus(completion, success);
    expect(lms.values['cmi.core.lesson_status']).toBe(status);
  });

  it.each([
    ['other', 'performance', 'other'],
    ['long-fill-in', 'fill-in', 'long-fill-in'],
    ['sequencing', 'sequencing', 'sequencing'],
    ['matching', 'matching', 'matching'],
  ] as const)('maps interaction type %s to %s in 1.2 and %s in 2004', (type, in12, in2004) => {
    for (const [version, expected] of [['1.2', in12], ['2004', in2004]] as const) {
      const { lms, session } = setup(version);
      session.initialize();
      session.recordInteraction({ ...choice, type, response: 'a[.]x[,]b[.]y' });
      expect(lms.values['cmi.interactions.0.type']).toBe(expected);
      expect(lms.violations).toEqual([]);
    }
  });

  it('writes 1.2 matching responses with its own separators', () => {
    const { lms, session } = setup('1.2');
    session.initialize();
    session.recordInteraction({ ...choice, type: 'matching', response: 'a[.]x[,]b[.]y' });
    expect(lms.values['cmi.interactions.0.student_response']).toBe('a.x,b.y');
  });

  it.each(['1.2', '2004'] as const)('%s: appends interactions after those of earlier sessions', (version) => {
    const { lms, session } = setup(version, { values: { 'cmi.interactions._count': '5' } });
    session.initialize();
    session.recordInteraction(choice);
    session.recordInteraction({ ...choice, id: 'rp-yogurt-complaint/open', type: 'choice', response: 'b', result: 'correct' });
    expect(lms.values['cmi.interactions.5.id']).toBe('q-m3-test-personality-1');
    expect(lms.values['cmi.interactions.6.id']).toBe('rp-yogurt-complaint/open');
    expect(lms.violations).toEqual([]);
  });

  it('leaves out a value the LMS refuses (a response it reads differently) and goes on with the rest and the next answers [F-LMS-REFUSES-VALUE]', () => {
    const { lms, session } = setup('2004');
    const setValue = lms.api.SetValue!;
    lms.api.SetValue = (element: string, value: string) => (element.endsWith('.learner_response') && value === 'a' ? 'false' : setValue(element, value));
    session.initialize();
    const result = session.recordInteraction({ ...choice, type: 'true-false', response: 'a' });
    expect(result).toEqual({ ok: true, omitted: ['cmi.interactions.0.learner_response'] });
    expect(lms.values['cmi.interactions.0.result']).toBe('incorrect');
    expect(session.recordInteraction({ ...choice, type: 'true-false', response: 'true', result: 'correct' }).ok).toBe(true);
    expect(lms.values['cmi.interactions.1.learner_response']).toBe('true');
  });

  it('leaves a 1.2 response over 255 characters out, records the rest and says so [F-LMS-REFUSES-VALUE]', () => {
    const { lms, session } = setup('1.2');
    session.initialize();
    const result = session.recordInteraction({ ...choice, type: 'fill-in', response: 'x'.repeat(256) });
    expect(result).toEqual({ ok: true, omitted: ['cmi.interactions.0.student_response'] });
    expect(lms.values['cmi.interactions.0.result']).toBe('wrong');
    expect(lms.violations).toEqual([]);
  });

  it.each([
    ['1.2', 'with a space', 'q-m1 test', false],
    ['2004', 'with a space', 'q-m1 test', false],
    ['1.2', 'of 256 characters', 'q'.repeat(256), false],
    ['2004', 'of 256 characters', 'q'.repeat(256), true],
  ] as const)('%s: an interaction ID %s is %s', (version, _, id, accepted) => {
    const { lms, session } = setup(version);
    session.initialize();
    const result = session.recordInteraction({ ...choice, id });
    expect(result.ok).toBe(accepted);
    expect(lms.calls.some((c) => c.args[0]?.endsWith('.id'))).toBe(accepted);
    if (!result.ok) expect(result.error).toMatchObject({ reason: 'invalid', code: 'bad-id' });
  });

  it('ends the session with exit "" in 1.2 and "normal" in 2004 when asked for a normal exit', () => {
    for (const [version, element, value] of [['1.2', 'cmi.core.exit', ''], ['2004', 'cmi.exit', 'normal']] as const) {
      const { lms, session } = setup(version);
      session.initialize();
      expect(session.finish('normal').ok).toBe(true);
      expect(lms.values[element]).toBe(value);
    }
  });

  it('accepts LMSs that answer with booleans', () => {
    const { session } = setup('2004', { booleans: true });
    expect(session.initialize().ok).toBe(true);
    expect(session.commit().ok).toBe(true);
  });
});

describe('SCORM 1.2 suspend data limit', () => {
  it('sends 4,096 characters', () => {
    const { lms, session } = setup('1.2');
    session.initialize();
    expect(session.setSuspendData('x'.repeat(4096)).ok).toBe(true);
    expect(lms.values['cmi.suspend_data']).toHaveLength(4096);
  });

  it('refuses 4,097 characters without sending anything, and says why [F-LMS-SUSPEND-LIMIT]', () => {
    const { lms, session } = setup('1.2');
    session.initialize();
    const result = session.setSuspendData('x'.repeat(4097));
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid', code: 'too-long', element: 'cmi.suspend_data' } });
    expect(lms.calls.filter((c) => c.method === 'LMSSetValue')).toEqual([]);
  });

  it('refuses characters outside ASCII in 1.2 but not in 2004 [F-LMS-SUSPEND-LIMIT]', () => {
    const [a, b] = [setup('1.2'), setup('2004')];
    a.session.initialize();
    b.session.initialize();
    expect(a.session.setSuspendData('进度')).toMatchObject({ ok: false, error: { code: 'not-ascii' } });
    expect(b.session.setSuspendData('进度').ok).toBe(true);
  });

  it('lets 2004 keep longer suspend data, up to its 64,000', () => {
    const { session } = setup('2004');
    session.initialize();
    expect(session.setSuspendData('x'.repeat(4097)).ok).toBe(true);
    expect(session.setSuspendData('x'.repeat(64001)).ok).toBe(false);
  });
});

describe('call order', () => {
  it.each(['1.2', '2004'] as const)('%s: sends nothing before initialize', (version) => {
    const { lms, session } = setup(version);
    expect(session.set('cmi.suspend_data', 'x')).toMatchObject({ ok: false, error: { reason: 'state', code: 'not-initialized' } });
    expect(session.setStatus('completed', 'passed').ok).toBe(false);
    expect(session.commit().ok).toBe(false);
    expect(session.finish().ok).toBe(false);
    expect(session.get('cmi.suspend_data')).toBeNull();
    expect(lms.calls).toEqual([]);
  });

  it.each(['1.2', '2004'] as const)('%s: finishes last and sends nothing after it', (version) => {
    const { lms, session } = setup(version);
    session.initialize();
    session.finish();
    const count = lms.calls.length;
    expect(session.setScore(1)).toMatchObject({ ok: false, error: { code: 'finished' } });
    expect(session.commit().ok).toBe(false);
    expect(session.finish().ok).toBe(false);
    expect(session.initialize().ok).toBe(false);
    expect(lms.calls).toHaveLength(count);
    expect(lms.calls.at(-1)?.method).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
    expect(lms.violations).toEqual([]);
  });

  it('reads suspend data left by the last session once initialized', () => {
    const { session } = setup('1.2', { values: { 'cmi.suspend_data': 'S1!x!0' } });
    session.initialize();
    expect(session.get('cmi.suspend_data')).toBe('S1!x!0');
  });
});

describe('failed commits', () => {
  it('reports a commit the LMS refuses, with its error code, text and diagnostic [F-LMS-REJECTS-COMMIT]', () => {
    const { session } = setup('1.2', { failCommits: 1 });
    session.initialize();
    expect(session.commit()).toEqual({ ok: false, error: { reason: 'lms', call: 'LMSCommit', code: '101', message: 'error 101', diagnostic: 'diagnostic 101' } });
    expect(session.commit().ok).toBe(true);
  });

  it('reports a commit that throws [F-LMS-COMMIT-THROWS]', () => {
    const { session } = setup('2004', { failCommits: 1, commitThrows: true });
    session.initialize();
    expect(session.commit()).toMatchObject({ ok: false, error: { reason: 'threw', call: 'Commit', message: 'Error: network down' } });
  });

  it('retries a failing commit with growing pauses until it goes through [F-LMS-REJECTS-COMMIT]', async () => {
    const { lms, session } = setup('2004', { failCommits: 2 });
    session.initialize();
    const pauses: number[] = [];
    const result = await commitWithRetry(session, { attempts: 4, delayMs: 500, sleep: async (ms) => void pauses.push(ms) });
    expect(result).toEqual({ ok: true, tries: 3 });
    expect(pauses).toEqual([500, 1000]);
    expect(lms.calls.filter((c) => c.method === 'Commit')).toHaveLength(3);
  });

  it('reports the last failure when every try fails [F-LMS-REJECTS-COMMIT]', async () => {
    const { session } = setup('1.2', { failCommits: Infinity });
    session.initialize();
    const result = await commitWithRetry(session, { attempts: 3, delayMs: 1, sleep: async () => {} });
    expect(result).toMatchObject({ ok: false, tries: 3, error: { reason: 'lms', code: '101' } });
  });

  it('does not retry a session that is not open', async () => {
    const { session } = setup('1.2');
    const result = await commitWithRetry(session, { attempts: 5, sleep: async () => {} });
    expect(result).toMatchObject({ ok: false, tries: 1, error: { reason: 'state' } });
  });

  it.each(['1.2', '2004'] as const)('%s: keeps the session open when the commit of finish fails, so finish can be tried again [F-LMS-FINISH-FAILS]', (version) => {
    const { lms, session } = setup(version, { failCommits: 1 });
    session.initialize();
    expect(session.finish().ok).toBe(false);
    expect(session.state).toBe('open');
    expect(lms.calls.some((c) => c.method === 'LMSFinish' || c.method === 'Terminate')).toBe(false);
    expect(session.finish().ok).toBe(true);
    expect(session.state).toBe('finished');
  });
});
