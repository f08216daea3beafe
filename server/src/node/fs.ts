import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { WorkspaceFs } from '../lsp/server.js';
import { globToRegExp } from '../lsp/settings.js';
import { findRegistryFiles, toPath, toUri } from './host.js';
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
    const re = globToRegExp(pattern);
    const candidates = /facts\.yaml/.test(pattern) ? findRegistryFiles(root) : findArticles(root);
    return candidates.filter((p) => re.test(relative(root, p).split('\\').join('/'))).map(toUri);
  },
};
