/**
 * The messages between the pages and the service worker (src/sw/sw.ts): pages post requests
 * to the worker; the worker answers every tab at once on a BroadcastChannel, so a download
 * started in one tab shows its progress in all of them.
 */
import type { OfflineGroup } from './manifest';
import type { GroupStatus } from './plan';

/** The BroadcastChannel name the worker reports on. */
export const CHANNEL = 'cs-course-offline';

/** Requests from a page. */
export type OfflineMessage =
  | { type: 'status' }
  | { type: 'download'; group: OfflineGroup }
  | { type: 'remove'; group: OfflineGroup }
  /** The learner accepted the waiting update. */
  | { type: 'skip-waiting' };

/** The worker's report of what this version holds on the device. */
export interface OfflineReply {
  type: 'status';
  version: string;
  groups: GroupStatus[];
  /** The locale being downloaded right now, if any. */
  active?: OfflineGroup;
  /** Files that could not be saved in the last download (network, quota or a file of another build). */
  failed?: number;
}

/** Checks a message received on the channel. */
export function isReply(value: unknown): value is OfflineReply {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<OfflineReply>;
  return r.type === 'status' && typeof r.version === 'string' && Array.isArray(r.groups);
}

/** "3.2 MB" / "850 KB" in the page's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / 1_000_000;
  const format = (n: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return mb >= 1 ? format(mb, 'MB') : format(Math.max(1, Math.round(bytes / 1000)), 'KB');
}
