import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrShape } from '../../../src/lib/records/qr';

describe('qrShape', () => {
  const text = 'CSCR1:{"name":"王小明","department":"客服"}';
  const shape = qrShape(text);

  it('draws one unit square per dark module of the code, quiet zone included', () => {
    const { data, size } = encode(text, { ecc: 'M', border: 4 });
    expect(shape.size).toBe(size);
    const dark = data.flat().filter(Boolean).length;
    expect(shape.path.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark);
    expect(shape.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
  });

  it('fits the longest summary a learner can make (80-character Chinese name, 40-character department, nine tests)', () => {
    const tests = Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`q-m${k}-test`, 0.8125]));
    const summary = { courseId: 'cs-course', name: '长'.repeat(80), employeeNo: 'E'.repeat(40), department: '部'.repeat(40), completed: true, completedAt: '2026-03-30T10:00:00.000Z', score: 0.8125, tests, recordCode: 'ABCD-EF01-2345', code: 'ABCD-EF01-2345' };
    // Version 25 (117 modules plus the quiet zone) still prints at 0.5 mm a module in 6 cm.
    expect(qrShape(`CSCR1:${JSON.stringify(summary)}`).size).toBeLessThanOrEqual(117 + 8);
  });
});
