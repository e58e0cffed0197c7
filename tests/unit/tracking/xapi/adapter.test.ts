import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationOf, createXapiAdapter } from '../../../../src/lib/tracking/xapi/adapter';
import { startLrs, type TinyLrs } from '../../../lrs/lrs.mjs';
import { completedCourse } from '../course';
import { memoryStorage } from './helpers';

const course = completedCourse('typical').slice(0, 120);
let lrs: TinyLrs;
beforeAll(async () => {
  lrs = await startLrs({ basic: 'lrs-key:lrs-secret' });
});
afterAll(() => lrs.close());

const config = () => ({ endpoint: `${lrs.url}/xapi`, auth: 'lrs-key:lrs-secret', homePage: 'https://course.example.com/', learnerId: 'b3c1e7a2-5d1f-4a8e-9c0b-2f6d8e4a1b3c', courseId: 'cs-course' });

describe('the build-time LRS adapter', () => {
  it('sends each event once as a valid statement by the learner’s account on the site', async () => {
    const storage = memoryStorage();
    const adapter = createXapiAdapter(config(), { fetch: globalThis.fetch, storage, online: () => true });
    expect(await adapter.start()).toEqual({ restored: [], learner: { id: config().learnerId } });
    await adapter.sync(course.slice(0, 50));
    expect((await adapter.sync(course)).state).toBe('saved');
    const again = createXapiAdapter(config(), { fetch: globalThis.fetch, storage, online: () => true }); // the next page
    await again.sync(course);
    expect(lrs.statements).toHaveLength(course.length);
    expect(lrs.errors).toEqual([]);
    expect(lrs.statements[0]!.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://course.example.com', name: config().learnerId } });
    expect(lrs.statements[0]!.object.id.startsWith('https://course.example.com/xapi/cs-course/')).toBe(true);
  });

  it('keeps statements it could not send when the key is refused [F-LRS-AUTH-REFUSED]', async () => {
    const adapter = createXapiAdapter({ ...config(), auth: 'wrong:key', learnerId: 'other' }, { fetch: globalThis.fetch, storage: memoryStorage(), online: () => true });
    expect(await adapter.sync(course.slice(0, 3))).toMatchObject({ state: 'retrying', pending: 3 });
  });

  it.each([
    ['key:secret', 'Basic a2V5OnNlY3JldA=='],
    ['Basic a2V5OnNlY3JldA==', 'Basic a2V5OnNlY3JldA=='],
    ['a2V5OnNlY3JldA==', 'Basic a2V5OnNlY3JldA=='],
  ])('turns the configured auth %s into the header %s', (auth, header) => {
    expect(authorizationOf(auth)).toBe(header);
  });
});
