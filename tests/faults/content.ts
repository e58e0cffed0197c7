import type { Fault } from './types';

const V = 'content/validate.test.ts';
const M = 'content/malformed-content.test.ts';
const P = 'content/session-plans.test.ts';

/** Shorthand: every content fault is stopped by the build-time check, which names the file, the field and the problem. */
const content = (id: string, fault: string, problem: string, tests: string[]): Fault => ({
  id,
  area: 'content',
  fault,
  expected: `The build stops and the report names the file, the field and the problem (${problem}).`,
  tests,
});

/** Malformed content of every kind the schemas (src/schemas) and the checks (src/content-check) guard. */
export const contentFaults: Fault[] = [
  content('F-CONTENT-STOPS-BUILD', 'Any content problem reaches `astro build` (or `astro dev`).', 'a readable report, no stack trace; dev keeps serving', ['content/integration.test.ts', V]),
  content('F-CONTENT-YAML-SYNTAX', 'A content file is not valid YAML, or course.yaml is missing.', '"cannot be read as YAML" with the parser\'s reason', [M]),
  content('F-CONTENT-MISSING-TRANSLATION', 'A learner-facing string lacks one locale (quiz, role-play, session plan).', '"missing en translation"', [V, P]),
  content('F-CONTENT-EMPTY-TRANSLATION', 'A learner-facing string is empty or blank in one locale.', '"empty zh-CN translation"', [M]),
  content('F-CONTENT-UNKNOWN-FIELD', 'A content file has a field the schema does not know (a typo such as `explaination`).', 'the unrecognised key', [M]),
  content('F-CONTENT-WRONG-TYPE', 'A field has a value of the wrong type or out of range (minutes as text, passMark 1.5).', 'what the value must be', [M]),
  content('F-CONTENT-UNKNOWN-CONCEPT', 'A quiz item, lesson, role-play or classifier names a concept not in curriculum.yaml.', '"unknown concept ID"', [V, M]),
  content('F-CONTENT-DUPLICATE-CONCEPT', 'curriculum.yaml lists a concept ID twice.', '"listed twice"', [M]),
  content('F-CONTENT-DUPLICATE-ID', 'Two quiz items, lessons, quizzes, role-plays or classifiers share an ID.', '"duplicate … ID" and where the other one is', [V, M]),
  content('F-CONTENT-ID-NOT-FILE-NAME', 'A quiz, role-play, classifier or session plan ID differs from its file name.', '"must equal the file name"', [V, M, P]),
  content('F-CONTENT-EMBED-MISSING', 'A lesson embeds a quiz, role-play or classifier that does not exist.', '"embeds … which does not exist"', [V, M]),
  content('F-CONTENT-LESSON-ONE-LOCALE', 'A lesson exists in one locale only.', '"exists in zh-CN only"', [V]),
  content('F-CONTENT-LESSON-ID-MISMATCH', 'The two locales of a lesson carry different IDs, or an ID outside its module.', 'both IDs, or the module it must start with', [M]),
  content('F-CONTENT-LESSON-WRONG-FOLDER', 'A lesson\'s `module` differs from the folder it is in.', 'the module and the folder', [M]),
  content('F-CONTENT-QUIZ-ANSWER-KEY', 'A quiz item\'s correct answer is not among its options (single, multiple, case part, categorise entry).', 'the answer and the options it should be one of', [V, M]),
  content('F-CONTENT-QUIZ-DUPLICATE-CHOICE', 'Two options, entries or pairs of one item share an ID.', '"option ID … is used twice"', [M]),
  content('F-CONTENT-QUIZ-ITEM-SHAPE', 'A quiz item has an unknown type, too few options, or lacks a field its type needs.', 'the field the type needs', [M]),
  content('F-CONTENT-QUIZ-DRAW', 'A bank draws more items than it has.', '"draws 5 items from a bank of only 1"', [V]),
  content('F-CONTENT-ROLEPLAY-DANGLING', 'A role-play reply leads to no node or ending, or the start is not a node.', '"leads to … which is neither a node nor an ending"', [V, M, 'unit/roleplay/check.test.ts']),
  content('F-CONTENT-ROLEPLAY-UNREACHABLE', 'A role-play node or ending that no conversation reaches.', '"no conversation reaches this node"', [M, 'unit/roleplay/check.test.ts']),
  content('F-CONTENT-ROLEPLAY-STUCK', 'A role-play loop without an exit, or routes that may all fail, where a conversation gets stuck.', '"the conversation gets stuck" / "no route applies"', [M, 'unit/roleplay/check.test.ts']),
  content('F-CONTENT-ROLEPLAY-DIMENSIONS', 'A reply scores a dimension the scenario does not declare, or no reply moves a declared one.', 'the dimension', [M, 'unit/roleplay/check.test.ts']),
  content('F-CONTENT-ROLEPLAY-CONDITION', 'A reply\'s condition names a reply that does not exist.', '"not a <node>.<reply>"', [M, 'unit/roleplay/check.test.ts']),
  content('F-CONTENT-CLASSIFIER-QUADRANTS', 'Two placement profiles sit in the same quadrant.', '"two profiles sit in the same quadrant"', [M]),
  content('F-CONTENT-CLASSIFIER-FLAT-ITEM', 'Every option of a placement item has the same weights.', '"cannot tell anyone apart"', [M]),
  content('F-CONTENT-CLASSIFIER-REFERENCE', 'A profile links a role-play, or a drill a placement, that does not exist.', '"does not exist" / "is not a placement classifier"', [M]),
  content('F-CONTENT-DRILL-ANSWERS', 'A drill case gives no answer to a question, or an answer that is not a choice.', 'the case, the question and the choices', [M]),
  content('F-CONTENT-PLAN-MINUTES', 'A session plan\'s agenda does not add up to its duration.', '"the agenda adds up to 60 minutes"', [P]),
  content('F-CONTENT-PLAN-CASE-METHOD', 'A session plan leaves a case-method step out or runs them out of order.', 'the missing step or the order', [P]),
  content('F-CONTENT-PLAN-REFERENCE', 'A session plan names a module, lesson, quiz or role-play that does not exist or is another module\'s.', 'the reference', [P]),
  content('F-CONTENT-PLAN-DUPLICATE', 'Two session plans for one module, or too few discussion questions.', 'the module / the minimum', [P]),
  content('F-CONTENT-COURSE-UNKNOWN-LESSON', 'course.yaml lists a lesson that does not exist, or a lesson under another module.', '"does not exist" / "belongs to module"', [V, M]),
  content('F-CONTENT-COURSE-UNLISTED-LESSON', 'A lesson file no module of course.yaml lists.', '"is not listed in any module"', [M]),
  content('F-CONTENT-COURSE-LISTED-TWICE', 'course.yaml lists a module or a lesson twice.', '"is listed twice"', [M]),
  content('F-CONTENT-COURSE-MISSING-TEST', 'A module\'s test is not a quiz in content/quizzes.', '"module test … does not exist"', [M]),
  content('F-CONTENT-COURSE-BAD-RULES', 'course.yaml has a malformed module ID or rules out of range.', 'the module ID pattern / the range', [M]),
];
