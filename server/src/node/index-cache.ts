// The index workers' disk cache: a restarted server does not analyse unchanged articles again.
// It lives in a private folder of the user (never a predictable one in a shared temp folder),
// trusts nothing it reads back, and touches only the files it wrote (issue 21).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { FactOccurrence, IdOccurrence, IndexedArticle } from '../core/index.js';
import { readOpenFile } from './named-file.js';

/** Bumped whenever what an index entry holds, or how extraction and linking work, changes. */
const FORMAT = 4;

/** What every cache file starts with: prune removes only files that do. */
const MARKER = '{"kind":"factmark-index",';

/** Cache files are named `<16 hex digits>.json`; their temporary files add `.<24 random hex digits>.tmp`. */
const FILE_NAME = /^[0-9a-f]{16}\.json$/;
const TEMP_NAME = /^[0-9a-f]{16}\.json\.[0-9a-f]{24}\.tmp$/;

/** A cache file larger than this is not read (it would not be one this cache wrote for a desk). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** One article as cached: everything of its index entry but the text, which is read again anyway. */
interface CachedArticle {
  /** Hash of the text the entry was made from. */
  hash: string;
  /** Today's date when it was indexed: an undated article is indexed against it. */
  today: string;
  reference: string;
  /** `id, start, end` per registered actor mention, one flat list (ten thousand entries of small arrays take several times the memory). */
  actors: (string | number)[];
  /**
   * `id, start, end, kind, x, y` per marker or linked claim, one flat list: for a marker that links
   * its claim (what `factmark impact` lists) `x, y` are the claim's start and end, for an inferred
   * or explicit link `x` is its score; else -1.
   */
  facts: (string | number)[];
}

interface CacheFile {
  kind: 'factmark-index';
  format: number;
  /** The registry the entries were made with (file URIs and content hashes). */
  registry: string;
  articles: Record<string, CachedArticle>;
}

/** The user's own cache folder of the platform: `%LOCALAPPDATA%`, `~/Library/Caches`, else `$XDG_CACHE_HOME` or `~/.cache`. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : undefined;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches') : undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return xdg;
  return home ? join(home, '.cache') : undefined;
}

/**
 * Where the cache lives: `FACTMARK_INDEX_CACHE` (a folder, or `off`), else the folder the client
 * gave (`initializationOptions.indexCacheDir`: VS Code's workspace storage), else `factmark/index`
 * in the user's cache folder ({@link userCacheDir}). {@link IndexCache} still refuses a folder
 * that is not private to the user.
 */
export function indexCacheDir(fromClient?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.FACTMARK_INDEX_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  if (setting) return setting;
  if (fromClient) return fromClient;
  const base = userCacheDir(env);
  return base ? join(base, 'factmark', 'index') : undefined;
}

/**
 * Makes `dir` (mode 0700 for what it creates) and checks that it is private: a folder owned by
 * this user that no one else may write to. Returns the folder's real path, or why it is refused.
 */
export function privateDir(dir: string): { path: string } | { refused: string } {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = realpathSync(dir);
    const st = statSync(path);
    if (!st.isDirectory()) return { refused: `${dir} is not a folder` };
    if (process.platform !== 'win32') {
      const uid = process.getuid?.();
      if (uid !== undefined && st.uid !== uid) return { refused: `${dir} belongs to another user (uid ${st.uid})` };
      if (st.mode & 0o022) return { refused: `${dir} may be written by other users (mode ${(st.mode & 0o777).toString(8)})` };
    }
    return { path };
  } catch (e) {
    return { refused: `${dir} cannot be used (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}

/** Content hash of an article's text. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('base64');

/** Which ids the registry in use knows (entries naming others are not trusted). */
export interface KnownIds {
  actor(id: string): boolean;
  fact(id: string): boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Index entries on disk, one file per registry (named by its file URIs, so one
 * per workspace), valid while the registry's content and the article's text
 * are unchanged (and, for an undated article, the day). Loaded on first use,
 * written by {@link save}; a file that cannot be read or written is ignored.
 * The folder must be private ({@link privateDir}), else the cache stays off and
 * `log` hears why; every entry read back is checked against the text and the registry.
 */
export class IndexCache {
  private articles = new Map<string, CachedArticle>();
  private registry = '';
  private file?: string;
  private dirty = false;
  private dir?: string;
  /** Why the cache is off, if it is. */
  readonly refused?: string;

  constructor(dir: string, log: (message: string) => void = () => undefined) {
    const checked = privateDir(dir);
    if ('refused' in checked) {
      this.refused = checked.refused;
      log(`Factmark: the index cache is off: ${checked.refused}`);
    } else this.dir = checked.path;
  }

  /**
   * Switches to the cache of a registry: `registryKey` says what the entries depend on (the
   * server's build, the registry files' contents), `uris` the registry files (naming the cache file).
   */
  use(registryKey: string, uris: readonly string[]): void {
    if (registryKey === this.registry || !this.dir) return;
    const file = join(this.dir, `${createHash('sha256').update(uris.join('\n')).digest('hex').slice(0, 16)}.json`);
    if (file !== this.file) this.save();
    this.file = file;
    this.registry = registryKey;
    this.articles = new Map();
    this.dirty = false;
    try {
      const data = JSON.parse(readOwnFile(file)) as CacheFile;
      if (data.kind === 'factmark-index' && data.format === FORMAT && data.registry === registryKey && data.articles && typeof data.articles === 'object' && !Array.isArray(data.articles)) {
        for (const [uri, entry] of Object.entries(data.articles)) if (entry && typeof entry === 'object') this.articles.set(uri, entry);
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The cached entry of an article with this text, if still valid and sound (spans inside the text, ids known). */
  get(uri: string, text: string, hash: string, today: string, known?: KnownIds): IndexedArticle | undefined {
    const c = this.articles.get(uri);
    if (!c || c.hash !== hash || typeof c.reference !== 'string' || !ISO_DAY.test(c.reference) || typeof c.today !== 'string') return undefined;
    // An article indexed against that day's date (undated, as far as the entry tells) is valid that day only.
    if (c.reference === c.today && c.today !== today) return undefined;
    if (!Array.isArray(c.actors) || !Array.isArray(c.facts)) return undefined;
    const inText = (start: unknown, end: unknown): boolean =>
      Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= text.length;
    if (c.actors.length % 3 || c.facts.length % 6) return undefined;
    const actors: IdOccurrence[] = [];
    for (let i = 0; i < c.actors.length; i += 3) {
      const [id, start, end] = [c.actors[i], c.actors[i + 1], c.actors[i + 2]];
      if (typeof id !== 'string' || !inText(start, end) || (known && !known.actor(id))) return undefined;
      actors.push({ id, span: { start: start as number, end: end as number } });
    }
    const facts: FactOccurrence[] = [];
    for (let i = 0; i < c.facts.length; i += 6) {
      const [id, start, end, kind, x, y] = [c.facts[i], c.facts[i + 1], c.facts[i + 2], c.facts[i + 3], c.facts[i + 4], c.facts[i + 5]];
      if (typeof id !== 'string' || !inText(start, end) || typeof x !== 'number' || typeof y !== 'number') return undefined;
      const occurrence: FactOccurrence = { id, span: { start: start as number, end: end as number }, kind: kind as FactOccurrence['kind'] };
      // A marker's span is its id in the text (a rename replaces exactly it); a link names a fact of the registry.
      if (kind === 'marker') {
        if (text.slice(start as number, end as number) !== id) return undefined;
        if (x !== -1 || y !== -1) {
          // The claim it links: around the marker, and the fact one of the registry.
          if (!inText(x, y) || x > (start as number) || y < (start as number) || (known && !known.fact(id))) return undefined;
          occurrence.claim = { start: x, end: y };
        }
      } else if (kind !== 'explicit' && kind !== 'inferred') return undefined;
      else if (known && !known.fact(id)) return undefined;
      else if (y !== -1) return undefined;
      else if (x !== -1) {
        if (!(x >= 0 && x <= 1)) return undefined;
        occurrence.score = x;
      }
      facts.push(occurrence);
    }
    return { uri, text, reference: c.reference, actors, facts };
  }

  /** Records an article's entry. */
  set(entry: IndexedArticle, hash: string, today: string): void {
    if (!this.dir) return;
    this.articles.set(entry.uri, {
      hash,
      today,
      reference: entry.reference,
      actors: flat(entry.actors, 3, (a, out, i) => {
        out[i] = a.id;
        out[i + 1] = a.span.start;
        out[i + 2] = a.span.end;
      }),
      facts: flat(entry.facts, 6, (f, out, i) => {
        out[i] = f.id;
        out[i + 1] = f.span.start;
        out[i + 2] = f.span.end;
        out[i + 3] = f.kind;
        out[i + 4] = f.claim ? f.claim.start : (f.score ?? -1);
        out[i + 5] = f.claim ? f.claim.end : -1;
      }),
    });
    this.dirty = true;
  }

  /** Forgets an article (unreadable or left out of the index). */
  delete(uri: string): void {
    if (!this.articles.delete(uri)) return;
    this.dirty = true;
  }

  /**
   * Writes the cache if it changed: to a new temporary file (created exclusively, mode 0600, under
   * an unpredictable name, so no planted file or link is ever written through), then renamed over
   * the cache file, so a reader never sees half a file.
   */
  save(): void {
    if (!this.dirty || !this.file || !this.dir) return;
    this.dirty = false;
    const temp = `${this.file}.${randomBytes(12).toString('hex')}.tmp`;
    let fd: number | undefined;
    try {
      fd = openSync(temp, 'wx', 0o600);
      writeCacheFile(fd, this.registry, this.articles);
      closeSync(fd);
      fd = undefined;
      renameSync(temp, this.file);
      prune(this.dir, this.file);
    } catch {
      // A read-only or full disk: the cache is only an optimisation.
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    }
  }
}

/** Bytes of JSON gathered before a write: the file is written in pieces this size. */
const WRITE_CHUNK = 1 << 18;

/**
 * Writes the JSON of a {@link CacheFile} (as `JSON.stringify` writes it) to `fd` piece by piece:
 * the whole cache as one string and one buffer would take twice its size at once, at the end of
 * a build, when the index is at its largest (10,000 articles: about 12 MB of JSON).
 */
function writeCacheFile(fd: number, registry: string, articles: ReadonlyMap<string, CachedArticle>): void {
  let chunk = `{"kind":"factmark-index","format":${FORMAT},"registry":${JSON.stringify(registry)},"articles":{`;
  let first = true;
  const flush = (): void => {
    const bytes = Buffer.from(chunk);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    chunk = '';
  };
  for (const [uri, entry] of articles) {
    chunk += `${first ? '' : ','}${JSON.stringify(uri)}:${JSON.stringify(entry)}`;
    first = false;
    if (chunk.length >= WRITE_CHUNK) flush();
  }
  chunk += '}}';
  flush();
}

/** One flat list of `stride` values per item, allocated at its final size. */
function flat<T>(items: readonly T[], stride: number, put: (item: T, out: (string | number)[], at: number) => void): (string | number)[] {
  const out = new Array<string | number>(items.length * stride);
  items.forEach((item, k) => put(item, out, k * stride));
  return out;
}

/** Reads a file of the cache: a regular file of this user, not through a link, within the size cap. */
function readOwnFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || st.size > MAX_FILE_BYTES || (uid !== undefined && st.uid !== uid)) throw new Error('not a cache file');
    return readOpenFile(fd, st.size);
  } finally {
    closeSync(fd);
  }
}

/** Whether a file of the folder is one this cache wrote: its name pattern, a regular file, and its format marker at the start. */
function isCacheFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(MARKER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === MARKER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Most cache files a folder keeps (one per workspace registry): the least recently written go first. */
const KEEP_FILES = 32;

/** A temporary file of this cache older than this was left by a server that stopped mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Removes this cache's oldest files past {@link KEEP_FILES}, and its stale temporary files; nothing else in the folder. */
function prune(dir: string, keep: string): void {
  const names = readdirSync(dir);
  const now = Date.now();
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    try {
      const st = lstatSync(join(dir, name));
      if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // Gone meanwhile.
    }
  }
  const files = names.filter((f) => FILE_NAME.test(f)).map((f) => join(dir, f));
  if (files.length <= KEEP_FILES) return;
  const own = files.filter((f) => f !== keep && isCacheFile(f)).map((f) => ({ f, t: lstatSync(f).mtimeMs }));
  const excess = own.length + 1 - KEEP_FILES;
  if (excess <= 0) return;
  own.sort((a, b) => a.t - b.t);
  for (const { f } of own.slice(0, excess)) rmSync(f, { force: true });
}
