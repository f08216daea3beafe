import { isAbsolute, join, relative } from 'node:path';
import type { WorkspaceFs } from '../lsp/state.js';
import { globToRegExp } from '../lsp/settings.js';
import { isRegistryName, isYamlName, toPath, toUri } from './host.js';
import { checkPath, readFileCheckedAsync, realRoots } from './named-file.js';
import { isArticleName, walkAsync, type WalkOptions } from './walk.js';

/**
 * The server's walks stop after this many entries: a workspace folder of `/` must not hold the
 * registry's first load (and so every diagnostic) for minutes. They yield to the event loop as they go.
 */
const SERVER_WALK: WalkOptions = { maxEntries: 100_000, maxFiles: 50_000 };

const pathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? toPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

/** The workspace file system of the Node server: the disk (regular files only, size capped). */
export const nodeFs: WorkspaceFs = {
  async readFile(uri) {
    const path = pathOf(uri);
    if (!path) return undefined;
    const r = await readFileCheckedAsync(path);
    return 'text' in r ? r.text : undefined;
  },
  async readNamed(uri, folders) {
    const path = pathOf(uri);
    if (!path) return { refused: 'is not a file path' };
    const roots = realRoots(folders.map(pathOf).filter((p): p is string => p !== undefined));
    const r = await readFileCheckedAsync(path, roots);
    return 'text' in r ? { text: r.text } : r;
  },
  async findFiles(base, pattern) {
    const root = toPath(base);
    if (!/[*?{[]/.test(pattern)) {
      // A plain path (a `factmark.registry` entry): relative to the folder, or absolute.
      const path = isAbsolute(pattern) ? pattern : join(root, pattern);
      return 'real' in checkPath(path) ? [toUri(path)] : [];
    }
    const re = globToRegExp(pattern);
    const wanted = /^\{?facts\.yaml,\*\*\/\*\.facts\.yaml\}?$/.test(pattern) ? isRegistryName : /\.ya?ml\b/i.test(pattern) ? isYamlName : isArticleName;
    const walk = await walkAsync(root, wanted, SERVER_WALK);
    if (walk.truncated) console.error(`Factmark: the walk of ${root} ${walk.problems.at(-1)?.message ?? 'stopped'}; files further on are left out`);
    return walk.files.filter((p) => re.test(relative(root, p).split('\\').join('/'))).map(toUri);
  },
};
