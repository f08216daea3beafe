// The one directory walk of the Node hosts (the CLI and the language server): it follows no link
// out of the folder and none in a circle (real paths are tracked, so a file reached twice is
// listed once), lists only regular files (a FIFO named `x.md` would stall every reader), reports
// what it cannot read instead of throwing, never recurses on the stack, and stops at a bound on
// the entries it looks at, so a workspace folder of `/` cannot hold the server (issue 21).
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, parse, sep } from 'node:path';

/** Folders never walked into (besides dot-folders). */
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
/** Folders of the file system's root that are not files (`/proc`, `/sys`, `/dev`). */
const SKIP_AT_FS_ROOT = new Set(['proc', 'sys', 'dev', 'run']);

/** Something the walk could not read or would not follow. */
export interface WalkProblem {
  path: string;
  message: string;
}

export interface WalkOptions {
  /** Deepest folder level walked into (the root is 0). */
  maxDepth?: number;
  /** Most files listed. */
  maxFiles?: number;
  /** Most directory entries looked at, in all. */
  maxEntries?: number;
}

/** What a walk found: files in a stable order (depth first, by name), problems, and whether it stopped at a bound. */
export interface WalkResult {
  files: string[];
  problems: WalkProblem[];
  truncated: boolean;
}

const DEFAULTS = { maxDepth: 12, maxFiles: 100_000, maxEntries: 200_000 };

/** Whether real path `path` is `root` or lies inside it (both real). */
export function isUnder(path: string, root: string): boolean {
  if (path === root) return true;
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'error';

/**
 * A walk of the files under `root` that `wanted(name, depth)` selects, done in steps (so an async
 * caller can let other work run between them): {@link step} looks at up to `n` entries and says
 * whether the walk is over; {@link result} is then complete.
 */
export class Walk {
  /** The folders being read, innermost last (a depth-first walk in name order, as a recursion would go, without the stack). */
  private readonly frames: { dir: string; real: string; depth: number; names?: Dirent[]; at: number }[] = [];
  private readonly seenDirs = new Set<string>();
  private readonly seenFiles = new Set<string>();
  private readonly files: string[] = [];
  private readonly problems: WalkProblem[] = [];
  private readonly options: Required<WalkOptions>;
  private readonly realRoot?: string;
  private readonly fsRoot: boolean;
  private entries = 0;
  private truncated = false;

  constructor(
    private readonly root: string,
    private readonly wanted: (name: string, depth: number) => boolean,
    options: WalkOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    try {
      this.realRoot = realpathSync(root);
      if (!statSync(this.realRoot).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      this.seenDirs.add(this.realRoot);
      this.frames.push({ dir: root, real: this.realRoot, depth: 0, at: 0 });
    } catch (e) {
      this.problems.push({ path: root, message: `cannot be read (${reason(e)})` });
    }
    this.fsRoot = this.realRoot !== undefined && parse(this.realRoot).root === this.realRoot;
  }

  /** Looks at up to `n` more entries; true once the walk is over. */
  step(n: number): boolean {
    let budget = n;
    while (budget > 0) {
      const frame = this.frames[this.frames.length - 1];
      if (!frame) return true;
      if (!frame.names) {
        try {
          // Entry types come with the names (no lstat per entry): a walk of `/` looks at 100,000 entries in about a second.
          frame.names = readdirSync(frame.dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        } catch (e) {
          this.problems.push({ path: frame.dir, message: `cannot be read (${reason(e)})` });
          this.frames.pop();
          continue;
        }
      }
      if (frame.at >= frame.names.length) {
        this.frames.pop();
        continue;
      }
      const entry = frame.names[frame.at++]!; // in range: frame.at < frame.names.length (tested above)
      const name = entry.name;
      budget--;
      if (++this.entries > this.options.maxEntries) return this.stop(`stopped after ${this.options.maxEntries} entries`);
      if (SKIP.has(name) || name.startsWith('.') || (this.fsRoot && frame.depth === 0 && SKIP_AT_FS_ROOT.has(name))) continue;
      this.visit(frame, entry);
      if (this.files.length >= this.options.maxFiles) return this.stop(`stopped after ${this.options.maxFiles} files`);
    }
    return false;
  }

  private visit(parent: { dir: string; real: string; depth: number }, entry: Dirent): void {
    const name = entry.name;
    const path = join(parent.dir, name);
    let real = join(parent.real, name);
    let st: Pick<Stats, 'isDirectory' | 'isFile'> = entry;
    if (entry.isSymbolicLink()) {
      try {
        real = realpathSync(path);
        st = statSync(real);
      } catch (e) {
        this.problems.push({ path, message: `is a link to nothing (${reason(e)}); not followed` });
        return;
      }
      if (!isUnder(real, this.realRoot!)) {
        this.problems.push({ path, message: 'is a link out of the folder; not followed' });
        return;
      }
    }
    if (st.isDirectory()) {
      // A folder reached again (through a link, or a link in a circle) is walked once.
      if (parent.depth + 1 > this.options.maxDepth || this.seenDirs.has(real)) return;
      this.seenDirs.add(real);
      this.frames.push({ dir: path, real, depth: parent.depth + 1, at: 0 });
      return;
    }
    // FIFOs, sockets and devices are never files to read.
    if (!st.isFile() || !this.wanted(name, parent.depth)) return;
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.files.push(path);
  }

  private stop(why: string): true {
    this.truncated = true;
    this.problems.push({ path: this.root, message: why });
    this.frames.length = 0;
    return true;
  }

  get result(): WalkResult {
    return { files: this.files, problems: this.problems, truncated: this.truncated };
  }
}

/** Walks `root` at once (the CLI). */
export function walkSync(root: string, wanted: (name: string, depth: number) => boolean, options?: WalkOptions): WalkResult {
  const walk = new Walk(root, wanted, options);
  while (!walk.step(100_000));
  return walk.result;
}

/** Walks `root` in slices of a few milliseconds, letting the event loop run between them (the server). */
export async function walkAsync(root: string, wanted: (name: string, depth: number) => boolean, options?: WalkOptions): Promise<WalkResult> {
  const walk = new Walk(root, wanted, options);
  for (;;) {
    // Slices of about 8 ms: requests and keystrokes wait no longer than that for the walk.
    const until = performance.now() + 8;
    let done = false;
    while (!(done = walk.step(64)) && performance.now() < until);
    if (done) return walk.result;
    await new Promise((r) => setImmediate(r));
  }
}

/** Article files: `.md`, `.markdown`, `.txt`, READMEs and the like left out. */
export const isArticleName = (name: string): boolean => /\.(md|markdown|txt)$/i.test(name) && !/^(readme|changelog|license)\b/i.test(name);
