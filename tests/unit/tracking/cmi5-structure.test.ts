import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auIriOf, cmi5Structure, type Cmi5StructureInput } from '../../../src/lib/tracking/cmi5-structure';

const xsd = fileURLToPath(new URL('../../../../shared/scorm/cmi5/CourseStructure.xsd', import.meta.url));
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// As manifest.test.ts: in CI the validator must run; elsewhere xmllint or ../shared may be absent.
const canValidate = (hasXmllint && existsSync(xsd)) || !!process.env.CI;

const input: Cmi5StructureInput = {
  courseIri: 'https://course.example.com/xapi/cs-course',
  title: { 'zh-CN': '客户服务与客户关系管理', en: 'Customer Service & <CRM>' },
  description: { 'zh-CN': '面向一线员工与管理者的自学课程。', en: 'A self-paced course.' },
  launch: 'lms/index.html',
  passMark: 0.8,
};

/** xmllint's complaints about a course structure, '' when it is valid. */
function validate(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cmi5-')), 'cmi5.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    return '';
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err);
  }
}

describe('the cmi5 course structure', () => {
  it.runIf(canValidate)('validates against the cmi5 CourseStructure.xsd', () => {
    expect(validate(cmi5Structure(input))).toBe('');
  });

  it.runIf(canValidate)('a structure with a wrong moveOn does not validate (the check can fail)', () => {
    expect(validate(cmi5Structure(input).replace('CompletedAndPassed', 'CompletedAndPaid'))).not.toBe('');
  });

  it('has one AU launching the launch file, moveOn CompletedAndPassed, the pass mark as masteryScore, in its own window', () => {
    const xml = cmi5Structure(input);
    expect(xml.match(/<au /g)).toHaveLength(1);
    expect(xml).toContain(`<au id="${auIriOf(input.courseIri)}" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="OwnWindow">`);
    expect(xml).toContain('<url>lms/index.html</url>');
  });

  it('titles and describes the course and the AU in both locales, escaped for XML', () => {
    const xml = cmi5Structure(input);
    expect(xml.match(/<langstring lang="zh-CN">客户服务与客户关系管理<\/langstring>/g)).toHaveLength(2);
    expect(xml.match(/<langstring lang="en">Customer Service &amp; &lt;CRM&gt;<\/langstring>/g)).toHaveLength(2);
    expect(xml.match(/<langstring lang="en">A self-paced course.<\/langstring>/g)).toHaveLength(2);
  });

  it('writes the masteryScore with at most four decimals', () => {
    expect(cmi5Structure({ ...input, passMark: 2 / 3 })).toContain('masteryScore="0.6667"');
  });
});
