import { getCollection } from 'astro:content';
import type { AgendaBlock, SessionPlan } from '../../schemas/session-plan';

/** Where a lesson appears in a session plan: the plan, the agenda blocks using it, its discussion questions. */
export interface LessonInPlan {
  plan: SessionPlan;
  blocks: AgendaBlock[];
  discussion: SessionPlan['discussion'];
}

/**
 * The session plans whose agenda teaches from a lesson (usually one: its module's), with the
 * blocks that name it and the discussion questions tied to it, for the presenter's notes.
 */
export async function lessonInPlans(lessonId: string): Promise<LessonInPlan[]> {
  const plans = (await getCollection('sessionPlans')).map((e) => e.data);
  return plans
    .map((plan) => ({
      plan,
      blocks: plan.agenda.filter((b) => b.lessons.includes(lessonId)),
      discussion: plan.discussion.filter((q) => q.lesson === lessonId),
    }))
    .filter((x) => x.blocks.length > 0 || x.discussion.length > 0);
}
