/**
 * The fault catalogue: every fault the product is tested against, and what it must do then.
 *
 * One entry per fault: a stable ID (`F-<AREA>-<WHAT>`, never renamed: reports and commits
 * cite it), the fault in one sentence, the expected behaviour in one sentence, its area, and
 * the test files (paths under tests/) that exercise it. The entries live in tests/faults/,
 * one file per group of areas; this file puts them together.
 *
 * Tag convention: a test carries a fault by writing its ID in square brackets at the end of
 * its title, `test('… keeps working in memory [F-STORAGE-FULL]', …)`; a table-driven test
 * writes it in the row's name, which becomes part of the title. Titles, not tags or
 * annotations, because Vitest and Playwright both keep them, both filter on them
 * (`vitest -t F-LMS-`, `playwright test --grep F-LMS-`) and both print them in reports.
 *
 * tests/content/faults.test.ts holds the catalogue to that: every entry has a test carrying
 * its ID in each file it names and in no other file, no test carries an ID the catalogue
 * does not know, no ID is listed twice, and the README's count by area is the one computed
 * here (`faultCountLine`).
 */
import { contentFaults } from './faults/content';
import { offlineFaults } from './faults/offline';
import { recordFaults } from './faults/records';
import { storageFaults } from './faults/storage';
import { trackingFaults } from './faults/tracking';
import type { Fault } from './faults/types';

export type { Fault, FaultArea } from './faults/types';
export { AREAS } from './faults/types';

/** Every fault, grouped by area in the order of `AREAS`. */
export const FAULTS: readonly Fault[] = [...storageFaults, ...offlineFaults, ...trackingFaults, ...contentFaults, ...recordFaults];
