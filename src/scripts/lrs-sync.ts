/**
 * The build-time LRS connection (src/components/tracking/LrsSync.astro renders it only
 * when PUBLIC_LRS_ENDPOINT is set): the learner's events go to the LRS as xAPI statements
 * through the xapi adapter's outbox, so what the learner did offline or just before
 * leaving a page is sent from the next page. Two tabs may send the same statement; its
 * name-based ID makes the LRS keep one.
 */
import type { InteractionType } from '../lib/tracking/scorm-model';
import { createXapiAdapter } from '../lib/tracking/xapi/adapter';
import type { StorageLike } from '../lib/progress/storage';
import { $events, learnerId } from '../stores/learner';

interface LrsConfig {
  endpoint: string;
  auth: string;
  courseId: string;
  itemTypes: Record<string, InteractionType>;
}

function storage(): StorageLike | null {
  try {
    return localStorage;
  } catch {
    return null; // blocked: the outbox lives for this page only
  }
}

function start(): void {
  let config: LrsConfig | null = null;
  try {
    config = JSON.parse(document.getElementById('lrs-config')?.textContent ?? 'null') as LrsConfig | null;
  } catch {
    config = null;
  }
  if (!config?.endpoint) return;
  const adapter = createXapiAdapter(
    { endpoint: config.endpoint, auth: config.auth, homePage: location.origin, learnerId: learnerId(), courseId: config.courseId },
    { fetch: (url, init) => fetch(url, init), storage: storage(), online: () => navigator.onLine, itemTypes: config.itemTypes },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Events come in bursts (an answer, then the attempt's result): one send per burst.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void adapter.sync($events.get()), 400);
  };
  void adapter.start().then(() => $events.subscribe(later));
  window.addEventListener('online', later);
}

start();
