import type { Connection } from 'vscode-languageserver';
import { LARGE_CHARS } from './large.js';
import { CODES, indexArticle, todayIso, type FactChecker, type Levels, type Registry, WorkspaceIndex } from '../core/index.js';

/** Levels that turn every check off: the index needs extraction and links, not findings. */
const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

/** Longest stretch of indexing work between two yields to the event loop, in ms. */
const SLICE_MS = 8;

/** A rebuild waits this long first, so that a burst of registry keystrokes starts one build, not many. */
const SETTLE_MS = 150;

/** What the indexer needs from the server. */
export interface IndexerHost {
  connection: Connection;
  checker: FactChecker;
  /** Article URIs of the workspace (from the configured globs). */
  listArticles(): Promise<string[]>;
  /** The text of a file: an open buffer, else the file system. */
  readText(uri: string): Promise<string | undefined>;
  /** Whether the client shows `window/workDoneProgress`. */
  canReportProgress(): boolean;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds and keeps the {@link WorkspaceIndex} of every article in the
 * background: the work is cut into slices of a few milliseconds so that a
 * hover or a keystroke never waits on it, progress goes to the client, and a
 * newer build cancels an older one.
 */
export class Indexer {
  readonly index = new WorkspaceIndex();
  /** Articles indexed by the current build, and how many it found. */
  done = 0;
  total = 0;
  building = false;
  private generation = 0;
  /** The generation of the last build that ran to its end. */
  private finished = 0;
  private signature = '';
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly host: IndexerHost) {}

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
        if (generation === this.generation) this.finished = generation;
      },
      (e) => {
        if (generation === this.generation) this.finished = generation;
        this.host.connection.console.error(`Factmark could not index the workspace: ${String(e)}`);
      },
    );
    return this.current;
  }

  /** Indexes one article again (after a change on disk or in a buffer). */
  async update(uri: string): Promise<void> {
    const text = await this.host.readText(uri);
    if (text === undefined) this.index.delete(uri);
    else this.put(uri, text);
  }

  /** Stores an article's analysis (the server's analyses of open buffers land here). */
  set(analysis: Parameters<typeof indexArticle>[0]): void {
    this.index.set(indexArticle(analysis));
  }

  /** Forgets a deleted article. */
  remove(uri: string): void {
    this.index.delete(uri);
  }

  private put(uri: string, text: string): void {
    // A huge article (a pasted dump) would block the server for seconds: it is left out of the index.
    if (text.length > LARGE_CHARS) return void this.index.delete(uri);
    this.index.set(indexArticle(this.host.checker.analyze(uri, text, { today: todayIso(), levels: NO_CHECKS })));
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
    try {
      const keep = new Set(uris);
      for (const a of [...this.index.all()]) if (!keep.has(a.uri)) this.index.delete(a.uri);
      let sliceStart = Date.now();
      let reported = 0;
      for (const uri of uris) {
        const text = await this.host.readText(uri);
        if (generation !== this.generation) return;
        if (text === undefined) this.index.delete(uri);
        else this.put(uri, text);
        this.done++;
        if (Date.now() - sliceStart >= SLICE_MS) {
          const percent = Math.floor((this.done / uris.length) * 100);
          if (percent !== reported) {
            reported = percent;
            progress?.report(percent, `${this.done}/${uris.length}`);
          }
          await yieldToEventLoop();
          if (generation !== this.generation) return;
          sliceStart = Date.now();
        }
      }
    } finally {
      if (generation === this.generation) this.building = false;
      progress?.done();
    }
  }
}

/** What of the registry changes extraction and linking: spellings, types and facts. */
function registrySignature(registry: Registry): string {
  const parts: string[] = [];
  for (const a of registry.actors.values()) parts.push(`a:${a.id}|${a.type}|${a.name}|${a.aliases.join(',')}|${a.variants.join(',')}|${a.within ?? ''}`);
  for (const f of registry.facts.values()) parts.push(`f:${f.id}|${f.date}|${f.claim}|${f.actors.join(',')}|${f.place ?? ''}|${f.keywords.join(',')}|${f.status}`);
  return parts.join('\n');
}
