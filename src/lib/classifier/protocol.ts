import type { LearnerEvent } from '../progress/events';
import type { NewEvent } from '../quiz/protocol';
import type { Answers, PlacementResult } from './place';

export type { NewEvent };

const LIST = '[,]';
const PAIR = '[.]';

/** Answers as `item[.]option[,]…` (the SCORM/xAPI response form). */
export const serializeAnswers = (answers: Answers): string =>
  Object.entries(answers)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}${PAIR}${v}`)
    .join(LIST);

/** The inverse of {@link serializeAnswers}; malformed members are dropped. */
export function parseAnswers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const member of text.split(LIST)) {
    const [k, v] = member.split(PAIR);
    if (k && v) out[k] = v;
  }
  return out;
}

/**
 * `completed`: a placement shown to the trainee. The response is the profile; the
 * answers and the point travel in `extensions`, so the result can be shown again.
 */
export function placementMade(classifierId: string, answers: Answers, result: PlacementResult<{ id: string }>, locale: string): NewEvent {
  return {
    verb: 'completed',
    object: { type: 'classifier', id: classifierId },
    result: {
      completion: true,
      response: result.profile.id,
      score: { raw: Math.round(result.confidence * 100), max: 100, scaled: Math.round(result.confidence * 1e4) / 1e4 },
      extensions: { answers: serializeAnswers(answers), x: Math.round(result.x * 1e4) / 1e4, y: Math.round(result.y * 1e4) / 1e4 },
    },
    context: { locale },
  };
}

/** The answers of the latest placement recorded for a classifier, or null. */
export function lastAnswers(events: readonly LearnerEvent[], classifierId: string): Record<string, string> | null {
  const mine = events.filter((e) => e.verb === 'completed' && e.object.type === 'classifier' && e.object.id === classifierId);
  const latest = [...mine].sort((a, b) => a.timestamp.localeCompare(b.timestamp)).at(-1);
  const text = latest?.result?.extensions?.answers;
  return typeof text === 'string' ? parseAnswers(text) : null;
}
