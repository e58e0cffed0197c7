import { holds, type ConditionContext } from './conditions';
import { graphOf, MOOD_MAX, MOOD_MIN, replyKey, type EndingOf, type NodeOf, type ReplyOf, type ReplyShape, type ScenarioShape } from './graph';

/**
 * The role-play engine: a conversation is the scenario plus the replies chosen so
 * far. States are plain, immutable data, so they can be rebuilt from recorded
 * choices (resume, second tab, replay) and compared in tests.
 */

/** One reply the trainee chose. */
export interface Step {
  /** Node the reply was chosen at. */
  node: string;
  /** The reply's ID within the node. */
  reply: string;
  /** Customer's mood before and after the reply. */
  moodBefore: number;
  moodAfter: number;
}

/** Where a conversation stands. */
export interface RolePlayState {
  scenarioId: string;
  /** The node the customer is speaking at; null once the conversation has ended. */
  node: string | null;
  /** The ending reached; null while the conversation goes on. */
  ending: string | null;
  /** The customer's mood now (−3 … +3). */
  mood: number;
  /** Replies chosen, in order. */
  steps: Step[];
}

/** A choice the engine cannot make: unknown reply, reply not offered, or conversation over. */
export class RolePlayError extends Error {}

/** A mood kept within the scale. */
export const clampMood = (m: number) => Math.min(MOOD_MAX, Math.max(MOOD_MIN, m));

/** The `<node>.<reply>` keys chosen in a state. */
export const chosenKeys = (state: Pick<RolePlayState, 'steps'>): Set<string> => new Set(state.steps.map((s) => replyKey(s.node, s.reply)));

/** The opening state of a scenario. */
export function start(scenario: ScenarioShape): RolePlayState {
  return { scenarioId: scenario.id, node: scenario.start, ending: null, mood: scenario.startMood, steps: [] };
}

/** Whether the conversation has reached an ending. */
export const isEnded = (state: RolePlayState): boolean => state.ending !== null;

/** The node the customer is speaking at, or null once ended. */
export function currentNode<S extends ScenarioShape>(scenario: S, state: RolePlayState): NodeOf<S> | null {
  return state.node === null ? null : (graphOf(scenario).nodes.get(state.node) ?? null);
}

/** The ending reached, or null while the conversation goes on. */
export function endingOf<S extends ScenarioShape>(scenario: S, state: RolePlayState): EndingOf<S> | null {
  return state.ending === null ? null : (graphOf(scenario).endings.get(state.ending) ?? null);
}

/**
 * The replies offered now: those whose `when` holds and that were not already
 * chosen (nobody says the same thing twice, which also bounds every loop).
 */
export function offeredReplies<S extends ScenarioShape>(scenario: S, state: RolePlayState): Array<ReplyOf<S>> {
  const node = currentNode(scenario, state);
  return node ? repliesOffered(node, { mood: state.mood, chosen: chosenKeys(state) }) : [];
}

/** The replies a node offers in a context (see {@link offeredReplies}). */
export const repliesOffered = <N extends { id: string; replies: readonly ReplyShape[] }>(node: N, ctx: ConditionContext): Array<N['replies'][number]> =>
  node.replies.filter((r) => !ctx.chosen.has(replyKey(node.id, r.id)) && holds(r.when, ctx));

/** Where a reply leads from a state, after its mood change and with it counted as chosen; null when no route applies. */
export function destination(reply: ReplyShape, ctx: ConditionContext): string | null {
  if (typeof reply.next === 'string') return reply.next;
  return reply.next.find((r) => holds(r.when, ctx))?.to ?? null;
}

/** The state after the trainee chooses a reply offered at the current node. */
export function choose(scenario: ScenarioShape, state: RolePlayState, replyId: string): RolePlayState {
  const node = currentNode(scenario, state);
  if (!node) throw new RolePlayError(`"${scenario.id}" has ended; no reply can be chosen`);
  const reply = offeredReplies(scenario, state).find((r) => r.id === replyId);
  if (!reply) throw new RolePlayError(`reply "${replyId}" is not offered at node "${node.id}" of "${scenario.id}"`);
  const mood = clampMood(state.mood + reply.mood);
  const chosen = chosenKeys(state).add(replyKey(node.id, reply.id));
  const to = destination(reply, { mood, chosen });
  if (to === null) throw new RolePlayError(`no route applies after reply "${replyId}" at node "${node.id}" of "${scenario.id}"`);
  const graph = graphOf(scenario);
  const ended = graph.endings.has(to);
  return {
    scenarioId: scenario.id,
    node: ended ? null : to,
    ending: ended ? to : null,
    mood,
    steps: [...state.steps, { node: node.id, reply: reply.id, moodBefore: state.mood, moodAfter: mood }],
  };
}

/** The state one reply earlier (practice mode's step back); the start state stays as it is. */
export function back(scenario: ScenarioShape, state: RolePlayState): RolePlayState {
  return replay(scenario, state.steps.slice(0, -1).map((s) => s.reply));
}

/**
 * The state reached by choosing these reply IDs in order from the start. Stops at
 * the first reply that is not offered (a record written against an older version of
 * the scenario), so a resume never fails: it continues from the last valid point.
 */
export function replay(scenario: ScenarioShape, replyIds: readonly string[]): RolePlayState {
  let state = start(scenario);
  for (const id of replyIds) {
    if (isEnded(state) || !offeredReplies(scenario, state).some((r) => r.id === id)) break;
    state = choose(scenario, state, id);
  }
  return state;
}
