import { choose, endingOf, start, type RolePlayState, type Step } from './engine';
import { walkStateOf } from './explore';
import { graphOf, type EndingOf, type ReplyOf, type ScenarioShape } from './graph';
import { dimensionBounds, KEEPING, planner, scaledScore, type Bounds } from './score';

/** A dimension's score in a finished conversation. */
export interface DimensionScore {
  id: string;
  /** Points earned on the dimension. */
  raw: number;
  /** Lowest and highest total any conversation can reach. */
  min: number;
  max: number;
  /** 0–100, rounded. */
  percent: number;
}

/** The result of a finished conversation. */
export interface RolePlayResult<S extends ScenarioShape = ScenarioShape> {
  ending: EndingOf<S>;
  dimensions: DimensionScore[];
  /** Mean of the dimensions' places between their bounds (0–1). */
  scaled: number;
  passMark: number;
  /** The score reaches the pass mark and the customer is kept (advocate or stays). */
  passed: boolean;
}

const boundsCache = new WeakMap<ScenarioShape, Bounds>();

/** The scenario's per-dimension bounds (cached per scenario object). */
export function boundsOf(scenario: ScenarioShape): Bounds {
  let bounds = boundsCache.get(scenario);
  if (!bounds) boundsCache.set(scenario, (bounds = dimensionBounds(scenario)));
  return bounds;
}

/** Points per dimension earned by the replies of a conversation. */
export function dimensionTotals(scenario: ScenarioShape, steps: readonly Step[]): Record<string, number> {
  const { nodes } = graphOf(scenario);
  const totals = Object.fromEntries(scenario.dimensions.map((d) => [d.id, 0]));
  for (const s of steps) {
    const reply = nodes.get(s.node)?.replies.find((r) => r.id === s.reply);
    for (const [d, p] of Object.entries(reply?.effects ?? {})) if (d in totals) totals[d]! += p;
  }
  return totals;
}

/** The result of an ended conversation; null while it goes on. */
export function resultOf<S extends ScenarioShape>(scenario: S, state: RolePlayState, defaultPassMark: number): RolePlayResult<S> | null {
  const ending = endingOf(scenario, state);
  if (!ending) return null;
  const bounds = boundsOf(scenario);
  const totals = dimensionTotals(scenario, state.steps);
  const dimensions = scenario.dimensions.map(({ id }) => {
    const { min, max } = bounds[id]!;
    const raw = totals[id] ?? 0;
    return { id, raw, min, max, percent: Math.round(100 * (max === min ? 1 : (raw - min) / (max - min))) };
  });
  const scaled = scaledScore(totals, bounds);
  const passMark = scenario.passMark ?? defaultPassMark;
  return { ending, dimensions, scaled, passMark, passed: scaled >= passMark - 1e-9 && KEEPING.has(ending.outcome) };
}

/** A step of the transcript review. */
export interface ReviewStep<S extends ScenarioShape = ScenarioShape> extends Step {
  /** The reply chosen. */
  chosen: ReplyOf<S>;
  /** Better replies that were on offer, empty when the choice was among the best. */
  better: Array<ReplyOf<S>>;
}

/** Every step of a conversation with the better replies that were on offer at that point. */
export function review<S extends ScenarioShape>(scenario: S, state: RolePlayState): Array<ReviewStep<S>> {
  const { choices } = planner(scenario, boundsOf(scenario), 'best');
  const { nodes } = graphOf(scenario);
  let at = start(scenario);
  return state.steps.map((step) => {
    const best = choices(walkStateOf(at)!);
    const chosen = nodes.get(step.node)!.replies.find((r) => r.id === step.reply)!;
    at = choose(scenario, at, step.reply);
    return { ...step, chosen, better: best.some((r) => r.id === chosen.id) ? [] : best };
  });
}

/** The conversation that follows the best reply at every point (first listed on ties). */
export function pathOf(scenario: ScenarioShape, aim: 'best' | 'worst'): RolePlayState {
  const { choices } = planner(scenario, boundsOf(scenario), aim);
  let state = start(scenario);
  for (let guard = 0; state.ending === null && guard < 500; guard++) {
    const next = choices(walkStateOf(state)!)[0];
    if (!next) break;
    state = choose(scenario, state, next.id);
  }
  return state;
}

/** The model path: the best reply at every point. */
export const modelPath = (scenario: ScenarioShape): RolePlayState => pathOf(scenario, 'best');
