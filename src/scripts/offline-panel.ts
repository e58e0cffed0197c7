/**
 * The "Use offline" panel on My progress: what of this locale's course is on the device, a
 * button to keep all of it (the service worker downloads it and reports progress to every
 * tab) and one to remove it. Texts come from the panel's data-label-* attributes.
 */
import { CHANNEL, formatBytes, isReply, type OfflineMessage, type OfflineReply } from '../lib/offline/messages';
import type { OfflineGroup } from '../lib/offline/manifest';
import { fill } from '../lib/template';

const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
if (panel) void start(panel);

async function start(panel: HTMLElement): Promise<void> {
  const label = (name: string, vars?: Record<string, string | number>) => fill(panel.dataset[`label${name}`] ?? '', vars);
  const group = panel.dataset.group as OfflineGroup;
  const locale = document.documentElement.lang;
  const status = panel.querySelector<HTMLElement>('[data-offline-status]')!;
  const bar = panel.querySelector<HTMLProgressElement>('progress')!;
  const download = panel.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  const remove = panel.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const unsupported = () => say(label('Unsupported'));
  if (!('serviceWorker' in navigator) || window.top !== window || document.documentElement.dataset.offline === 'unavailable') return unsupported();
  say(label('Preparing'));
  addEventListener('offline-unavailable', unsupported, { once: true });
  const registration = await navigator.serviceWorker.ready;
  removeEventListener('offline-unavailable', unsupported);
  const post = (message: OfflineMessage) => registration.active?.postMessage(message);
  let removing = false;
  let resumed = false;

  const show = (reply: OfflineReply) => {
    const mine = reply.groups.find((g) => g.group === group);
    if (!mine) return;
    const complete = mine.cachedFiles === mine.files;
    const active = reply.active === group;
    bar.hidden = !active;
    bar.max = mine.files;
    bar.value = mine.cachedFiles;
    download.hidden = complete || active;
    download.textContent = reply.failed ? label('Retry') : label('Download');
    remove.hidden = !mine.wanted && mine.cachedFiles === 0;
    if (active) say(label('Downloading', { done: mine.cachedFiles, total: mine.files, size: formatBytes(mine.cachedBytes, locale) }));
    else if (reply.failed) say(label('Failed', { count: reply.failed }));
    else if (complete) say(label('Complete', { size: formatBytes(mine.bytes, locale) }));
    else if (removing) say(label('Removed'));
    else say(label('Partial', { size: formatBytes(mine.bytes, locale) }));
    // A download cut short (tab closed, worker stopped) carries on when the panel is next open.
    if (mine.wanted && !complete && !active && !reply.failed && !resumed && navigator.onLine) {
      resumed = true;
      post({ type: 'download', group });
    }
  };
  new BroadcastChannel(CHANNEL).addEventListener('message', (event) => isReply(event.data) && show(event.data));
  download.addEventListener('click', () => {
    removing = false;
    resumed = true;
    post({ type: 'download', group });
  });
  remove.addEventListener('click', () => {
    removing = true;
    post({ type: 'remove', group });
    download.focus();
  });
  post({ type: 'status' });
}
