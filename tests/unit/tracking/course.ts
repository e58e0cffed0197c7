import { fileURLToPath } from 'node:url';
import { isDrillId } from '../../../src/content-check/embeds';
import { readContentSources } from '../../../src/content-check/read';
import { validateContent } from '../../../src/content-check/validate';
import { drillToQuiz } from '../../../src/lib/classifier/drill';
import { serializeAnswers } from '../../../src/lib/classifier/protocol';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import type { CourseOutline } from '../../../src/lib/progress/outline';

/**
 * The real course (content/) as the tracking tests need it: the outline the pages build
 * from course.yaml and the lesson embeds, and a synthetic learner record that takes the
 * whole course the way a learner would (real lesson, quiz, item, scenario, node, reply,
 * classifier, item and option IDs; retries; role-play scores that are exact ratios).
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const content = validateContent(readContentSources(root));
if (content.issues.length) throw new Error(`content has problems: ${content.issues[0]!.message}`);

/** The outline as src/data/outline.ts builds it (IDs only: titles and links do not matter here). */
export function realOutline(): CourseOutline {
  const course = content.course!;
  const lessons = content.lessons.filter((l) => l.locale === 'en');
  return {
    rules: course.rules,
    modules: course.modules.map((m) => ({
      id: m.id,
      ...(m.test && { test: m.test }),
      lessons: m.lessons.map((id) => {
        const l = lessons.find((x) => x.meta.id === id);
        if (!l) throw new Error(`no lesson ${id}`);
        return { id, quizIds: [...l.quizEmbeds, ...l.classifierEmbeds.filter(isDrillId), ...l.rolePlayEmbeds] };
      }),
    })),
  };
}

const quizzes = new Map(content.quizzes.map(({ quiz }) => [quiz.id, quiz]));
for (const { classifier } of content.classifiers) if (classifier.kind === 'drill') quizzes.set(classifier.id, drillToQuiz(classifier));
const rolePlays = new Map(content.rolePlays.map(({ rolePlay }) => [rolePlay.id, rolePlay]));
const placements = new Map(content.classifiers.flatMap(({ classifier: c }) => (c.kind === 'placement' ? [[c.id, c] as const] : [])));
const placementsIn = new Map(content.lessons.filter((l) => l.locale === 'en').map((l) => [l.meta.id, l.classifierEmbeds.filter((id) => placements.has(id))]));

/** How often the learner needs another go: `typical` mixes first-time passes and retries, `worst` uses every attempt. */
export type Retries = 'typical' | 'worst';

/** mulberry32: a small seeded generator, so the record is the same on every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every step of the course taken to completion: lessons opened (some twice) and read, quizzes, drills, role-plays, module tests passed, placements made. */
/** A response in the form the site records for the item type (quiz/serialize.ts), right or wrong. */
function responseOf(type: string, right: boolean): string {
  switch (type) {
    case 'truefalse':
      return String(right);
    case 'multiple':
    case 'ordering':
      return right ? 'a[,]b' : 'b[,]a';
    case 'matching':
    case 'categorise':
    case 'case':
      return right ? 'a[.]x[,]b[.]y' : 'a[.]y[,]b[.]x';
    case 'fill':
      return right ? 'customer' : 'client';
    default:
      return right ? 'a' : 'b';
  }
}

export function completedCourse(retries: Retries = 'typical', seed = 7): LearnerEvent[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const events: LearnerEvent[] = [];
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  let counter = 0;
  const add = (e: Omit<LearnerEvent, 'id' | 'timestamp'>, minutes = 2) => {
    clock += Math.round((0.3 + random() * minutes) * 60_000 + random() * 999);
    events.push({ id: `e${(counter += 1)}`, timestamp: new Date(clock).toISOString(), ...e });
  };
  const tries = () => (retries === 'worst' ? 3 : random() < 0.65 ? 1 : random() < 0.8 ? 2 : 3);

  const takeQuiz = (id: string) => {
    const quiz = quizzes.get(id);
    if (!quiz) throw new Error(`no quiz ${id}`);
    const n = tries();
    for (let attempt = 1; attempt <= n; attempt += 1) {
      const pass = attempt === n;
      const drawn = [...quiz.items].sort(() => random() - 0.5).slice(0, quiz.draw ?? quiz.items.length);
      add({ verb: 'attempted', object: { type: 'quiz', id }, context: { attempt, seed: Math.floor(random() * 2 ** 32), itemIds: drawn.map((i) => i.id), locale: 'en' } }, 0.5);
      const max = drawn.reduce((sum, i) => sum + i.points, 0);
      // Enough right answers to pass (≥ 80 %) on the last attempt, too few before it.
      const right = pass ? Math.ceil(drawn.length * (0.8 + random() * 0.2)) : Math.floor(drawn.length * random() * 0.7);
      let raw = 0;
      drawn.forEach((item, k) => {
        const score = k < right ? item.points : 0;
        raw += score;
        const response = responseOf(item.type, k < right);
        add({ verb: 'answered', object: { type: 'item', id: item.id }, result: { score: { raw: score, max: item.points, scaled: score / item.points }, success: score > 0, response }, context: { parentId: id, attempt } }, 1);
      });
      const scaled = Math.round((raw / max) * 1e4) / 1e4;
      const passed = scaled >= 0.8;
      add({ verb: passed ? 'passed' : 'failed', object: { type: 'quiz', id }, result: { score: { raw, max, scaled }, success: passed, completion: true }, context: { attempt } }, 0.2);
    }
  };

  const playRolePlay = (id: string) => {
    const scenario = rolePlays.get(id);
    if (!scenario) throw new Error(`no role-play ${id}`);
    const n = tries();
    for (let attempt = 1; attempt <= n; attempt += 1) {
      add({ verb: 'attempted', object: { type: 'roleplay', id }, context: { attempt, locale: 'en' } }, 0.5);
      for (const node of scenario.nodes.slice(0, 4 + Math.floor(random() * 3))) {
        const reply = pick(node.replies);
        const top = 3;
        const raw = Math.floor(random() * 4);
        add({ verb: 'answered', object: { type: 'item', id: `${id}/${node.id}` }, result: { score: { raw, max: top, scaled: raw / top }, success: raw === top, response: reply.id }, context: { parentId: id, attempt } }, 1.5);
      }
      const passed = attempt === n;
      // As roleplay/score.ts computes it: the mean of each dimension's place between its bounds.
      const places = [0, 1, 2, 3].map(() => {
        const [min, max] = [-2 - Math.floor(random() * 4), 3 + Math.floor(random() * 6)];
        const total = passed ? max - Math.floor(random() * 2) : min + Math.floor(random() * (max - min) * 0.6);
        return (total - min) / (max - min);
      });
      const scaled = places.reduce((sum, p) => sum + p, 0) / places.length;
      const ending = pick(scenario.endings).id;
      add({ verb: passed ? 'passed' : 'failed', object: { type: 'roleplay', id }, result: { score: { raw: Math.round(scaled * 100), max: 100, scaled }, success: passed, completion: true, response: ending }, context: { attempt } }, 0.2);
    }
  };

  const place = (id: string) => {
    const placement = placements.get(id)!;
    const answers = Object.fromEntries(placement.items.map((item) => [item.id, pick(item.options).id]));
    add({ verb: 'completed', object: { type: 'classifier', id }, result: { completion: true, response: pick(placement.profiles).id, score: { raw: 40, max: 100, scaled: 0.4 }, extensions: { answers: serializeAnswers(answers), x: 0.25, y: -0.5 } }, context: { locale: 'en' } }, 4);
  };

  for (const module of realOutline().modules) {
    for (const lesson of module.lessons) {
      add({ verb: 'experienced', object: { type: 'lesson', id: lesson.id } }, 60 * 12); // the next day, often
      for (const id of placementsIn.get(lesson.id) ?? []) {
        // Some learners take a placement twice: the last answers are the ones shown again.
        for (let k = random() < 0.5 ? 2 : 1; k > 0; k -= 1) place(id);
      }
      for (const id of lesson.quizIds) (rolePlays.has(id) ? playRolePlay : takeQuiz)(id);
      if (random() < 0.3) add({ verb: 'experienced', object: { type: 'lesson', id: lesson.id } }, 30);
      add({ verb: 'completed', object: { type: 'lesson', id: lesson.id } }, 5);
    }
    if (module.test) takeQuiz(module.test);
  }
  return events;
}

/** IDs of the placements (classifiers that are not drills). */
export const placementIds = [...placements.keys()];

/** Counts of the real course, to show the record is the size the brief describes. */
export function courseSize() {
  const outline = realOutline();
  const lessons = outline.modules.flatMap((m) => m.lessons);
  const scored = lessons.flatMap((l) => l.quizIds);
  return {
    lessons: lessons.length,
    quizzes: scored.filter((id) => quizzes.has(id) && !isDrillId(id)).length + outline.modules.filter((m) => m.test).length,
    tests: outline.modules.filter((m) => m.test).length,
    rolePlays: scored.filter((id) => rolePlays.has(id)).length,
    drills: scored.filter(isDrillId).length,
    placements: [...placements.values()].map((p) => p.items.length),
  };
}
