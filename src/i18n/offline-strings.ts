import type { Locale } from '../schemas/localized';

/**
 * Strings of the offline course: the update notice on every page (src/scripts/offline-client.ts),
 * the "Use offline" panel on My progress (src/scripts/offline-panel.ts) and the offline page.
 * `{name}` placeholders are filled by `fill()` from src/lib/template.ts.
 */
const en = {
  'update.ready': 'A new version of the course is ready.',
  'update.reload': 'Reload to update',
  'panel.heading': 'Use offline',
  'panel.unsupported': 'This browser cannot keep the course for offline use. Pages work while you are online.',
  'panel.preparing': 'Preparing offline use…',
  'panel.partial': 'Pages you open are kept on this device. To keep the whole course in English ({size}: every lesson, quiz, role-play, the classifiers, search and My progress), make it available offline.',
  'panel.downloading': 'Saving the course for offline use: {done} of {total} files ({size}).',
  'panel.complete': 'The whole course in English ({size}) is on this device: it works without a connection. Updates are saved automatically when you are online.',
  'panel.failed': '{count} files could not be saved (the connection dropped or the device is full). Try again when you are online.',
  'panel.download': 'Make available offline',
  'panel.retry': 'Try again',
  'panel.remove': 'Remove the offline copy',
  'panel.removed': 'The offline copy was removed. Pages you open are still kept.',
  'page.title': 'You are offline',
  'page.lead': 'This page is not on this device yet, and there is no connection.',
  'page.hint': 'Pages you have opened before still work. To keep the whole course on this device, go to My progress and choose “Make available offline” the next time you are online.',
  'page.home': 'Course home',
  'page.progress': 'My progress',
};

const zh: typeof en = {
  'update.ready': '课程已有新版本。',
  'update.reload': '重新加载以更新',
  'panel.heading': '离线使用',
  'panel.unsupported': '此浏览器无法保存课程供离线使用。联网时页面可正常使用。',
  'panel.preparing': '正在准备离线使用…',
  'panel.partial': '你打开过的页面会保存在本设备上。若要把整套中文课程（{size}：全部课程、测验、角色扮演、分类工具、搜索和“我的进度”）保存到本设备，请选择“离线可用”。',
  'panel.downloading': '正在保存课程供离线使用：已完成 {done} / {total} 个文件（{size}）。',
  'panel.complete': '整套中文课程（{size}）已保存在本设备上，无网络也能学习。联网时会自动保存更新。',
  'panel.failed': '有 {count} 个文件未能保存（网络中断或设备空间已满）。请在联网时重试。',
  'panel.download': '离线可用',
  'panel.retry': '重试',
  'panel.remove': '删除离线副本',
  'panel.removed': '离线副本已删除。你打开的页面仍会保存。',
  'page.title': '当前处于离线状态',
  'page.lead': '本设备上还没有这个页面，并且当前没有网络连接。',
  'page.hint': '你之前打开过的页面仍可使用。若要把整套课程保存到本设备，请在下次联网时前往“我的进度”，选择“离线可用”。',
  'page.home': '课程首页',
  'page.progress': '我的进度',
};

export type OfflineStrings = typeof en;
export const offlineStrings: Record<Locale, OfflineStrings> = { en, 'zh-CN': zh };
