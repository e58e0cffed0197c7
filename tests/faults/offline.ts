import type { Fault } from './types';

/** The offline course: the service worker, its downloads and deployments (tests/e2e/offline-course.spec.ts). */
const SPEC = 'e2e/offline-course.spec.ts';
export const offlineFaults: Fault[] = [
  {
    id: 'F-OFFLINE-UNVISITED',
    area: 'offline',
    fault: 'Offline, the learner opens a page that is not on the device (never visited, course not downloaded).',
    expected: 'The offline page in the page\'s language (HTTP 503) says so and points to My progress, where the course can be made available offline.',
    tests: [SPEC],
  },
  {
    id: 'F-OFFLINE-DOWNLOAD-CUT',
    area: 'offline',
    fault: 'The connection drops while the course is being made available offline.',
    expected: 'My progress says how many files could not be saved and offers Try again; what was saved is kept and the download completes once online.',
    tests: [SPEC],
  },
  {
    id: 'F-OFFLINE-STORAGE-FULL',
    area: 'offline',
    fault: 'The device has too little storage for the whole course.',
    expected: 'The files that do not fit are reported as not saved; the pages saved and the learner\'s progress keep working.',
    tests: [SPEC],
  },
  {
    id: 'F-OFFLINE-NEW-DEPLOYMENT',
    area: 'offline',
    fault: 'A new version is deployed while the learner has the course open and kept offline.',
    expected: 'The learner is told an update is ready; until they reload, every page and file comes from the old build; afterwards all from the new one, still offline.',
    tests: [SPEC],
  },
  {
    id: 'F-OFFLINE-UPDATE-FAILS',
    area: 'offline',
    fault: 'A new version cannot be downloaded completely (server errors mid-deployment).',
    expected: 'It does not install: the version in use keeps serving whole, no update is announced, and the update installs on a later visit.',
    tests: [SPEC],
  },
  {
    id: 'F-OFFLINE-NO-WORKER',
    area: 'offline',
    fault: 'The browser does not allow a service worker (a privacy setting or policy).',
    expected: 'Pages work online as usual and My progress says the course cannot be kept offline in this browser.',
    tests: [SPEC],
  },
];
