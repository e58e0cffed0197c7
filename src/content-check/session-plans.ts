import { sessionPlanSchema, type SessionPlan } from '../schemas/session-plan';
import { zodIssues, type ContentIssue } from './issues';
import type { RawFile } from './read';

/** What a session plan may refer to: module → its lessons, and the IDs of scored activities. */
export interface PlanRefs {
  moduleLessons: ReadonlyMap<string, readonly string[]>;
  quizIds: ReadonlySet<string>;
  rolePlayIds: ReadonlySet<string>;
  classifierIds: ReadonlySet<string>;
}

/** The case-method steps every plan follows, in this order (seed 004). */
const CASE_METHOD = ['opener', 'analysis', 'concepts', 'practice', 'summary'] as const;

/** Problems a schema cannot see: references, the minutes' sum, the order of the case-method steps. */
function planProblems(plan: SessionPlan, refs: PlanRefs): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const lessons = refs.moduleLessons.get(plan.module);
  if (!lessons) problems.push({ field: 'module', message: `module "${plan.module}" is not in content/course.yaml` });
  const lesson = (field: string, id: string) => {
    if (lessons && !lessons.includes(id)) problems.push({ field, message: `lesson "${id}" is not a lesson of module "${plan.module}"` });
  };
  plan.agenda.forEach((block, i) => {
    block.lessons.forEach((id, j) => lesson(`agenda[${i}].lessons[${j}]`, id));
    const refsOf: Array<[keyof typeof block, ReadonlySet<string>, string]> = [
      ['roleplay', refs.rolePlayIds, 'content/roleplays'],
      ['classifier', refs.classifierIds, 'content/classifiers'],
      ['quiz', refs.quizIds, 'content/quizzes'],
    ];
    for (const [key, ids, where] of refsOf) {
      const id = block[key];
      if (typeof id === 'string' && !ids.has(id)) problems.push({ field: `agenda[${i}].${key}`, message: `"${id}" does not exist in ${where}` });
    }
  });
  plan.discussion.forEach((q, i) => q.lesson && lesson(`discussion[${i}].lesson`, q.lesson));
  const total = plan.agenda.reduce((sum, b) => sum + b.minutes, 0);
  if (total !== plan.durationMinutes) problems.push({ field: 'durationMinutes', message: `is ${plan.durationMinutes} but the agenda adds up to ${total} minutes` });
  const firsts = CASE_METHOD.map((phase) => plan.agenda.findIndex((b) => b.phase === phase));
  CASE_METHOD.forEach((phase, i) => {
    if (firsts[i] === -1) problems.push({ field: 'agenda', message: `has no "${phase}" block (the case method: ${CASE_METHOD.join(' → ')})` });
  });
  const present = firsts.filter((f) => f >= 0);
  if (present.some((f, i) => i > 0 && f < present[i - 1]!))
    problems.push({ field: 'agenda', message: `the case-method steps start out of order: ${CASE_METHOD.join(' → ')}` });
  return problems;
}

/** Validates session plan files: schema, ID = file name = `sp-<module>`, one plan per module, references, minutes, case-method order. */
export function checkSessionPlans(files: RawFile[], refs: PlanRefs): { plans: Array<{ file: string; plan: SessionPlan }>; issues: ContentIssue[] } {
  const plans: Array<{ file: string; plan: SessionPlan }> = [];
  const issues: ContentIssue[] = [];
  for (const raw of files) {
    if (raw.data === undefined) continue;
    const parsed = sessionPlanSchema.safeParse(raw.data);
    if (!parsed.success) {
      issues.push(...zodIssues(raw.file, parsed.error));
      continue;
    }
    const plan = parsed.data;
    const problems = planProblems(plan, refs);
    const expected = raw.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (plan.id !== expected) problems.push({ field: 'id', message: `session plan ID "${plan.id}" must equal the file name "${expected}"` });
    if (plan.id !== `sp-${plan.module}`) problems.push({ field: 'id', message: `the plan of module "${plan.module}" is called "sp-${plan.module}"` });
    if (plans.some((p) => p.plan.module === plan.module)) problems.push({ field: 'module', message: `module "${plan.module}" already has a session plan` });
    issues.push(...problems.map((p) => ({ file: raw.file, ...p })));
    if (problems.length === 0) plans.push({ file: raw.file, plan });
  }
  return { plans, issues };
}
