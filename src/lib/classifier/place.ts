/**
 * Places a person on a 2×2 grid from weighted answers. Works on IDs and numbers
 * only (`PlacementShape`), so the same code calibrates the YAML at build time and
 * scores the one-locale copy in the browser.
 */

/** An end of an axis. */
export type Side = 'low' | 'high';
/** An axis of the grid. */
export type Axis = 'x' | 'y';

/** What the engine reads of a placement classifier. */
export interface PlacementShape {
  profiles: ReadonlyArray<{ id: string; x: Side; y: Side }>;
  items: ReadonlyArray<{ id: string; options: ReadonlyArray<{ id: string; weights: { x: number; y: number } }> }>;
  blendMargin: number;
  tieBreak: { x: Side; y: Side };
}

/** Item ID → chosen option ID. */
export type Answers = Readonly<Record<string, string>>;

/** One answer's push on one axis. */
export interface Contribution {
  item: string;
  option: string;
  weight: number;
}

/** How an axis score of exactly 0 was decided. */
export interface Tie {
  axis: Axis;
  /** strongest-answer: the single answer pulling hardest decided; tie-break: the classifier's stated side. */
  by: 'strongest-answer' | 'tie-break';
  side: Side;
}

/** Where the answers place the person, and why. */
export interface PlacementResult<P> {
  /** −1 (low end) … +1 (high end) on each axis. */
  x: number;
  y: number;
  /** The quadrant's profile. */
  profile: P;
  /** The profile across the nearer axis when the point lies within the blend margin of it. */
  blend: P | null;
  /** Axes the point lies within the blend margin of. */
  nearAxes: Axis[];
  /** 0–1: distance from the nearer axis, scaled down when items were left unanswered. */
  confidence: number;
  level: 'low' | 'medium' | 'high';
  answered: number;
  total: number;
  ties: Tie[];
  /** Every answer's push per axis, strongest first (zero pushes left out). */
  contributions: Record<Axis, Contribution[]>;
}

const AXES: Axis[] = ['x', 'y'];

/** The chosen options, in item order, skipping unanswered items and unknown options. */
function chosen<S extends PlacementShape>(c: S, answers: Answers) {
  return c.items.flatMap((item) => {
    const option = item.options.find((o) => o.id === answers[item.id]);
    return option ? [{ item, option }] : [];
  });
}

/**
 * Axis score: the sum of the chosen weights over the largest sum the answered items
 * could reach in that direction, so ±1 means "every answer as far that way as it goes".
 */
function axisScore(picks: ReturnType<typeof chosen>, axis: Axis): number {
  const sum = picks.reduce((s, p) => s + (p.option.weights[axis] ?? 0), 0);
  if (sum === 0) return 0;
  const reach = picks.reduce((s, p) => {
    const ws = p.item.options.map((o) => o.weights[axis] ?? 0);
    return s + (sum > 0 ? Math.max(0, ...ws) : -Math.min(0, ...ws));
  }, 0);
  return reach === 0 ? 0 : sum / reach;
}

const sideOf = (v: number): Side => (v > 0 ? 'high' : 'low');

/** Places the answers on the grid (see {@link PlacementResult}). */
export function place<S extends PlacementShape>(c: S, answers: Answers): PlacementResult<S['profiles'][number]> {
  const picks = chosen(c, answers);
  const score = { x: axisScore(picks, 'x'), y: axisScore(picks, 'y') };
  const contributions = Object.fromEntries(
    AXES.map((axis) => [
      axis,
      picks
        .map((p) => ({ item: p.item.id, option: p.option.id, weight: p.option.weights[axis] ?? 0 }))
        .filter((k) => k.weight !== 0)
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
    ]),
  ) as Record<Axis, Contribution[]>;
  const ties: Tie[] = [];
  const side = {} as Record<Axis, Side>;
  for (const axis of AXES) {
    if (score[axis] !== 0) {
      side[axis] = sideOf(score[axis]);
      continue;
    }
    const list = contributions[axis];
    const top = list[0];
    const rival = list.find((k) => Math.sign(k.weight) !== Math.sign(top?.weight ?? 0) && Math.abs(k.weight) === Math.abs(top?.weight ?? 0));
    if (top && !rival) ties.push({ axis, by: 'strongest-answer', side: (side[axis] = sideOf(top.weight)) });
    else ties.push({ axis, by: 'tie-break', side: (side[axis] = c.tieBreak[axis]) });
  }
  const at = (x: Side, y: Side) => c.profiles.find((p) => p.x === x && p.y === y)!;
  const flip = (s: Side): Side => (s === 'high' ? 'low' : 'high');
  const nearAxes = AXES.filter((axis) => Math.abs(score[axis]) < c.blendMargin);
  // The blend is the neighbour across the axis the point is nearest to.
  const nearest: Axis | undefined = [...nearAxes].sort((a, b) => Math.abs(score[a]) - Math.abs(score[b]))[0];
  const blend = nearest === 'x' ? at(flip(side.x), side.y) : nearest === 'y' ? at(side.x, flip(side.y)) : null;
  const completeness = c.items.length ? picks.length / c.items.length : 0;
  const confidence = Math.min(Math.abs(score.x), Math.abs(score.y)) * completeness;
  return {
    ...score,
    profile: at(side.x, side.y),
    blend,
    nearAxes,
    confidence,
    level: confidence >= 0.5 ? 'high' : confidence >= c.blendMargin ? 'medium' : 'low',
    answered: picks.length,
    total: c.items.length,
    ties,
    contributions,
  };
}

/** The answers pointing most toward a profile's corner: what a typical person of that type would give. */
export function typicalAnswers(c: PlacementShape, profile: { x: Side; y: Side }): Record<string, string> {
  const dir = { x: profile.x === 'high' ? 1 : -1, y: profile.y === 'high' ? 1 : -1 };
  return Object.fromEntries(
    c.items.map((item) => {
      const best = [...item.options].sort((a, b) => dir.x * b.weights.x + dir.y * b.weights.y - (dir.x * a.weights.x + dir.y * a.weights.y))[0]!;
      return [item.id, best.id];
    }),
  );
}
