/**
 * Search page: queries the Pagefind index of the page's language (Pagefind picks the
 * index by <html lang>) and lists matching lessons. The query lives in `?q=` so a
 * search can be bookmarked, shared and reloaded.
 *
 * Pagefind's URL comes from the form's `data-pagefind` attribute, resolved against the
 * page, so a copy of the site served from another folder (a SCORM package, whose build
 * makes that attribute relative) loads its own index; Pagefind then prefixes result URLs
 * with the folder it was loaded from.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Wires the search form, status line and result list of the search page. */
export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector('input') as HTMLInputElement;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // From the page, not the bundle: the file only exists after the build, wherever the site is served from.
    const url = new URL(form.dataset.pagefind ?? '', location.href).href;
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => (await p.init(), p));
    return pagefind;
  };

  async function run(query: string) {
    list!.replaceChildren();
    if (!query) return void (status!.textContent = '');
    status!.textContent = labels.loading ?? '';
    try {
      const found = await (await load()).search(query);
      const pages = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      for (const page of pages) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = page.url;
        a.textContent = page.meta.title ?? page.url;
        const p = document.createElement('p');
        p.innerHTML = page.excerpt; // Pagefind's excerpt: escaped page text plus <mark>
        li.append(a, p);
        list!.append(li);
      }
      status!.textContent = fill(pages.length ? labels.results ?? '' : labels.none ?? '', { n: pages.length, q: query });
    } catch {
      status!.textContent = labels.unavailable ?? '';
    }
  }

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
