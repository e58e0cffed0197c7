/**
 * Search page: queries the Pagefind index of the page's language (Pagefind picks the
 * index by <html lang>) and lists matching lessons (see search-index.ts for which). The
 * query lives in `?q=` so a search can be bookmarked, shared and reloaded.
 *
 * Pagefind's URL comes from the form's `data-pagefind` attribute, resolved against the
 * page, so a copy of the site served from another folder (a SCORM package, whose build
 * makes that attribute relative) loads its own index; Pagefind then prefixes result URLs
 * with the folder it was loaded from.
 */
import { fill } from '../lib/template';
import { searchIndex } from './search-index';

/** Results listed at most. */
const LIMIT = 20;

/** Wires the search form, status line and result list of the search page. */
export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector('input') as HTMLInputElement;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  // From the page, not the bundle: the file only exists after the build, wherever the site is served from.
  const index = searchIndex(new URL(form.dataset.pagefind ?? '', location.href).href, document.documentElement.lang);

  let latest = 0; // a newer query stops an older one from adding its results
  async function run(query: string) {
    const token = ++latest;
    list!.replaceChildren();
    if (!query) return void (status!.textContent = '');
    status!.textContent = labels.loading ?? '';
    try {
      // Each result is shown as soon as its fragment has arrived (and the ones ranked above it).
      let n = 0;
      for await (const page of index.pages(query, LIMIT)) {
        if (token !== latest) return;
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = page.url;
        a.textContent = page.meta.title ?? page.url;
        const p = document.createElement('p');
        p.innerHTML = page.excerpt; // Pagefind's excerpt: escaped page text plus <mark>
        li.append(a, p);
        list!.append(li);
        n++;
      }
      if (token !== latest) return;
      status!.textContent = fill((n === 1 ? labels.result : n ? labels.results : labels.none) ?? '', { n, q: query });
    } catch {
      if (token === latest) status!.textContent = labels.unavailable ?? '';
    }
  }

  // Warm the index when the box gets focus, and search while the words are typed, so the
  // answer is there when the query is sent.
  input.addEventListener('focus', index.warm, { once: true });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q) index.prepare(q);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    void run(q);
  });
  const initial = new URLSearchParams(location.search).get('q')?.trim();
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
