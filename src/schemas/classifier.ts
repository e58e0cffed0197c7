import { z } from 'zod';
import { localizedString, stableId } from './localized';

/** A short ID, unique within its list. */
const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'IDs use a-z, 0-9 and "-" only');
/** One end of an axis. */
const side = z.enum(['low', 'high']);

/** An axis of the 2×2 grid: a score from −1 (the low end) to +1 (the high end). */
const axis = z.strictObject({
  /** Axis name, e.g. "外向 ↔ 内向" / "Extroverted ↔ introverted". */
  label: localizedString,
  /** What the low end (−1) means, e.g. "introverted". */
  low: localizedString,
  /** What the high end (+1) means, e.g. "extroverted". */
  high: localizedString,
});

/** A titled list inside a result, e.g. "What to say", "Opening lines", "Serving each type". */
const section = z.strictObject({
  heading: localizedString,
  items: z.array(localizedString).min(1),
});

/** A result: one quadrant of the grid. */
export const profileSchema = z.strictObject({
  /** Profile ID (`lively`, `true-loyalty` …). */
  id: localId,
  /** The quadrant: which end of the x and y axes. */
  x: side,
  y: side,
  /** Name of the type. */
  title: localizedString,
  /** What this type is like, in two or three sentences. */
  summary: localizedString,
  /** What to do: how to serve this customer, or what to improve first. */
  advice: localizedString,
  /** Further lists shown with the result. */
  sections: z.array(section).default([]),
  /** The role-play that practises this type, if any. */
  rolePlay: stableId.optional(),
});
/** A result profile. */
export type Profile = z.infer<typeof profileSchema>;

/** An answer option with its weights on the two axes. */
const weightedOption = z.strictObject({
  id: localId,
  text: localizedString,
  /** Push toward the high (+) or low (−) end of each axis; 0 or absent: no push. */
  weights: z.strictObject({ x: z.number().min(-3).max(3).default(0), y: z.number().min(-3).max(3).default(0) }),
});

/** A question of a placement classifier. */
const placementItem = z.strictObject({
  /** Item ID, unique within the classifier. */
  id: localId,
  /** What the trainee observes or says about themselves. */
  prompt: localizedString,
  /** Two to five options. */
  options: z.array(weightedOption).min(2).max(5),
});

/** A classifier that places someone on a 2×2 grid from weighted answers. */
export const placementSchema = z.strictObject({
  /** Stable ID (`cl-…`), equal to the file name; records use it. */
  id: stableId.regex(/^cl-/, 'classifier IDs start with "cl-"'),
  kind: z.literal('placement'),
  title: localizedString,
  /** What it is for and how to answer. */
  intro: localizedString,
  /** Curriculum concept IDs it practises. */
  concepts: z.array(stableId).min(1),
  axes: z.strictObject({ x: axis, y: axis }),
  /** Exactly four profiles, one per quadrant. */
  profiles: z.array(profileSchema).length(4, 'a placement classifier has exactly four profiles, one per quadrant'),
  items: z.array(placementItem).min(3),
  /** A point closer than this (0–1) to an axis is a blend of the two types on either side. */
  blendMargin: z.number().gt(0).lt(1).default(0.2),
  /** Which side wins when an axis score is exactly 0 and no answer leans harder either way (stated in the result). */
  tieBreak: z.strictObject({ x: side, y: side }),
});
/** A placement classifier. */
export type Placement = z.infer<typeof placementSchema>;

/** A choice of a drill question. */
const drillChoice = z.strictObject({
  id: localId,
  text: localizedString,
  /** About this choice in general (e.g. how fragile this loyalty is and how to deepen it). */
  explain: localizedString.optional(),
});

/** A question every case of a drill asks (e.g. "Which type?", "Which approach?"). */
const drillQuestion = z.strictObject({
  id: localId,
  prompt: localizedString,
  choices: z.array(drillChoice).min(2),
});

/** A short case the trainee classifies. */
const drillCase = z.strictObject({
  /** Case ID, unique within the drill. */
  id: localId,
  /** The vignette: what the customer says and does. */
  text: localizedString,
  /** The right choice ID for each question ID. */
  answers: z.record(z.string(), localId),
  /** The cues in the text that give the answer away, shown when the trainee misses it. */
  cues: localizedString,
  /** What to do with this customer (shown after answering). */
  advice: localizedString,
  /**
   * For calibration: the answers the trainee would give to a placement classifier
   * (`classifier`) observing this customer, by item ID → option ID.
   */
  observed: z.record(z.string(), localId).optional(),
});

/** A drill: short cases the trainee names; scored and recorded like a quiz. */
export const drillSchema = z.strictObject({
  /** Stable ID (`cl-…`), equal to the file name; records use it as a quiz ID. */
  id: stableId.regex(/^cl-/, 'classifier IDs start with "cl-"'),
  kind: z.literal('drill'),
  title: localizedString,
  intro: localizedString,
  concepts: z.array(stableId).min(1),
  questions: z.array(drillQuestion).min(1).max(3),
  cases: z.array(drillCase).min(4),
  /** Cases drawn per attempt (all when absent). */
  draw: z.number().int().positive().optional(),
  /** Fraction of points needed to pass; the course's pass mark when absent. */
  passMark: z.number().gt(0).lte(1).optional(),
  /** The placement classifier whose items `observed` answers refer to. */
  classifier: stableId.optional(),
});
/** A drill. */
export type Drill = z.infer<typeof drillSchema>;

/** `content/classifiers/<id>.yaml`: a placement classifier or a drill. */
export const classifierSchema = z.discriminatedUnion('kind', [placementSchema, drillSchema]);
/** Any classifier. */
export type Classifier = z.infer<typeof classifierSchema>;
