/**
 * The search page's access to Pagefind: loading it, searching ahead while the query is
 * typed, and handing out the pages whose text really holds the query, best first.
 *
 * Pagefind (1.6) also returns pages that lack a term (it falls back to the longest indexed
 * word a term starts with, and matches the words of a Chinese query one by one), and no
 * index or search setting turns that off; so each result's text (its fragment, which the
 * page loads anyway for the excerpt) is checked with `textHasEveryTerm` before it is shown.
 */
import { textHasEveryTerm, warmWordSplitting } from '../lib/search/terms';

/** The parts of a result's fragment the page uses. */
export interface PageData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  data(): Promise<PageData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
  /** Fetches the index chunks a query will need, without searching. */
  preload(q: string): Promise<void>;
}

/** Fragments fetched before the first result is shown: few, so the first is not queued behind the rest. */
const FIRST_FRAGMENTS = 2;

/** Loads Pagefind from `url` (once) and searches the index of the page's language `locale`. */
export function searchIndex(url: string, locale: string) {
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => (await p.init(), p)));

  // The browser's word dictionary, loaded while Pagefind works (after the current task, so
  // a focused box shows its focus first).
  let wordsWarmed = false;
  const warmWords = () => {
    if (!wordsWarmed) setTimeout(() => warmWordSplitting(locale), 0);
    wordsWarmed = true;
  };

  // Each result's fragment is asked of Pagefind's worker once: the search ahead's top
  // result is then at hand when the query is sent.
  const fragments = new WeakMap<PagefindResult, Promise<PageData>>();
  const data = (r: PagefindResult) => {
    if (!fragments.has(r)) fragments.set(r, r.data());
    return fragments.get(r)!;
  };

  // The last query searched (with its top result's fragment), so sending a query typed
  // a moment ago finds its results already there.
  let ahead: { query: string; found: Promise<PagefindResult[]> } | undefined;
  const search = (query: string) => {
    if (ahead?.query !== query) ahead = { query, found: load().then(async (p) => (await p.search(query)).results) };
    return ahead.found;
  };
  // One search ahead at a time, for the latest text: on a busy device, searches for every
  // keystroke would queue up in Pagefind's worker and hold back the one that is sent.
  let wanted: string | undefined;
  let busy = false;
  const searchAhead = async () => {
    busy = true;
    while (wanted !== undefined && wanted !== ahead?.query) {
      const query = wanted;
      const results = await search(query).catch(() => []);
      // The top result's fragment only for text that is still in the box.
      if (wanted === query && results[0]) await data(results[0]).catch(() => undefined);
    }
    busy = false;
  };

  return {
    /** Warms Pagefind (its script, WebAssembly and language metadata) and the word splitting of results. */
    warm() {
      void load().catch(() => undefined);
      warmWords();
    },
    /** Searches `query` ahead of time, as it is typed. */
    prepare(query: string) {
      // The index chunks of the text at once, even while a search ahead for older text runs.
      void load().then((p) => p.preload(query)).catch(() => undefined);
      wanted = query;
      if (!busy) void searchAhead();
    },

    /**
     * The pages matching `query`, best first, at most `limit`: a fragment is fetched only
     * when its result may be shown, a few first so the first result comes at once.
     */
    async *pages(query: string, limit: number): AsyncGenerator<PageData> {
      warmWords();
      const results = await search(query);
      const pending: Promise<PageData>[] = [];
      const fetchUpTo = (n: number) => {
        for (const r of results.slice(pending.length, Math.min(n, results.length))) pending.push(data(r));
      };
      fetchUpTo(FIRST_FRAGMENTS);
      let kept = 0;
      for (let i = 0; i < results.length && kept < limit; i++) {
        // Ask for as many more as could still be shown (a turned-down page makes room for one more).
        if (i === 1 || i >= pending.length) fetchUpTo(i + limit - kept);
        const page = await pending[i]!;
        if (!textHasEveryTerm(page.content, locale, query)) continue;
        kept++;
        yield page;
      }
    },
  };
}
