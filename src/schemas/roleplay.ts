import { z } from 'zod';
import { localizedString, stableId } from './localized';

/** A short ID, unique within its scenario (nodes, endings) or node (replies). */
const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'IDs use a-z, 0-9 and "-" only');

// Mood bounds live with the engine (which ships to the browser without zod).
import { MOOD_MAX, MOOD_MIN } from '../lib/roleplay/graph';
export { MOOD_MAX, MOOD_MIN };
const mood = z.number().int().min(MOOD_MIN).max(MOOD_MAX);

/**
 * When a reply is offered or a route is taken. Every listed test must hold;
 * `chose` / `notChose` name earlier replies as `<node>.<reply>`.
 */
export const conditionSchema = z.strictObject({
  /** The customer's mood is at least this. */
  moodAtLeast: mood.optional(),
  /** The customer's mood is at most this. */
  moodAtMost: mood.optional(),
  /** Every one of these replies was chosen earlier in the conversation. */
  chose: z.array(z.string()).optional(),
  /** None of these replies was chosen earlier in the conversation. */
  notChose: z.array(z.string()).optional(),
});
/** A condition on the conversation so far. */
export type Condition = z.infer<typeof conditionSchema>;

/** One way on from a reply: the first route whose condition holds is taken. */
const route = z.strictObject({
  /** When this route applies; a route without `when` always applies (put it last). */
  when: conditionSchema.optional(),
  /** The node or ending the conversation goes to. */
  to: localId,
});

/** Something the trainee can say. */
export const replySchema = z.strictObject({
  /** Reply ID, unique within its node (`a`, `b` …). */
  id: localId,
  /** What the trainee says. */
  text: localizedString,
  /** Points on the scenario's dimensions (negative for harm); dimensions not listed get 0. */
  effects: z.record(z.string(), z.number().int().min(-5).max(5)).default({}),
  /** Change of the customer's mood (the result is kept within −3 … +3). */
  mood: z.number().int().min(-3).max(3).default(0),
  /** Where the conversation goes: a node or ending ID, or routes tried in order. */
  next: z.union([localId, z.array(route).min(1)]),
  /** Coaching note: why this reply works or misfires, shown in practice and in the review. */
  coaching: localizedString,
  /** Offer this reply only when the condition holds. */
  when: conditionSchema.optional(),
});
/** A reply of a node. */
export type Reply = z.infer<typeof replySchema>;

/** A point of the conversation where the customer speaks and the trainee answers. */
export const nodeSchema = z.strictObject({
  /** Node ID, unique within the scenario. */
  id: localId,
  /** Optional scene-setting shown before the customer's line (what happens, what you notice). */
  narration: localizedString.optional(),
  /** What the customer says. */
  customer: localizedString,
  /** Two to four replies; conditional ones count only when offered. */
  replies: z.array(replySchema).min(2, 'a node needs at least two replies').max(5),
});
/** A node of a scenario. */
export type RolePlayNode = z.infer<typeof nodeSchema>;

/** How a conversation can end for the customer relationship. */
export const OUTCOMES = ['advocate', 'stays', 'leaves', 'escalates'] as const;
/** An ending's outcome. */
export type Outcome = (typeof OUTCOMES)[number];

/** An end of the conversation. */
export const endingSchema = z.strictObject({
  /** Ending ID, unique within the scenario (shares the namespace of node IDs). */
  id: localId,
  /** advocate: recommends you; stays: keeps buying; leaves: goes elsewhere; escalates: takes it higher (manager, media, regulator). */
  outcome: z.enum(OUTCOMES),
  /** A short name for the ending. */
  title: localizedString,
  /** What happens next, told to the trainee. */
  text: localizedString,
});
/** An ending of a scenario. */
export type Ending = z.infer<typeof endingSchema>;

/** A scoring dimension declared by the scenario. */
const dimension = z.strictObject({
  /** Dimension ID used in replies' `effects` (`empathy`, `listening` …). */
  id: localId,
  /** Label shown in results and on the observer checklist. */
  label: localizedString,
  /** What an observer looks for on this dimension. */
  description: localizedString,
});

/** Briefs for a classroom role-play. */
const roleCards = z.strictObject({
  /** The customer's brief: situation, what they want, how they behave, what calms or angers them. */
  customer: localizedString,
  /** The agent's brief: role, what they know, what they may offer. */
  agent: localizedString,
});

/** `content/roleplays/<id>.yaml`: a branching conversation with a customer. */
export const rolePlaySchema = z.strictObject({
  /** Stable ID (`rp-…`), equal to the file name; records and LMS interactions use it. */
  id: stableId.regex(/^rp-/, 'role-play IDs start with "rp-"'),
  /** Title on the index and above the conversation. */
  title: localizedString,
  /** One or two sentences for the index: who the customer is and what is at stake. */
  summary: localizedString,
  /** The scene the trainee walks into: who they are, where, what has happened. */
  setting: localizedString,
  /** The customer's name as shown beside their lines. */
  customerName: localizedString,
  /** Curriculum concept IDs the scenario practises. */
  concepts: z.array(stableId).min(1),
  /** Estimated minutes for one play-through. */
  minutes: z.number().int().min(1).max(60),
  /** Scaled score (0–1) an assessment needs to pass; the course's pass mark when absent. */
  passMark: z.number().gt(0).lte(1).optional(),
  /** Three to five scoring dimensions. */
  dimensions: z.array(dimension).min(3, 'declare 3–5 dimensions').max(5, 'declare 3–5 dimensions'),
  /** The customer's mood when the conversation starts. */
  startMood: mood.default(0),
  /** ID of the first node. */
  start: localId,
  /** The conversation's nodes. */
  nodes: z.array(nodeSchema).min(1),
  /** Ways the conversation ends (at least one). */
  endings: z.array(endingSchema).min(1),
  /** Briefs for pair practice in class. */
  roleCards,
});
/** A parsed role-play scenario. */
export type RolePlay = z.infer<typeof rolePlaySchema>;
/** A scenario as written in YAML (defaults not yet applied). */
export type RolePlayInput = z.input<typeof rolePlaySchema>;
