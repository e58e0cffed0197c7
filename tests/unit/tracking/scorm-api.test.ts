import { describe, expect, it } from 'vitest';
import { findApi } from '../../../src/lib/tracking/scorm-api';
import { fakeLms } from './fake-lms';

type Win = Record<string, unknown>;

/** A window; `parent` defaults to itself, as for a top window. */
function win(props: Win = {}, parent?: Win): Win {
  const w: Win = { ...props };
  w.parent = parent ?? w;
  return w;
}

/** A window of another origin: only `parent` and `opener` can be read, anything else throws. */
function crossOrigin(target: Win): Win {
  return new Proxy(target, {
    get(t, key) {
      if (key === 'parent' || key === 'opener') return t[key as string];
      throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

/** A window whose every property access throws (a sandboxed or torn-down frame). */
const hostile = (): Win =>
  new Proxy(
    {},
    {
      get() {
        throw new DOMException('Permission denied', 'SecurityError');
      },
    },
  );

const api12 = () => fakeLms('1.2').api;
const api2004 = () => fakeLms('2004').api;

describe('findApi', () => {
  it('finds the 1.2 API on the course window itself', () => {
    const api = api12();
    expect(findApi(win({ API: api }))).toEqual({ version: '1.2', api });
  });

  it('finds the 2004 API two frames up', () => {
    const api = api2004();
    const top = win({ API_1484_11: api });
    expect(findApi(win({}, win({}, top)))).toEqual({ version: '2004', api });
  });

  it('skips a parent frame of another origin and finds the API above it [F-LMS-HOSTILE-FRAMES]', () => {
    const api = api12();
    const top = win({ API: api });
    const foreign = crossOrigin(win({}, top));
    expect(findApi(win({}, foreign))).toEqual({ version: '1.2', api });
  });

  it('returns null, without throwing, when a parent frame throws on every access [F-LMS-HOSTILE-FRAMES]', () => {
    expect(() => findApi(win({}, hostile()))).not.toThrow();
    expect(findApi(win({}, hostile()))).toBeNull();
  });

  it('finds the API in the frame of the LMS window that opened the course', () => {
    const api = api2004();
    const lmsTop = win({ API_1484_11: api });
    const lmsFrame = win({}, lmsTop);
    const popup = win({ opener: lmsFrame });
    expect(findApi(popup)).toEqual({ version: '2004', api });
  });

  it('looks at the opener of the top window when the course sits in a frame of the popup', () => {
    const api = api12();
    const popupTop = win({ opener: win({ API: api }) });
    expect(findApi(win({}, popupTop))).toEqual({ version: '1.2', api });
  });

  it('prefers the version the package was built for when the LMS offers both', () => {
    const [a12, a2004] = [api12(), api2004()];
    const top = win({ API: a12, API_1484_11: a2004 });
    expect(findApi(top, { prefer: '1.2' })?.version).toBe('1.2');
    expect(findApi(top, { prefer: '2004' })?.version).toBe('2004');
    expect(findApi(top)?.version).toBe('2004');
  });

  it('prefers the package’s version even when the other one sits closer', () => {
    const a12 = api12();
    const top = win({ API: a12 });
    expect(findApi(win({ API_1484_11: api2004() }, top), { prefer: '1.2' })?.api).toBe(a12);
  });

  it('ignores a global called API that is not an LMS [F-LMS-HOSTILE-FRAMES]', () => {
    const { LMSCommit: _, ...incomplete } = api12();
    expect(findApi(win({ API: { version: 3 } }))).toBeNull();
    expect(findApi(win({ API: incomplete }))).toBeNull();
  });

  it('climbs at most maxDepth parents', () => {
    const api = api12();
    let w = win({ API: api });
    for (let k = 0; k < 12; k += 1) w = win({}, w);
    expect(findApi(w)).toBeNull();
    expect(findApi(w, { maxDepth: 12 })?.api).toBe(api);
  });

  it('ends on frames that are each other’s parent [F-LMS-HOSTILE-FRAMES]', () => {
    const a: Win = {};
    const b: Win = { parent: a };
    a.parent = b;
    expect(findApi(a)).toBeNull();
  });

  it.each([null, undefined, 42, 'window'])('returns null for %s', (value) => {
    expect(findApi(value)).toBeNull();
  });
});
