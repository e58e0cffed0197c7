import { describe, expect, it } from 'vitest';
import { formatPolicy, headerPolicy, lrsSource, metaPolicy, parsePolicy, siteDirectives, unionPolicies } from '../../../src/lib/security/csp';

describe('lrsSource', () => {
  it.each([
    ['https://lrs.example.com/xapi/', 'https://lrs.example.com'],
    ['http://localhost:8080/data/xAPI', 'http://localhost:8080'],
    [undefined, undefined],
    ['', undefined],
    ['not a url', undefined],
    ['javascript:alert(1)', undefined],
  ])('names the origin of %j as %j', (endpoint, source) => {
    expect(lrsSource(endpoint)).toBe(source);
  });
});

describe('siteDirectives', () => {
  it('lets pages connect to the site only when no LRS is configured', () => {
    expect(siteDirectives()).toContain("connect-src 'self'");
  });
  it('adds the build-time LRS origin to connect-src', () => {
    expect(siteDirectives('https://lrs.example.com/xapi/')).toContain("connect-src 'self' https://lrs.example.com");
  });
  it('forbids plugins, foreign base URLs and foreign form targets', () => {
    expect(siteDirectives()).toEqual(expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]));
  });
  it('never carries frame-ancestors, which a meta policy cannot set', () => {
    expect(siteDirectives().some((d) => d.startsWith('frame-ancestors'))).toBe(false);
  });
});

describe('policies', () => {
  it('reads the policy of a page meta, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self' 'sha256-a='"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-a='");
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });

  it('parses directives and keeps the first of a repeated one, as browsers do', () => {
    const p = parsePolicy("default-src 'self';img-src 'self' data: ; img-src *;");
    expect([...p]).toEqual([['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']]]);
  });

  it("merges the pages' policies into one that allows every page's hashes", () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'");
    expect(formatPolicy(unionPolicies([a, b]))).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'");
  });

  it('adds frame-ancestors to the header: the site alone, or the site and the LMS', () => {
    const union = parsePolicy("default-src 'self'");
    expect(headerPolicy(union)).toBe("default-src 'self'; frame-ancestors 'self'");
    expect(headerPolicy(union, ['https://lms.example.com'])).toBe("default-src 'self'; frame-ancestors 'self' https://lms.example.com");
  });
});
