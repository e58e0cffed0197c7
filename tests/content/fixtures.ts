import type { ContentSources, RawLesson } from '../../src/content-check/read';

const L = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

/** A minimal valid quiz item; `over` replaces fields. */
export const item = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  type: 'single',
  concepts: ['service-definition'],
  prompt: L('问题', 'Question'),
  explanation: L('解释', 'Why'),
  options: [
    { id: 'a', text: L('甲', 'A'), feedback: L('对', 'Right') },
    { id: 'b', text: L('乙', 'B'), feedback: L('错', 'Wrong') },
  ],
  correct: 'a',
  ...over,
});

const lesson = (locale: 'zh-CN' | 'en', relPath: string, id: string, over: Record<string, unknown> = {}, embeds = ['q-one']): RawLesson => ({
  file: `content/lessons/${locale.toLowerCase()}/${relPath}`,
  locale,
  relPath,
  quizEmbeds: embeds,
  rolePlayEmbeds: [],
  classifierEmbeds: [],
  data: {
    id,
    module: 'm1',
    title: 'T',
    description: 'D',
    objectives: { knowledge: ['k'], skills: ['s'] },
    minutes: 10,
    concepts: ['service-definition'],
    ...over,
  },
});

/** A small, valid content set: one module, one lesson in both locales, one quiz. */
export function validSources(): ContentSources {
  return {
    course: {
      file: 'content/course.yaml',
      data: { id: 'c', title: L('课', 'Course'), description: L('说明', 'About'), modules: [{ id: 'm1', title: L('一', 'One'), summary: L('概要', 'Summary'), lessons: ['m1/one'] }] },
    },
    curriculum: {
      file: 'content/curriculum.yaml',
      data: { concepts: [{ id: 'service-definition', module: 'm1', title: L('服务', 'Service') }] },
    },
    quizzes: [
      { file: 'content/quizzes/q-one.yaml', data: { id: 'q-one', title: L('测', 'Quiz'), feedback: { pass: L('好', 'Good'), fail: L('再试', 'Again') }, items: [item('q-one-01')] } },
    ],
    lessons: [lesson('zh-CN', 'm1/01-one.mdx', 'm1/one'), lesson('en', 'm1/01-one.mdx', 'm1/one')],
    rolePlays: [],
    classifiers: [],
    sessionPlans: [{ file: 'content/session-plans/sp-m1.yaml', data: planFixture() }],
    parseErrors: [],
  };
}

/** A valid session plan of module m1 (five case-method blocks, 60 minutes). */
export function planFixture(): Record<string, unknown> {
  const block = (phase: string, minutes: number, extra: Record<string, unknown> = {}) => ({ phase, minutes, title: L('段', 'Block'), activity: L('做', 'Do'), ...extra });
  return {
    id: 'sp-m1',
    module: 'm1',
    title: L('一', 'One'),
    audience: L('员工', 'Staff'),
    durationMinutes: 60,
    objectives: [L('甲', 'A'), L('乙', 'B')],
    materials: [L('投影', 'Projector')],
    agenda: [block('opener', 10, { lessons: ['m1/one'] }), block('analysis', 10), block('concepts', 15), block('practice', 15, { quiz: 'q-one', grouping: 'pairs' }), block('summary', 10)],
    discussion: [1, 2, 3].map(() => ({ question: L('问', 'Q'), modelAnswer: L('答', 'A'), lesson: 'm1/one' })),
    pairing: L('两人一组', 'Pairs'),
    assessment: L('测验', 'Quiz'),
  };
}

export { lesson as lessonFixture };
