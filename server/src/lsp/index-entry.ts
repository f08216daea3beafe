import { CODES, indexArticle, type Analysis, type AnalyzeOptions, type IndexedArticle, type Levels } from '../core/index.js';
import { LARGE_CHARS } from './large.js';

/** Levels that turn every check off: the index needs extraction and links, not findings. */
export const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

/**
 * The index entry of one article, from an analysis without checks; `undefined`
 * for a huge article (a pasted dump would block the indexer for seconds: it is
 * left out of the index) and for one whose analysis fails (the core should never
 * throw on text, but one article must never stop the index of the others).
 * Shared by the in-thread indexer and the Node server's index worker, so both index alike.
 */
export function indexEntry(
  analyze: (uri: string, text: string, options: AnalyzeOptions) => Analysis,
  uri: string,
  text: string,
  today: string,
): IndexedArticle | undefined {
  if (text.length > LARGE_CHARS) return undefined;
  try {
    return indexArticle(analyze(uri, text, { today, levels: NO_CHECKS }));
  } catch {
    return undefined;
  }
}

/** Batches of articles indexed off the server's event loop (worker threads in the Node server). */
export interface IndexPool {
  /**
   * Indexes articles against the registry made of `registryFiles`, as
   * {@link indexEntry} does: `text` is given for open buffers, else the pool
   * reads the file. Resolves with one result per item, in order; rejects when
   * the pool cannot work (the indexer then indexes in the server's thread).
   */
  index(registryFiles: readonly RegistrySource[], today: string, items: readonly { uri: string; text?: string }[], options?: IndexOptions): Promise<PoolResult[]>;
  /**
   * The registry files as the server starts loading them (`text` for open buffers, else the pool
   * reads the file): the pool may parse them meanwhile, so its first batch does not wait for a
   * second parse. Only a hint: {@link index} still gives the files as the server loaded them.
   */
  preload?(files: readonly { uri: string; text?: string }[]): void;
  /** Where the pool may keep its work between sessions (the client's choice, from `initialize`); before the first {@link index}. */
  useCacheDir?(dir: string): void;
  /** The share of the last batch's articles the pool analysed (the rest came from its cache), if it tells. */
  analysedShare?(): number;
  /** How many articles the pool has indexed so far, and how many of them it analysed (the rest came from its cache), if it tells. */
  stats?(): { indexed: number; analysed: number };
  /** Entries the server's thread indexed itself during a build, with their texts: the pool may keep them with its own work (its disk cache). */
  remember?(entries: readonly { entry: IndexedArticle; text: string }[], today: string): void;
  /** Tells the pool the work is done for now (a build ended, the server shuts down): it saves what it keeps. Resolves once saved. */
  idle(): Promise<void>;
  /** Stops the pool's threads. */
  dispose(): void;
}

/** How a pool answers: `textFor` set, an entry keeps its text only when it names one of these ids (else `''`: a caller that lists a few facts across an archive need not receive it all). */
export interface IndexOptions {
  textFor?: readonly string[];
}

/** A registry file as the pool receives it: its URI, content hash and text (the last good text of a stale file). */
export interface RegistrySource {
  uri: string;
  hash: string;
  text: string;
}

/**
 * One article indexed by a pool: its entry; `undefined` when it cannot be read
 * or is too large (it leaves the index); `'here'` when the server must index it
 * itself (its front matter names its own registry, which the server loads).
 */
export type PoolResult = IndexedArticle | undefined | 'here';

/** Whether an article's front matter may name its own `registry:` (the fact checker's own test). */
export const mayNameRegistry = (text: string): boolean => /^\uFEFF?---(?:\r\n?|\n)[\s\S]*?^registry:/m.test(text.slice(0, 4096));
