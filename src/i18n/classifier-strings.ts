import type { Locale } from '../schemas/localized';

/** UI strings of the classifier island and pages, one locale's table per page; `{name}` marks a placeholder. */
const en = {
  'cl.loading': 'Loading…',
  'cl.loadFailed': 'This tool could not be loaded. Check your connection and reload the page.',
  'cl.question': 'Question {n} of {total}',
  'cl.answered': '{n} of {total} answered',
  'cl.show': 'Show the result',
  'cl.needOne': 'Answer at least one question first.',
  'cl.reset': 'Start over',
  'cl.print': 'Print the result',
  'cl.result': 'Result',
  'cl.confidence': 'How sure: {level} ({percent}%)',
  'cl.level.high': 'fairly sure',
  'cl.level.medium': 'somewhat sure',
  'cl.level.low': 'not sure',
  'cl.confidenceWhy': 'Confidence is the distance of the point from the nearer axis (0 on an axis, 100% in a corner), scaled by the share of questions answered ({answered} of {total}).',
  'cl.blend': 'The point lies close to an axis: this looks like a blend of {a} and {b}. Watch for signs of both.',
  'cl.tie': 'On “{axis}” the answers balanced exactly; {how} decided for “{side}”.',
  'cl.tie.strongest-answer': 'the single strongest answer',
  'cl.tie.tie-break': 'the tool’s stated rule',
  'cl.plot': 'Where the answers place this on the two axes',
  'cl.position': '{xLabel}: {xSide} {x}; {yLabel}: {ySide} {y}.',
  'cl.why': 'Why this result',
  'cl.pushed': 'Answers that pushed toward “{side}”',
  'cl.advice': 'What to do',
  'cl.rolePlay': 'Practise it: {title}',
  'cl.lastResult': 'Your last result is shown below; change any answer and show the result again.',
  'cl.indexTitle': 'Practice',
  'cl.indexLead': 'Tools to practise what the lessons teach: read a customer’s type, know your own style, place a customer’s loyalty, check a counter’s service style, and drills that test how fast you recognise types. Role-plays let you try it in conversation.',
  'cl.placements': 'Classifiers',
  'cl.drills': 'Drills (scored)',
  'cl.rolePlays': 'Role-plays',
  'cl.rolePlaysLead': 'Branching conversations with customers, scored on several dimensions.',
  'cl.allRolePlays': 'All role-plays',
  'cl.usedIn': 'In the lesson',
  'cl.cases': '{n} cases, {draw} per attempt',
  'cl.items': '{n} questions',
} as const;

/** A key of the classifier strings. */
export type ClassifierStringKey = keyof typeof en;
/** One locale's classifier strings. */
export type ClassifierStrings = Record<ClassifierStringKey, string>;

const zh: ClassifierStrings = {
  'cl.loading': '正在载入……',
  'cl.loadFailed': '这个工具未能载入。请检查网络后刷新页面。',
  'cl.question': '第 {n} 题，共 {total} 题',
  'cl.answered': '已答 {n} / {total} 题',
  'cl.show': '查看结果',
  'cl.needOne': '请至少先回答一题。',
  'cl.reset': '重新开始',
  'cl.print': '打印结果',
  'cl.result': '结果',
  'cl.confidence': '把握程度：{level}（{percent}%）',
  'cl.level.high': '较有把握',
  'cl.level.medium': '有一定把握',
  'cl.level.low': '把握不大',
  'cl.confidenceWhy': '把握程度看这个点离较近的那条轴有多远（在轴上为 0，在角上为 100%），再按已回答题目的比例（{answered}/{total}）打折。',
  'cl.blend': '这个点离一条轴很近：看起来兼有{a}和{b}的特点，两方面的信号都要留意。',
  'cl.tie': '在“{axis}”这条轴上，答案正好相互抵消；由{how}判为“{side}”。',
  'cl.tie.strongest-answer': '影响最大的那一个答案',
  'cl.tie.tie-break': '本工具事先说明的规则',
  'cl.plot': '答案在两条轴上的位置',
  'cl.position': '{xLabel}：{xSide} {x}；{yLabel}：{ySide} {y}。',
  'cl.why': '为什么是这个结果',
  'cl.pushed': '把结果推向“{side}”的答案',
  'cl.advice': '怎么做',
  'cl.rolePlay': '去练一练：{title}',
  'cl.lastResult': '下面是你上次的结果；改动任何答案后可以再次查看结果。',
  'cl.indexTitle': '练习',
  'cl.indexLead': '把课上学到的用起来：判断客户的性格类型、认识自己的风格、判断客户的忠诚类型、检查柜台的服务风格，还有检验识别速度的判断练习。情景演练让你在对话中试一试。',
  'cl.placements': '分类工具',
  'cl.drills': '判断练习（计分）',
  'cl.rolePlays': '情景演练',
  'cl.rolePlaysLead': '与客户的分支式对话，从多个维度评分。',
  'cl.allRolePlays': '全部情景演练',
  'cl.usedIn': '所在课程',
  'cl.cases': '共 {n} 个案例，每次抽 {draw} 个',
  'cl.items': '{n} 道题',
};

/** The classifier strings of one locale. */
export function classifierStrings(locale: Locale): ClassifierStrings {
  return locale === 'en' ? { ...en } : zh;
}
