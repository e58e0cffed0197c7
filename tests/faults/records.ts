import type { Fault } from './types';

const IMPORT = 'unit/records/import.test.ts';
const HR = 'e2e/hr.spec.ts';

/** Hostile files on the HR page, the trainee's completion record, and the trainer's classroom state. */
export const recordFaults: Fault[] = [
  {
    id: 'F-HR-HUGE-FILE',
    area: 'HR import',
    fault: 'A file or paste over 10 MB is given to the HR page.',
    expected: 'It is refused before it is read, saying the limit.',
    tests: [IMPORT, HR],
  },
  {
    id: 'F-HR-NOT-JSON',
    area: 'HR import',
    fault: 'A file that is not JSON (a CSV, text, broken JSON), empty, or cut short.',
    expected: 'It is listed as not a record, unreadable, empty or cut short; the good files of the same batch load.',
    tests: [IMPORT, HR],
  },
  {
    id: 'F-HR-WRONG-SHAPE',
    area: 'HR import',
    fault: 'JSON of the wrong shape: another kind of document, wrong types, over-long or unknown fields, over 500 quizzes.',
    expected: 'It is refused with the field and the problem named; good entries of the same array load.',
    tests: [IMPORT],
  },
  {
    id: 'F-HR-DEEP-NESTING',
    area: 'HR import',
    fault: 'A file of deeply nested JSON (a million levels of arrays or objects).',
    expected: 'It is refused as not a record within about a second, without a stack overflow.',
    tests: [IMPORT],
  },
  {
    id: 'F-HR-EDITED-RECORD',
    area: 'HR import',
    fault: 'A record or QR summary edited after it was issued (its verification code no longer matches).',
    expected: 'It is not loaded, and the learner is named so HR can ask for a new copy.',
    tests: [IMPORT, HR, 'unit/records/build.test.ts'],
  },
  {
    id: 'F-HR-OTHER-COURSE',
    area: 'HR import',
    fault: 'A record of another course, or of a record layout this page does not know.',
    expected: 'It is refused, naming the other course or the unknown layout.',
    tests: [IMPORT, HR],
  },
  {
    id: 'F-HR-HTML-NAME',
    area: 'HR import',
    fault: 'A learner\'s name or department holds HTML and script.',
    expected: 'It is kept and shown as text; nothing runs.',
    tests: [IMPORT, HR],
  },
  {
    id: 'F-HR-CSV-INJECTION',
    area: 'HR import',
    fault: 'A name or department starts like a spreadsheet formula (= + - @, tab, CR) and HR exports CSV.',
    expected: 'Those cells are prefixed with an apostrophe, so a spreadsheet never runs them.',
    tests: ['unit/records/csv.test.ts', 'unit/records/roster-csv.test.ts', HR],
  },
  {
    id: 'F-HR-DUPLICATES',
    area: 'HR import',
    fault: 'The same learner is imported twice (two records, two QR summaries, a summary and a record).',
    expected: 'One row is kept, the newest or the full record, and each replacement is listed.',
    tests: [IMPORT],
  },
  {
    id: 'F-HR-FLOOD',
    area: 'HR import',
    fault: '10,000 records are imported at once.',
    expected: 'They load in chunks in a few seconds while the page keeps responding.',
    tests: [IMPORT, HR],
  },
  {
    id: 'F-HR-NO-QR-READER',
    area: 'HR import',
    fault: 'The browser has no BarcodeDetector for QR codes.',
    expected: 'The camera import is not offered; files and paste still work.',
    tests: [HR],
  },
  {
    id: 'F-RECORDS-CSV-INJECTION',
    area: 'records',
    fault: 'The trainee\'s name or department starts like a spreadsheet formula and they download the CSV.',
    expected: 'Those cells are defused with an apostrophe.',
    tests: ['unit/records/export.test.ts', 'e2e/records.spec.ts'],
  },
  {
    id: 'F-RECORDS-IDENTITY-UNREADABLE',
    area: 'records',
    fault: 'The stored name and department are damaged, of the wrong type or too long.',
    expected: 'They are read as no identity, or cleaned and cut to the limits.',
    tests: ['unit/records/identity.test.ts', 'unit/records/record-stores.test.ts'],
  },
  {
    id: 'F-RECORDS-IDENTITY-NOT-SAVED',
    area: 'records',
    fault: 'Storage refuses to save the trainee\'s name.',
    expected: 'The name is kept in memory for this page.',
    tests: ['unit/records/record-stores.test.ts'],
  },
  {
    id: 'F-RECORDS-ISSUED-TAMPERED',
    area: 'records',
    fault: 'The record last issued, kept in storage, was edited so its code no longer matches.',
    expected: 'It is never handed out again; a fresh record is issued.',
    tests: ['unit/records/issue.test.ts'],
  },
  {
    id: 'F-RECORDS-NO-NAME',
    area: 'records',
    fault: 'The trainee asks for a record file without typing a name.',
    expected: 'The download is refused and the name field is marked, described and focused.',
    tests: ['e2e/records.spec.ts'],
  },
  {
    id: 'F-RECORDS-INCOMPLETE',
    area: 'records',
    fault: 'The certificate is asked for before the course is complete.',
    expected: 'My progress says what is missing and the certificate page shows none.',
    tests: ['e2e/records.spec.ts'],
  },
  {
    id: 'F-TRAINER-STORAGE',
    area: 'trainer',
    fault: 'The trainer\'s saved round, scoreboard or settings are damaged, or storage refuses writes.',
    expected: 'The round starts afresh (damaged fields repaired), and the trainer is told when nothing can be saved.',
    tests: ['unit/trainer/saved.test.ts', 'unit/trainer/quiz-round.test.ts', 'e2e/trainer-quiz.spec.ts'],
  },
];
