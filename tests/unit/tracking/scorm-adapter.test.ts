import { describe, expect, it } from 'vitest';
import { courseProgress } from '../../../src/lib/progress/derive';
import { createScormAdapter } from '../../../src/lib/tracking/scorm-adapter';
import type { FoundApi } from '../../../src/lib/tracking/scorm-session';
import { completedCourse, realOutline } from './course';
import { fakeLms, type Version } from './fake-lms';

const outline = realOutline();
const course = completedCourse('typical');
const noWait = { attempts: 3, delayMs: 0, sleep: async () => {} };

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function setup(version: Version, options: Parameters<typeof fakeLms>[1] = {}, storage = memoryStorage()) {
  const lms = fakeLms(version, options);
  const found = { version, api: lms.api } as FoundApi;
  let now = Date.parse('2026-11-24T09:00:00Z');
  const clock = { now: () => (now += 1000) };
  const adapter = createScormAdapter(found, { clock, outline, retry: noWait, storage });
  return { lms, adapter, storage };
}
const count = (lms: ReturnType<typeof fakeLms>, method: RegExp) => lms.calls.filter((c) => method.test(c.method)).length;

describe.each(['1.2', '2004'] as const)('SCORM %s adapter', (version) => {
  it('reports a finished course as complete and passed, with every answer as an interaction, and commits', async () => {
    const { lms, adapter } = setup(version);
    await adapter.start();
    const state = await adapter.sync(course);
    expect(state.state).toBe('saved');
    expect(lms.violations).toEqual([]);
    if (version === '1.2') expect(lms.values['cmi.core.lesson_status']).toBe('passed');
    else expect([lms.values['cmi.completion_status'], lms.values['cmi.success_status']]).toEqual(['completed', 'passed']);
    expect(Number(lms.values['cmi.interactions._count'])).toBeGreaterThan(100);
    expect(count(lms, /Commit/)).toBe(1);
    if (version === '1.2') expect(adapter.suspendData.length).toBeLessThanOrEqual(4096);
  });

  it('sends each interaction once over many syncs', async () => {
    const { lms, adapter } = setup(version);
    await adapter.start();
    const half = course.slice(0, Math.floor(course.length / 2));
    await adapter.sync(half);
    const afterHalf = Number(lms.values['cmi.interactions._count']);
    await adapter.sync(half);
    expect(Number(lms.values['cmi.interactions._count'])).toBe(afterHalf);
    await adapter.sync(course);
    const ids = Object.entries(lms.values).filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k));
    expect(ids.length).toBe(Number(lms.values['cmi.interactions._count']));
    expect(count(lms, /Commit/)).toBe(3);
  });

  it('restores progress from the suspend data on relaunch on another device', async () => {
    const first = setup(version);
    await first.adapter.start();
    await first.adapter.finish(course);
    const again = setup(version, { values: { ...first.lms.values } });
    const { restored } = await again.adapter.start();
    expect(courseProgress(restored, outline).completed).toBe(true);
    expect((await again.adapter.sync(restored)).state).toBe('saved');
    expect(again.lms.values['cmi.interactions._count']).toBe(first.lms.values['cmi.interactions._count']);
  });

  it('does not send the answers of the local record again when relaunched on the same device', async () => {
    const half = course.slice(0, Math.floor(course.length / 2));
    const first = setup(version);
    await first.adapter.start();
    await first.adapter.sync(half);
    await first.adapter.finish(half);
    const sentBefore = Number(first.lms.values['cmi.interactions._count']);
    const again = setup(version, { values: { ...first.lms.values } }, first.storage);
    await again.adapter.start();
    await again.adapter.sync(half);
    expect(Number(again.lms.values['cmi.interactions._count'])).toBe(sentBefore);
    await again.adapter.sync(course);
    const all = setup(version);
    await all.adapter.start();
    await all.adapter.sync(course);
    expect(again.lms.values['cmi.interactions._count']).toBe(all.lms.values['cmi.interactions._count']);
  });

  it('keeps retrying while commits fail and reports it, then saves once the LMS answers [F-LMS-REJECTS-COMMIT]', async () => {
    const { lms, adapter } = setup(version, { failCommits: 4 });
    await adapter.start();
    const failed = await adapter.sync(course.slice(0, 200));
    expect(failed.state).toBe('retrying');
    expect(count(lms, /Commit/)).toBe(3);
    const saved = await adapter.sync(course);
    expect(saved.state).toBe('saved');
    expect(lms.violations).toEqual([]);
  });

  it('finishes with exit suspend, then sends nothing more', async () => {
    const { lms, adapter } = setup(version);
    await adapter.start();
    expect((await adapter.finish(course)).state).toBe('closed');
    expect(lms.values[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
    const calls = lms.calls.length;
    expect((await adapter.sync(course)).state).toBe('closed');
    expect(lms.calls.length).toBe(calls);
    expect(lms.calls.at(-1)!.method).toMatch(/Finish|Terminate/);
  });

  it('does not finish while the last commit failed, so the learner can try again [F-LMS-FINISH-FAILS]', async () => {
    const { lms, adapter } = setup(version, { failCommits: 3 });
    await adapter.start();
    expect((await adapter.finish(course)).state).toBe('retrying');
    expect(count(lms, /Finish|Terminate/)).toBe(0);
    expect((await adapter.finish(course)).state).toBe('closed');
  });

  it('reports the learner the LMS names', async () => {
    const values: Record<string, string> = version === '1.2' ? { 'cmi.core.student_id': 'e42', 'cmi.core.student_name': 'Wang, Li' } : { 'cmi.learner_id': 'e42', 'cmi.learner_name': 'Wang, Li' };
    const { adapter } = setup(version, { values });
    expect((await adapter.start()).learner).toEqual({ id: 'e42', name: 'Wang, Li' });
  });
});
