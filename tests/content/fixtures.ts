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
    parseErrors: [],
  };
}

export { lesson as lessonFixture };
