/**
 * What the service worker keeps on the device, decided without touching a cache: which files
 * a new version must hold before it may take over, which it can copy from the version in use
 * (same hash) and which it must download; how far a locale's download has come.
 */
import type { OfflineEntry, OfflineGroup, OfflineManifest } from './manifest';

/** What a learner asked for, stored beside a version's files. */
export interface OfflineState {
  /** Locales made available offline ("make available offline"): a new version downloads them in full. */
  wanted: OfflineGroup[];
}

/** The version being replaced, as its cache holds it. */
export interface PreviousVersion {
  manifest: OfflineManifest;
  state: OfflineState;
  /** Keys of the files in its cache (visited pages, downloaded locales, the shell). */
  cached: ReadonlySet<string>;
}

export interface InstallPlan {
  /** Unchanged files to copy from the previous version's cache. */
  copy: string[];
  /** Files to download (new or changed). */
  fetch: string[];
  /** The state the new version starts with. */
  state: OfflineState;
}

/** Index of a manifest by key. */
export function entriesByKey(manifest: OfflineManifest): Map<string, OfflineEntry> {
  return new Map(manifest.entries.map((e) => [e[0], e]));
}

/**
 * The files a new version must have before it activates: the shell, every file of the locales
 * the learner made available offline, and the new build of every page the learner had kept
 * (visited) — so an update never takes away what worked offline before it.
 */
export function planInstall(next: OfflineManifest, previous?: PreviousVersion): InstallPlan {
  const state: OfflineState = { wanted: previous ? [...previous.state.wanted] : [] };
  const old = previous ? entriesByKey(previous.manifest) : new Map<string, OfflineEntry>();
  const copy: string[] = [];
  const fetch: string[] = [];
  for (const [key, revision, , group] of next.entries) {
    const kept = group === 'shell' || state.wanted.includes(group) || (previous?.cached.has(key) ?? false);
    if (!kept) continue;
    const before = old.get(key);
    if (before && before[1] === revision && previous?.cached.has(key)) copy.push(key);
    else fetch.push(key);
  }
  return { copy, fetch, state };
}

/** How much of a group is on the device. */
export interface GroupStatus {
  group: OfflineGroup;
  files: number;
  bytes: number;
  cachedFiles: number;
  cachedBytes: number;
  /** The learner asked for it (a new version downloads it again). */
  wanted: boolean;
}

/** A group's progress against a version's cache. */
export function groupStatus(manifest: OfflineManifest, cached: ReadonlySet<string>, state: OfflineState, group: OfflineGroup): GroupStatus {
  const status: GroupStatus = { group, files: 0, bytes: 0, cachedFiles: 0, cachedBytes: 0, wanted: state.wanted.includes(group) };
  for (const [key, , bytes, g] of manifest.entries) {
    if (g !== group) continue;
    status.files += 1;
    status.bytes += bytes;
    if (cached.has(key)) {
      status.cachedFiles += 1;
      status.cachedBytes += bytes;
    }
  }
  return status;
}

/** The keys a locale's download still lacks. */
export function missingKeys(manifest: OfflineManifest, cached: ReadonlySet<string>, group: OfflineGroup): string[] {
  return manifest.entries.filter((e) => e[3] === group && !cached.has(e[0])).map((e) => e[0]);
}

/** A hex digest prefix as the manifest's revisions use it. */
export function revisionOf(hexDigest: string): string {
  return hexDigest.slice(0, 16);
}
