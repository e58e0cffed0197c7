import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/lib/records/csv';
import { CSV_COLUMNS, recordCsv, recordFileName, recordJson, type CsvLabels } from '../../../src/lib/records/export';
import { codeMatches, signRecord, type CompletionRecord, type UnsignedRecord } from '../../../src/lib/records/record';

const unsigned: UnsignedRecord = {
  format: 'cs-course-completion',
  version: 1,
  courseId: 'cs-course',
  locale: 'zh-CN',
  learner: { name: '王小明', employeeNo: '=HYPERLINK("http://x")', department: '+客服, "二部"', learnerId: 'l-1' },
  issuedAt: '2026-04-01T08:00:00.000Z',
  completed: true,
  completedAt: '2026-03-30T10:00:00.000Z',
  score: 0.8625,
  modules: [{ id: 'm1', status: 'completed' }],
  quizzes: [
    { id: 'q-a', moduleId: 'm1', isTest: false, state: 'passed', best: 1, attempts: 2, lastAt: '2026-03-29T10:00:00.000Z' },
    { id: 'q-test', moduleId: 'm1', isTest: true, state: 'passed', best: 0.8625, attempts: 1, lastAt: '2026-03-30T10:00:00.000Z' },
  ],
};
const record = signRecord(unsigned);
const labels: CsvLabels = {
  columns: Object.fromEntries(CSV_COLUMNS.map((c) => [c, `[${c}]`])) as CsvLabels['columns'],
  states: { 'not-started': '未开始', 'in-progress': '进行中', passed: '已通过', failed: '未通过' },
  yes: '是',
  no: '否',
  quizTitles: { 'q-a': '什么是服务' },
};

describe('recordCsv', () => {
  const csv = recordCsv(record, labels);
  const rows = Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;

  it('starts with a byte-order mark so Excel reads the Chinese', () => {
    expect(csv.startsWith(BOM)).toBe(true);
  });

  it('has the header and one row per quiz with the learner columns repeated', () => {
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => `[${c}]`));
    expect(rows).toHaveLength(3);
    const at = (row: string[], c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
    expect(rows.slice(1).map((r) => [at(r, 'name'), at(r, 'quiz'), at(r, 'quizTitle'), at(r, 'test'), at(r, 'state'), at(r, 'best'), at(r, 'attempts')])).toEqual([
      ['王小明', 'q-a', '什么是服务', '否', '已通过', '100', '2'],
      ['王小明', 'q-test', 'q-test', '是', '已通过', '86.3', '1'],
    ]);
    expect(at(rows[1]!, 'score')).toBe('86.3');
    expect(at(rows[1]!, 'code')).toBe(record.code);
  });

  it('defuses cells a spreadsheet would run as formulas and keeps commas and quotes inside a cell [F-RECORDS-CSV-INJECTION]', () => {
    const row = rows[1]!;
    expect(row[CSV_COLUMNS.indexOf('employeeNo')]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[CSV_COLUMNS.indexOf('department')]).toBe(`'+客服, "二部"`);
  });

  it('still lists the learner when the course has no quizzes', () => {
    const none = signRecord({ ...unsigned, quizzes: [] });
    const parsed = Papa.parse<string[]>(recordCsv(none, labels).slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(2);
    expect(parsed[1]![0]).toBe('王小明');
  });
});

describe('recordJson', () => {
  it('parses back to a record whose code still matches', () => {
    const back = JSON.parse(recordJson(record)) as CompletionRecord;
    expect(back).toEqual(record);
    expect(codeMatches(back)).toBe(true);
  });
});

describe('recordFileName', () => {
  it.each([
    ['王小明', 'cs-course-record-王小明-2026-04-01.json'],
    ['Ann  Lee', 'cs-course-record-Ann-Lee-2026-04-01.json'],
    ['../../etc/passwd', 'cs-course-record-etc-passwd-2026-04-01.json'],
    ['a<b>:c?', 'cs-course-record-a-b-c-2026-04-01.json'],
    ['', 'cs-course-record-learner-2026-04-01.json'],
  ])('names the file of %j %j', (name, expected) => {
    expect(recordFileName({ ...record, learner: { ...record.learner, name } }, 'json')).toBe(expected);
  });
});
