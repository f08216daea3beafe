// The index workers' disk cache: a restarted server does not analyse unchanged articles again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FactOccurrence, IdOccurrence, IndexedArticle } from '../core/index.js';

/** Bumped whenever what an index entry holds, or how extraction and linking work, changes. */
const FORMAT = 1;

/** One article as cached: everything of its index entry but the text, which is read again anyway. */
interface CachedArticle {
  /** Hash of the text the entry was made from. */
  hash: string;
  /** Today's date when it was indexed: an undated article is indexed against it. */
  today: string;
  reference: string;
  /** `[id, start, end]` per registered actor mention. */
  actors: [string, number, number][];
  /** `[id, start, end, kind]` per marker or linked claim. */
  facts: [string, number, number, FactOccurrence['kind']][];
}

interface CacheFile {
  format: number;
  /** The registry the entries were made with (file URIs and content hashes). */
  registry: string;
  articles: Record<string, CachedArticle>;
}

/**
 * Where the cache lives: `FACTMARK_INDEX_CACHE` (a folder, or `off`), else the folder the client
 * gave (`initializationOptions.indexCacheDir`, e.g. the extension's workspace storage), else a
 * folder in the system's temporary directory.
 */
export function indexCacheDir(fromClient?: string): string | undefined {
  const setting = process.env.FACTMARK_INDEX_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  return setting || fromClient || join(tmpdir(), 'factmark-index');
}

/** Content hash of an article's text. */
export const textHash = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * Index entries on disk, one file per registry (named by its file URIs, so one
 * per workspace), valid while the registry's content and the article's text
 * are unchanged (and, for an undated article, the day). Loaded on first use,
 * written by {@link save}; a file that cannot be read or written is ignored.
 */
export class IndexCache {
  private articles: Record<string, CachedArticle> = {};
  private registry = '';
  private file?: string;
  private dirty = false;

  constructor(private readonly dir: string) {}

  /**
   * Switches to the cache of a registry: `registryKey` says what the entries depend on (the
   * server's build, the registry files' contents), `uris` the registry files (naming the cache file).
   */
  use(registryKey: string, uris: readonly string[]): void {
    if (registryKey === this.registry) return;
    const file = join(this.dir, `${createHash('sha1').update(uris.join('\n')).digest('hex').slice(0, 16)}.json`);
    if (file !== this.file) this.save();
    this.file = file;
    this.registry = registryKey;
    this.articles = {};
    this.dirty = false;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data.format === FORMAT && data.registry === registryKey && data.articles && typeof data.articles === 'object') this.articles = data.articles;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The cached entry of an article with this text, if still valid. */
  get(uri: string, text: string, hash: string, today: string): IndexedArticle | undefined {
    const c = this.articles[uri];
    if (!c || c.hash !== hash) return undefined;
    // An article indexed against that day's date (undated, as far as the entry tells) is valid that day only.
    if (c.reference === c.today && c.today !== today) return undefined;
    if (!Array.isArray(c.actors) || !Array.isArray(c.facts)) return undefined;
    const inText = (start: unknown, end: unknown): boolean => typeof start === 'number' && typeof end === 'number' && start >= 0 && start <= end && end <= text.length;
    const actors: IdOccurrence[] = [];
    for (const [id, start, end] of c.actors) {
      if (typeof id !== 'string' || !inText(start, end)) return undefined;
      actors.push({ id, span: { start, end } });
    }
    const facts: FactOccurrence[] = [];
    for (const [id, start, end, kind] of c.facts) {
      if (typeof id !== 'string' || !inText(start, end) || (kind !== 'marker' && kind !== 'explicit' && kind !== 'inferred')) return undefined;
      facts.push({ id, span: { start, end }, kind });
    }
    return { uri, text, reference: c.reference, actors, facts };
  }

  /** Records an article's entry. */
  set(entry: IndexedArticle, hash: string, today: string): void {
    this.articles[entry.uri] = {
      hash,
      today,
      reference: entry.reference,
      actors: entry.actors.map((a) => [a.id, a.span.start, a.span.end]),
      facts: entry.facts.map((f) => [f.id, f.span.start, f.span.end, f.kind]),
    };
    this.dirty = true;
  }

  /** Forgets an article (unreadable or left out of the index). */
  delete(uri: string): void {
    if (!(uri in this.articles)) return;
    delete this.articles[uri];
    this.dirty = true;
  }

  /** Writes the cache if it changed (to a temporary file first, so a reader never sees half a file). */
  save(): void {
    if (!this.dirty || !this.file) return;
    this.dirty = false;
    const data: CacheFile = { format: FORMAT, registry: this.registry, articles: this.articles };
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.file);
      prune(this.dir, this.file);
    } catch {
      // A read-only or full disk: the cache is only an optimisation.
    }
  }
}

/** Most cache files a folder keeps (one per workspace registry): the least recently written go first. */
const KEEP_FILES = 32;

function prune(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
  if (files.length <= KEEP_FILES) return;
  const byAge = files.filter((f) => f !== keep).map((f) => ({ f, t: statSync(f).mtimeMs }));
  byAge.sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - KEEP_FILES)) rmSync(f, { force: true });
}
