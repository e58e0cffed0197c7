import { personKey, type ImportedRecord } from './imported';

/**
 * One entry per learner: the same learner imported twice (the same browser's learnerId for
 * full records; the same name and employee number for QR summaries) keeps the newest, and
 * a full record wins over a QR summary of the same person, which it contains. Every
 * replacement is reported so HR sees why a row count is lower than the file count.
 */

/** A duplicate set aside. */
export interface Replacement {
  name: string;
  /** Source of the entry kept. */
  kept: string;
  /** Source of the entry set aside. */
  dropped: string;
  /** newer: the kept entry was made later; full-record: a full record covers the summary. */
  why: 'newer' | 'full-record';
}

const time = (iso: string | null): number => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/** Whether `incoming` should replace `current` (ties go to the later import: a rescan is the newer copy). */
function isNewer(incoming: ImportedRecord, current: ImportedRecord): boolean {
  const at = (r: ImportedRecord) => time(r.kind === 'record' ? r.issuedAt : r.completedAt);
  return at(incoming) >= at(current);
}

/** `existing` merged with `incoming` (O(n), order of first appearance kept). */
export function mergeRecords(existing: readonly ImportedRecord[], incoming: readonly ImportedRecord[]): { records: ImportedRecord[]; replaced: Replacement[] } {
  const byKey = new Map<string, ImportedRecord>();
  const replaced: Replacement[] = [];
  for (const entry of [...existing, ...incoming]) {
    const key = entry.kind === 'record' ? `id:${entry.learnerId}` : `person:${personKey(entry)}`;
    const current = byKey.get(key);
    if (!current) byKey.set(key, entry);
    else if (isNewer(entry, current)) {
      byKey.set(key, entry);
      replaced.push({ name: entry.name, kept: entry.source, dropped: current.source, why: 'newer' });
    } else replaced.push({ name: entry.name, kept: current.source, dropped: entry.source, why: 'newer' });
  }
  const all = [...byKey.values()];
  const full = all.filter((r) => r.kind === 'record');
  const fullByCode = new Map(full.map((r) => [r.recordCode, r]));
  const fullByPerson = new Map(full.map((r) => [personKey(r), r]));
  const records = all.filter((r) => {
    if (r.kind === 'record') return true;
    const cover = fullByCode.get(r.recordCode) ?? fullByPerson.get(personKey(r));
    if (cover) replaced.push({ name: r.name, kept: cover.source, dropped: r.source, why: 'full-record' });
    return !cover;
  });
  return { records, replaced };
}
