import type { Fault } from './types';

/** The learner's record in localStorage, and two tabs sharing it. */
export const storageFaults: Fault[] = [
  {
    id: 'F-STORAGE-CORRUPT',
    area: 'storage',
    fault: 'The saved record is not JSON (cut short, overwritten, edited by hand).',
    expected: 'Every page still works, the learner is told, and the unreadable text is kept under a backup key.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts', 'e2e/storage.spec.ts'],
  },
  {
    id: 'F-STORAGE-DAMAGED-EVENTS',
    area: 'storage',
    fault: 'The saved record is JSON but some of its events are invalid.',
    expected: 'The invalid events are set aside, every valid one is kept, and the learner is told how many were dropped.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts', 'e2e/storage.spec.ts'],
  },
  {
    id: 'F-STORAGE-OTHER-VERSION',
    area: 'storage',
    fault: 'The saved record has an older layout (v1, possibly damaged) or a layout newer than the code.',
    expected: 'An old record is migrated without a warning, a newer one recovered with its valid events; nothing throws.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/migrations.test.ts'],
  },
  {
    id: 'F-STORAGE-FULL',
    area: 'storage',
    fault: 'Storage is full: every write throws QuotaExceededError from the first page on.',
    expected: 'The learner keeps working in memory, is warned that progress is not saved, and saving resumes once a write works.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts', 'e2e/storage.spec.ts'],
  },
  {
    id: 'F-STORAGE-FULL-MID-QUIZ',
    area: 'storage',
    fault: 'Storage fills up in the middle of a quiz attempt.',
    expected: 'Answering, checking and finishing still work, the result is shown, and the learner is warned that progress is not saved.',
    tests: ['e2e/storage.spec.ts'],
  },
  {
    id: 'F-STORAGE-BLOCKED',
    area: 'storage',
    fault: 'Storage is disabled: every access to localStorage throws SecurityError.',
    expected: 'Pages and quizzes work in memory and the learner is warned that progress is not saved; no script error.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts', 'e2e/storage.spec.ts'],
  },
  {
    id: 'F-STORAGE-BACKUP-FAILS',
    area: 'storage',
    fault: 'A damaged record must be backed up but the backup cannot be written.',
    expected: 'The record is still recovered; only the backup is missing.',
    tests: ['unit/progress/storage.test.ts'],
  },
  {
    id: 'F-TABS-TWO-TABS',
    area: 'tabs',
    fault: 'The course is open in two tabs and the learner works in both.',
    expected: 'Both tabs end up with the union of the events, each once, without a reload.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts', 'e2e/tabs.spec.ts'],
  },
  {
    id: 'F-TABS-UNANNOUNCED-SAVE',
    area: 'tabs',
    fault: 'Another tab saved the record but its storage event has not arrived yet when this tab writes.',
    expected: 'This tab folds the other tab\'s events in before writing, so none is overwritten.',
    tests: ['unit/progress/learner-store.test.ts'],
  },
  {
    id: 'F-TABS-RESET-ELSEWHERE',
    area: 'tabs',
    fault: 'The learner resets progress in one tab while another tab still holds the old events.',
    expected: 'The old events never come back from the other tab.',
    tests: ['unit/progress/storage.test.ts', 'unit/progress/learner-store.test.ts'],
  },
  {
    id: 'F-TABS-DUPLICATE-ANSWER',
    area: 'tabs',
    fault: 'Two tabs record an answer to the same item in the same attempt.',
    expected: 'The LMS receives the first answer once; the duplicate is not reported.',
    tests: ['unit/tracking/scorm-report.test.ts'],
  },
];
