import type { NewEvent } from '../quiz/protocol';
import type { ScenarioShape } from './graph';
import type { RolePlayState } from './engine';
import { planner } from './score';
import { boundsOf, type RolePlayResult } from './results';
import { walkStateOf } from './explore';

/**
 * The events an assessed role-play records, shaped like a quiz's so progress and
 * the LMS adapters treat both alike: `attempted`, one `answered` per choice (an
 * interaction whose ID is `<scenario>/<node>`), then `passed` or `failed`.
 */

export type { NewEvent };

/** `attempted`: an assessed attempt of a scenario started. */
export function rolePlayStarted(scenarioId: string, attempt: number, locale: string): NewEvent {
  return { verb: 'attempted', object: { type: 'roleplay', id: scenarioId }, context: { attempt, locale } };
}

/** The interaction ID of a node: `<scenario>/<node>` (no spaces, as SCORM requires). */
export const choiceItemId = (scenarioId: string, nodeId: string) => `${scenarioId}/${nodeId}`;

/**
 * `answered`: the reply chosen at the state `before`. Success means it was among the
 * best replies on offer; the score is its points over the best reply's points.
 */
export function choiceMade(scenario: ScenarioShape, before: RolePlayState, replyId: string, attempt: number): NewEvent {
  const at = walkStateOf(before);
  if (!at) throw new Error(`"${scenario.id}" has ended`);
  const best = planner(scenario, boundsOf(scenario), 'best').choices(at);
  const node = scenario.nodes.find((n) => n.id === at.node)!;
  const sum = (id: string) => Object.values(node.replies.find((r) => r.id === id)?.effects ?? {}).reduce((a, b) => a + b, 0);
  const top = Math.max(0, ...best.map((r) => sum(r.id)));
  const raw = Math.max(0, Math.min(top, sum(replyId)));
  return {
    verb: 'answered',
    object: { type: 'item', id: choiceItemId(scenario.id, at.node) },
    result: { score: { raw, max: top, scaled: top ? raw / top : 1 }, success: best.some((r) => r.id === replyId), response: replyId },
    context: { parentId: scenario.id, attempt },
  };
}

/** `passed` or `failed`: the attempt's result, the ending reached as the response. */
export function rolePlayFinished(scenarioId: string, attempt: number, result: RolePlayResult): NewEvent {
  return {
    verb: result.passed ? 'passed' : 'failed',
    object: { type: 'roleplay', id: scenarioId },
    result: {
      score: { raw: Math.round(result.scaled * 100), max: 100, scaled: result.scaled },
      success: result.passed,
      completion: true,
      response: result.ending.id,
    },
    context: { attempt },
  };
}
