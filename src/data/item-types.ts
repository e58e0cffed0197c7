import { getCollection } from 'astro:content';
import { drillToQuiz } from '../lib/classifier/drill';
import { interactionTypeOf } from '../lib/tracking/scorm-report';
import type { InteractionType } from '../lib/tracking/scorm-model';

/**
 * The interaction type of every quiz item, keyed `<quiz id>/<item id>` (drills included,
 * as the quizzes they become): what the tracking adapters put in SCORM interactions and
 * xAPI statements, which the learner's events do not carry.
 */
export async function itemTypes(): Promise<Record<string, InteractionType>> {
  const quizzes = (await getCollection('quizzes')).map((q) => q.data);
  const drills = (await getCollection('classifiers')).flatMap((c) => (c.data.kind === 'drill' ? [drillToQuiz(c.data)] : []));
  return Object.fromEntries([...quizzes, ...drills].flatMap((q) => q.items.map((i) => [`${q.id}/${i.id}`, interactionTypeOf(i.type)] as const)));
}
