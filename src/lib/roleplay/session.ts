import type { LearnerEvent } from '../progress/events';

/** An assessed role-play as the learner record tells it. */
export interface RolePlayRecord {
  /** Latest attempt number started (0 when none). */
  attempt: number;
  /** Reply IDs chosen in that attempt, in order. */
  replies: string[];
  /** The latest attempt has a recorded outcome. */
  finished: boolean;
}

/**
 * The latest assessed attempt of a scenario rebuilt from the learner's events, so a
 * reload or a second tab continues the same conversation (replay the replies).
 */
export function rolePlayRecord(events: readonly LearnerEvent[], scenarioId: string): RolePlayRecord {
  const mine = events
    .map((e, i) => ({ e, i, at: Date.parse(e.timestamp) }))
    .filter(({ e }) => e.object.id === scenarioId || e.context?.parentId === scenarioId)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ e }) => e);
  const attempts = mine.filter((e) => e.verb === 'attempted' && e.object.type === 'roleplay').map((e) => e.context?.attempt ?? 0);
  const attempt = Math.max(0, ...attempts);
  if (attempt === 0) return { attempt: 0, replies: [], finished: false };
  const inAttempt = mine.filter((e) => e.context?.attempt === attempt);
  return {
    attempt,
    replies: inAttempt.filter((e) => e.verb === 'answered' && e.object.type === 'item').map((e) => e.result?.response ?? ''),
    finished: inAttempt.some((e) => e.object.type === 'roleplay' && (e.verb === 'passed' || e.verb === 'failed')),
  };
}
