/** Where a fault happens, in the order the catalogue lists them. */
export const AREAS = ['storage', 'tabs', 'network', 'offline', 'LMS', 'LRS', 'content', 'HR import', 'records', 'trainer'] as const;

/** Where a fault happens. */
export type FaultArea = (typeof AREAS)[number];

/** One fault the product is tested against (see tests/faults.ts for the conventions). */
export interface Fault {
  /** Stable ID, `F-<AREA>-<WHAT>` in capitals; tests carry it as `[F-…]` in their title. */
  id: string;
  /** Where the fault happens. */
  area: FaultArea;
  /** The fault, in one sentence. */
  fault: string;
  /** What the product does then, in one sentence. */
  expected: string;
  /** Test files (paths under tests/) with a test carrying the ID: all of them, and only them. */
  tests: readonly string[];
}
