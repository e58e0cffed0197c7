import { describe, expect, test } from 'vitest';
import { importTexts } from '../../../src/lib/records/import';
import { departments, filterRows, pageOf, rosterRows, sortRows, type RosterFilter } from '../../../src/lib/records/roster';
import { COURSE_ID, makeRecord, outline, recordFile, summaryLine } from './fixtures';

const load = (texts: string[]) => importTexts(texts.map((text, i) => ({ name: `f${i}`, text })), COURSE_ID).records;

const people = load([
  recordFile(makeRecord({ name: '张三', department: '客服一部', employeeNo: 'A-10' })),
  recordFile(makeRecord({ name: 'Bob Smith', department: 'Sales', employeeNo: 'A-2', completed: false })),
  recordFile(makeRecord({ name: '李四', department: '客服二部', score: 0.55, issuedAt: '2026-03-04T00:00:00.000Z' })),
  summaryLine(makeRecord({ name: '王五', employeeNo: 'Ｂ７', department: 'Sales', score: 0.72 })),
]);
const rows = rosterRows(people, outline);
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('rosterRows', () => {
  test('gives each learner name, department, completion, score, tests passed of the total and what was loaded', () => {
    expect(rows[0]).toMatchObject({ name: '张三', employeeNo: 'A-10', department: '客服一部', completed: true, score: 0.9, testsPassed: 2, testsTotal: 2, kind: 'record' });
    expect(rows[1]).toMatchObject({ completed: false, score: null, testsPassed: 0 });
    expect(rows[3]).toMatchObject({ name: '王五', kind: 'summary', testsPassed: 2 });
  });

  test('a QR summary passes a test at the course pass mark', () => {
    const [low] = load([summaryLine(makeRecord({ quizzes: [{ id: 't1', moduleId: 'm1', isTest: true, state: 'failed', best: 0.79, attempts: 3, lastAt: null }] }))]);
    expect(rosterRows([low!], outline)[0]!.testsPassed).toBe(0);
  });
});

describe('filterRows', () => {
  const all: RosterFilter = { status: 'all', department: '', query: '' };
  test.each([
    [{ status: 'completed' }, ['张三', '李四', '王五']],
    [{ status: 'not-completed' }, ['Bob Smith']],
    [{ department: 'Sales' }, ['Bob Smith', '王五']],
    [{ query: '三' }, ['张三']],
    [{ query: '客服' }, ['张三', '李四']],
    [{ query: 'SMITH' }, ['Bob Smith']],
    [{ query: 'b7' }, ['王五']],
    [{ query: 'ａ-1' }, ['张三']],
    [{ query: 'sales', status: 'completed' }, ['王五']],
    [{ query: 'nobody' }, []],
  ] as [Partial<RosterFilter>, string[]][])('%j keeps %j', (filter, expected) => {
    expect(names(filterRows(rows, { ...all, ...filter }))).toEqual(expected);
  });

  test('lists each department once, sorted', () => {
    expect(departments(rows, 'en')).toEqual(['Sales', '客服二部', '客服一部'].sort(new Intl.Collator('en').compare));
  });
});

describe('sortRows', () => {
  test.each([
    ['score', 'asc', ['李四', '王五', '张三', 'Bob Smith']],
    ['score', 'desc', ['张三', '王五', '李四', 'Bob Smith']],
    ['employeeNo', 'asc', ['Bob Smith', '张三', '王五', '李四']],
    ['completed', 'asc', ['Bob Smith', '张三', '李四', '王五']],
    ['kind', 'desc', ['王五', '张三', 'Bob Smith', '李四']],
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(names(sortRows(rows, key, dir, 'en'))).toEqual(expected);
  });

  test('empty values go last in both directions', () => {
    expect(names(sortRows(rows, 'completedAt', 'asc', 'en')).at(-1)).toBe('Bob Smith');
    expect(names(sortRows(rows, 'completedAt', 'desc', 'en')).at(-1)).toBe('Bob Smith');
  });

  test('is stable: equal values keep their order whichever the direction', () => {
    const tied = ['张三', '李四', '王五'];
    expect(names(sortRows(rows, 'tests', 'desc', 'en')).slice(0, 3)).toEqual(tied);
    expect(names(sortRows(rows, 'tests', 'asc', 'en')).slice(1)).toEqual(tied);
  });

  test('sorts Chinese names by pinyin in zh-CN', () => {
    expect(names(sortRows(rows.filter((r) => r.name !== 'Bob Smith'), 'name', 'asc', 'zh-CN'))).toEqual(['李四', '王五', '张三']);
  });

  test('does not change the rows it was given', () => {
    const before = names(rows);
    sortRows(rows, 'name', 'desc', 'en');
    expect(names(rows)).toEqual(before);
  });
});

test('pageOf clamps the page and counts pages', () => {
  const list = Array.from({ length: 250 }, (_, i) => i);
  expect(pageOf(list, 2, 100)).toEqual({ rows: list.slice(200), page: 2, pages: 3 });
  expect(pageOf(list, 9, 100).page).toBe(2);
  expect(pageOf([], 0, 100)).toEqual({ rows: [], page: 0, pages: 1 });
});
