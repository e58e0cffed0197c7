import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { LearnerEvent } from '../../src/lib/progress/events';
import type { CourseOutline } from '../../src/lib/progress/outline';

/**
 * Learner records for the completion-record tests, made from the outline the built pages
 * carry (#course-outline), so they use the real lesson, quiz and module-test IDs.
 */

const html = readFileSync(fileURLToPath(new URL('../../dist/en/index.html', import.meta.url)), 'utf8');
/** The course outline of the built site. */
export const outline = JSON.parse(html.match(/<script type="application\/json" id="course-outline">(.*?)<\/script>/s)![1]!) as CourseOutline;

/** Module test IDs in course order. */
export const testIds = outline.modules.flatMap((m) => (m.test ? [m.test] : []));

/** Every lesson read with its quizzes passed, and every module test passed (at 90 %), one minute apart. */
export function completedEvents(): LearnerEvent[] {
  const events: LearnerEvent[] = [];
  let minute = 0;
  const add = (e: Omit<LearnerEvent, 'id' | 'timestamp'>) => {
    minute += 1;
    events.push({ ...e, id: `e${events.length + 1}`, timestamp: new Date(Date.UTC(2026, 2, 2, 8, minute)).toISOString() });
  };
  const pass = (id: string, scaled: number) => {
    const type = id.startsWith('rp-') ? 'roleplay' : 'quiz';
    add({ verb: 'attempted', object: { type, id }, context: { attempt: 1 } });
    add({ verb: 'passed', object: { type, id }, result: { score: { raw: scaled * 10, max: 10, scaled }, success: true, completion: true }, context: { attempt: 1 } });
  };
  for (const module of outline.modules) {
    for (const lesson of module.lessons) {
      add({ verb: 'experienced', object: { type: 'lesson', id: lesson.id } });
      for (const id of lesson.quizIds) pass(id, 1);
      add({ verb: 'completed', object: { type: 'lesson', id: lesson.id } });
    }
    if (module.test) pass(module.test, 0.9);
  }
  return events;
}

/** A learner part-way: the first `tests` modules done (lessons and test), nothing else. */
export function partialEvents(tests: number): LearnerEvent[] {
  const all = completedEvents();
  const lastTest = testIds[tests - 1];
  const end = lastTest ? all.findIndex((e) => e.verb === 'passed' && e.object.id === lastTest) + 1 : 0;
  return all.slice(0, end);
}

/** Put a learner record (and optionally an identity) in localStorage before the site's scripts run, once per test. */
export async function seed(page: Page, events: LearnerEvent[], identity?: object): Promise<void> {
  const record = JSON.stringify({ schemaVersion: 2, learnerId: 'learner-e2e', events });
  await page.addInitScript(
    ([text, who]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('cs-course:record', text!);
      if (who) localStorage.setItem('cs-course:identity', who);
      sessionStorage.setItem('seeded', '1');
    },
    [record, identity ? JSON.stringify(identity) : ''],
  );
}
