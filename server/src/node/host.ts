import { existsSync, statSync } from 'node:fs';
import { readFileChecked } from './named-file.js';
import { walkSync } from './walk.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Host } from '../core/index.js';

/** File URI of a path. */
export const toUri = (path: string): string => pathToFileURL(resolve(path)).href;

/** Path of a file URI. */
export const toPath = (uri: string): string => fileURLToPath(uri);

/** Whether a name is a registry file at this depth: `*.facts.yaml`, or `facts.yaml` at the root. */
export const isRegistryName = (name: string, depth: number): boolean => name.endsWith('.facts.yaml') || (depth === 0 && name === 'facts.yaml');

/** Whether a name is a YAML file (for `factmark.registry` globs). */
export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

/** Every `*.facts.yaml` under a folder, and `facts.yaml` at its root (node_modules and dot-folders skipped). */
export function findRegistryFiles(root: string, limit = 10_000): string[] {
  return walkSync(root, isRegistryName, { maxFiles: limit }).files;
}

/** Every YAML file under a folder, for `factmark.registry` globs (node_modules and dot-folders skipped). */
export function findYamlFiles(root: string, limit = 10_000): string[] {
  return walkSync(root, isYamlName, { maxFiles: limit }).files;
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

/**
 * A host that reads from disk; open buffers (from an editor) win over the disk. Only regular files
 * are read, up to a size cap; with `roots` (real paths: the CLI's folders and desks), a file that
 * a registry names (a source's `file`) is read only when its real path lies inside one of them.
 */
export class NodeHost implements Host {
  readonly buffers = new Map<string, string>();

  constructor(
    public registryFiles: () => string[],
    private readonly roots?: readonly string[],
  ) {}

  async readText(uri: string): Promise<string | undefined> {
    return this.readTextSync(uri);
  }

  readTextSync(uri: string): string | undefined {
    const open = this.buffers.get(uri);
    if (open !== undefined) return open;
    try {
      const r = readFileChecked(uri.startsWith('file:') ? toPath(uri) : uri);
      return 'text' in r ? r.text : undefined;
    } catch {
      return undefined;
    }
  }

  async readNamed(uri: string): Promise<{ text: string } | { refused: string }> {
    if (!uri.startsWith('file:')) return { refused: 'is not a file path' };
    let path: string;
    try {
      path = toPath(uri);
    } catch {
      return { refused: 'is not a file path' };
    }
    const r = readFileChecked(path, this.roots);
    return 'text' in r ? { text: r.text } : r;
  }

  async listRegistryFiles(): Promise<string[]> {
    return this.registryFiles();
  }
}
