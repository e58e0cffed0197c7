/**
 * The learner's record is a list of events shaped after xAPI statements
 * (actor is implicit: one learner per browser profile), so sending them to an
 * LRS or a SCORM runtime is a mapping, not a rewrite.
 */

/** What happened, after the ADL xAPI verbs of the same names. */
export type Verb =
  | 'experienced' // opened a lesson
  | 'attempted' // started an attempt of a quiz, role-play or classifier
  | 'answered' // answered one item
  | 'completed' // finished a lesson / attempt
  | 'passed'
  | 'failed';

/** What it happened to. */
export type ActivityType = 'lesson' | 'quiz' | 'item' | 'roleplay' | 'classifier' | 'course';

/** The activity an event is about, by its stable content ID. */
export interface Activity {
  type: ActivityType;
  id: string;
}

/** Outcome of an activity, as in an xAPI result. */
export interface EventResult {
  /** Points scored, points possible and raw / max (0–1). */
  score?: { raw: number; max: number; scaled: number };
  success?: boolean;
  completion?: boolean;
  /** The learner's response, serialised (e.g. `a[,]c` for choices, as SCORM/xAPI expect). */
  response?: string;
  /** Seconds spent, when measured. */
  durationSeconds?: number;
  /** Further values, as xAPI result extensions (e.g. a classifier's answers and point). */
  extensions?: Record<string, string | number>;
}

/** Where an event happened. */
export interface EventContext {
  /** The quiz an answered item belongs to. */
  parentId?: string;
  /** 1-based attempt number the event belongs to. */
  attempt?: number;
  /** Seed that fixes the shuffle and bank draw of the attempt. */
  seed?: number;
  /** Item IDs drawn for the attempt, in the order shown. */
  itemIds?: string[];
  /** Locale the learner used. */
  locale?: string;
}

/** One thing the learner did. Events are append-only and never edited. */
export interface LearnerEvent {
  /** Unique event ID (used to merge records from two tabs without duplicates). */
  id: string;
  verb: Verb;
  object: Activity;
  result?: EventResult;
  context?: EventContext;
  /** ISO 8601 time the event happened. */
  timestamp: string;
}

/** An event as a caller records it: the store fills in `id` and `timestamp` when they are missing. */
export type NewLearnerEvent = Omit<LearnerEvent, 'id' | 'timestamp'> & Partial<Pick<LearnerEvent, 'id' | 'timestamp'>>;
