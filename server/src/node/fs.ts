import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { WorkspaceFs } from '../lsp/state.js';
import { globToRegExp } from '../lsp/settings.js';
import { findRegistryFiles, findYamlFiles, toPath, toUri } from './host.js';
import { findArticles } from './articles.js';

/** The workspace file system of the Node server: the disk. */
export const nodeFs: WorkspaceFs = {
  async readFile(uri) {
    try {
      return await readFile(toPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
  async findFiles(base, pattern) {
    const root = toPath(base);
    if (!/[*?{[]/.test(pattern)) {
      // A plain path (a `factmark.registry` entry): relative to the folder, or absolute.
      const path = isAbsolute(pattern) ? pattern : join(root, pattern);
      return existsSync(path) && statSync(path).isFile() ? [toUri(path)] : [];
    }
    const re = globToRegExp(pattern);
    const candidates = /^\{?facts\.yaml,\*\*\/\*\.facts\.yaml\}?$/.test(pattern) ? findRegistryFiles(root) : /\.ya?ml\b/i.test(pattern) ? findYamlFiles(root) : findArticles(root);
    return candidates.filter((p) => re.test(relative(root, p).split('\\').join('/'))).map(toUri);
  },
};
