import type { Host, Logger } from '../host.js';
import { LineIndex } from '../lines.js';
import type { Finding } from '../types.js';
import { resolveUri } from '../uri.js';
import { hashText } from './hash.js';
import { MAX_REGISTRY_CHARS, parseRegistryFile } from './load.js';
import { mergeRegistry } from './merge.js';
import type { Registry, RegistryFile } from './model.js';
import { readNamed } from './named.js';
import { QuoteChecker } from './quotes.js';

/** The state of the registry, as the status bar shows it. */
export interface RegistryState {
  files: number;
  facts: number;
  actors: number;
  errors: number;
  /** Files whose latest text could not be parsed, so their last good version is in use; where the error is (0-based). */
  stale: { uri: string; message: string; offset: number; line: number; character: number }[];
}

/**
 * Keeps the registry loaded: files are parsed once per content (the same text
 * is recognised by identity, then by hash), a file with a syntax error keeps
 * its last good version, only changed files are parsed again, and the merge is
 * reused while no file changed. Source quotes are checked through the host.
 */
export class RegistryStore {
  private readonly good = new Map<string, RegistryFile>();
  private readonly byHash = new Map<string, RegistryFile>();
  private readonly lastText = new Map<string, { text: string; file: RegistryFile }>();
  private readonly quotes: QuoteChecker;
  private readonly articleRegistries = new Map<string, { key: string; registry: Registry }>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Front-matter registries the host refused to read, and why (by registry URI). */
  private readonly refused = new Map<string, string>();
  private readonly listeners: (() => void)[] = [];
  private merged: { key: string; registry: Registry } = { key: '', registry: mergeRegistry([]) };
  private current: Registry = this.merged.registry;
  /** How many times a registry file was parsed (not served from the cache): for tests and the bench. */
  parses = 0;

  constructor(
    private readonly host: Host,
    private readonly logger?: Logger,
  ) {
    this.quotes = new QuoteChecker(host);
  }

  /** The registry in use. */
  get registry(): Registry {
    return this.current;
  }

  /** Whether a fact cites `uri` as a source `file` (saving it should check quotes again). */
  isSource(uri: string): boolean {
    return this.quotes.isSource(uri);
  }

  /** Calls `listener` when a per-article registry (front-matter `registry:`) has been loaded or reloaded. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Reads every registry file the host lists and merges them; also reloads per-article registries in use. */
  async reload(): Promise<Registry> {
    const uris = await this.host.listRegistryFiles();
    const files = await this.readFiles(uris);
    const key = files.map((f) => `${f.uri}#${f.hash}${f.stale ? '!' : ''}`).join('\n');
    if (key !== this.merged.key) this.merged = { key, registry: mergeRegistry(files) };
    this.current = withFindings(this.merged.registry, await this.quotes.check(this.merged.registry));
    for (const uri of this.articleRegistries.keys()) await this.loadArticleRegistry(uri);
    return this.current;
  }

  /**
   * The registry for an article: the one its front matter names (`registry:`,
   * relative to the article), else the workspace registry. A named registry not
   * loaded yet is loaded in the background (listeners hear when it is ready)
   * and the workspace registry serves meanwhile; {@link prepare} awaits it.
   */
  registryFor(articleUri: string, frontMatterRegistry?: string): Registry {
    if (!frontMatterRegistry) return this.current;
    const uri = resolveUri(articleUri, frontMatterRegistry);
    const known = this.articleRegistries.get(uri);
    if (known) return known.registry;
    if (!this.pending.has(uri)) {
      const p = this.loadArticleRegistry(uri).then(() => {
        this.pending.delete(uri);
        for (const l of this.listeners) l();
      });
      this.pending.set(uri, p);
    }
    return this.current;
  }

  /** Loads the registry an article's front matter names, so {@link registryFor} returns it. */
  async prepare(articleUri: string, frontMatterRegistry?: string): Promise<Registry> {
    if (!frontMatterRegistry) return this.current;
    const uri = resolveUri(articleUri, frontMatterRegistry);
    if (!this.articleRegistries.has(uri)) await (this.pending.get(uri) ?? this.loadArticleRegistry(uri));
    return this.articleRegistries.get(uri)?.registry ?? this.current;
  }

  /**
   * Why the registry an article's front matter names was refused (outside the workspace, not a
   * regular file, too large, missing), once its load was tried; undefined when it loaded.
   */
  refusal(articleUri: string, frontMatterRegistry: string): string | undefined {
    return this.refused.get(resolveUri(articleUri, frontMatterRegistry));
  }

  private async loadArticleRegistry(uri: string): Promise<void> {
    // A path an article names is read only under the host's rule (inside the workspace, a regular file).
    const named = await readNamed(this.host, uri);
    if ('refused' in named) {
      this.refused.set(uri, named.refused);
      this.logger?.log(`Registry file ${uri} ${named.refused}: not read`);
    } else this.refused.delete(uri);
    const files = 'text' in named ? [this.load(uri, named.text)] : [];
    const key = files.map((f) => `${f.uri}#${f.hash}`).join('\n');
    if (this.articleRegistries.get(uri)?.key === key) return;
    const merged = mergeRegistry(files);
    this.articleRegistries.set(uri, { key, registry: withFindings(merged, await this.quotes.check(merged)) });
  }

  private async readFiles(uris: readonly string[]): Promise<RegistryFile[]> {
    const texts = await Promise.all(uris.map((uri) => this.host.readText(uri)));
    const files: RegistryFile[] = [];
    uris.forEach((uri, i) => {
      const text = texts[i];
      if (text === undefined) this.logger?.log(`Cannot read registry file ${uri}`);
      else files.push(this.load(uri, text));
    });
    return files;
  }

  /** Loads one file's text, reusing the parse of identical text and the last good version on a syntax error. */
  load(uri: string, text: string): RegistryFile {
    const last = this.lastText.get(uri);
    // Comparing strings is a memcmp, far cheaper than hashing a large file again.
    if (last && last.text === text) return last.file;
    if (text.length > MAX_REGISTRY_CHARS) {
      this.parses++;
      return this.keepGood(uri, parseRegistryFile(uri, text));
    }
    const hash = hashText(text);
    const key = `${uri}\n${hash}`;
    let file = this.byHash.get(key);
    if (!file) {
      this.parses++;
      file = parseRegistryFile(uri, text, hash);
      this.byHash.set(key, file);
      if (this.byHash.size > 64) this.byHash.delete(this.byHash.keys().next().value!);
    }
    const result = this.keepGood(uri, file);
    this.lastText.set(uri, { text, file: result });
    return result;
  }

  private keepGood(uri: string, file: RegistryFile): RegistryFile {
    const broken = file.findings.some((f) => f.code === 'registry.syntax');
    if (!broken) {
      this.good.set(uri, file);
      return file;
    }
    const last = this.good.get(uri);
    if (!last) return file;
    const syntax = file.findings.find((f) => f.code === 'registry.syntax')!;
    const at = new LineIndex(file.text).position(syntax.span.start);
    return { ...last, findings: file.findings, stale: true, hash: file.hash, staleError: { message: syntax.message, offset: syntax.span.start, ...at } };
  }

  /** Counts for the status bar. */
  state(): RegistryState {
    const r = this.current;
    let errors = 0;
    for (const list of r.findings.values()) errors += list.filter((f) => f.severity === 'error').length;
    const stale = r.files
      .filter((f) => f.stale)
      .map((f) => {
        const e = f.staleError ?? { message: 'YAML syntax error', offset: 0, line: 0, character: 0 };
        return { uri: f.uri, message: e.message, offset: e.offset, line: e.line, character: e.character };
      });
    return { files: r.files.length, facts: r.facts.size, actors: r.actors.size, errors, stale };
  }
}

/** A registry with extra findings added (the merged registry itself is not changed). */
function withFindings(registry: Registry, extra: Map<string, Finding[]>): Registry {
  if (!extra.size) return registry;
  const findings = new Map(registry.findings);
  for (const [uri, list] of extra) findings.set(uri, [...(findings.get(uri) ?? []), ...list]);
  return { ...registry, findings };
}

/**
 * A note for hovers and the CLI when the registry in use is stale: which file
 * has a syntax error and where (1-based line and column in its current text),
 * or undefined when every file loaded.
 */
export function staleNote(registry: Registry): string | undefined {
  const stale = registry.files.filter((f) => f.stale);
  if (!stale.length) return undefined;
  const parts = stale.map((f) => {
    const name = decodeURIComponent(f.uri.slice(f.uri.lastIndexOf('/') + 1));
    const e = f.staleError;
    return e ? `\`${name}\` line ${e.line + 1}, column ${e.character + 1} (${e.message})` : `\`${name}\``;
  });
  return `Registry is stale: ${parts.join('; ')}. The last good version is in use until this is fixed.`;
}
