import { completionRecordSchema, describeIssues, recordSummarySchema } from '../../schemas/completion-record';
import { fromRecord, fromSummary, type ImportedRecord } from './imported';
import { mergeRecords, type Replacement } from './merge';
import type { ImportProblem } from './limits';
import { codeMatches, RECORD_FORMAT, SUMMARY_PREFIX } from './record';
import { splitText } from './split-text';

/**
 * The HR import: texts (files or a paste) in, checked records and the reasons for every
 * refusal out. Each entry is schema-checked, must be about this course, and must carry a
 * verification code that matches its content. An entry whose code does not match is NOT
 * loaded: it was edited or damaged, so its numbers cannot be trusted, and a flagged row
 * would still flow into the charts and the CSV export; it is listed among the problems with
 * the learner's name instead, so HR can ask that person for a fresh copy.
 */

export { MAX_FILE_BYTES, MAX_PASTE_CHARS, sizeProblem, type ImportProblem, type ProblemReason } from './limits';

/** One text to import: a file's name and contents, or a label for a paste. */
export interface ImportInput {
  name: string;
  text: string;
}

/** The outcome of an import. */
export interface ImportResult {
  /** Every learner loaded so far, one entry each. */
  records: ImportedRecord[];
  problems: ImportProblem[];
  /** Duplicates set aside in favour of a newer or fuller entry. */
  replaced: Replacement[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One parsed JSON value (a record or a summary object) checked and turned into an entry, or the reason it was refused. */
export function checkEntry(value: unknown, source: string, courseId: string): ImportedRecord | ImportProblem {
  if (typeof value === 'string' && value.startsWith(SUMMARY_PREFIX)) return checkSummaryText(value.slice(SUMMARY_PREFIX.length), source, courseId);
  if (!isObject(value)) return { source, reason: 'not-a-record' };
  const isRecord = value.format === RECORD_FORMAT;
  if (isRecord && value.version !== 1) return { source, reason: 'unsupported-version', detail: String(value.version) };
  if (!isRecord && !('recordCode' in value)) return { source, reason: 'not-a-record' };
  const parsed = isRecord ? completionRecordSchema.safeParse(value) : recordSummarySchema.safeParse(value);
  if (!parsed.success) return { source, reason: 'invalid', detail: describeIssues(parsed.error) };
  const data = parsed.data;
  if (data.courseId !== courseId) return { source, reason: 'other-course', detail: data.courseId };
  const name = 'learner' in data ? data.learner.name : data.name;
  // The code is checked on the value as read, before the schema trimmed any text.
  if (!codeMatches(value as { code: string })) return { source, reason: 'code-mismatch', detail: name };
  return 'learner' in data ? fromRecord(data, source) : fromSummary(data, source);
}

function checkSummaryText(json: string, source: string, courseId: string): ImportedRecord | ImportProblem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { source, reason: 'unreadable' };
  }
  return isObject(value) ? checkEntry(value, source, courseId) : { source, reason: 'not-a-record' };
}

/**
 * The import, one entry at a time: yields the number of entries checked every `every`
 * entries so that a caller can hand the browser back its event loop (see
 * {@link importTextsAsync}); returns the merged result.
 */
export function* importSteps(inputs: readonly ImportInput[], courseId: string, existing: readonly ImportedRecord[] = [], every = 200): Generator<number, ImportResult> {
  const loaded: ImportedRecord[] = [];
  const problems: ImportProblem[] = [];
  let checked = 0;
  let lastYield = 0;
  const take = (entry: ImportedRecord | ImportProblem) => {
    if ('reason' in entry) problems.push(entry);
    else loaded.push(entry);
    checked += 1;
  };
  const due = () => checked - lastYield >= every && ((lastYield = checked), true);
  for (const { name, text } of inputs) {
    const segments = splitText(text);
    if (segments.length === 0) problems.push({ source: name, reason: 'empty' });
    const several = segments.length > 1;
    for (const segment of segments) {
      const where = several ? `${name}:${segment.line}` : name;
      if (segment.kind === 'other') problems.push({ source: where, reason: 'not-a-record' });
      else if (segment.kind === 'truncated') problems.push({ source: where, reason: 'truncated' });
      else if (segment.kind === 'summary') take(checkSummaryText(segment.text, where, courseId));
      else {
        let value: unknown;
        try {
          value = JSON.parse(segment.text);
        } catch {
          problems.push({ source: where, reason: 'unreadable' });
          continue;
        }
        const items = Array.isArray(value) ? value : [value];
        for (const [i, item] of items.entries()) {
          take(checkEntry(item, Array.isArray(value) ? `${where} #${i + 1}` : where, courseId));
          if (due()) yield checked;
        }
        if (Array.isArray(value) && items.length === 0) problems.push({ source: where, reason: 'empty' });
        continue;
      }
      if (due()) yield checked;
    }
  }
  return { ...mergeRecords(existing, loaded), problems };
}

/** The whole import at once (tests, small inputs). */
export function importTexts(inputs: readonly ImportInput[], courseId: string, existing: readonly ImportedRecord[] = []): ImportResult {
  const steps = importSteps(inputs, courseId, existing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The import with `pause()` awaited between chunks (the page passes a macrotask) and `progress` told how far it got. */
export async function importTextsAsync(
  inputs: readonly ImportInput[],
  courseId: string,
  existing: readonly ImportedRecord[],
  pause: () => Promise<void>,
  progress: (checked: number) => void = () => {},
): Promise<ImportResult> {
  const steps = importSteps(inputs, courseId, existing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    progress(step.value);
    await pause();
  }
}
