/**
 * The parts of xAPI 1.0.3 statements the course sends (Data, §2.4). Only what we build:
 * an LRS accepts more, and the contextTemplate an LMS hands us may hold more (kept as is).
 */

/** A language map (`{ "en-US": "answered" }`). */
export type LanguageMap = Record<string, string>;

/** An Agent: the learner. cmi5 requires an `account` (§9.2); the launch gives it. */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  account?: { homePage: string; name: string };
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
}

/** An Activity as a statement's object or a context activity. */
export interface XapiActivity {
  objectType?: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    interactionType?: string;
  };
}

/** A statement's result (§2.4.5). */
export interface XapiResult {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration (`PT1M2.5S`). */
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** A statement's context (§2.4.6); the LMS's contextTemplate is one of these. */
export interface XapiContext {
  registration?: string;
  contextActivities?: {
    parent?: XapiActivity[];
    grouping?: XapiActivity[];
    category?: XapiActivity[];
    other?: XapiActivity[];
  };
  language?: string;
  extensions?: Record<string, unknown>;
  [other: string]: unknown;
}

/** A statement as the course sends it: always with an ID and a timestamp. */
export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}
