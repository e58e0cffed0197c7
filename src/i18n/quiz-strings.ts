import type { Locale } from '../schemas/localized';

/**
 * UI strings of the quiz island, flat dotted keys per locale. The page wrapper
 * passes ONE locale's table to the island (`quizStrings(locale)`), so the
 * island's bundle carries neither table; `{name}` marks a placeholder.
 */
const en = {
  'quiz.items': '{n} questions',
  'quiz.passMark': 'Pass mark: {percent}%',
  'quiz.attemptsLeft': 'Attempts left: {n}',
  'quiz.attemptsUnlimited': 'You may try as often as you like.',
  'quiz.noAttempts': 'You have used all your attempts.',
  'quiz.best': 'Best score so far: {percent}%',
  'quiz.passedBefore': '✓ You have passed this quiz.',
  'quiz.start': 'Start the quiz',
  'quiz.continue': 'Continue attempt {n}',
  'quiz.newAttempt': 'Start a new attempt',
  'quiz.attempt': 'Attempt {n}',
  'quiz.answered': '{n} of {total} answered',
  'quiz.question': 'Question {n} of {total}',
  'quiz.selectAll': 'Choose every answer that applies.',
  'quiz.orderHint': 'Use the Up and Down buttons to put the entries in the right order.',
  'quiz.check': 'Check answer',
  'quiz.incomplete': 'Answer every part of this question before checking.',
  'quiz.true': 'True',
  'quiz.false': 'False',
  'quiz.right': '✓ Correct',
  'quiz.partial': '◐ Partly correct',
  'quiz.wrong': '✗ Incorrect',
  'quiz.points': 'Points: {score} / {max}',
  'quiz.why': 'Why',
  'quiz.moveUp': 'Up',
  'quiz.moveDown': 'Down',
  'quiz.moveUpLabel': 'Up: move “{text}” up',
  'quiz.moveDownLabel': 'Down: move “{text}” down',
  'quiz.moved': '“{text}” is now at position {n} of {total}.',
  'quiz.choose': 'Choose…',
  'quiz.yourAnswer': 'Your answer',
  'quiz.rightAnswer': 'Right answer',
  'quiz.showResults': 'See your result',
  'quiz.results': 'Your result',
  'quiz.score': 'Score: {score} of {max} points ({percent}%)',
  'quiz.passed': '✓ Passed',
  'quiz.failed': '✗ Not passed',
  'quiz.tryAgain': 'Try again',
  'quiz.review': 'Review of attempt {n}',
  'quiz.loadFailed': 'The questions could not be loaded. Check your connection and try again.',
  'quiz.retry': 'Try loading again',
};

/** A key of the quiz UI strings. */
export type QuizStringKey = keyof typeof en;
/** One locale's quiz UI strings (what the island receives as `strings`). */
export type QuizStrings = Record<QuizStringKey, string>;
/** A translator bound to one locale's strings: `t('quiz.items', { n: 5 })`. */
export type Translate = (key: QuizStringKey, values?: Record<string, string | number>) => string;

const zh: QuizStrings = {
  'quiz.items': '共 {n} 题',
  'quiz.passMark': '及格线：{percent}%',
  'quiz.attemptsLeft': '剩余作答次数：{n}',
  'quiz.attemptsUnlimited': '作答次数不限。',
  'quiz.noAttempts': '你的作答次数已用完。',
  'quiz.best': '目前最高得分：{percent}%',
  'quiz.passedBefore': '✓ 你已通过本测验。',
  'quiz.start': '开始测验',
  'quiz.continue': '继续第 {n} 次作答',
  'quiz.newAttempt': '重新作答',
  'quiz.attempt': '第 {n} 次作答',
  'quiz.answered': '已答 {n} 题，共 {total} 题',
  'quiz.question': '第 {n} 题（共 {total} 题）',
  'quiz.selectAll': '请选出所有正确的答案。',
  'quiz.orderHint': '用“上移”和“下移”按钮把各项排成正确的顺序。',
  'quiz.check': '提交答案',
  'quiz.incomplete': '请先完成本题的每一部分再提交。',
  'quiz.true': '正确',
  'quiz.false': '错误',
  'quiz.right': '✓ 答对了',
  'quiz.partial': '◐ 部分正确',
  'quiz.wrong': '✗ 答错了',
  'quiz.points': '得分：{score} / {max}',
  'quiz.why': '解析',
  'quiz.moveUp': '上移',
  'quiz.moveDown': '下移',
  'quiz.moveUpLabel': '上移：将“{text}”上移',
  'quiz.moveDownLabel': '下移：将“{text}”下移',
  'quiz.moved': '“{text}”现在位于第 {n} 位，共 {total} 位。',
  'quiz.choose': '请选择…',
  'quiz.yourAnswer': '你的答案',
  'quiz.rightAnswer': '正确答案',
  'quiz.showResults': '查看成绩',
  'quiz.results': '你的成绩',
  'quiz.score': '得分：{score} / {max} 分（{percent}%）',
  'quiz.passed': '✓ 已通过',
  'quiz.failed': '✗ 未通过',
  'quiz.tryAgain': '再试一次',
  'quiz.review': '第 {n} 次作答回顾',
  'quiz.loadFailed': '题目未能载入。请检查网络后重试。',
  'quiz.retry': '重新载入',
};

const tables: Record<Locale, QuizStrings> = { 'zh-CN': zh, en };

/** The quiz UI strings of one locale. */
export function quizStrings(locale: Locale): QuizStrings {
  return tables[locale];
}
