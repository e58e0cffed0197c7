import type { Condition, Outcome } from '../../schemas/roleplay';

/** The customer's mood runs from −3 (furious) through 0 (neutral) to +3 (delighted). */
export const MOOD_MIN = -3;
/** The happiest mood. */
export const MOOD_MAX = 3;

/**
 * What the engine reads of a scenario: IDs, effects, moods and routes, never text.
 * Both the parsed YAML (`RolePlay`, text in every locale) and the one-locale copy
 * a page ships (`RolePlayView`) have this shape, so one engine serves both.
 */
export interface ReplyShape {
  id: string;
  effects: Readonly<Record<string, number>>;
  mood: number;
  next: string | ReadonlyArray<{ when?: Condition; to: string }>;
  when?: Condition;
}
/** A node as the engine reads it. */
export interface NodeShape {
  id: string;
  replies: readonly ReplyShape[];
}
/** An ending as the engine reads it. */
export interface EndingShape {
  id: string;
  outcome: Outcome;
}
/** A scenario as the engine reads it. */
export interface ScenarioShape {
  id: string;
  start: string;
  startMood: number;
  passMark?: number | undefined;
  dimensions: ReadonlyArray<{ id: string }>;
  nodes: readonly NodeShape[];
  endings: readonly EndingShape[];
}
/** The node type of a scenario type. */
export type NodeOf<S extends ScenarioShape> = S['nodes'][number];
/** The reply type of a scenario type. */
export type ReplyOf<S extends ScenarioShape> = NodeOf<S>['replies'][number];
/** The ending type of a scenario type. */
export type EndingOf<S extends ScenarioShape> = S['endings'][number];

/**
 * A scenario indexed for the engine: nodes and endings by ID, and the replies the
 * conditions refer to. Built once per scenario object and cached, so the engine's
 * functions can take the plain parsed scenario.
 */
export interface Graph<S extends ScenarioShape = ScenarioShape> {
  scenario: S;
  nodes: Map<string, NodeOf<S>>;
  endings: Map<string, EndingOf<S>>;
  /** `<node>.<reply>` keys some condition refers to: the only past choices that change the future. */
  referenced: Set<string>;
  /** Whether the node graph has a cycle (then every past choice matters, as none is offered twice). */
  cyclic: boolean;
}

const cache = new WeakMap<ScenarioShape, Graph>();

/** The key of a reply in conditions and in a conversation's history. */
export const replyKey = (nodeId: string, replyId: string) => `${nodeId}.${replyId}`;

/** Every node or ending a reply can lead to. */
export const targetsOf = (reply: ReplyShape): string[] => (typeof reply.next === 'string' ? [reply.next] : reply.next.map((r) => r.to));

const conditionsOf = (reply: ReplyShape): Condition[] => [
  ...(reply.when ? [reply.when] : []),
  ...(typeof reply.next === 'string' ? [] : reply.next.flatMap((r) => (r.when ? [r.when] : []))),
];

function hasCycle(nodes: Map<string, NodeShape>): boolean {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    const node = nodes.get(id);
    if (!node || state.get(id) === 'done') return false;
    if (state.get(id) === 'open') return true;
    state.set(id, 'open');
    const found = node.replies.some((r) => targetsOf(r).some(visit));
    state.set(id, 'done');
    return found;
  };
  return [...nodes.keys()].some(visit);
}

/** The indexed graph of a scenario (cached per scenario object). */
export function graphOf<S extends ScenarioShape>(scenario: S): Graph<S> {
  const cached = cache.get(scenario) as Graph<S> | undefined;
  if (cached) return cached;
  const nodes = new Map<string, NodeOf<S>>(scenario.nodes.map((n) => [n.id, n]));
  const endings = new Map<string, EndingOf<S>>(scenario.endings.map((e) => [e.id, e]));
  const referenced = new Set(
    scenario.nodes.flatMap((n) => n.replies.flatMap(conditionsOf)).flatMap((c) => [...(c.chose ?? []), ...(c.notChose ?? [])]),
  );
  const graph: Graph<S> = { scenario, nodes, endings, referenced, cyclic: hasCycle(nodes) };
  cache.set(scenario, graph as unknown as Graph);
  return graph;
}
