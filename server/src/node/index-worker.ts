// Workspace indexing in worker threads: the server's thread keeps answering hovers and keystrokes
// while the workers read and analyse every article. The worker runs the server's own bundle
// (see main.ts), so no second bundle is needed.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { analyzeArticle, mergeRegistry, parseRegistryFile, type IndexedArticle, type Registry, type RegistryFile } from '../core/index.js';
import { IndexCache, indexCacheDir, textHash } from './index-cache.js';
import { looksBinary, readFileChecked } from './named-file.js';
import { indexEntry, mayNameRegistry, type IndexOptions, type IndexPool, type PoolResult, type RegistrySource } from '../lsp/index-entry.js';

/** A batch of articles to index, with the registry's files when they changed since the last batch. */
interface IndexRequest {
  id: number;
  /** Only parse these registry files ahead of the batches that will name them. */
  preload?: { uri: string; text?: string }[];
  /** Only save the cache (the server's build is done). */
  save?: true;
  /** Only keep these entries in the cache (the server's thread made them; their `text` is given beside). */
  remember?: { entry: IndexedArticle; text: string }[];
  registry?: RegistrySource[];
  today: string;
  items: { uri: string; text?: string }[];
  /** Entries keep their text only when they name one of these ids ({@link IndexOptions}). */
  textFor?: string[];
}

/** `analysed`: how many of the results were analysed (the others came from the cache). */
type IndexResponse = { id: number; results: PoolResult[]; analysed?: number } | { id: number; error: string };

/**
 * A worker's old-generation heap limit: a base plus a share per MB of registry text (a 13 MB,
 * 50,000-fact registry takes about 57 MB parsed and 25 MB of lookup tables), unless
 * `FACTMARK_INDEX_WORKER_HEAP_MB` sets it. A worker that runs out of it stops, and the indexer
 * goes on in the server's thread.
 */
const HEAP_BASE_MB = 160;
const HEAP_PER_REGISTRY_MB = 8;

/** A registry smaller than this is not parsed ahead by the workers. */
const PRELOAD_MIN_BYTES = 1_000_000;

/** New cache entries after which a build saves along the way (each save writes the whole cache: not too often). */
const SAVE_EVERY = 5000;

/** Marks the worker in `workerData`, so the bundle's entry point knows what to run. */
export const INDEX_WORKER = 'factmark-index-worker';

/** What an index worker is started with. */
export interface IndexWorkerData {
  kind: typeof INDEX_WORKER;
  /** The cache folder the client gave, if any. */
  cacheDir?: string;
}

/** Whether a worker's `workerData` makes it an index worker. */
export const isIndexWorker = (data: unknown): data is IndexWorkerData => (data as IndexWorkerData | null)?.kind === INDEX_WORKER;

/** How many index workers to start: `FACTMARK_INDEX_WORKERS`, else one (the machine's other cores stay free for the editor). */
export function indexWorkerCount(): number {
  const n = Number(process.env.FACTMARK_INDEX_WORKERS);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, availableParallelism()) : 1;
}

/**
 * Index workers, started on first use, each holding a copy of the registry.
 * Batches go to the least busy worker; a worker that fails rejects its batches
 * and the pool stops (the indexer falls back to its own thread).
 */
export class WorkerIndexPool implements IndexPool {
  private workers: { worker: Worker; registryKey: string; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: PoolResult[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed?: Error;
  private cacheDir?: string;
  private lastAnalysedShare = 1;
  /** Articles the pool has indexed, and how many of them it analysed (the others came from its cache). */
  private readonly counts = { indexed: 0, analysed: 0 };

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  index(registryFiles: readonly RegistrySource[], today: string, items: readonly { uri: string; text?: string }[], options?: IndexOptions): Promise<PoolResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (!this.workers.length) this.start(registryFiles.reduce((n, f) => n + f.text.length, 0) / 1e6);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const key = registryFiles.map((f) => `${f.uri}#${f.hash}`).join('\n');
    const request: IndexRequest = { id: ++this.nextId, today, items: [...items], ...(options?.textFor ? { textFor: [...options.textFor] } : {}) };
    if (slot.registryKey !== key) {
      request.registry = [...registryFiles];
      slot.registryKey = key;
    }
    slot.busy++;
    return new Promise<PoolResult[]>((resolve, reject) => {
      this.waiting.set(request.id, {
        resolve: (r) => {
          slot.busy--;
          resolve(r);
        },
        reject: (e) => {
          slot.busy--;
          reject(e);
        },
      });
      slot.worker.postMessage(request);
    });
  }

  preload(files: readonly { uri: string; text?: string }[]): void {
    if (this.failed || this.workers.length) return;
    let bytes = 0;
    for (const f of files) {
      try {
        bytes += f.text?.length ?? statSync(fileURLToPath(f.uri)).size;
      } catch {
        // An unreadable file: the worker will find out.
      }
    }
    // A small registry parses in no time: the workers start when (if) a build needs them.
    if (bytes < PRELOAD_MIN_BYTES) return;
    this.start(bytes / 1e6);
    for (const { worker } of this.workers) worker.postMessage({ id: 0, preload: [...files], today: '', items: [] } satisfies IndexRequest);
  }

  analysedShare(): number {
    return this.lastAnalysedShare;
  }

  stats(): { indexed: number; analysed: number } {
    return { ...this.counts };
  }

  remember(entries: readonly { entry: IndexedArticle; text: string }[], today: string): void {
    // The first worker keeps them (it got the build's first batch, so its cache is the registry's).
    const slot = this.workers[0];
    if (this.failed || !slot || !entries.length) return;
    const remember = entries.map(({ entry, text }) => ({ entry: { ...entry, text: '' }, text }));
    slot.worker.postMessage({ id: 0, remember, today, items: [] } satisfies IndexRequest);
  }

  useCacheDir(dir: string): void {
    this.cacheDir = dir;
  }

  idle(): Promise<void> {
    if (this.failed) return Promise.resolve();
    return Promise.all(
      this.workers.map(
        (slot) =>
          new Promise<void>((resolve) => {
            const request: IndexRequest = { id: ++this.nextId, save: true, today: '', items: [] };
            this.waiting.set(request.id, { resolve: () => resolve(), reject: () => resolve() });
            slot.worker.postMessage(request);
          }),
      ),
    ).then(() => undefined);
  }

  dispose(): void {
    for (const { worker } of this.workers) void worker.terminate();
    this.workers = [];
    this.fail(new Error('the index pool was stopped'));
  }

  /** Starts the workers, their heap bounded by what the registry needs (V8 would otherwise let garbage grow the process by hundreds of MB). */
  private start(registryMb: number): void {
    const maxOldGenerationSizeMb = Number(process.env.FACTMARK_INDEX_WORKER_HEAP_MB) || Math.round(HEAP_BASE_MB + HEAP_PER_REGISTRY_MB * registryMb);
    for (let i = 0; i < Math.max(1, this.size); i++) {
      const workerData: IndexWorkerData = { kind: INDEX_WORKER, cacheDir: this.cacheDir };
      // A worker's console output goes to stderr: over stdio the server's stdout carries the protocol.
      const worker = new Worker(this.script, { workerData, argv: [], stdout: true, resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 } });
      worker.stdout.pipe(process.stderr);
      // The workers never keep the server alive once the editor is gone.
      worker.unref();
      worker.on('message', (m: IndexResponse) => {
        const w = this.waiting.get(m.id);
        if (!w) return;
        this.waiting.delete(m.id);
        if ('error' in m) w.reject(new Error(m.error));
        else {
          if (m.analysed !== undefined && m.results.length) this.lastAnalysedShare = m.analysed / m.results.length;
          this.counts.indexed += m.results.length;
          this.counts.analysed += m.analysed ?? m.results.length;
          w.resolve(m.results);
        }
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => this.fail(new Error(`an index worker exited (code ${code})`)));
      this.workers.push({ worker, registryKey: '', busy: 0 });
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(this.failed);
  }
}

/** The body of an index worker: answers {@link IndexRequest}s until the server exits. */
export function runIndexWorker(data: IndexWorkerData): void {
  const port = parentPort;
  if (!port) return;
  // Parsed registry files by URI, reused while their text is unchanged.
  const parsed = new Map<string, { text: string; file: RegistryFile }>();
  let registry: Registry = mergeRegistry([]);
  const analyze = (uri: string, text: string, options: Parameters<typeof analyzeArticle>[3]) => analyzeArticle(uri, text, registry, options);
  const dir = indexCacheDir(data.cacheDir);
  // A cache folder that is not private to the user is refused (the reason goes to stderr, the server's log).
  const cache = dir ? new IndexCache(dir, (m) => console.error(m)) : undefined;
  const knownIds = { actor: (id: string) => registry.actors.has(id), fact: (id: string) => registry.facts.has(id) };
  // The cache holds only entries made by this very build of the server.
  const build = cache ? buildId() : '';
  let unsaved = 0;
  let analysed = 0;
  const index = (uri: string, text: string | undefined, today: string): PoolResult => {
    const content = text ?? readArticle(uri);
    if (content === undefined) {
      cache?.delete(uri);
      return undefined;
    }
    // An article naming its own registry is indexed by the server, which loads that registry.
    if (mayNameRegistry(content)) return 'here';
    const hash = cache && textHash(content);
    const known = hash ? cache!.get(uri, content, hash, today, knownIds) : undefined;
    if (known) return known;
    const entry = indexEntry(analyze, uri, content, today);
    analysed++;
    if (hash && entry) {
      cache!.set(entry, hash, today);
      unsaved++;
    } else cache?.delete(uri);
    return entry;
  };
  port.on('message', (request: IndexRequest) => {
    if (request.preload) {
      for (const { uri, text } of request.preload) {
        const content = text ?? readArticle(uri);
        if (content !== undefined && parsed.get(uri)?.text !== content) parsed.set(uri, { text: content, file: parseRegistryFile(uri, content) });
      }
      return;
    }
    if (request.remember) {
      if (!cache) return;
      for (const { entry, text } of request.remember) {
        cache.set({ ...entry, text }, textHash(text), request.today);
        unsaved++;
      }
      return;
    }
    if (request.save) {
      unsaved = 0;
      cache?.save();
      return port.postMessage({ id: request.id, results: [] } satisfies IndexResponse);
    }
    let response: IndexResponse;
    try {
      if (request.registry) {
        registry = loadRegistry(parsed, request.registry);
        const sources = request.registry;
        cache?.use([build, ...sources.map((f) => `${f.uri}#${textHash(f.text)}`)].join('\n'), sources.map((f) => f.uri));
      }
      analysed = 0;
      const results = request.items.map(({ uri, text }) => index(uri, text, request.today));
      if (request.textFor) {
        const ids = new Set(request.textFor);
        for (const [i, r] of results.entries()) if (typeof r === 'object' && !r.facts.some((f) => ids.has(f.id))) results[i] = { ...r, text: '' };
      }
      response = { id: request.id, results, analysed };
    } catch (e) {
      response = { id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(response);
    // A long build saves along the way, so a server stopped halfway keeps most of its work.
    if (cache && unsaved >= SAVE_EVERY) {
      unsaved = 0;
      cache.save();
    }
  });
}

/** A hash of the running server's code: entries cached by another version are not used. */
function buildId(): string {
  try {
    return textHash(readFileSync(__filename, 'utf8'));
  } catch {
    return 'unknown';
  }
}

function loadRegistry(parsed: Map<string, { text: string; file: RegistryFile }>, sources: readonly RegistrySource[]): Registry {
  const files: RegistryFile[] = [];
  const keep = new Set<string>();
  for (const { uri, text } of sources) {
    keep.add(uri);
    let known = parsed.get(uri);
    if (!known || known.text !== text) parsed.set(uri, (known = { text, file: parseRegistryFile(uri, text) }));
    files.push(known.file);
  }
  for (const uri of [...parsed.keys()]) if (!keep.has(uri)) parsed.delete(uri);
  return mergeRegistry(files);
}

/** An article's text: a regular file only (a FIFO would stall the worker), size capped, not binary. */
function readArticle(uri: string): string | undefined {
  try {
    const r = readFileChecked(fileURLToPath(uri));
    return 'text' in r && !looksBinary(r.text) ? r.text : undefined;
  } catch {
    return undefined;
  }
}
