import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { BOM } from '../../../src/lib/records/csv';
import { importTexts } from '../../../src/lib/records/import';
import { matrixColumns } from '../../../src/lib/records/matrix';
import { matrixCsv, rosterCsv } from '../../../src/lib/records/roster-csv';
import { rosterRows } from '../../../src/lib/records/roster';
import { COURSE_ID, makeRecord, outline, recordFile, summaryLine } from './fixtures';

const labels = {
  name: '姓名', employeeNo: '工号', department: '部门', completed: '已完成', completedAt: '完成时间', score: '得分', tests: '单元测试', kind: '来源',
  yes: '是', no: '否', record: '学习记录', summary: '二维码摘要',
};
const records = importTexts(
  [
    { name: 'a', text: recordFile(makeRecord({ name: '=cmd|"/c calc"!A1', department: '客服, "一部"' })) },
    { name: 'b', text: summaryLine(makeRecord({ name: '陈小明', employeeNo: '+86', completed: false })) },
  ],
  COURSE_ID,
).records;
const rows = rosterRows(records, outline);
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;

test('the roster CSV has a BOM, the locale header, Chinese names intact and formula cells defused [F-HR-CSV-INJECTION]', () => {
  const csv = rosterCsv(rows, labels);
  expect(csv.startsWith(BOM)).toBe(true);
  expect(parse(csv)).toEqual([
    ['姓名', '工号', '部门', '已完成', '完成时间', '得分', '单元测试', '来源'],
    [`'=cmd|"/c calc"!A1`, '', '客服, "一部"', '是', '2026-03-02T10:00:00.000Z', '90', '2/2', '学习记录'],
    ['陈小明', "'+86", '', '否', '', '', '0/2', '二维码摘要'],
  ]);
});

test('the matrix CSV has a column per quiz with state and best score', () => {
  const state = { passed: 'Passed', failed: 'Failed', 'in-progress': 'In progress', 'not-started': 'Not started', unknown: 'Unknown' };
  const csv = matrixCsv(rows, matrixColumns(outline), 0.8, { name: 'Name', employeeNo: 'No.', quizTitle: (c) => `=${c.quizId}`, state });
  const [header, first, second] = parse(csv);
  expect(header).toEqual(['Name', 'No.', "'=q-a", "'=q-b", "'=t1", "'=q-c", "'=t2"]);
  expect(first).toEqual([`'=cmd|"/c calc"!A1`, '', 'Passed 90%', 'Passed 90%', 'Passed 90%', 'Passed 90%', 'Passed 90%']);
  expect(second).toEqual(['陈小明', "'+86", 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown']);
});
