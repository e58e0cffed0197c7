import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateContent } from '../../src/content-check/validate';
import { readContentSources, type ContentSources } from '../../src/content-check/read';
import { item, lessonFixture, validSources } from './fixtures';

/**
 * Malformed content of every kind the schemas and checks guard, beyond the cases of
 * validate.test.ts and session-plans.test.ts: each is reported with the file, the field
 * and the problem (the fault IDs are in tests/faults.ts).
 */

type Data = Record<string, any>; // YAML as parsed, to be broken on purpose
const yamlOf = (url: URL): Data => parse(readFileSync(url, 'utf8')) as Data;
const contentFile = (path: string) => new URL(`../../content/${path}`, import.meta.url);

/** The valid fixture set plus the engine tests' role-play and a real placement and drill, made valid for the fixture curriculum. */
function sources(): ContentSources {
  const s = validSources();
  const rp = yamlOf(new URL('../unit/roleplay/fixtures/rp-small.yaml', import.meta.url));
  const placement = yamlOf(contentFile('classifiers/cl-customer-type.yaml'));
  const drill = yamlOf(contentFile('classifiers/cl-drill-customer-types.yaml'));
  for (const d of [rp, placement, drill]) d.concepts = ['service-definition'];
  for (const p of placement.profiles) delete p.rolePlay;
  s.rolePlays.push({ file: 'content/roleplays/rp-small.yaml', data: rp });
  s.classifiers.push({ file: 'content/classifiers/cl-customer-type.yaml', data: placement }, { file: 'content/classifiers/cl-drill-customer-types.yaml', data: drill });
  return s;
}
const quiz = (s: ContentSources) => s.quizzes[0]!.data as Data;
const course = (s: ContentSources) => s.course.data as Data;
const rp = (s: ContentSources) => s.rolePlays[0]!.data as Data;
const placement = (s: ContentSources) => s.classifiers[0]!.data as Data;
const drill = (s: ContentSources) => s.classifiers[1]!.data as Data;
const lessonData = (s: ContentSources, i: number) => s.lessons[i]!.data as Data;
const addLessonPair = (s: ContentSources, relPath: string, id: string, over: Data = {}) =>
  s.lessons.push(lessonFixture('zh-CN', relPath, id, over, []), lessonFixture('en', relPath, id, over, []));

const Q = 'content/quizzes/q-one.yaml';
const RP = 'content/roleplays/rp-small.yaml';
const CL = 'content/classifiers/cl-customer-type.yaml';
const DR = 'content/classifiers/cl-drill-customer-types.yaml';
const COURSE = 'content/course.yaml';
const ZH = 'content/lessons/zh-cn/m1/01-one.mdx';
const EN = 'content/lessons/en/m1/01-one.mdx';

type Case = { name: string; breakIt: (s: ContentSources) => unknown; file: string; field: string; message: RegExp };

const cases: Case[] = [
  { name: 'a blank English prompt [F-CONTENT-EMPTY-TRANSLATION]', breakIt: (s) => (quiz(s).items[0].prompt.en = '   '), file: Q, field: 'items[0].prompt.en', message: /empty en translation/ },
  { name: 'a misspelt field of a quiz [F-CONTENT-UNKNOWN-FIELD]', breakIt: (s) => (quiz(s).feedbak = quiz(s).feedback), file: Q, field: '', message: /unrecognized key.*"feedbak"/i },
  { name: 'a misspelt field of a role-play node [F-CONTENT-UNKNOWN-FIELD]', breakIt: (s) => (rp(s).nodes[0].costumer = 'x'), file: RP, field: 'nodes[0]', message: /unrecognized key.*"costumer"/i },
  { name: 'lesson minutes given as text [F-CONTENT-WRONG-TYPE]', breakIt: (s) => (lessonData(s, 0).minutes = 'ten'), file: ZH, field: 'minutes', message: /expected number/i },
  { name: 'a course pass mark over 1 [F-CONTENT-WRONG-TYPE]', breakIt: (s) => (course(s).rules = { passMark: 1.5 }), file: COURSE, field: 'rules.passMark', message: /<=1|less than or equal to 1/i },
  { name: 'an unknown concept ID in a role-play [F-CONTENT-UNKNOWN-CONCEPT]', breakIt: (s) => (rp(s).concepts = ['nope']), file: RP, field: 'concepts[0]', message: /unknown concept ID "nope"/ },
  { name: 'an unknown concept ID in a classifier [F-CONTENT-UNKNOWN-CONCEPT]', breakIt: (s) => (placement(s).concepts = ['nope']), file: CL, field: 'concepts[0]', message: /unknown concept ID "nope"/ },
  { name: 'a concept listed twice in the curriculum [F-CONTENT-DUPLICATE-CONCEPT]', breakIt: (s) => (s.curriculum.data as Data).concepts.push({ id: 'service-definition', module: 'm1', title: { 'zh-CN': '服务', en: 'Service' } }), file: 'content/curriculum.yaml', field: 'concepts', message: /concept ID "service-definition" is listed twice/ },
  { name: 'two quizzes with one ID [F-CONTENT-DUPLICATE-ID]', breakIt: (s) => s.quizzes.push({ file: 'content/quizzes/q-one.yaml', data: { ...quiz(s), items: [item('q-one-99')] } }), file: Q, field: 'id', message: /duplicate quiz ID "q-one"/ },
  { name: 'two role-plays with one ID [F-CONTENT-DUPLICATE-ID]', breakIt: (s) => s.rolePlays.push({ file: RP, data: structuredClone(rp(s)) }), file: RP, field: 'id', message: /duplicate role-play ID "rp-small"/ },
  { name: 'a role-play ID that is not its file name [F-CONTENT-ID-NOT-FILE-NAME]', breakIt: (s) => (rp(s).id = 'rp-large'), file: RP, field: 'id', message: /role-play ID "rp-large" must equal the file name "rp-small"/ },
  { name: 'a classifier ID that is not its file name [F-CONTENT-ID-NOT-FILE-NAME]', breakIt: (s) => (placement(s).id = 'cl-other'), file: CL, field: 'id', message: /classifier ID "cl-other" must equal the file name "cl-customer-type"/ },
  { name: 'a lesson embedding a classifier that does not exist [F-CONTENT-EMBED-MISSING]', breakIt: (s) => (s.lessons[0]!.classifierEmbeds = ['cl-missing']), file: ZH, field: '<Classifier>', message: /embeds classifier "cl-missing", which does not exist/ },
  { name: 'a lesson whose English ID differs [F-CONTENT-LESSON-ID-MISMATCH]', breakIt: (s) => (lessonData(s, 1).id = 'm1/other'), file: EN, field: 'id', message: /is "m1\/other" but the zh-CN file says "m1\/one"/ },
  { name: 'a lesson ID outside its module [F-CONTENT-LESSON-ID-MISMATCH]', breakIt: (s) => (lessonData(s, 0).id = 'm2/one'), file: ZH, field: 'id', message: /"m2\/one" must start with its module "m1\/"/ },
  { name: 'a lesson in the folder of another module [F-CONTENT-LESSON-WRONG-FOLDER]', breakIt: (s) => (lessonData(s, 0).module = 'm2'), file: ZH, field: 'module', message: /is "m2" but the file is in folder "m1"/ },
  { name: 'a multiple-choice key naming no option [F-CONTENT-QUIZ-ANSWER-KEY]', breakIt: (s) => quiz(s).items.push(item('q-one-02', { type: 'multiple', options: [...item('x').options, { ...item('x').options[0], id: 'c' }], correct: ['a', 'z'] })), file: Q, field: 'items[1]', message: /correct answer "z" is not one of the options \(a, b, c\)/ },
  { name: 'two options with one ID [F-CONTENT-QUIZ-DUPLICATE-CHOICE]', breakIt: (s) => (quiz(s).items[0].options[1].id = 'a'), file: Q, field: 'items[0]', message: /option ID "a" is used twice/ },
  { name: 'an item of an unknown type [F-CONTENT-QUIZ-ITEM-SHAPE]', breakIt: (s) => (quiz(s).items[0].type = 'essay'), file: Q, field: 'items[0].type', message: /single.*multiple|invalid/i },
  { name: 'a single-choice item with one option [F-CONTENT-QUIZ-ITEM-SHAPE]', breakIt: (s) => quiz(s).items[0].options.pop(), file: Q, field: 'items[0].options', message: />=2|at least 2/i },
  { name: 'a true/false item without its answer [F-CONTENT-QUIZ-ITEM-SHAPE]', breakIt: (s) => quiz(s).items.push({ ...item('q-one-02'), type: 'truefalse', options: undefined, correct: undefined, feedback: { true: { 'zh-CN': '对', en: 'T' }, false: { 'zh-CN': '错', en: 'F' } } }), file: Q, field: 'items[1].correct', message: /boolean/i },
  { name: 'a role-play that starts at no node [F-CONTENT-ROLEPLAY-DANGLING]', breakIt: (s) => (rp(s).start = 'hello'), file: RP, field: 'start', message: /"hello" is not a node/ },
  { name: 'a role-play node no conversation reaches [F-CONTENT-ROLEPLAY-UNREACHABLE]', breakIt: (s) => rp(s).nodes.push({ ...structuredClone(rp(s).nodes[2]), id: 'orphan' }), file: RP, field: 'nodes[3] (orphan)', message: /no conversation reaches this node/ },
  { name: 'a role-play ending no conversation reaches [F-CONTENT-ROLEPLAY-UNREACHABLE]', breakIt: (s) => (rp(s).nodes[2].replies[1].next = 'ok'), file: RP, field: 'endings[2] (escalated)', message: /no conversation reaches this ending/ },
  { name: 'a role-play loop without an exit [F-CONTENT-ROLEPLAY-STUCK]', breakIt: (s) => rp(s).nodes[1].replies.forEach((r: Data) => (r.next = 'details')), file: RP, field: 'nodes (details)', message: /the conversation gets stuck: no reply is offered after open\.a → / },
  { name: 'role-play routes that may all fail [F-CONTENT-ROLEPLAY-STUCK]', breakIt: (s) => (rp(s).nodes[0].replies[1].next = [{ when: { moodAtLeast: 3 }, to: 'details' }]), file: RP, field: 'nodes (open).replies (b).next', message: /no route applies/ },
  { name: 'points on an undeclared role-play dimension [F-CONTENT-ROLEPLAY-DIMENSIONS]', breakIt: (s) => (rp(s).nodes[0].replies[0].effects = { charm: 2, empathy: 2, listening: 2 }), file: RP, field: 'nodes[0] (open).replies[0] (a).effects', message: /scores "charm", which is not one of the declared dimensions/ },
  { name: 'a role-play dimension no reply moves [F-CONTENT-ROLEPLAY-DIMENSIONS]', breakIt: (s) => rp(s).nodes.forEach((n: Data) => n.replies.forEach((r: Data) => delete r.effects?.listening)), file: RP, field: 'dimensions (listening)', message: /every conversation scores 0 on it/ },
  { name: 'a role-play condition naming an unknown reply [F-CONTENT-ROLEPLAY-CONDITION]', breakIt: (s) => (rp(s).nodes[1].replies[2].when = { chose: ['open.z'] }), file: RP, field: 'nodes[1] (details).replies[2] (c)', message: /names "open.z", which is not a <node>.<reply>/ },
  { name: 'two profiles in one quadrant [F-CONTENT-CLASSIFIER-QUADRANTS]', breakIt: (s) => Object.assign(placement(s).profiles[1], { x: placement(s).profiles[0].x, y: placement(s).profiles[0].y }), file: CL, field: 'profiles', message: /two profiles sit in the same quadrant/ },
  { name: 'a placement item whose options all weigh the same [F-CONTENT-CLASSIFIER-FLAT-ITEM]', breakIt: (s) => placement(s).items[0].options.forEach((o: Data) => (o.weights = { x: 1, y: 1 })), file: CL, field: 'items[0] (pace)', message: /cannot tell anyone apart/ },
  { name: 'a profile linking a role-play that does not exist [F-CONTENT-CLASSIFIER-REFERENCE]', breakIt: (s) => (placement(s).profiles[0].rolePlay = 'rp-none'), file: CL, field: 'profiles[0].rolePlay', message: /role-play "rp-none" does not exist/ },
  { name: 'a drill built on a placement that does not exist [F-CONTENT-CLASSIFIER-REFERENCE]', breakIt: (s) => (drill(s).classifier = 'cl-none'), file: DR, field: 'classifier', message: /"cl-none" is not a placement classifier/ },
  { name: 'a drill case without an answer to a question [F-CONTENT-DRILL-ANSWERS]', breakIt: (s) => delete drill(s).cases[0].answers.type, file: DR, field: 'cases[0] (lipstick-counter).answers', message: /gives no answer to question "type"/ },
  { name: 'a drill answer that is not a choice [F-CONTENT-DRILL-ANSWERS]', breakIt: (s) => (drill(s).cases[0].answers.type = 'grumpy'), file: DR, field: 'cases[0] (lipstick-counter).answers.type', message: /"grumpy" is not one of the choices/ },
  { name: 'a course lesson under another module [F-CONTENT-COURSE-UNKNOWN-LESSON]', breakIt: (s) => (addLessonPair(s, 'm1/02-two.mdx', 'm1/two'), course(s).modules.push({ ...course(s).modules[0], id: 'm2', lessons: ['m1/two'] })), file: COURSE, field: 'modules[1].lessons[0]', message: /lesson "m1\/two" belongs to module "m1", not "m2"/ },
  { name: 'a lesson no module lists [F-CONTENT-COURSE-UNLISTED-LESSON]', breakIt: (s) => addLessonPair(s, 'm1/02-two.mdx', 'm1/two'), file: 'content/lessons/zh-cn/m1/02-two.mdx', field: 'id', message: /lesson "m1\/two" is not listed in any module/ },
  { name: 'a lesson listed twice [F-CONTENT-COURSE-LISTED-TWICE]', breakIt: (s) => course(s).modules[0].lessons.push('m1/one'), file: COURSE, field: 'modules', message: /lesson "m1\/one" is listed twice/ },
  { name: 'a module listed twice [F-CONTENT-COURSE-LISTED-TWICE]', breakIt: (s) => course(s).modules.push(structuredClone(course(s).modules[0])), file: COURSE, field: 'modules', message: /module "m1" is listed twice/ },
  { name: 'a module test that is not a quiz [F-CONTENT-COURSE-MISSING-TEST]', breakIt: (s) => (course(s).modules[0].test = 'q-m1-none'), file: COURSE, field: 'modules[0].test', message: /module test "q-m1-none" does not exist/ },
  { name: 'a malformed module ID [F-CONTENT-COURSE-BAD-RULES]', breakIt: (s) => (course(s).modules[0].id = 'module-1'), file: COURSE, field: 'modules[0].id', message: /module IDs are m0 … m9/ },
  { name: 'a negative number of attempts [F-CONTENT-COURSE-BAD-RULES]', breakIt: (s) => (course(s).rules = { maxAttempts: -1 }), file: COURSE, field: 'rules.maxAttempts', message: />=0|greater than or equal to 0/i },
];

describe('malformed content', () => {
  it('starts from a content set that is valid, with a role-play, a placement and a drill', () => {
    const checked = validateContent(sources());
    expect(checked.issues).toEqual([]);
    expect(checked.classifiers.map((c) => c.classifier.id)).toEqual(['cl-customer-type', 'cl-drill-customer-types']);
  });

  it.each(cases)('names the file, the field and the problem: $name', ({ breakIt, file, field, message }) => {
    const s = sources();
    breakIt(s);
    const { issues } = validateContent(s);
    expect(issues, JSON.stringify(issues, null, 1)).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
  });

  it('names a file that is not YAML and a missing course.yaml, with the reason [F-CONTENT-YAML-SYNTAX]', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      mkdirSync(join(root, 'content', 'quizzes'), { recursive: true });
      writeFileSync(join(root, 'content', 'curriculum.yaml'), 'concepts: [\n  - id: x\n');
      writeFileSync(join(root, 'content', 'quizzes', 'q-bad.yaml'), 'id: q-bad\ntitle: { zh-CN: 测, en: Quiz\n');
      const { issues } = validateContent(readContentSources(root));
      expect(issues).toContainEqual({ file: 'content/course.yaml', field: '', message: 'cannot be read as YAML: file is missing' });
      for (const file of ['content/curriculum.yaml', 'content/quizzes/q-bad.yaml'])
        expect(issues).toContainEqual({ file, field: '', message: expect.stringMatching(/^cannot be read as YAML: .+ at line \d+/) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
