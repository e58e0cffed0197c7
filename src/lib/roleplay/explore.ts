import { clampMood, destination, repliesOffered, type RolePlayState } from './engine';
import { graphOf, replyKey, type Graph, type ReplyShape, type ScenarioShape } from './graph';

/**
 * Walks every conversation a scenario allows. The future of a conversation depends
 * only on the node, the mood and the past choices some condition refers to, so
 * states are memoised on that key and even large scenarios take milliseconds.
 */

/** A state of the walk: enough of a {@link RolePlayState} to decide what comes next. */
export interface WalkState {
  node: string;
  mood: number;
  chosen: ReadonlySet<string>;
}

/** One way on from a walk state. */
export interface Move {
  reply: ReplyShape;
  /** The next state, or the ending ID reached, or null when no route applies. */
  to: WalkState | { ending: string } | null;
  /** The reply's `<node>.<reply>` key. */
  key: string;
}

/** Whether a move ends the conversation. */
export const isEndingMove = (to: Move['to']): to is { ending: string } => to !== null && 'ending' in to;

/** The memo key of a walk state. */
export function stateKey(graph: Graph, s: WalkState): string {
  const past = [...s.chosen].filter((k) => graph.cyclic || graph.referenced.has(k)).sort();
  return `${s.node}|${s.mood}|${past.join(',')}`;
}

/** The walk state of an engine state that has not ended. */
export const walkStateOf = (state: RolePlayState): WalkState | null =>
  state.node === null ? null : { node: state.node, mood: state.mood, chosen: new Set(state.steps.map((s) => replyKey(s.node, s.reply))) };

/** The moves offered at a walk state (same rules as the engine's `offeredReplies` and `choose`). */
export function movesFrom(scenario: ScenarioShape, s: WalkState): Move[] {
  const graph = graphOf(scenario);
  const node = graph.nodes.get(s.node);
  if (!node) return [];
  return repliesOffered(node, s).map((reply) => {
    const key = replyKey(s.node, reply.id);
    const mood = clampMood(s.mood + reply.mood);
    const chosen = new Set(s.chosen).add(key);
    const target = destination(reply, { mood, chosen });
    const to = target === null ? null : graph.endings.has(target) ? { ending: target } : { node: target, mood, chosen };
    return { reply, to, key };
  });
}

/** What a full walk of a scenario found. */
export interface WalkReport {
  /** Node IDs some conversation reaches. */
  nodes: Set<string>;
  /** Ending IDs some conversation reaches. */
  endings: Set<string>;
  /** States where no reply is offered: the conversation would be stuck. */
  deadEnds: Array<{ node: string; after: string[] }>;
  /** Replies after which no route applies. */
  noRoute: Array<{ node: string; reply: string; after: string[] }>;
  /** Distinct states visited. */
  states: number;
}

/** Walks every reachable state from the start; `limit` stops a runaway walk. */
export function walk(scenario: ScenarioShape, limit = 200_000): WalkReport {
  const graph = graphOf(scenario);
  const report: WalkReport = { nodes: new Set(), endings: new Set(), deadEnds: [], noRoute: [], states: 0 };
  const seen = new Set<string>();
  const pending: WalkState[] = [{ node: scenario.start, mood: scenario.startMood, chosen: new Set() }];
  while (pending.length && report.states < limit) {
    const s = pending.pop()!;
    const key = stateKey(graph, s);
    if (seen.has(key) || !graph.nodes.has(s.node)) continue;
    seen.add(key);
    report.states++;
    report.nodes.add(s.node);
    const moves = movesFrom(scenario, s);
    if (moves.length === 0) report.deadEnds.push({ node: s.node, after: [...s.chosen] });
    for (const m of moves) {
      if (m.to === null) report.noRoute.push({ node: s.node, reply: m.reply.id, after: [...s.chosen] });
      else if (isEndingMove(m.to)) report.endings.add(m.to.ending);
      else pending.push(m.to);
    }
  }
  return report;
}
