import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { courseProgress } from '../../../../src/lib/progress/derive';
import { cmi5LaunchParams, createCmi5Adapter, type Cmi5Deps } from '../../../../src/lib/tracking/xapi/adapter';
import { CMI5_CATEGORY, CMI5_VERBS } from '../../../../src/lib/tracking/xapi/cmi5-rules';
import { startLrs, type LaunchOptions, type TinyLrs } from '../../../lrs/lrs.mjs';
import { completedCourse, realOutline } from '../course';
import { memoryStorage } from './helpers';

const outline = realOutline();
const course = completedCourse('typical');
const half = course.slice(0, Math.floor(course.length / 2));
let lrs: TinyLrs;

beforeAll(async () => {
  lrs = await startLrs();
});
afterAll(() => lrs.close());
beforeEach(() => {
  lrs.up();
  lrs.statements.splice(0);
  lrs.errors.splice(0);
});

/** A launch by the tiny LMS and an adapter for it; `device` is the browser's storage. */
function launch(options: LaunchOptions = {}, device = { storage: memoryStorage(), tokenStorage: memoryStorage() }) {
  const l = lrs.launch(options);
  return { ...open(l.query, device), l, device };
}
function open(query: string, device: { storage: ReturnType<typeof memoryStorage>; tokenStorage: ReturnType<typeof memoryStorage> }, online = { value: true }, more: Partial<Cmi5Deps> = {}) {
  const params = cmi5LaunchParams(`http://localhost/lms/?${query}`)!;
  let now = Date.parse('2026-03-01T00:00:00Z');
  const deps: Cmi5Deps = { fetch: globalThis.fetch, ...device, clock: { now: () => (now += 1000) }, online: () => online.value, outline, batchSize: 40, ...more };
  return { adapter: createCmi5Adapter(params, deps), online };
}
const verbs = () => lrs.statements.map((s) => s.verb.id.split('/').pop());
const defined = () => lrs.statements.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY)).map((s) => s.verb.id.split('/').pop());
const idsUnique = () => new Set(lrs.statements.map((s) => s.id)).size === lrs.statements.length;

describe('the cmi5 adapter against a small LRS', () => {
  it('sends Initialized, every event, Completed, Passed and Terminated, in cmi5 order, all valid', async () => {
    const { adapter } = launch({ masteryScore: 0.8 });
    const started = await adapter.start();
    expect(started.learner).toEqual({ id: 'learner-42', name: 'Wang Fang' });
    expect(started.failed).toBeUndefined();
    expect((await adapter.sync(half)).state).toBe('saved');
    expect((await adapter.sync(course)).state).toBe('saved');
    expect(await adapter.finish(course)).toEqual({ state: 'closed' });
    expect(lrs.errors).toEqual([]);
    expect(lrs.statements).toHaveLength(course.length + 4);
    expect(defined()).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(verbs()[0]).toBe('initialized');
    expect(verbs().at(-1)).toBe('terminated');
    const times = lrs.statements.map((s) => Date.parse(s.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b)); // §9.3: order is by timestamp
    expect(idsUnique()).toBe(true);
  });

  it('queues while offline and sends every statement exactly once when back online [F-NETWORK-OFFLINE-LRS]', async () => {
    const { adapter, online } = launch();
    await adapter.start();
    await adapter.sync(course.slice(0, 30));
    online.value = false;
    const offline = await adapter.sync(course.slice(0, 60));
    expect(offline).toMatchObject({ state: 'retrying', pending: 30, message: 'offline' });
    lrs.down(); // and the LRS unreachable as well, once the browser thinks it is online
    online.value = true;
    expect(await adapter.sync(course.slice(0, 80))).toMatchObject({ state: 'retrying', pending: 50 });
    lrs.up();
    expect((await adapter.sync(course.slice(0, 90))).state).toBe('saved');
    expect(lrs.statements).toHaveLength(1 + 90);
    expect(idsUnique()).toBe(true);
    expect(lrs.errors).toEqual([]);
  });

  it('sends what waits when the browser says it is online again, and tells the launcher [F-NETWORK-OFFLINE-LRS]', async () => {
    const l = lrs.launch();
    let back: () => void = () => {};
    const states: string[] = [];
    const online = { value: true };
    const { adapter } = open(l.query, { storage: memoryStorage(), tokenStorage: memoryStorage() }, online, { onOnline: (f) => (back = f), onState: (s) => states.push(s.state) });
    await adapter.start();
    online.value = false;
    await adapter.sync(half.slice(0, 10));
    expect(lrs.statements).toHaveLength(1);
    online.value = true;
    back();
    await expect.poll(() => states).toEqual(['saved']);
    expect(lrs.statements).toHaveLength(11);
  });

  it('after a reload in the same session, sends what was pending, nothing twice, without a second token fetch [F-LRS-RELOAD-PENDING]', async () => {
    const first = launch();
    await first.adapter.start();
    await first.adapter.sync(half.slice(0, 20));
    lrs.down();
    await first.adapter.sync(half);
    lrs.up();
    const again = open(first.l.query, first.device); // the launcher page reloaded
    await again.adapter.start();
    expect(lrs.statements).toHaveLength(1 + half.length);
    await again.adapter.finish(course);
    expect(defined()).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(idsUnique()).toBe(true);
    expect(lrs.requests.filter((r) => r.path.startsWith('/fetch/') && r.path.endsWith(first.l.fetch.split('/').pop()!))).toHaveLength(1);
  });

  it('sends nothing graded in Browse mode: Initialized, lesson visits and Terminated only', async () => {
    const { adapter } = launch({ launchMode: 'Browse' });
    await adapter.start();
    await adapter.finish(course);
    expect(defined()).toEqual(['initialized', 'terminated']);
    expect(new Set(verbs())).toEqual(new Set(['initialized', 'experienced', 'terminated']));
  });

  it('fails the learner the LMS holds to a higher masteryScore than the course reached', async () => {
    const { adapter } = launch({ masteryScore: 0.999 });
    await adapter.start();
    await adapter.finish(course);
    expect(defined()).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    expect(lrs.statements.find((s) => s.verb.id === CMI5_VERBS.failed)?.result).toMatchObject({ success: false });
  });

  it('exposes returnURL, closes after Terminated and sends nothing more', async () => {
    const { adapter } = launch({ returnURL: 'https://lms.example.com/course/view.php?id=3' });
    await adapter.start();
    expect(adapter.returnURL).toBe('https://lms.example.com/course/view.php?id=3');
    expect(await adapter.finish(half)).toEqual({ state: 'closed', returnUrl: 'https://lms.example.com/course/view.php?id=3' });
    const count = lrs.statements.length;
    expect(await adapter.sync(course)).toMatchObject({ state: 'closed' });
    expect(lrs.statements).toHaveLength(count);
  });

  it('on another device and a new session, restores progress and does not complete or pass twice', async () => {
    const first = launch();
    await first.adapter.start();
    await first.adapter.finish(course);
    const registration = first.l.registration;
    const second = launch({ registration }); // a new session (new session ID and fetch URL), a fresh browser
    const { restored } = await second.adapter.start();
    expect(courseProgress(restored, outline).completed).toBe(true);
    await second.adapter.finish(restored);
    expect(defined()).toEqual(['initialized', 'completed', 'passed', 'terminated', 'initialized', 'terminated']);
    expect(lrs.statements).toHaveLength(course.length + 4 + 2); // the restored events are not sent again
    expect(lrs.errors).toEqual([]);
  });

  it('launched while the LRS is unreachable, starts without failing and connects on a later sync [F-LRS-DOWN-AT-LAUNCH]', async () => {
    const { adapter } = launch();
    lrs.down();
    const started = await adapter.start();
    expect(started.failed).toBeUndefined();
    expect(await adapter.sync(half)).toMatchObject({ state: 'retrying' });
    lrs.up();
    expect((await adapter.sync(half)).state).toBe('saved');
    expect(verbs()[0]).toBe('initialized');
    expect(lrs.statements).toHaveLength(1 + half.length);
  });

  it('reports a used fetch URL as a failed start and closed, with the LMS’s message [F-LRS-FETCH-USED]', async () => {
    const first = launch();
    await first.adapter.start();
    const stranger = open(first.l.query, { storage: memoryStorage(), tokenStorage: memoryStorage() });
    expect((await stranger.adapter.start()).failed).toBe('cmi5 fetch: error 1, The authorization token has already been returned.');
    expect(await stranger.adapter.sync(half)).toEqual({ state: 'closed', message: 'cmi5 fetch: error 1, The authorization token has already been returned.' });
  });
});
