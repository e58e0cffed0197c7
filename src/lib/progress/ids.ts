/** The parts of Web Crypto an ID needs (browsers expose `randomUUID` only in secure contexts). */
interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/**
 * A random RFC 4122 version 4 UUID: `crypto.randomUUID()` when the runtime has it,
 * else built from `crypto.getRandomValues` (or, lacking that, `Math.random`).
 */
export function randomId(): string {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const byte = () => (crypto?.getRandomValues ? crypto.getRandomValues(new Uint8Array(1))[0]! : Math.floor(Math.random() * 256));
  // Each 0/1/8 becomes a random hex digit; 4 (version) stays; 8 keeps the variant bits.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (byte() & (15 >> (+c / 4)))).toString(16));
}
