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
  /** Fetches the index chunks a query will need, without searching. */
  preload(q: string): Promise<void>;
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

  let latest = 0; // a newer query stops an older one from adding its results
  async function run(query: string) {
    const token = ++latest;
    list!.replaceChildren();
    if (!query) return void (status!.textContent = '');
    status!.textContent = labels.loading ?? '';
    try {
      const found = await (await load()).search(query);
      if (token !== latest) return;
      // Every result's fragment is fetched at once, but each is shown as soon as it and the
      // ones ranked above it have arrived: the first result does not wait for the twentieth.
      const pending = found.results.slice(0, 20).map((r) => r.data());
      const pages: Awaited<ReturnType<PagefindResult['data']>>[] = [];
      for (const next of pending) {
        const page = await next;
        if (token !== latest) return;
        pages.push(page);
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

  // Warm the index when the box gets focus, and fetch the chunks for the words while they
  // are typed, so the answer comes at once when the query is sent.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q) void load().then((p) => p.preload(q)).catch(() => undefined);
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
