/**
 * Every page: registers the service worker (src/sw/) once the page has loaded, and tells the
 * learner when a new version is ready. The update waits for the learner's "Reload" (or for
 * every tab to close), then every open tab reloads at once, so no tab keeps a page of the old
 * version that would ask the new one for files it no longer has. Progress lives in storage
 * and survives the reload.
 */
// The worker sits at the site root, beside this script's folder (_astro/): that holds at
// a sub-path and in the relative-URL copy too. Built from parts so Vite leaves it alone.
const root = new URL(['..', ''].join('/'), import.meta.url);

/** Shows the notice with its Reload button (kept empty otherwise: a live region announces what is added). */
function showUpdate(waiting: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice || notice.childElementCount > 0) return;
  const text = document.createElement('span');
  text.textContent = notice.dataset.labelReady ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = notice.dataset.labelReload ?? '';
  button.addEventListener('click', () => waiting.postMessage({ type: 'skip-waiting' }));
  notice.append(text, ' ', button);
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  const registration = await container.register(new URL('sw.js', root), { scope: root.href, updateViaCache: 'none' }).catch(() => null);
  if (!registration) {
    // Blocked (a privacy setting, a policy) or absent (an LMS package): My progress says so.
    document.documentElement.dataset.offline = 'unavailable';
    dispatchEvent(new Event('offline-unavailable'));
    return;
  }
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    // The first worker takes over a page it did not serve: nothing to reload.
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => worker.state === 'installed' && container.controller && showUpdate(worker);
    check();
    worker.addEventListener('statechange', check);
  };
  watch(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

// Not inside a frame (the LMS launcher's, or an LMS's own): there the LMS runs the course.
if ('serviceWorker' in navigator && window.top === window) {
  const start = () => setTimeout(() => void register(), 500);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
