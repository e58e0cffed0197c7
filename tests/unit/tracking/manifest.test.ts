import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifest12, manifest2004, type ManifestInput } from '../../../src/lib/tracking/manifest';

const shared = fileURLToPath(new URL('../../../../shared/scorm/', import.meta.url));
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// In CI the validator must run (.ci/run installs libxml2-utils); elsewhere it may be absent.
const canValidate = (hasXmllint && existsSync(shared)) || !!process.env.CI;

const input: ManifestInput = {
  courseId: 'cs-course',
  title: '客户服务与客户关系管理 & <CRM>',
  launch: 'index.html',
  files: ['_astro/a.js', 'lessons/m1/what-is-service/index.html', 'index.html', 'data/roleplays/rp-x.en.json'],
  passMark: 0.8,
};

/** Runs xmllint on a manifest; returns its stderr when validation fails, '' when it passes. */
function validate(xml: string, schema: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const file = join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(shared, 'validate', schema), file], {
      env: { ...process.env, XML_CATALOG_FILES: join(shared, 'validate', 'catalog.xml') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return '';
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err);
  }
}

describe('SCORM manifests', () => {
  it.runIf(canValidate)('the SCORM 1.2 manifest validates against the official schemas', () => {
    expect(validate(manifest12(input), 'scorm12-all.xsd')).toBe('');
  });

  it.runIf(canValidate)('the SCORM 2004 4th edition manifest validates against the official schemas', () => {
    expect(validate(manifest2004(input), 'scorm2004-4th-all.xsd')).toBe('');
  });

  it.runIf(canValidate)('a broken manifest does not validate (the check can fail)', () => {
    expect(validate(manifest12(input).replace('<organizations', '<organisations').replace('</organizations', '</organisations'), 'scorm12-all.xsd')).not.toBe('');
  });

  it('spells scormtype as each version does, with its schema version string', () => {
    const m12 = manifest12(input);
    const m2004 = manifest2004(input);
    expect(m12).toContain('adlcp:scormtype="sco"');
    expect(m12).not.toContain('scormType');
    expect(m12).toContain('<schemaversion>1.2</schemaversion>');
    expect(m2004).toContain('adlcp:scormType="sco"');
    expect(m2004).not.toContain('scormtype');
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('carries the course pass mark as the 1.2 mastery score and the 2004 minimum normalised measure', () => {
    expect(manifest12(input)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest2004(input)).toMatch(/satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8<\/imsss:minNormalizedMeasure>/);
  });

  it('gives every item a title and points every identifierref at a resource, listing each file once', () => {
    for (const xml of [manifest12(input), manifest2004(input)]) {
      const items = [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/g)];
      expect(items.length).toBe(1);
      for (const [, body] of items) expect(body).toMatch(/<title>[^<]+<\/title>/);
      const refs = [...xml.matchAll(/identifierref="([^"]+)"/g)].map((m) => m[1]);
      const resources = [...xml.matchAll(/<resource identifier="([^"]+)"/g)].map((m) => m[1]);
      for (const ref of refs) expect(resources).toContain(ref);
      const files = [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
      expect(files.filter((f) => f === 'index.html')).toHaveLength(1);
      expect(files).toHaveLength(4);
    }
  });

  it('escapes titles and paths for XML', () => {
    expect(manifest12(input)).toContain('<title>客户服务与客户关系管理 &amp; &lt;CRM&gt;</title>');
  });
});
