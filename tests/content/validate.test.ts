import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content-check/validate';
import { formatIssues } from '../../src/content-check/issues';
import type { ContentSources } from '../../src/content-check/read';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { item, lessonFixture, validSources } from './fixtures';

type Scenario = { concepts: string[]; nodes: Array<{ customer: Record<string, string>; replies: Array<{ next: unknown }> }> };
/** Adds the engine tests' example scenario (made valid for this curriculum), broken by `change`. */
const withRolePlay = (s: ContentSources, change: (rp: Scenario) => void) => {
  const data = parse(readFileSync(new URL('../unit/roleplay/fixtures/rp-small.yaml', import.meta.url), 'utf8')) as Scenario;
  data.concepts = ['service-definition'];
  change(data);
  s.rolePlays.push({ file: 'content/roleplays/rp-small.yaml', data });
};

type Case = { name: string; breakIt: (s: ContentSources) => void; file: string; field: string; message: RegExp };

const withoutChoices = ({ options: _o, correct: _c, ...rest }: ReturnType<typeof item>) => rest;
const quiz = (s: ContentSources) => s.quizzes[0]!.data as { items: Record<string, unknown>[] };

const cases: Case[] = [
  {
    name: 'an unknown concept ID in a quiz item [F-CONTENT-UNKNOWN-CONCEPT]',
    breakIt: (s) => void (quiz(s).items[0]!.concepts = ['no-such-concept']),
    file: 'content/quizzes/q-one.yaml', field: 'items[0].concepts[0]', message: /unknown concept ID "no-such-concept"/,
  },
  {
    name: 'an unknown concept ID in a lesson [F-CONTENT-UNKNOWN-CONCEPT]',
    breakIt: (s) => void ((s.lessons[1]!.data as Record<string, unknown>).concepts = ['nope']),
    file: 'content/lessons/en/m1/01-one.mdx', field: 'concepts[0]', message: /unknown concept ID "nope"/,
  },
  {
    name: 'a missing translation [F-CONTENT-MISSING-TRANSLATION]',
    breakIt: (s) => void (quiz(s).items[0]!.prompt = { 'zh-CN': '问题' }),
    file: 'content/quizzes/q-one.yaml', field: 'items[0].prompt.en', message: /missing en translation/,
  },
  {
    name: 'a correct answer that is not among the options [F-CONTENT-QUIZ-ANSWER-KEY]',
    breakIt: (s) => void (quiz(s).items[0]!.correct = 'e'),
    file: 'content/quizzes/q-one.yaml', field: 'items[0]', message: /correct answer "e" is not one of the options \(a, b\)/,
  },
  {
    name: 'a duplicate item ID [F-CONTENT-DUPLICATE-ID]',
    breakIt: (s) => void quiz(s).items.push(item('q-one-01')),
    file: 'content/quizzes/q-one.yaml', field: 'items[1].id', message: /duplicate item ID "q-one-01"/,
  },
  {
    name: 'a duplicate lesson ID [F-CONTENT-DUPLICATE-ID]',
    breakIt: (s) => void s.lessons.push(lessonFixture('zh-CN', 'm1/02-two.mdx', 'm1/one'), lessonFixture('en', 'm1/02-two.mdx', 'm1/one')),
    file: 'content/lessons/zh-cn/m1/02-two.mdx', field: 'id', message: /duplicate lesson ID "m1\/one"/,
  },
  {
    name: 'a lesson embedding a quiz that does not exist [F-CONTENT-EMBED-MISSING]',
    breakIt: (s) => void (s.lessons[0]!.quizEmbeds = ['q-missing']),
    file: 'content/lessons/zh-cn/m1/01-one.mdx', field: '<Quiz>', message: /embeds quiz "q-missing", which does not exist/,
  },
  {
    name: 'a lesson present in one locale only [F-CONTENT-LESSON-ONE-LOCALE]',
    breakIt: (s) => void s.lessons.pop(),
    file: 'content/lessons/zh-cn/m1/01-one.mdx', field: '', message: /exists in zh-CN only/,
  },
  {
    name: 'a course lesson that does not exist [F-CONTENT-COURSE-UNKNOWN-LESSON]',
    breakIt: (s) => void (s.course.data as { modules: { lessons: string[] }[] }).modules[0]!.lessons.push('m1/ghost'),
    file: 'content/course.yaml', field: 'modules[0].lessons[1]', message: /lesson "m1\/ghost" does not exist/,
  },
  {
    name: 'a quiz whose ID differs from its file name [F-CONTENT-ID-NOT-FILE-NAME]',
    breakIt: (s) => void ((s.quizzes[0]!.data as Record<string, unknown>).id = 'q-other'),
    file: 'content/quizzes/q-one.yaml', field: 'id', message: /must equal the file name "q-one"/,
  },
  {
    name: 'a bank that draws more items than it has [F-CONTENT-QUIZ-DRAW]',
    breakIt: (s) => void ((s.quizzes[0]!.data as Record<string, unknown>).draw = 5),
    file: 'content/quizzes/q-one.yaml', field: 'draw', message: /draws 5 items from a bank of only 1/,
  },
  {
    name: 'a categorise entry pointing at no category [F-CONTENT-QUIZ-ANSWER-KEY]',
    breakIt: (s) => void quiz(s).items.push({
      ...withoutChoices(item('q-one-02')),
      type: 'categorise',
      categories: [{ id: 'x', text: { 'zh-CN': 'X', en: 'X' } }, { id: 'y', text: { 'zh-CN': 'Y', en: 'Y' } }],
      entries: [1, 2].map((n) => ({ id: `e${n}`, text: { 'zh-CN': 'e', en: 'e' }, category: n === 1 ? 'x' : 'z', feedback: { 'zh-CN': 'f', en: 'f' } })),
    }),
    file: 'content/quizzes/q-one.yaml', field: 'items[1]', message: /entry "e2" belongs to "z", which is not a category/,
  },
  {
    name: 'a case question whose answer is not among its choices [F-CONTENT-QUIZ-ANSWER-KEY]',
    breakIt: (s) => void quiz(s).items.push({
      ...withoutChoices(item('q-one-02')),
      type: 'case',
      parts: [{ id: 'type', question: { 'zh-CN': '类型', en: 'Type' }, choices: item('x').options, correct: 'c' }],
    }),
    file: 'content/quizzes/q-one.yaml', field: 'items[1]', message: /part "type": correct answer "c" is not one of its choices \(a, b\)/,
  },
  {
    name: 'a role-play reply that leads to no node or ending [F-CONTENT-ROLEPLAY-DANGLING]',
    breakIt: (s) => withRolePlay(s, (rp) => void (rp.nodes[1]!.replies[0]!.next = 'thanks')),
    file: 'content/roleplays/rp-small.yaml', field: 'nodes[1] (details).replies[0] (a).next', message: /leads to "thanks", which is neither a node nor an ending/,
  },
  {
    name: 'a role-play line without its English [F-CONTENT-MISSING-TRANSLATION]',
    breakIt: (s) => withRolePlay(s, (rp) => void delete rp.nodes[2]!.customer.en),
    file: 'content/roleplays/rp-small.yaml', field: 'nodes[2].customer.en', message: /missing en translation/,
  },
  {
    name: 'a lesson embedding a role-play that does not exist [F-CONTENT-EMBED-MISSING]',
    breakIt: (s) => void (s.lessons[1]!.rolePlayEmbeds = ['rp-missing']),
    file: 'content/lessons/en/m1/01-one.mdx', field: '<RolePlay>', message: /embeds role-play "rp-missing", which does not exist/,
  },
];

describe('content validation', () => {
  it('accepts a valid role-play scenario', () => {
    const sources = validSources();
    withRolePlay(sources, () => undefined);
    const checked = validateContent(sources);
    expect(checked.issues).toEqual([]);
    expect(checked.rolePlays.map((r) => r.rolePlay.id)).toEqual(['rp-small']);
  });

  it('accepts a valid content set without issues', () => {
    expect(validateContent(validSources()).issues).toEqual([]);
  });

  it.each(cases)('reports $name with the file, the field and what is wrong', ({ breakIt, file, field, message }) => {
    const sources = validSources();
    breakIt(sources);
    const { issues } = validateContent(sources);
    expect(issues).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
  });

  it('formats issues as one readable line per problem under its file, without a stack trace [F-CONTENT-STOPS-BUILD]', () => {
    const sources = validSources();
    quiz(sources).items[0]!.correct = 'e';
    const text = formatIssues(validateContent(sources).issues);
    expect(text).toContain('content/quizzes/q-one.yaml\n    items[0]: correct answer "e" is not one of the options');
    expect(text).not.toMatch(/\n\s+at /);
  });
});
