import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAULTS, type Fault } from '../faults';
import { catalogueProblems, countByArea, faultCountLine, tagsIn } from '../faults/check';

const testsDir = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** Every unit, content and e2e test file under tests/ (this one holds made-up IDs: left out), by path under tests/. */
function testFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, d.name);
      if (d.isDirectory()) walk(abs);
      else if (/\.(test|spec)\.ts$/.test(d.name) && abs !== self) files.set(relative(testsDir, abs).split(sep).join('/'), readFileSync(abs, 'utf8'));
    }
  };
  walk(testsDir);
  return files;
}

const files = testFiles();

describe('the fault catalogue (tests/faults.ts)', () => {
  it('has a test carrying each fault, in exactly the files it names, and no tag of an unknown fault', () => {
    expect(files.size).toBeGreaterThan(50);
    expect(catalogueProblems(FAULTS, files)).toEqual([]);
  });

  it('states in the README the count by area computed from the catalogue and the tests', () => {
    const line = faultCountLine(FAULTS, files);
    console.info(`Fault catalogue: ${line}\n${countByArea(FAULTS, files).map((r) => `  ${r.area.padEnd(10)} ${String(r.faults).padStart(3)} faults ${String(r.tests).padStart(4)} tests`).join('\n')}`);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(readme.includes(line), `README "Tests and budgets" should say: ${line}`).toBe(true);
  });
});

describe('the catalogue check', () => {
  const fault = (id: string, tests: string[]): Fault => ({ id, area: 'storage', fault: 'f', expected: 'e', tests });
  const sources = new Map([
    ['unit/a.test.ts', "it('keeps going [F-X-ONE]', () => {});\nit.each([['row [F-X-TWO]', 1]])('%s', () => {});"],
    ['e2e/b.spec.ts', "test('also [F-X-ONE]', () => {}); // [F-X-GONE] in a comment is in no title\n/* [F-X-GONE] */ const u = 'http://x//y';"],
  ]);

  it('finds tags in titles and table rows, and none in comments', () => {
    expect(tagsIn(sources.get('e2e/b.spec.ts')!)).toEqual(['F-X-ONE']);
    expect(tagsIn(sources.get('unit/a.test.ts')!)).toEqual(['F-X-ONE', 'F-X-TWO']);
  });

  it('passes a catalogue that matches its tests', () => {
    expect(catalogueProblems([fault('F-X-ONE', ['unit/a.test.ts', 'e2e/b.spec.ts']), fault('F-X-TWO', ['unit/a.test.ts'])], sources)).toEqual([]);
  });

  it('fails on an entry no test carries, an unknown tag, an ID listed twice, and files named wrongly', () => {
    const problems = catalogueProblems(
      [fault('F-X-ONE', ['unit/a.test.ts']), fault('F-X-ONE', ['unit/a.test.ts']), fault('F-X-GONE', ['unit/a.test.ts']), fault('F-X-THREE', ['unit/c.test.ts'])],
      sources,
    );
    expect(problems).toEqual([
      'F-X-ONE: listed twice in the catalogue',
      'unit/a.test.ts: carries [F-X-TWO], which is not in the catalogue',
      'F-X-ONE: e2e/b.spec.ts carries it but the entry does not name it',
      'F-X-GONE: no test carries it',
      'F-X-THREE: no test carries it',
    ]);
    expect(catalogueProblems([fault('F-X-ONE', ['unit/a.test.ts', 'e2e/b.spec.ts', 'unit/c.test.ts']), fault('F-X-TWO', ['unit/a.test.ts'])], sources)).toEqual([
      'F-X-ONE: unit/c.test.ts is named but has no test carrying it',
    ]);
  });

  it('counts faults and tagged titles per area', () => {
    const counts = countByArea([fault('F-X-ONE', []), { ...fault('F-X-TWO', []), area: 'LMS' }], sources);
    expect(counts.find((c) => c.area === 'storage')).toEqual({ area: 'storage', faults: 1, tests: 2 });
    expect(counts.find((c) => c.area === 'LMS')).toEqual({ area: 'LMS', faults: 1, tests: 1 });
    expect(faultCountLine([fault('F-X-ONE', [])], sources)).toMatch(/^1 faults, 2 tagged test titles: storage 1 \(2\), tabs 0 \(0\)/);
  });
});
