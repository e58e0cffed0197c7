import type { RolePlay } from '../../schemas/roleplay';
import { walk } from './explore';
import { replyKey, targetsOf } from './graph';
import { boundsOf } from './results';
import { duplicates } from '../duplicates';

/** A problem in a scenario's graph, with the field it is about. */
export interface GraphIssue {
  field: string;
  message: string;
}

const WALK_LIMIT = 200_000;

/** Checks that need no walk: IDs, references, declared dimensions. */
function structureIssues(s: RolePlay): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const nodeIds = s.nodes.map((n) => n.id);
  const endingIds = s.endings.map((e) => e.id);
  for (const id of duplicates([...nodeIds, ...endingIds])) issues.push({ field: 'nodes/endings', message: `ID "${id}" is used more than once` });
  const targets = new Set([...nodeIds, ...endingIds]);
  const replies = new Set(s.nodes.flatMap((n) => n.replies.map((r) => replyKey(n.id, r.id))));
  const dims = new Set(s.dimensions.map((d) => d.id));
  if (!nodeIds.includes(s.start)) issues.push({ field: 'start', message: `"${s.start}" is not a node` });
  s.nodes.forEach((node, n) => {
    for (const id of duplicates(node.replies.map((r) => r.id))) issues.push({ field: `nodes[${n}].replies`, message: `reply ID "${id}" is used twice in node "${node.id}"` });
    node.replies.forEach((reply, r) => {
      const at = `nodes[${n}] (${node.id}).replies[${r}] (${reply.id})`;
      for (const t of targetsOf(reply)) if (!targets.has(t)) issues.push({ field: `${at}.next`, message: `leads to "${t}", which is neither a node nor an ending` });
      for (const d of Object.keys(reply.effects)) if (!dims.has(d)) issues.push({ field: `${at}.effects`, message: `scores "${d}", which is not one of the declared dimensions (${[...dims].join(', ')})` });
      if (Array.isArray(reply.next) && reply.next.slice(0, -1).some((route) => !route.when)) {
        issues.push({ field: `${at}.next`, message: 'a route without "when" must be the last: the routes after it are never taken' });
      }
      const conditions = [reply.when, ...(Array.isArray(reply.next) ? reply.next.map((x) => x.when) : [])];
      for (const key of conditions.flatMap((c) => [...(c?.chose ?? []), ...(c?.notChose ?? [])])) {
        if (!replies.has(key)) issues.push({ field: at, message: `a condition names "${key}", which is not a <node>.<reply> of this scenario` });
      }
    });
  });
  return issues;
}

/**
 * Every problem of a scenario's graph: broken references, then (when those are
 * sound) nodes or endings no conversation reaches, points where a conversation
 * gets stuck (no reply offered, no route applies, a loop without exit) and
 * dimensions that no choice can move.
 */
export function graphIssues(s: RolePlay): GraphIssue[] {
  const issues = structureIssues(s);
  if (issues.length) return issues;
  const report = walk(s, WALK_LIMIT);
  if (report.states >= WALK_LIMIT) return [{ field: 'nodes', message: `more than ${WALK_LIMIT} conversation states: simplify the conditions` }];
  const after = (keys: string[]) => (keys.length ? ` after ${keys.join(' → ')}` : '');
  for (const d of report.deadEnds.slice(0, 3)) issues.push({ field: `nodes (${d.node})`, message: `the conversation gets stuck: no reply is offered${after(d.after)}` });
  for (const d of report.noRoute.slice(0, 3)) issues.push({ field: `nodes (${d.node}).replies (${d.reply}).next`, message: `no route applies${after(d.after)}; end the routes with one without "when"` });
  s.nodes.forEach((n, i) => {
    if (!report.nodes.has(n.id)) issues.push({ field: `nodes[${i}] (${n.id})`, message: 'no conversation reaches this node' });
  });
  s.endings.forEach((e, i) => {
    if (!report.endings.has(e.id)) issues.push({ field: `endings[${i}] (${e.id})`, message: 'no conversation reaches this ending' });
  });
  if (report.endings.size === 0) issues.push({ field: 'endings', message: 'no conversation reaches an ending' });
  if (issues.length) return issues;
  const bounds = boundsOf(s);
  for (const d of s.dimensions) {
    const b = bounds[d.id]!;
    if (b.min === b.max) issues.push({ field: `dimensions (${d.id})`, message: `every conversation scores ${b.min} on it: give some replies points for it` });
  }
  return issues;
}
