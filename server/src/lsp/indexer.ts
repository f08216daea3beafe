import type { Connection } from 'vscode-languageserver';
import { hashText, indexArticle, parseFrontMatter, registryId, todayIso, type FactChecker, type FactOccurrence, type IndexedArticle, type Registry, WorkspaceIndex } from '../core/index.js';
import { indexEntry, mayNameRegistry, type IndexPool, type PoolResult, type RegistrySource } from './index-entry.js';

/** Longest stretch of indexing work between two yields to the event loop, in ms (in-thread indexing). */
const SLICE_MS = 8;

/** A rebuild waits this long first, so that a burst of registry keystrokes starts one build, not many. */
const SETTLE_MS = 150;

/** Articles per message to an index pool, and how many batches are in flight (so a worker never idles). */
const BATCH = 16;
const IN_FLIGHT = 3;

/**
 * While the pool analyses (at least this share of its last batch was not in its cache), the
 * server's idle thread indexes too; otherwise it looks again after a pause.
 */
const HELP_MIN_ANALYSED = 0.5;
const HELP_PAUSE_MS = 100;

/** Fewer articles than this are indexed in the server's thread: a worker's start would cost more than it saves. */
const POOL_MIN_ARTICLES = 32;

/** What the indexer needs from the server. */
export interface IndexerHost {
  connection: Connection;
  checker: FactChecker;
  /** Article URIs of the workspace (from the configured globs). */
  listArticles(): Promise<string[]>;
  /** The text of a file: an open buffer, else the file system. */
  readText(uri: string): Promise<string | undefined>;
  /** The text of an open buffer (a pool reads closed files itself). */
  openText(uri: string): string | undefined;
  /** Whether the client shows `window/workDoneProgress`. */
  canReportProgress(): boolean;
  /** Indexes off the event loop when given (the Node server's worker threads); else the indexer works in slices. */
  pool?: IndexPool;
  /** Whether the server's thread indexes too while a pool builds, when it is idle (default: yes). */
  helpPool?: boolean;
  /** Whether the user is typing now (the server's thread then leaves indexing to the pool). */
  busy?(): boolean;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A {@link WorkspaceIndex} that also counts, per id, the articles naming it,
 * so a hover's "named in N articles" costs a lookup, not a scan of 10,000 articles.
 */
export class CountingIndex extends WorkspaceIndex {
  private readonly counts = new Map<string, number>();
  /** Counts every change of the index (a model built from it stays valid while it is the same). */
  version = 0;
  /** Called when an article starts or stops stating a fact (the story view follows; spans moving by an edit do not count). */
  onFactsChange?: () => void;

  override set(entry: IndexedArticle): void {
    const old = this.get(entry.uri);
    if (old) this.count(old, -1);
    super.set(entry);
    this.version++;
    this.count(entry, 1);
    if (this.onFactsChange && !sameFacts(old, entry)) this.onFactsChange();
  }

  override delete(uri: string): void {
    const old = this.get(uri);
    if (old) this.count(old, -1);
    super.delete(uri);
    this.version++;
    if (old?.facts.length) this.onFactsChange?.();
  }

  override articleCount(id: string): number {
    return this.counts.get(id) ?? 0;
  }

  private count(entry: IndexedArticle, delta: number): void {
    const ids = new Set<string>();
    for (const x of entry.actors) ids.add(x.id);
    for (const x of entry.facts) ids.add(x.id);
    for (const id of ids) {
      const n = (this.counts.get(id) ?? 0) + delta;
      if (n) this.counts.set(id, n);
      else this.counts.delete(id);
    }
  }
}

/** Whether two entries of one article state the same facts by the same kinds of link. */
function sameFacts(a: IndexedArticle | undefined, b: IndexedArticle): boolean {
  if (!a) return !b.facts.length;
  if (a.facts.length !== b.facts.length) return false;
  for (let i = 0; i < a.facts.length; i++) {
    const x = a.facts[i];
    const y = b.facts[i];
    if (x?.id !== y?.id || x?.kind !== y?.kind) return false;
  }
  return true;
}

/**
 * Builds and keeps the {@link WorkspaceIndex} of every article in the
 * background: in an {@link IndexPool} (worker threads) when the server has
 * one, else in slices of a few milliseconds, so that a hover or a keystroke
 * never waits on it; progress goes to the client, and a newer build cancels
 * an older one.
 */
export class Indexer {
  readonly index = new CountingIndex();
  /** Articles indexed by the current build, and how many it found. */
  done = 0;
  total = 0;
  building = false;
  private generation = 0;
  /** The generation of the last build that ran to its end. */
  private finished = 0;
  private signature = '';
  private current: Promise<void> = Promise.resolve();
  /** Whether a build used the pool (single updates then go there too). */
  private pooled = false;
  /** Entries made from the server's own analyses of open buffers, with the registry and day they were made with. */
  private readonly fromServer = new WeakMap<IndexedArticle, { registry: Registry; today: string }>();

  constructor(private readonly host: IndexerHost) {}

  /** Whether a build is pending or running (the index may be incomplete). */
  get indexing(): boolean {
    return this.building || this.finished !== this.generation;
  }

  /** Resolves when the latest build has finished (for answers that must be complete: references, rename). */
  async whenIdle(): Promise<void> {
    while (this.finished !== this.generation) await this.current;
  }

  /** Rebuilds the whole index when the registry changed in a way that changes extraction (or when forced). */
  refresh(force = false): Promise<void> {
    const signature = registrySignature(this.host.checker.store.registry);
    if (!force && signature === this.signature) return this.current;
    this.signature = signature;
    const generation = ++this.generation;
    this.current = this.build(generation).then(
      () => {
        if (generation !== this.generation) return;
        this.finished = generation;
        this.index.onFactsChange?.();
      },
      (e) => {
        if (generation === this.generation) {
          this.finished = generation;
          this.index.onFactsChange?.();
        }
        this.host.connection.console.error(`Factmark could not index the workspace: ${String(e)}`);
      },
    );
    return this.current;
  }

  /** Indexes one article again (after a change on disk or in a buffer). */
  async update(uri: string): Promise<void> {
    const { pool } = this.host;
    if (pool && this.pooled) {
      const text = this.host.openText(uri);
      try {
        const [result] = await pool.index(registrySources(this.host.checker.store.registry), todayIso(), [{ uri, text }]);
        // A buffer edited meanwhile was indexed from its newer analysis: keep that.
        // The pool saves at the end of the next build and at shutdown (not per file: a checkout changes thousands).
        if (text === undefined || this.host.openText(uri) === text) await this.apply(uri, result);
        return;
      } catch (e) {
        this.dropPool(e);
      }
    }
    const text = await this.host.readText(uri);
    if (text === undefined) this.index.delete(uri);
    else await this.put(uri, text);
  }

  /** Stores an article's analysis (the server's analyses of open buffers land here). */
  set(analysis: Parameters<typeof indexArticle>[0]): void {
    const entry = indexArticle(analysis);
    this.fromServer.set(entry, { registry: analysis.registry, today: todayIso() });
    this.index.set(entry);
  }

  /**
   * Whether the index already holds what a build would make of an open buffer: the server's own
   * analysis of its current text, against the workspace registry of now, today (the server analyses
   * open articles again whenever the registry changes, before a build starts).
   */
  private upToDate(uri: string): boolean {
    const entry = this.index.get(uri);
    const made = entry && this.fromServer.get(entry);
    return !!made && made.registry === this.host.checker.store.registry && made.today === todayIso() && this.host.openText(uri) === entry.text && !mayNameRegistry(entry.text);
  }

  /** Lets the index pool save its work (before the server exits); waits at most `ms`. */
  async flush(ms: number): Promise<void> {
    const { pool } = this.host;
    if (pool) await Promise.race([pool.idle().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
  }

  /** Forgets a deleted article. */
  remove(uri: string): void {
    this.index.delete(uri);
  }

  /** Indexes an article in this thread; one that names its own registry waits for it first (not the workspace's meanwhile). */
  private async put(uri: string, text: string): Promise<void> {
    if (mayNameRegistry(text)) await this.host.checker.store.prepare(uri, parseFrontMatter(text)?.registry);
    const entry = indexEntry((u, t, o) => this.host.checker.analyze(u, t, o), uri, text, todayIso());
    if (entry) this.index.set(entry);
    else this.index.delete(uri);
  }

  private async apply(uri: string, result: PoolResult): Promise<void> {
    if (result === 'here') {
      const text = await this.host.readText(uri);
      if (text === undefined) this.index.delete(uri);
      else await this.put(uri, text);
    } else if (result) this.index.set(compact(result, this.host.checker.store.registry));
    else this.index.delete(uri);
  }

  private dropPool(e: unknown): void {
    if (!this.host.pool) return;
    this.host.connection.console.error(`Factmark indexes in the server thread from now on: ${e instanceof Error ? e.message : String(e)}`);
    this.host.pool.dispose();
    this.host.pool = undefined;
  }

  private async build(generation: number): Promise<void> {
    const { connection } = this.host;
    if (this.index.size) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (generation !== this.generation) return;
    const uris = await this.host.listArticles();
    if (generation !== this.generation) return;
    this.building = true;
    this.done = 0;
    this.total = uris.length;
    const progress = this.host.canReportProgress() ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Factmark: indexing articles', 0, `0/${uris.length}`, false);
    let reported = 0;
    const report = (): void => {
      const percent = Math.floor((this.done / uris.length) * 100);
      if (percent !== reported) {
        reported = percent;
        progress?.report(percent, `${this.done}/${uris.length}`);
      }
    };
    try {
      const keep = new Set(uris);
      for (const a of [...this.index.all()]) if (!keep.has(a.uri)) this.index.delete(a.uri);
      // Open articles the server has just analysed are not analysed a second time (a cold analysis of a long one blocks the first keystrokes).
      const todo = uris.filter((uri) => !this.upToDate(uri));
      this.done = uris.length - todo.length;
      const pooled = !!this.host.pool && todo.length >= POOL_MIN_ARTICLES;
      if (pooled) this.pooled = true;
      const rest = pooled ? await this.buildInPool(generation, todo, report) : todo;
      if (generation === this.generation) await this.buildInThread(generation, rest, report);
    } finally {
      if (generation === this.generation) this.building = false;
      progress?.done();
    }
  }

  /**
   * Indexes `uris` in the pool, a few batches in flight, taking batches from the front of the list;
   * meanwhile the server's thread, when it has nothing else to do, indexes articles one at a time
   * from the back (on two cores the pool's one worker leaves the other idle). Returns what is left
   * to index in the thread if the pool fails.
   */
  private async buildInPool(generation: number, uris: readonly string[], report: () => void): Promise<readonly string[]> {
    const pool = this.host.pool!;
    const registry = registrySources(this.host.checker.store.registry);
    const today = todayIso();
    const stale = (): boolean => generation !== this.generation;
    let front = 0;
    let back = uris.length;
    let failure: unknown;
    const failed: string[] = [];
    /** Whether the pool has answered a batch yet (it may still be loading the registry), or failed. */
    let answered = false;
    let markAnswered!: () => void;
    const firstAnswer = new Promise<void>((resolve) => (markAnswered = resolve));
    const lane = async (): Promise<void> => {
      while (failure === undefined && !stale() && front < back) {
        // Open buffers are sent as they are now; the pool reads every other file itself.
        const items = uris.slice(front, Math.min(front + BATCH, back)).map((uri) => ({ uri, text: this.host.openText(uri) }));
        front += items.length;
        let results: PoolResult[];
        try {
          results = await pool.index(registry, today, items);
        } catch (e) {
          failure ??= e;
          failed.push(...items.map((i) => i.uri));
          markAnswered();
          return;
        }
        answered = true;
        markAnswered();
        if (stale()) return;
        for (const [i, { uri, text }] of items.entries()) {
          // A buffer edited since it was sent is indexed by the server's own analysis of the newer text.
          if (text === undefined || this.host.openText(uri) === text) await this.apply(uri, results[i]);
          if (stale()) return;
          this.done++;
        }
        report();
      }
    };
    const remembered: { entry: IndexedArticle; text: string }[] = [];
    const helper = async (): Promise<void> => {
      while (failure === undefined && !stale() && front < back) {
        await yieldToEventLoop();
        if (failure !== undefined || stale() || front >= back) return;
        if (!answered) {
          await firstAnswer;
          continue;
        }
        // Not while the user types, nor while the pool answers from its cache (far faster than this thread analyses).
        if (this.host.busy?.() || (pool.analysedShare?.() ?? 1) < HELP_MIN_ANALYSED) {
          await new Promise((resolve) => setTimeout(resolve, HELP_PAUSE_MS));
          continue;
        }
        const uri = uris[--back]!; // in range: front < back <= uris.length
        const text = await this.host.readText(uri);
        if (stale()) return;
        if (text === undefined) this.index.delete(uri);
        else {
          await this.put(uri, text);
          const entry = this.index.get(uri);
          // The pool keeps its work on disk: give it this thread's entries too.
          if (entry && entry.text === text && !mayNameRegistry(text) && pool.remember) {
            remembered.push({ entry, text });
            if (remembered.length >= BATCH) pool.remember(remembered.splice(0), today);
          }
        }
        if (stale()) return;
        this.done++;
        report();
      }
    };
    const lanes = Array.from({ length: IN_FLIGHT }, lane);
    if (this.host.helpPool !== false) lanes.push(helper());
    await Promise.all(lanes);
    if (remembered.length) pool.remember?.(remembered.splice(0), today);
    if (stale()) return [];
    if (failure !== undefined) {
      this.dropPool(failure);
      return [...failed, ...uris.slice(front, back)];
    }
    void pool.idle();
    return [];
  }

  /** Indexes `uris` in the server's thread, yielding to the event loop every few milliseconds. */
  private async buildInThread(generation: number, uris: readonly string[], report: () => void): Promise<void> {
    let sliceStart = Date.now();
    for (const uri of uris) {
      const text = await this.host.readText(uri);
      if (generation !== this.generation) return;
      if (text === undefined) this.index.delete(uri);
      else await this.put(uri, text);
      if (generation !== this.generation) return;
      this.done++;
      if (Date.now() - sliceStart >= SLICE_MS) {
        report();
        await yieldToEventLoop();
        if (generation !== this.generation) return;
        sliceStart = Date.now();
      }
    }
  }
}

/**
 * An entry as the index keeps it: a pool's entry arrives as a structured clone, with a string of
 * its own for every id it names (tens per article, thousands of articles naming the same few
 * ids); the registry's own id strings take their place, and every object is made afresh.
 */
function compact(entry: IndexedArticle, registry: Registry): IndexedArticle {
  const id = (x: string): string => registryId(registry, x) ?? x;
  return {
    uri: entry.uri,
    text: entry.text,
    reference: entry.reference,
    actors: entry.actors.map((a) => ({ id: id(a.id), span: { start: a.span.start, end: a.span.end } })),
    facts: entry.facts.map((f) => {
      const o: FactOccurrence = { id: id(f.id), span: { start: f.span.start, end: f.span.end }, kind: f.kind };
      if (f.claim) o.claim = { start: f.claim.start, end: f.claim.end };
      if (f.score !== undefined) o.score = f.score;
      return o;
    }),
  };
}

/** The registry's files as a pool receives them. */
function registrySources(registry: Registry): RegistrySource[] {
  return registry.files.map((f) => ({ uri: f.uri, hash: f.hash, text: f.text }));
}

/**
 * What of the registry changes extraction and linking (spellings, types and facts), as a hash and
 * length: the signature itself is several MB for a 50,000-fact registry, and the indexer keeps it.
 */
function registrySignature(registry: Registry): string {
  const parts: string[] = [];
  for (const a of registry.actors.values()) parts.push(`a:${a.id}|${a.type}|${a.name}|${a.aliases.join(',')}|${a.variants.join(',')}|${a.within ?? ''}`);
  for (const f of registry.facts.values()) parts.push(`f:${f.id}|${f.date}|${f.claim}|${f.actors.join(',')}|${f.place ?? ''}|${f.keywords.join(',')}|${f.status}`);
  return hashText(parts.join('\n'));
}
