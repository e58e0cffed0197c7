import type { Locale } from '../schemas/localized';

/**
 * Strings of the LMS launcher's status bar (src/pages/lms/, src/scripts/lms-launcher.ts).
 * Both locales ship in the page: the bar follows the language of the page in its frame.
 * `{kind}`, `{time}`, `{message}` are filled by the script.
 */
const en = {
  'bar.label': 'Learning platform',
  'state.connecting': 'Connecting to your learning platform…',
  'state.saved': 'Connected ({kind}) · progress saved at {time}',
  'state.retrying': 'Your learning platform is not answering. Your progress is kept on this device and will be sent as soon as it answers. ({message})',
  'state.closed': 'You finished this session: your results were sent to your learning platform. You can close this window.',
  'state.unopened': 'Your learning platform did not open a session: your progress is saved on this device only.',
  'finish.button': 'Finish',
  'finish.question': 'Finish this session? Your results are sent to your learning platform; progress you make after this is kept on this device only until you launch the course again.',
  'finish.confirm': 'Yes, finish',
  'finish.cancel': 'Keep learning',
  'finish.failed': 'Could not finish: your learning platform did not answer. Try again in a moment; nothing is lost. ({message})',
  'frame.title': 'Course',
  'noscript': 'Open the course',
} as const;

export type LmsStringKey = keyof typeof en;
export type LmsStrings = Record<LmsStringKey, string>;

const zh: LmsStrings = {
  'bar.label': '学习平台',
  'state.connecting': '正在连接学习平台……',
  'state.saved': '已连接（{kind}）· {time} 已保存进度',
  'state.retrying': '学习平台没有响应。你的进度已保存在本设备上，平台恢复后会自动发送。（{message}）',
  'state.closed': '本次学习已结束，成绩已发送到学习平台。现在可以关闭此窗口。',
  'state.unopened': '学习平台没有开启会话：你的进度只保存在本设备上。',
  'finish.button': '结束学习',
  'finish.question': '结束本次学习？成绩会发送到学习平台；之后的学习进度只保存在本设备上，直到你再次从平台打开课程。',
  'finish.confirm': '确定结束',
  'finish.cancel': '继续学习',
  'finish.failed': '无法结束：学习平台没有响应。请稍后再试，你的进度不会丢失。（{message}）',
  'frame.title': '课程',
  'noscript': '打开课程',
};

/** The launcher's strings per locale. */
export const lmsStrings: Record<Locale, LmsStrings> = { 'zh-CN': zh, en };
