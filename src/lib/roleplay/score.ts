import type { Outcome } from '../../schemas/roleplay';
import { graphOf, type ReplyOf, type ReplyShape, type ScenarioShape } from './graph';
import { isEndingMove, movesFrom, stateKey, type Move, type WalkState } from './explore';

/**
 * Scores normalise each dimension between the lowest and highest total any complete
 * conversation can reach, computed from the graph, so 0 and 100 are achievable and
 * authors never hand-tune a maximum.
 */

/** Outcomes that keep the customer: a conversation ending otherwise cannot pass. */
export const KEEPING: ReadonlySet<Outcome> = new Set<Outcome>(['advocate', 'stays']);

/** Lowest and highest achievable total of each dimension, by dimension ID. */
export type Bounds = Record<string, { min: number; max: number }>;

const points = (reply: ReplyShape, dim: string) => reply.effects[dim] ?? 0;
const start = (scenario: ScenarioShape): WalkState => ({ node: scenario.start, mood: scenario.startMood, chosen: new Set() });

/** A memoised fold over the futures of walk states (states with no complete future give null). */
function fold<T>(scenario: ScenarioShape, combine: (moves: Array<{ move: Move; future: T | 'end' }>) => T | null) {
  const graph = graphOf(scenario);
  const memo = new Map<string, T | null>();
  const future = (s: WalkState): T | null => {
    const key = stateKey(graph, s);
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, null); // a loop back to this state adds no complete conversation
    const options = movesFrom(scenario, s).flatMap((move): Array<{ move: Move; future: T | 'end' }> => {
      if (move.to === null) return [];
      if (isEndingMove(move.to)) return [{ move, future: 'end' }];
      const f = future(move.to);
      return f === null ? [] : [{ move, future: f }];
    });
    const value = options.length ? combine(options) : null;
    memo.set(key, value);
    return value;
  };
  return future;
}

/** The achievable minimum and maximum total of every dimension over complete conversations. */
export function dimensionBounds(scenario: ScenarioShape): Bounds {
  const dims = scenario.dimensions.map((d) => d.id);
  type B = Array<[number, number]>;
  const future = fold<B>(scenario, (options) =>
    dims.map((d, i) => {
      const totals = options.map(({ move, future: f }) => {
        const [lo, hi] = f === 'end' ? [0, 0] : f[i]!;
        return [points(move.reply, d) + lo, points(move.reply, d) + hi] as const;
      });
      return [Math.min(...totals.map((t) => t[0])), Math.max(...totals.map((t) => t[1]))] as [number, number];
    }),
  );
  const found = future(start(scenario));
  return Object.fromEntries(dims.map((d, i) => [d, { min: found?.[i]?.[0] ?? 0, max: found?.[i]?.[1] ?? 0 }]));
}

/** Scaled score (0–1) of dimension totals: the mean of each dimension's place between its bounds. */
export function scaledScore(totals: Record<string, number>, bounds: Bounds): number {
  const dims = Object.keys(bounds);
  if (dims.length === 0) return 0;
  const sum = dims.reduce((acc, d) => {
    const { min, max } = bounds[d]!;
    return acc + (max === min ? 1 : ((totals[d] ?? 0) - min) / (max - min));
  }, 0);
  return sum / dims.length;
}

/** A future's worth: whether it keeps the customer, then its contribution to the scaled score. */
interface Worth {
  keeps: boolean;
  value: number;
}

const better = (a: Worth, b: Worth) => (a.keeps !== b.keeps ? a.keeps : a.value > b.value + 1e-9);
const worse = (a: Worth, b: Worth) => (a.keeps !== b.keeps ? !a.keeps : a.value < b.value - 1e-9);

/** The best (or worst) worth reachable from each state, and the replies that reach it. */
export function planner<S extends ScenarioShape>(scenario: S, bounds: Bounds, aim: 'best' | 'worst') {
  const graph = graphOf(scenario);
  const dims = Object.keys(bounds);
  const weight = (reply: ReplyShape) =>
    dims.reduce((acc, d) => {
      const { min, max } = bounds[d]!;
      return acc + (max === min ? 0 : points(reply, d) / (max - min));
    }, 0) / Math.max(1, dims.length);
  const worthOf = (move: Move, f: Worth | 'end'): Worth =>
    f === 'end'
      ? { keeps: KEEPING.has(graph.endings.get((move.to as { ending: string }).ending)!.outcome), value: weight(move.reply) }
      : { keeps: f.keeps, value: f.value + weight(move.reply) };
  const pick = aim === 'best' ? better : worse;
  const future = fold<Worth>(scenario, (options) =>
    options.map((o) => worthOf(o.move, o.future)).reduce((a, b) => (pick(b, a) ? b : a)),
  );
  /** Replies at a state whose future is as good (or as bad) as any. */
  const choices = (s: WalkState): Array<ReplyOf<S>> => {
    const rated = movesFrom(scenario, s).flatMap((move) => {
      if (move.to === null) return [];
      const f = isEndingMove(move.to) ? 'end' : future(move.to);
      return f === null ? [] : [{ reply: move.reply as ReplyOf<S>, worth: worthOf(move, f) }];
    });
    const top = rated.reduce<Worth | null>((a, r) => (a === null || pick(r.worth, a) ? r.worth : a), null);
    return top ? rated.filter((r) => !pick(top, r.worth)).map((r) => r.reply) : [];
  };
  return { future, choices };
}
