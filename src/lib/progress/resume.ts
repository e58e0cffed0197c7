import { lessonStatus, quizStatus, testRequired } from './derive';
import type { LearnerEvent } from './events';
import { factsOf } from './facts';
import type { CourseOutline } from './outline';

/** Where the learner should go next. */
export interface ResumeTarget {
  /** A lesson, or a module test once its module's lessons come before it. */
  kind: 'lesson' | 'test';
  /** Lesson ID or quiz ID. */
  id: string;
  moduleId: string;
  /** Lesson title, or test title (the module title when the outline has none). */
  title?: string;
  href?: string;
  /**
   * continue: an opened lesson not yet complete; next: the first incomplete step after
   * the lesson opened last; start: no lesson opened yet.
   */
  reason: 'continue' | 'next' | 'start';
}

interface Step extends Omit<ResumeTarget, 'reason'> {
  done: boolean;
  /** When a lesson was last opened (ms); undefined for tests and unopened lessons. */
  seenAt?: number;
}

/** The course's steps in order: each module's lessons, then its test when the rules require it. */
function steps(events: readonly LearnerEvent[], outline: CourseOutline): Step[] {
  const { lessonSeen } = factsOf(events);
  return outline.modules.flatMap((m) => {
    const lessons: Step[] = m.lessons.map((l) => ({
      kind: 'lesson',
      id: l.id,
      moduleId: m.id,
      title: l.title,
      href: l.href,
      done: lessonStatus(events, l, outline.rules) === 'completed',
      seenAt: lessonSeen.get(l.id),
    }));
    if (!testRequired(m, outline.rules)) return lessons;
    const test: Step = { kind: 'test', id: m.test, moduleId: m.id, title: m.testTitle ?? m.title, href: m.testHref, done: quizStatus(events, m.test).passed };
    return [...lessons, test];
  });
}

const target = ({ done: _done, seenAt: _seenAt, ...step }: Step, reason: ResumeTarget['reason']): ResumeTarget => ({ ...step, reason });

/**
 * The step to continue with: the most recently opened lesson that is not complete;
 * else the first incomplete step after the most recently opened lesson (wrapping to
 * the start of the course); else null, when everything is done.
 */
export function resumeTarget(events: readonly LearnerEvent[], outline: CourseOutline): ResumeTarget | null {
  const all = steps(events, outline);
  let last = -1;
  let open = -1;
  all.forEach((s, i) => {
    if (s.seenAt === undefined) return;
    if (last < 0 || s.seenAt >= all[last]!.seenAt!) last = i;
    if (!s.done && (open < 0 || s.seenAt >= all[open]!.seenAt!)) open = i;
  });
  if (open >= 0) return target(all[open]!, 'continue');
  for (let k = 1; k <= all.length; k += 1) {
    const step = all[(last + k) % all.length]!;
    if (!step.done) return target(step, last < 0 ? 'start' : 'next');
  }
  return null;
}
