import { canonicalJson, codeMatches, type CompletionRecord } from './record';

/**
 * One record per state of the learner's progress: the record made on My progress, the
 * certificate printed later and the QR shown in class carry the same `issuedAt` and so
 * the same verification code, as long as nothing in them changed. Without this, every
 * page would issue a record of its own and a trainer could not match a certificate to
 * the file HR imported.
 */

/** The record's content apart from when it was issued (and the code that covers that time). */
const content = ({ issuedAt: _issuedAt, code: _code, ...rest }: CompletionRecord): string => canonicalJson(rest);

/**
 * The record to hand out: the one issued before when its content is the same as the
 * fresh one (and its code still matches, so a damaged copy is never reused), else the
 * fresh one.
 */
export function keepIssued(previous: CompletionRecord | null, fresh: CompletionRecord): CompletionRecord {
  if (previous && codeMatches(previous) && content(previous) === content(fresh)) return previous;
  return fresh;
}

/** A record read back from storage, or null when the text is not a signed record of this layout. */
export function parseIssued(text: string | null | undefined): CompletionRecord | null {
  try {
    const data = JSON.parse(text ?? '') as CompletionRecord | null;
    if (!data || typeof data !== 'object' || typeof data.code !== 'string' || typeof data.issuedAt !== 'string') return null;
    return codeMatches(data) ? data : null;
  } catch {
    return null;
  }
}

