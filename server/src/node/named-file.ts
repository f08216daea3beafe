// How the Node hosts (the CLI and the language server) read a file: only a regular file (a FIFO
// would hang the reader, /dev/zero fill the memory), within a size cap checked before reading; and
// a file an article or a registry names (front-matter `registry`, a source's `file`) only when its
// real path lies inside the workspace (issue 21). Reasons never quote the file's content.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isUnder } from './walk.js';

/** Largest file read: well above the registry's limit in characters (`MAX_REGISTRY_CHARS`, 32 Mi). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** A file's text (and its real path when the read was bounded by roots), or why it is not read (a phrase: "is outside the workspace"). */
export type ReadResult = { text: string; real: string } | { refused: string };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const why = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
};

/**
 * Checks a path before reading it: its real path, which must lie inside one of `roots` (real
 * paths) when they are given, and be a regular file of at most `maxBytes`.
 */
export function checkPath(path: string, roots?: readonly string[], maxBytes = MAX_READ_BYTES): { real: string; size: number } | { refused: string } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    // A missing file outside the workspace is refused as outside, like one that exists: no found/not-found oracle.
    if (roots && !roots.some((r) => isUnder(nearestReal(path), r))) return { refused: 'is outside the workspace' };
    return { refused: why(e) };
  }
  if (roots && !roots.some((r) => isUnder(real, r))) return { refused: 'is outside the workspace' };
  try {
    const st = statSync(real);
    if (!st.isFile()) return { refused: 'is not a regular file' };
    if (st.size > maxBytes) return { refused: `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { real, size: st.size };
  } catch (e) {
    return { refused: why(e) };
  }
}

/** The real path of a path that may not exist: its nearest existing folder's real path, and the rest as written. */
function nearestReal(path: string): string {
  let dir = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(dir), ...rest.reverse());
    } catch {
      const up = dirname(dir);
      if (up === dir) return resolve(path);
      rest.push(basename(dir));
      dir = up;
    }
  }
}

/** Reads a file under {@link checkPath}'s rule (opened without blocking, checked again once open). */
export function readFileChecked(path: string, roots?: readonly string[], maxBytes = MAX_READ_BYTES): ReadResult {
  // With no workspace to stay inside, the open file's own type and size are all there is to check
  // (opened without blocking, a FIFO cannot stall the reader): no real path to resolve first, which
  // costs a look at every folder above the file (a tenth of an archive's warm index build).
  const checked = roots ? checkPath(path, roots, maxBytes) : { real: path };
  if ('refused' in checked) return checked;
  let fd: number;
  try {
    fd = openSync(checked.real, OPEN_FLAGS);
  } catch (e) {
    return { refused: why(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: 'is not a regular file' };
    if (st.size > maxBytes) return { refused: `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    return { text: readOpenFile(fd, st.size), real: checked.real };
  } catch (e) {
    return { refused: why(e) };
  } finally {
    closeSync(fd);
  }
}

/** Whether a file's text is binary (a NUL in its first 8 KB, as git decides): never read as prose. */
export const looksBinary = (text: string): boolean => text.slice(0, 8192).includes('\0');

/** The text of an open file of `size` bytes, read from its start (a file that shrinks meanwhile ends early). */
export function readOpenFile(fd: number, size: number): string {
  const buffer = Buffer.alloc(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buffer, at, size - at, at);
    if (!n) break;
    at += n;
  }
  return buffer.toString('utf8', 0, at);
}

/** {@link readFileChecked}, without blocking the event loop (the language server). */
export async function readFileCheckedAsync(path: string, roots?: readonly string[], maxBytes = MAX_READ_BYTES): Promise<ReadResult> {
  const checked = checkPath(path, roots, maxBytes);
  if ('refused' in checked) return checked;
  let handle;
  try {
    handle = await open(checked.real, OPEN_FLAGS);
  } catch (e) {
    return { refused: why(e) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { refused: 'is not a regular file' };
    if (st.size > maxBytes) return { refused: `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
    const buffer = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const { bytesRead } = await handle.read(buffer, at, st.size - at, at);
      if (!bytesRead) break;
      at += bytesRead;
    }
    return { text: buffer.toString('utf8', 0, at), real: checked.real };
  } catch (e) {
    return { refused: why(e) };
  } finally {
    await handle.close();
  }
}

/** The real paths of folders (those that exist). */
export function realRoots(folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of folders) {
    try {
      out.push(realpathSync(f));
    } catch {
      // A folder that is gone contains nothing.
    }
  }
  return out;
}
