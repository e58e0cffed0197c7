import { atom, type ReadableAtom } from 'nanostores';
import { cleanIdentity, parseIdentity, type IdentityInput } from '../lib/records/identity';
import type { LearnerIdentity } from '../lib/records/record';

/**
 * Who the completion record is about: the name (and optional employee number and
 * department) the learner typed on My progress, kept in localStorage under
 * `cs-course:identity`. Unreadable text counts as no identity; blocked or full storage
 * keeps it for this page only (the record itself warns about storage on My progress).
 */

/** The localStorage key of the identity. */
export const IDENTITY_KEY = 'cs-course:identity';

const EMPTY: LearnerIdentity = { name: '' };
const identity = atom<LearnerIdentity>(EMPTY);

/** The learner's identity, cleaned (trimmed, length-limited); the name is empty until typed. */
export const $identity: ReadableAtom<LearnerIdentity> = identity;

let storage: Storage | null = null;

/** Clean and keep what the learner typed; returns the cleaned identity. Never throws. */
export function saveIdentity(input: IdentityInput): LearnerIdentity {
  const next = cleanIdentity(input);
  identity.set(next);
  try {
    storage?.setItem(IDENTITY_KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: the identity lives on for this page.
  }
  return next;
}

function start(): void {
  if (typeof window === 'undefined') return;
  try {
    storage = localStorage; // the getter itself throws when storage is blocked
    identity.set(parseIdentity(storage.getItem(IDENTITY_KEY)) ?? EMPTY);
  } catch {
    storage = null;
    return;
  }
  // Another tab changed it: follow, so both show the same name.
  window.addEventListener('storage', (e) => {
    if (e.key === IDENTITY_KEY) identity.set(parseIdentity(e.newValue) ?? EMPTY);
  });
}

start();
