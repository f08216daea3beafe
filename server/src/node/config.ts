// A desk's configuration file, found upward from each article like `.textlintrc`: the nearest
// folder holding `.factmarkrc.yaml` (`.yml`, `.json`) or a package.json with a `factmark` key.
// Its values are checked by the core's one validation (the VS Code settings use it too); a
// file that does not parse, or a value it refuses, is a positioned error.
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { globToRegExp, validateConfig, type Config } from '../core/index.js';
import { readFileChecked } from './named-file.js';

export const CONFIG_NAMES = ['.factmarkrc.yaml', '.factmarkrc.yml', '.factmarkrc.json'];

/** A configuration file that cannot be used: `file:line:column: reason`. */
export class ConfigError extends Error {}

/** A loaded configuration: its folder (globs are relative to it) and its values. */
export interface DeskConfig {
  file: string;
  dir: string;
  config: Config;
  /** Gitignore-style rules of `ignore` and the folder's `.factmarkignore`. */
  ignores: Ignore;
}

/** Reads and checks one configuration file (YAML, JSON or package.json's `factmark`). */
export function loadConfig(file: string): DeskConfig | undefined {
  const read = readFileChecked(file);
  if (!('text' in read)) throw new ConfigError(`${file}: it ${read.refused}`);
  const lines = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number): string => {
    const p = lines.linePos(offset);
    return `${file}:${p.line}:${p.col}`;
  };
  const error = doc.errors[0];
  if (error) throw new ConfigError(`${at(error.pos[0])}: ${error.message.split('\n')[0]}`);
  const pkg = file.endsWith(`${sep}package.json`) || file === 'package.json';
  const path: (string | number)[] = pkg ? ['factmark'] : [];
  if (pkg && !(isMap(doc.contents) && doc.contents.has('factmark'))) return undefined;
  const raw = pkg ? (doc.toJS() as Record<string, unknown>).factmark : doc.toJS();
  const { config, problems } = validateConfig(raw);
  const problem = problems[0];
  if (problem) {
    // The deepest node of the problem's path that exists (the key, for an unknown setting), for its position.
    let node: unknown;
    if (problem.key) {
      const parent = path.length ? doc.getIn([...path, ...problem.path.slice(0, -1)], true) : doc.contents;
      if (isMap(parent)) node = parent.items.find((i) => (i.key as { value?: unknown } | null)?.value === problem.path.at(-1))?.key;
    }
    for (let n = problem.path.length; n >= 0 && !node; n--) {
      const full = [...path, ...problem.path.slice(0, n)];
      node = full.length ? doc.getIn(full, true) : doc.contents;
    }
    const range = (node as { range?: [number, number] } | undefined)?.range;
    throw new ConfigError(`${range ? at(range[0]) : `${file}:1:1`}: ${problem.message}`);
  }
  const dir = dirname(file);
  const ignores = ignore().add(config.ignore ?? []);
  const factmarkignore = readFileChecked(join(dir, '.factmarkignore'));
  if ('text' in factmarkignore) ignores.add(factmarkignore.text);
  return { file, dir, config, ignores };
}

/** Finds each folder's configuration once: the nearest at or above it. */
export class ConfigFinder {
  private readonly byDir = new Map<string, DeskConfig | undefined>();

  /** The configuration for a file in folder `dir` (absolute). */
  forDir(dir: string): DeskConfig | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: DeskConfig | undefined;
    for (const name of [...CONFIG_NAMES, 'package.json']) {
      const file = join(dir, name);
      const read = readFileChecked(file);
      if (!('text' in read)) continue;
      found = loadConfig(file);
      if (found) break;
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = this.forDir(parent);
    this.byDir.set(dir, found);
    return found;
  }
}

/** The path of `file` relative to the configuration's folder, `/`-separated; undefined when outside it. */
function inside(c: DeskConfig, file: string): string | undefined {
  const rel = relative(c.dir, file);
  return rel === '' || rel.startsWith('..') ? undefined : rel.split(sep).join('/');
}

/** Whether the configuration ignores `file` (its `ignore` globs or `.factmarkignore`). */
export function isIgnored(c: DeskConfig | undefined, file: string): boolean {
  const rel = c && inside(c, file);
  return rel !== undefined && c!.ignores.ignores(rel);
}

/** Whether `file` is an article by the configuration's `articles` globs (any file, without them). */
export function isArticle(c: DeskConfig | undefined, file: string): boolean {
  if (!c?.config.articles) return true;
  const rel = inside(c, file);
  return rel !== undefined && c.config.articles.some((g) => globToRegExp(g).test(rel));
}

/** Whether `file` is a registry file by the configuration's `registry` globs. */
export function isRegistryFile(c: DeskConfig, file: string): boolean {
  const rel = inside(c, file);
  return rel !== undefined && (c.config.registry ?? []).some((g) => globToRegExp(g).test(rel));
}
