import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomId } from '../../../src/lib/progress/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const webCrypto = globalThis.crypto;

afterEach(() => vi.unstubAllGlobals());

describe('randomId', () => {
  it.each([
    { name: 'crypto.randomUUID', crypto: webCrypto },
    { name: 'only getRandomValues (an insecure context)', crypto: { getRandomValues: (a: Uint8Array<ArrayBuffer>) => webCrypto.getRandomValues(a) } },
    { name: 'no Web Crypto at all', crypto: undefined },
  ])('makes distinct version 4 UUIDs with $name', ({ crypto }) => {
    vi.stubGlobal('crypto', crypto);
    const ids = Array.from({ length: 50 }, randomId);
    expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});
