import { describe, expect, test } from 'vitest';
import { importTexts, importTextsAsync, MAX_FILE_BYTES, sizeProblem } from '../../../src/lib/records/import';
import { signRecord, verificationCode } from '../../../src/lib/records/record';
import { COURSE_ID, makeRecord, recordFile, summaryLine } from './fixtures';

const run = (...inputs: [string, string][]) => importTexts(inputs.map(([name, text]) => ({ name, text })), COURSE_ID);

describe('importTexts: what loads', () => {
  test('loads a record file, a JSON array of records and QR summary lines', () => {
    const [a, b, c, d] = [makeRecord({ name: '张三' }), makeRecord(), makeRecord(), makeRecord({ name: '李四', employeeNo: 'E7' })];
    const result = run(['a.json', recordFile(a)], ['batch.json', JSON.stringify([b, c])], ['qr.txt', `${summaryLine(d)}\n\n`]);
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => [r.name, r.kind])).toEqual([['张三', 'record'], [b.learner.name, 'record'], [c.learner.name, 'record'], ['李四', 'summary']]);
    expect(result.records[3]).toMatchObject({ employeeNo: 'E7', score: 0.9, quizzes: { t1: { state: null, best: 0.9 } } });
  });

  test('reads a paste that mixes a record, summaries and blank lines, and a file with a BOM', () => {
    const [a, b, c] = [makeRecord(), makeRecord(), makeRecord()];
    const paste = `${summaryLine(a)}\r\n  ${recordFile(b)}\n${summaryLine(c)}`;
    const result = run(['paste', paste], ['bom.json', `\uFEFF${recordFile(makeRecord())}`]);
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.kind)).toEqual(['summary', 'record', 'summary', 'record']);
  });

  test('keeps names with HTML and formula characters as plain data [F-HR-HTML-NAME]', () => {
    const name = '<img src=x onerror=window.pwned=1>';
    const result = run(['x.json', recordFile(makeRecord({ name, department: '=HYPERLINK("http://x")' }))]);
    expect(result.records[0]).toMatchObject({ name, department: '=HYPERLINK("http://x")' });
  });
});

describe('importTexts: what is refused, and why', () => {
  const reasons = (...inputs: [string, string][]) => run(...inputs).problems.map((p) => [p.source, p.reason]);

  test('an edited record is refused with the learner named, and is not loaded [F-HR-EDITED-RECORD]', () => {
    const edited = { ...makeRecord({ name: '王五' }), score: 1 };
    const result = run(['edited.json', JSON.stringify(edited)]);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([{ source: 'edited.json', reason: 'code-mismatch', detail: '王五' }]);
  });

  test('an edited QR summary is refused [F-HR-EDITED-RECORD]', () => {
    const line = summaryLine(makeRecord()).replace('"score":0.9', '"score":1');
    expect(reasons(['qr', line])).toEqual([['qr', 'code-mismatch']]);
  });

  test('a record of another course is refused, naming that course [F-HR-OTHER-COURSE]', () => {
    const other = makeRecord({ courseId: 'other-course' });
    expect(run(['o.json', recordFile(other)]).problems).toEqual([{ source: 'o.json', reason: 'other-course', detail: 'other-course' }]);
  });

  test('wrong types and over-long fields are refused with the field named [F-HR-WRONG-SHAPE]', () => {
    const long = makeRecord({ name: 'x'.repeat(81) });
    const typed = signRecord({ ...makeRecord(), score: '90' as unknown as number });
    const noDate = signRecord({ ...makeRecord(), issuedAt: 'yesterday' });
    const details = run(['long.json', recordFile(long)], ['typed.json', recordFile(typed)], ['date.json', recordFile(noDate)]).problems.map((p) => [p.reason, p.detail]);
    expect(details).toEqual([
      ['invalid', 'learner.name: must be at most 80 characters'],
      ['invalid', 'score: must be a number'],
      ['invalid', 'issuedAt: must be an ISO date and time (2026-03-01T09:00:00Z)'],
    ]);
  });

  test('an unknown field is refused (the contract has a fixed layout) [F-HR-WRONG-SHAPE]', () => {
    const extra = signRecord({ ...makeRecord(), extra: 1 } as never);
    expect(run(['x.json', recordFile(extra)]).problems[0]?.detail).toBe('(record): unknown field "extra"');
  });

  test('more than 500 quizzes is refused [F-HR-WRONG-SHAPE]', () => {
    const base = makeRecord();
    const many = signRecord({ ...base, quizzes: Array.from({ length: 501 }, () => base.quizzes[0]!) });
    expect(run(['many.json', recordFile(many)]).problems[0]).toMatchObject({ reason: 'invalid', detail: 'quizzes: must list at most 500' });
  });

  test.each([
    ['truncated JSON [F-HR-NOT-JSON]', recordFile(makeRecord()).slice(0, 200), 'truncated'],
    ['an unrelated JSON file [F-HR-WRONG-SHAPE]', '{"name":"package","version":"1.0.0"}', 'not-a-record'],
    ['a CSV file [F-HR-NOT-JSON]', 'name,score\n张三,90\n', 'not-a-record'],
    ['an empty file [F-HR-NOT-JSON]', '  \n', 'empty'],
    ['an empty array [F-HR-WRONG-SHAPE]', '[]', 'empty'],
    ['broken JSON that closes its brackets [F-HR-NOT-JSON]', '{"format": cs-course-completion}', 'unreadable'],
    ['a cut-off QR summary [F-HR-NOT-JSON]', 'CSCR1:{"courseId":"cs-co', 'unreadable'],
    ['a record of a future layout [F-HR-OTHER-COURSE]', JSON.stringify({ ...makeRecord(), version: 2 }), 'unsupported-version'],
    ['a JSON number [F-HR-WRONG-SHAPE]', '42', 'not-a-record'],
  ])('%s is refused', (_, text, reason) => {
    expect(reasons(['f', text])).toEqual([['f', reason]]);
  });

  test('a file nested a million levels deep is refused as not a record, quickly and without a stack overflow [F-HR-DEEP-NESTING]', () => {
    const depth = 1_000_000;
    const started = performance.now();
    const arrays = run(['arrays.json', '['.repeat(depth) + ']'.repeat(depth)]);
    const objects = run(['objects.json', '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)]);
    expect(arrays.problems).toEqual([{ source: 'arrays.json #1', reason: 'not-a-record' }]);
    expect(objects.problems).toEqual([{ source: 'objects.json', reason: 'not-a-record' }]);
    expect(arrays.records.concat(objects.records)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000); // about 1 s on a busy two-core machine
  });

  test('bad entries in an array are listed by position while the good ones load [F-HR-WRONG-SHAPE]', () => {
    const good = makeRecord();
    const result = run(['batch.json', JSON.stringify([good, { hello: 1 }, { ...makeRecord(), completed: false }])]);
    expect(result.records).toHaveLength(1);
    expect(result.problems.map((p) => [p.source, p.reason])).toEqual([['batch.json #2', 'not-a-record'], ['batch.json #3', 'code-mismatch']]);
  });

  test('a text with several pieces names the line of each refused one [F-HR-NOT-JSON]', () => {
    const result = run(['paste', `${summaryLine(makeRecord())}\nhello\nCSCR1:{oops}`]);
    expect(result.problems.map((p) => [p.source, p.reason])).toEqual([['paste:2', 'not-a-record'], ['paste:3', 'unreadable']]);
  });

  test('sizeProblem refuses only what is over the limit and says the limit [F-HR-HUGE-FILE]', () => {
    expect(sizeProblem('big.json', MAX_FILE_BYTES + 1, MAX_FILE_BYTES)).toEqual({ source: 'big.json', reason: 'too-large', detail: String(MAX_FILE_BYTES) });
    expect(sizeProblem('ok.json', MAX_FILE_BYTES, MAX_FILE_BYTES)).toBeNull();
  });
});

describe('importTexts: duplicates', () => {
  test('the same learner twice keeps the newest record and says which it replaced [F-HR-DUPLICATES]', () => {
    const old = makeRecord({ learnerId: 'same', name: '赵六', issuedAt: '2026-03-01T00:00:00.000Z', completed: false });
    const fresh = makeRecord({ learnerId: 'same', name: '赵六', issuedAt: '2026-03-05T00:00:00.000Z' });
    for (const order of [[['new.json', recordFile(fresh)], ['old.json', recordFile(old)]], [['old.json', recordFile(old)], ['new.json', recordFile(fresh)]]] as [string, string][][]) {
      const result = run(...order);
      expect(result.records).toHaveLength(1);
      expect(result.records[0]).toMatchObject({ completed: true, source: 'new.json' });
      expect(result.replaced).toEqual([{ name: '赵六', kept: 'new.json', dropped: 'old.json', why: 'newer' }]);
    }
  });

  test('summaries of the same name and employee number count once; case and full-width digits do not matter [F-HR-DUPLICATES]', () => {
    const a = makeRecord({ name: 'Ann Lee', employeeNo: 'E1', completedAt: '2026-03-01T00:00:00.000Z' });
    const b = makeRecord({ name: 'ann lee', employeeNo: 'Ｅ１', completedAt: '2026-03-04T00:00:00.000Z' });
    const result = run(['qr', `${summaryLine(b)}\n${summaryLine(a)}`]);
    expect(result.records.map((r) => r.name)).toEqual(['ann lee']);
    expect(result.replaced).toHaveLength(1);
  });

  test('a full record replaces the QR summary of the same person [F-HR-DUPLICATES]', () => {
    const record = makeRecord({ name: '钱七' });
    const result = run(['qr', summaryLine(record)], ['r.json', recordFile(record)]);
    expect(result.records.map((r) => r.kind)).toEqual(['record']);
    expect(result.replaced).toEqual([{ name: '钱七', kept: 'r.json', dropped: 'qr', why: 'full-record' }]);
  });

  test('a later import merges with the learners already loaded [F-HR-DUPLICATES]', () => {
    const first = run(['a.json', recordFile(makeRecord({ learnerId: 'x', issuedAt: '2026-03-01T00:00:00.000Z' }))]);
    const again = importTexts([{ name: 'b.json', text: recordFile(makeRecord({ learnerId: 'x', issuedAt: '2026-03-09T00:00:00.000Z' })) }], COURSE_ID, first.records);
    expect(again.records.map((r) => r.source)).toEqual(['b.json']);
  });
});

describe('10,000 records', () => {
  test('import in well under the time a page may freeze for, in chunks [F-HR-FLOOD]', async () => {
    const records = Array.from({ length: 10_000 }, () => makeRecord());
    const files = Array.from({ length: 20 }, (_, i) => ({ name: `part-${i}.json`, text: JSON.stringify(records.slice(i * 500, (i + 1) * 500)) }));
    let pauses = 0;
    const started = performance.now();
    const result = await importTextsAsync(files, COURSE_ID, [], async () => void (pauses += 1));
    const ms = performance.now() - started;
    console.info(`10,000 records imported in ${Math.round(ms)} ms (${pauses} pauses)`);
    expect(result.records).toHaveLength(10_000);
    expect(result.problems).toEqual([]);
    expect(pauses).toBeGreaterThanOrEqual(49);
    expect(ms).toBeLessThan(15_000); // generous: about 1 s on a busy two-core machine
  }, 30_000);
});

test('the fixtures sign records the way the contract checks them', () => {
  const record = makeRecord();
  expect(verificationCode(record)).toBe(record.code);
});
