import type { Condition, Ending, Reply, RolePlay, RolePlayNode } from '../../schemas/roleplay';

/**
 * A scenario indexed for the engine: nodes and endings by ID, and the replies the
 * conditions refer to. Built once per scenario object and cached, so the engine's
 * functions can take the plain parsed scenario.
 */
export interface Graph {
  scenario: RolePlay;
  nodes: Map<string, RolePlayNode>;
  endings: Map<string, Ending>;
  /** `<node>.<reply>` keys some condition refers to: the only past choices that change the future. */
  referenced: Set<string>;
  /** Whether the node graph has a cycle (then every past choice matters, as none is offered twice). */
  cyclic: boolean;
}

const cache = new WeakMap<RolePlay, Graph>();

/** The key of a reply in conditions and in a conversation's history. */
export const replyKey = (nodeId: string, replyId: string) => `${nodeId}.${replyId}`;

/** Every node or ending a reply can lead to. */
export const targetsOf = (reply: Reply): string[] => (typeof reply.next === 'string' ? [reply.next] : reply.next.map((r) => r.to));

const conditionsOf = (reply: Reply): Condition[] => [
  ...(reply.when ? [reply.when] : []),
  ...(typeof reply.next === 'string' ? [] : reply.next.flatMap((r) => (r.when ? [r.when] : []))),
];

function hasCycle(nodes: Map<string, RolePlayNode>): boolean {
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
export function graphOf(scenario: RolePlay): Graph {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const endings = new Map(scenario.endings.map((e) => [e.id, e]));
  const referenced = new Set(
    scenario.nodes.flatMap((n) => n.replies.flatMap(conditionsOf)).flatMap((c) => [...(c.chose ?? []), ...(c.notChose ?? [])]),
  );
  const graph: Graph = { scenario, nodes, endings, referenced, cyclic: hasCycle(nodes) };
  cache.set(scenario, graph);
  return graph;
}
