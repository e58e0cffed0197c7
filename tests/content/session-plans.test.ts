import { describe, expect, it } from 'vitest';
import type { ContentSources } from '../../src/content-check/read';
import { validateContent } from '../../src/content-check/validate';
import { validSources } from './fixtures';

type Plan = Record<string, unknown> & { agenda: Array<Record<string, unknown>>; discussion: Array<Record<string, unknown>> };
const plan = (s: ContentSources) => s.sessionPlans[0]!.data as Plan;
const issuesAfter = (breakIt: (p: Plan, s: ContentSources) => void) => {
  const s = validSources();
  breakIt(plan(s), s);
  return validateContent(s).issues.map((i) => `${i.file} · ${i.field} · ${i.message}`);
};

describe('session plans', () => {
  it('accepts a plan that follows the case method and adds up', () => {
    expect(validateContent(validSources()).issues).toEqual([]);
    expect(validateContent(validSources()).sessionPlans.map((p) => p.plan.id)).toEqual(['sp-m1']);
  });

  it.each([
    ['a missing English activity [F-CONTENT-MISSING-TRANSLATION]', (p: Plan) => (p.agenda[1]!.activity = { 'zh-CN': '做' }), /agenda\[1\]\.activity\.en · missing en translation/],
    ['minutes that do not add up [F-CONTENT-PLAN-MINUTES]', (p: Plan) => (p.durationMinutes = 90), /durationMinutes · is 90 but the agenda adds up to 60 minutes/],
    ['a case-method step left out [F-CONTENT-PLAN-CASE-METHOD]', (p: Plan) => (p.agenda[2]!.phase = 'break'), /agenda · has no "concepts" block/],
    ['the steps out of order [F-CONTENT-PLAN-CASE-METHOD]', (p: Plan) => p.agenda.reverse(), /agenda · the case-method steps start out of order/],
    ['a lesson of another module [F-CONTENT-PLAN-REFERENCE]', (p: Plan) => (p.agenda[0]!.lessons = ['m2/other']), /agenda\[0\]\.lessons\[0\] · lesson "m2\/other" is not a lesson of module "m1"/],
    ['a role-play that does not exist [F-CONTENT-PLAN-REFERENCE]', (p: Plan) => (p.agenda[3]!.roleplay = 'rp-nowhere'), /agenda\[3\]\.roleplay · "rp-nowhere" does not exist in content\/roleplays/],
    ['a quiz that does not exist [F-CONTENT-PLAN-REFERENCE]', (p: Plan) => (p.agenda[3]!.quiz = 'q-nowhere'), /agenda\[3\]\.quiz · "q-nowhere" does not exist in content\/quizzes/],
    ['an unknown module [F-CONTENT-PLAN-REFERENCE]', (p: Plan) => (p.module = 'm9'), /module · module "m9" is not in content\/course\.yaml/],
    ['an ID that is not sp-<module> [F-CONTENT-ID-NOT-FILE-NAME]', (p: Plan) => (p.id = 'plan-one'), /id · session plan ID "plan-one" must equal the file name "sp-m1"/],
    ['too few discussion questions [F-CONTENT-PLAN-DUPLICATE]', (p: Plan) => p.discussion.splice(1), /discussion · give at least three discussion questions/],
  ])('names the file, the field and the problem: %s', (_name, breakIt, message) => {
    const issues = issuesAfter(breakIt);
    expect(issues.some((i) => i.startsWith('content/session-plans/sp-m1.yaml') && message.test(i)), issues.join('\n')).toBe(true);
  });

  it('refuses a second plan for the same module [F-CONTENT-PLAN-DUPLICATE]', () => {
    const issues = issuesAfter((p, s) => s.sessionPlans.push({ file: 'content/session-plans/sp-m1b.yaml', data: { ...p, id: 'sp-m1b' } }));
    expect(issues).toContain('content/session-plans/sp-m1b.yaml · module · module "m1" already has a session plan');
  });
});
