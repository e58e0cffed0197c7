import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Name-based (version 5, RFC 4122 §4.3) UUIDs for statement IDs. A statement's ID is
 * derived from what it is about (the registration and the learner event, or the cmi5
 * session and verb), so sending it again after a reload or a lost response yields the
 * same ID, and the LRS keeps one copy (xAPI 1.0.3 §2.4.1: an ID it already holds is not
 * stored again). SHA-1 from @noble/hashes, not Web Crypto: `crypto.subtle` is missing on
 * plain-http intranets and is asynchronous.
 */

/** The namespace of this course's statement IDs (a random v4 UUID, fixed forever). */
export const STATEMENT_NAMESPACE = '6f1c2f54-3b8e-4d43-9a51-2c7e0b9d4a61';

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16));

/** The version 5 UUID of `name` in `namespace` (a UUID string). */
export function uuidV5(name: string, namespace: string = STATEMENT_NAMESPACE): string {
  const ns = hexToBytes(namespace.replace(/-/g, ''));
  const text = utf8ToBytes(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
