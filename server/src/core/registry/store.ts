import type { Host, Logger } from '../host.js';
import { hashText } from './hash.js';
import { parseRegistryFile } from './load.js';
import { mergeRegistry } from './merge.js';
import type { Registry, RegistryFile } from './model.js';

/** The state of the registry, as the status bar shows it. */
export interface RegistryState {
  files: number;
  facts: number;
  actors: number;
  errors: number;
  /** Files whose latest text could not be parsed, so their last good version is in use. */
  stale: { uri: string; message: string; offset: number }[];
}

/**
 * Keeps the registry loaded: files are parsed once per content (cached by hash),
 * a file with a syntax error keeps its last good version, and only changed files
 * are parsed again.
 */
export class RegistryStore {
  private readonly good = new Map<string, RegistryFile>();
  private readonly byHash = new Map<string, RegistryFile>();
  private current: Registry = mergeRegistry([]);

  constructor(
    private readonly host: Host,
    private readonly logger?: Logger,
  ) {}

  /** The registry in use. */
  get registry(): Registry {
    return this.current;
  }

  /** Reads every registry file the host lists and merges them. */
  async reload(): Promise<Registry> {
    const uris = await this.host.listRegistryFiles();
    const files: RegistryFile[] = [];
    for (const uri of uris) {
      const text = await this.host.readText(uri);
      if (text === undefined) {
        this.logger?.log(`Cannot read registry file ${uri}`);
        continue;
      }
      files.push(this.load(uri, text));
    }
    this.current = mergeRegistry(files);
    return this.current;
  }

  /** Loads one file's text, reusing the parse of identical text and the last good version on a syntax error. */
  load(uri: string, text: string): RegistryFile {
    const key = `${uri}\n${hashText(text)}`;
    let file = this.byHash.get(key);
    if (!file) {
      file = parseRegistryFile(uri, text);
      this.byHash.set(key, file);
      if (this.byHash.size > 64) this.byHash.delete(this.byHash.keys().next().value!);
    }
    const broken = file.findings.some((f) => f.code === 'registry.syntax');
    if (!broken) {
      this.good.set(uri, file);
      return file;
    }
    const last = this.good.get(uri);
    if (!last) return file;
    return { ...last, findings: file.findings, stale: true, hash: file.hash };
  }

  /** Counts for the status bar. */
  state(): RegistryState {
    const r = this.current;
    let errors = 0;
    for (const list of r.findings.values()) errors += list.filter((f) => f.severity === 'error').length;
    const stale = r.files
      .filter((f) => f.stale)
      .map((f) => {
        const syntax = f.findings.find((x) => x.code === 'registry.syntax')!;
        return { uri: f.uri, message: syntax.message, offset: syntax.span.start };
      });
    return { files: r.files.length, facts: r.facts.size, actors: r.actors.size, errors, stale };
  }
}
