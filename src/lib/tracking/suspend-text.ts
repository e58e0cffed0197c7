/**
 * The text layer of suspend data: numbers, IDs and a checksum written with printable
 * ASCII only. SCORM 1.2 calls cmi.suspend_data a CMIString4096 ("a set of ASCII
 * characters"), and LMSs store it in databases, XML and form posts, so the output also
 * avoids the characters those layers tend to mangle: space, `"`, `'`, `\`, `<`, `>`,
 * `&`, `%`, `+` and the backtick.
 */

/** Characters a suspend string may contain (printable ASCII minus the risky ones). */
export const SAFE_TEXT = /^[!#$(-*,-;=?-[\]-_a-~]*$/;

/** Characters an ID keeps as they are; anything else is escaped as `*` + 4 hex digits. */
const ID_ESCAPE = /[^A-Za-z0-9/._-]/g;

/** An ID in suspend text: content IDs pass unchanged, other characters are escaped. */
export function encodeId(id: string): string {
  // Without the `u` flag the class matches UTF-16 code units, so surrogate pairs escape as two units.
  return id.replace(ID_ESCAPE, (c) => `*${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The inverse of {@link encodeId}; throws on a stray or malformed escape. */
export function decodeId(text: string): string {
  const id = text.replace(/\*([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (id === '' || /[^A-Za-z0-9/._*-]/.test(text) || /\*(?![0-9a-f]{4})/.test(text)) throw new Error(`bad id "${text}"`);
  return id;
}

const LITERAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/;

/**
 * A finite number: safe integers in base 36 (`-` for negatives), anything else as `~`
 * and its shortest JavaScript form, which reads back to the very same double.
 */
export function encodeNum(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n}`);
  if (!Number.isSafeInteger(n)) return `~${String(n).replace('e+', 'e')}`; // `+` is not safe text
  return n < 0 ? `-${(-n).toString(36)}` : n.toString(36);
}

/** The inverse of {@link encodeNum}; throws on anything else. */
export function decodeNum(text: string): number {
  if (text.startsWith('~')) {
    const literal = text.slice(1);
    if (!LITERAL.test(literal)) throw new Error(`bad number "${text}"`);
    return Number(literal);
  }
  if (!/^-?[0-9a-z]+$/.test(text)) throw new Error(`bad number "${text}"`);
  const n = parseInt(text.replace('-', ''), 36);
  if (!Number.isSafeInteger(n)) throw new Error(`bad number "${text}"`);
  return text.startsWith('-') ? -n : n;
}

/**
 * A score on the 0–1 scale, exactly. The quiz engine rounds scaled scores to 1/10000, so
 * those travel as a count of ten-thousandths (2–3 characters); a role-play's score is a
 * mean of ratios, which often equals a small fraction `k/d` bit for bit; anything else
 * travels as a literal. Each form is checked to read back to the very same number.
 */
export function encodeScaled(scaled: number): string {
  const units = Math.round(scaled * 1e4);
  if (units / 1e4 === scaled) return encodeNum(units);
  for (let d = 2; d <= 1000; d += 1) {
    const k = Math.round(scaled * d);
    if (k / d === scaled) return `${encodeNum(k)}/${encodeNum(d)}`;
  }
  return encodeNum(scaled);
}

/** The inverse of {@link encodeScaled}. */
export function decodeScaled(text: string): number {
  if (text.startsWith('~')) return decodeNum(text);
  const [k = '', d, extra] = text.split('/');
  const denominator = d === undefined ? 1e4 : decodeNum(d);
  if (extra !== undefined || denominator <= 0) throw new Error(`bad score "${text}"`);
  return decodeNum(k) / denominator;
}

/** FNV-1a (32 bit) of a string, in base 36: detects truncated or edited suspend data. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
