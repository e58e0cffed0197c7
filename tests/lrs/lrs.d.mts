/** Types of the tiny test LRS (lrs.mjs). */
export interface LaunchOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
  registration?: string;
  sessionId?: string;
  activityId?: string;
  publisherId?: string;
  actor?: Record<string, unknown>;
}
export interface Launch {
  /** The cmi5 launch query string (endpoint, fetch, actor, registration, activityId). */
  query: string;
  registration: string;
  sessionId: string;
  activityId: string;
  actor: Record<string, unknown>;
  fetch: string;
}
export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  timestamp: string;
  context?: { registration?: string; contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
  result?: Record<string, unknown>;
  actor: Record<string, unknown>;
}
export interface TinyLrs {
  url: string;
  statements: StoredStatement[];
  errors: { id: string; warnings: { path: string; name: string }[] }[];
  requests: { method: string; path: string; count: number }[];
  documents: Map<string, string>;
  launch(options?: LaunchOptions): Launch;
  down(): void;
  up(): void;
  close(): Promise<void>;
}
export function startLrs(options?: { port?: number; basic?: string }): Promise<TinyLrs>;
