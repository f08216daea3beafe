// The CLI's build of the workspace index (`factmark impact`, `check --changed-facts`): the language
// server's index worker (its disk cache included) takes batches from the front of the list, and
// the CLI's own thread, while the worker analyses, indexes from the back, as the server's
// indexer does (src/lsp/indexer.ts): both cores, one writer of the cache.
import type { IndexedArticle } from '../core/index.js';
import type { IndexOptions, IndexPool, PoolResult, RegistrySource } from '../lsp/index-entry.js';

/** Articles per message to the pool, and how many batches are in flight (so the worker never idles). */
const BATCH = 32;
const IN_FLIGHT = 3;

/** While the pool answers from its cache (less than this share of a batch analysed), this thread does not index. */
const HELP_MIN_ANALYSED = 0.5;
const HELP_PAUSE_MS = 20;

/** How this thread indexes one article: its entry (and its text), `'here'` (the caller analyses it its own way) or `undefined` (unreadable). */
export type IndexHere = (uri: string) => { entry: IndexedArticle; text: string } | 'here' | undefined;

/** What a build did: articles the worker analysed, read from its cache, and this thread analysed. */
export interface BuildStats {
  analysed: number;
  cached: number;
  here: number;
  /** Why the pool stopped, if it did (the rest was indexed in this thread). */
  failed?: string;
}

/**
 * Indexes `uris` against the registry `sources` and calls `done(uri, result)` once per article, in
 * no set order (`options.textFor`: the pool's entries keep their text only when they name one of
 * those ids). `pool` undefined: everything is indexed here. Resolves once every article is
 * done and the pool has saved its cache.
 */
export async function buildIndex(
  pool: IndexPool | undefined,
  sources: readonly RegistrySource[],
  today: string,
  uris: readonly string[],
  indexHere: IndexHere,
  done: (uri: string, result: PoolResult) => void,
  options?: IndexOptions,
): Promise<BuildStats> {
  const stats: BuildStats = { analysed: 0, cached: 0, here: 0 };
  const before = pool?.stats?.() ?? { indexed: 0, analysed: 0 };
  let front = 0;
  let back = uris.length;
  let failure: unknown;
  const remembered: { entry: IndexedArticle; text: string }[] = [];
  const here = (uri: string): void => {
    const r = indexHere(uri);
    if (r && r !== 'here') {
      stats.here++;
      done(uri, r.entry);
      // The worker keeps this thread's entries in its cache too.
      remembered.push(r);
      if (pool && remembered.length >= BATCH) pool.remember?.(remembered.splice(0), today);
    } else done(uri, r);
  };
  /** Results of the pool that are no entry (unreadable, or left to the caller). */
  let notIndexed = 0;
  let answered = false;
  let markAnswered!: () => void;
  const firstAnswer = new Promise<void>((resolve) => (markAnswered = resolve));
  const lane = async (): Promise<void> => {
    while (pool && failure === undefined && front < back) {
      const items = uris.slice(front, Math.min(front + BATCH, back)).map((uri) => ({ uri }));
      front += items.length;
      let results: PoolResult[];
      try {
        results = await pool.index(sources, today, items, options);
      } catch (e) {
        failure ??= e;
        markAnswered();
        for (const { uri } of items) here(uri);
        return;
      }
      answered = true;
      markAnswered();
      items.forEach(({ uri }, i) => {
        const r = results[i];
        if (typeof r !== 'object') notIndexed++;
        done(uri, r);
      });
    }
  };
  const helper = async (): Promise<void> => {
    while (front < back) {
      await new Promise((resolve) => setImmediate(resolve));
      if (front >= back) return;
      if (pool && failure === undefined) {
        // The worker loads the registry first; then this thread helps only while it analyses.
        if (!answered) {
          await firstAnswer;
          continue;
        }
        if ((pool.analysedShare?.() ?? 1) < HELP_MIN_ANALYSED) {
          await new Promise((resolve) => setTimeout(resolve, HELP_PAUSE_MS));
          continue;
        }
      }
      here(uris[--back] as string); // in range: front < back <= uris.length
    }
  };
  await Promise.all([...(pool ? Array.from({ length: IN_FLIGHT }, lane) : []), helper()]);
  if (pool) {
    if (remembered.length && failure === undefined) pool.remember?.(remembered.splice(0), today);
    await pool.idle();
    const after = pool.stats?.() ?? before;
    stats.analysed = after.analysed - before.analysed;
    stats.cached = Math.max(0, after.indexed - before.indexed - stats.analysed - notIndexed);
  }
  if (failure !== undefined) stats.failed = failure instanceof Error ? failure.message : String(failure);
  return stats;
}
