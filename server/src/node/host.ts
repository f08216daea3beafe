import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Host } from '../core/index.js';

/** File URI of a path. */
export const toUri = (path: string): string => pathToFileURL(resolve(path)).href;

/** Path of a file URI. */
export const toPath = (uri: string): string => fileURLToPath(uri);

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** Every `*.facts.yaml` under a folder, and `facts.yaml` at its root (node_modules and dot-folders skipped). */
export function findRegistryFiles(root: string, limit = 10_000): string[] {
  return findFiles(root, (name, depth) => name.endsWith('.facts.yaml') || (depth === 0 && name === 'facts.yaml'), limit);
}

/** Every YAML file under a folder, for `factmark.registry` globs (node_modules and dot-folders skipped). */
export function findYamlFiles(root: string, limit = 10_000): string[] {
  return findFiles(root, (name) => /\.ya?ml$/i.test(name), limit);
}

function findFiles(root: string, wanted: (name: string, depth: number) => boolean, limit: number): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 12 || out.length >= limit) return;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(path, depth + 1);
      else if (wanted(name, depth)) out.push(path);
    }
  };
  walk(root, 0);
  return out;
}

/** The nearest folder at or above `from` that holds a `facts.yaml`. */
export function findDeskRoot(from: string): string | undefined {
  let dir = resolve(from);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    if (existsSync(join(dir, 'facts.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A host that reads from disk; open buffers (from an editor) win over the disk. */
export class NodeHost implements Host {
  readonly buffers = new Map<string, string>();

  constructor(public registryFiles: () => string[]) {}

  async readText(uri: string): Promise<string | undefined> {
    return this.readTextSync(uri);
  }

  readTextSync(uri: string): string | undefined {
    const open = this.buffers.get(uri);
    if (open !== undefined) return open;
    try {
      return readFileSync(uri.startsWith('file:') ? toPath(uri) : uri, 'utf8');
    } catch {
      return undefined;
    }
  }

  async listRegistryFiles(): Promise<string[]> {
    return this.registryFiles();
  }
}
