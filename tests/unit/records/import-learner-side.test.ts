import { expect, test } from 'vitest';
import { buildRecord } from '../../../src/lib/records/build';
import { importTexts } from '../../../src/lib/records/import';
import { encodeSummary, summaryOf } from '../../../src/lib/records/record';
import { rosterRows } from '../../../src/lib/records/roster';
import { completedCourse, realOutline } from '../tracking/course';

// The two sides of the contract together: what My progress issues, the HR page loads.
test('a record My progress builds for the whole real course, and its QR summary, import without a problem', () => {
  const outline = realOutline();
  const record = buildRecord(completedCourse(), outline, { name: '王小明', employeeNo: 'E-1024', department: '客服二部' }, {
    courseId: 'cs-course',
    locale: 'zh-CN',
    learnerId: '0b6f3c7e-1d2a-4c5b-9e8f-123456789abc',
    now: new Date('2026-04-01T08:00:00.000Z'),
  });
  const result = importTexts([{ name: 'record.json', text: JSON.stringify(record, null, 2) }, { name: 'qr', text: encodeSummary(summaryOf(record)) }], 'cs-course');
  expect(result.problems).toEqual([]);
  expect(result.records.map((r) => r.kind)).toEqual(['record']);
  expect(result.replaced).toEqual([{ name: '王小明', kept: 'record.json', dropped: 'qr', why: 'full-record' }]);
  const [row] = rosterRows(result.records, outline);
  expect(row).toMatchObject({ completed: true, testsTotal: 8, testsPassed: 8 });
});
