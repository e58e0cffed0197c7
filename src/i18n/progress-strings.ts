import type { Locale } from '../schemas/localized';

/**
 * Strings of the My progress island (`MyProgress.svelte`), flat dotted keys per
 * locale. The page passes one locale's table: `strings={progressStrings[locale]}`.
 * `{name}` placeholders are filled by `fill()` from src/lib/template.ts.
 */
const en = {
  'quizzes.caption': '{module}: quizzes',
  'quizzes.none': 'This course has no quizzes yet.',
  'quiz.moduleTest': '{title} (module test)',
  'col.quiz': 'Quiz',
  'col.status': 'Status',
  'col.attempts': 'Attempts used',
  'col.best': 'Best score',
  'status.not-started': 'Not started',
  'status.in-progress': 'In progress',
  'status.passed': 'Passed',
  'status.failed': 'Failed',
  'score.none': 'No score yet',
  'record.heading': 'Your record',
  'record.note': 'Your progress is saved in this browser only. Download a backup to keep a copy or to move it to another browser; to show HR what you completed, use the completion record.',
  'export.button': 'Download a backup of my progress (JSON)',
  'export.done': 'The backup of your progress was downloaded as a JSON file.',
  'reset.button': 'Reset my progress',
  'reset.question': 'Delete all your progress in this browser? Lessons read, answers and scores will be cleared. A backup copy stays in this browser.',
  'reset.confirm': 'Yes, reset my progress',
  'reset.cancel': 'Cancel',
  'reset.done': 'Your progress was reset.',
  'storage.recovered': 'Part of your saved progress was damaged: {dropped} entries could not be read and were set aside. Everything else is kept.',
  'storage.unreadable': 'Your saved progress could not be read. A copy was set aside and a new record was started.',
  'storage.memory-only': 'Your browser’s storage is full, so progress is not being saved. It is kept while this tab stays open.',
  'storage.unavailable': 'This browser does not let the course save progress. It is kept while this tab stays open.',
};

/** A key of the My progress strings. */
export type ProgressStringKey = keyof typeof en;
/** The My progress strings of one locale. */
export type ProgressStrings = Record<ProgressStringKey, string>;

const zh: ProgressStrings = {
  'quizzes.caption': '{module}：测验',
  'quizzes.none': '本课程暂无测验。',
  'quiz.moduleTest': '{title}（单元测试）',
  'col.quiz': '测验',
  'col.status': '状态',
  'col.attempts': '已用次数',
  'col.best': '最高得分',
  'status.not-started': '未开始',
  'status.in-progress': '进行中',
  'status.passed': '已通过',
  'status.failed': '未通过',
  'score.none': '暂无得分',
  'record.heading': '我的学习记录',
  'record.note': '你的进度只保存在此浏览器中。可以下载一份备份留存，或转到另一个浏览器；要向人力资源部门证明完成情况，请使用结业记录。',
  'export.button': '下载进度备份（JSON）',
  'export.done': '进度备份已下载为 JSON 文件。',
  'reset.button': '重置我的进度',
  'reset.question': '确定要删除此浏览器中的全部学习进度吗？已读课时、作答和得分都将清除。此浏览器中会保留一份备份。',
  'reset.confirm': '确定重置',
  'reset.cancel': '取消',
  'reset.done': '你的进度已重置。',
  'storage.recovered': '部分已保存的进度已损坏：有 {dropped} 条记录无法读取，已另行备份，其余进度均已保留。',
  'storage.unreadable': '已保存的进度无法读取。已另存一份副本，并开始新的记录。',
  'storage.memory-only': '浏览器存储空间已满，进度暂时无法保存。在关闭此标签页之前，进度仍会保留。',
  'storage.unavailable': '此浏览器不允许课程保存进度。在关闭此标签页之前，进度仍会保留。',
};

/** My progress strings per locale. */
export const progressStrings: Record<Locale, ProgressStrings> = { 'zh-CN': zh, en };
