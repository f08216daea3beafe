// The language server's per-session state (rust-analyzer's "global state"): the open documents,
// the fact checker and its registry, the workspace index, the settings and what the client can
// do. server.ts builds it and wires the protocol to it; sync.ts keeps open articles analysed
// and published; reload.ts reloads the registry; the handlers read it. Nothing else keeps
// globals.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFactChecker, isInside, type Analysis, type FactChecker, type Host } from '../core/index.js';
import type { IndexPool } from './index-entry.js';
import { Indexer } from './indexer.js';
import { Publisher } from './publish.js';
import { DEFAULT_SETTINGS, globToRegExp, type Settings } from './settings.js';

/** How the server reaches files: from disk (Node) or through the client (web worker). */
export interface WorkspaceFs {
  readFile(uri: string): Promise<string | undefined>;
  /**
   * Reads a file an article or registry names, inside these workspace folders only (real paths; the
   * Node server also refuses anything but a regular file, and caps the size). Absent: {@link readFile}.
   */
  readNamed?(uri: string, folders: readonly string[]): Promise<{ text: string } | { refused: string }>;
  /** Files under a folder URI whose relative path matches a glob. */
  findFiles(base: string, pattern: string): Promise<string[]>;
}

const REGISTRY_FILE = /(?:^|\/)(?:facts\.yaml|[^/]+\.facts\.yaml)$/;
/** Whether a URI names a registry file. */
export const isRegistryUri = (uri: string): boolean => REGISTRY_FILE.test(uri.replace(/[?#].*$/s, ''));

/** Per-session state of the server; handlers read it, nothing else keeps globals. */
export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  checker: FactChecker;
  settings: Settings;
  fs: WorkspaceFs;
  /** The index of every article of the workspace (built in the background). */
  indexer: Indexer;
  /** What the client announced it can do. */
  client: { showDocument: boolean; applyEdit: boolean; documentChanges?: boolean; disabledActions?: boolean };
  /** The last analysis of each open article, for hovers and code actions. */
  analyses: Map<string, { version: number; analysis: Analysis }>;
  /** What was published for each document (code actions find a diagnostic's finding there). */
  publisher: Publisher;
  analyze(document: TextDocument): Analysis;
  /** Whether a URI is an article (matches `factmark.articles`, is no registry file). */
  isArticle(uri: string): boolean;
  /** A document for offset conversion: the open buffer, the loaded registry text or the indexed article text. */
  textOf(uri: string): TextDocument | undefined;
  /** Like {@link textOf}, falling back to reading the file. */
  readDocument(uri: string): Promise<TextDocument | undefined>;
  /**
   * A file of the workspace that something names (a front-matter `registry`, a source, a command's
   * argument): read only inside the workspace folders (the Node server checks real paths, regular
   * files and size too), else why not.
   */
  readNamed(uri: string): Promise<{ text: string } | { refused: string }>;
  /** Reloads the registry, re-indexes and re-publishes everything. */
  recheck(): Promise<void>;
  /** Resolves once settings and the registry are first loaded. */
  ready: Promise<void>;
  /** Resolves once the registry is loaded and the workspace index complete (for references and rename). */
  whenIndexed(): Promise<void>;
}

/** What the session asks of the parts that keep it current (sync.ts and reload.ts, wired by server.ts). */
export interface Engine {
  /** The analysis of an open document at its version (cached). */
  analyze(document: TextDocument): Analysis;
  /** Reloads the registry and publishes everything again. */
  reload(): Promise<void>;
}

/** What the client announced in `initialize` that the server's own machinery uses. */
export interface ClientCapabilities {
  pullConfiguration: boolean;
  watchFiles: boolean;
  reportProgress: boolean;
  refreshTokens: boolean;
}

/** The per-session state: what {@link ServerState} promises the handlers, and what the server wires. */
export class Session implements ServerState {
  readonly documents = new TextDocuments(TextDocument);
  readonly checker: FactChecker;
  readonly indexer: Indexer;
  readonly publisher: Publisher;
  readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  settings: Settings = DEFAULT_SETTINGS;
  client: { showDocument: boolean; applyEdit: boolean; documentChanges?: boolean; disabledActions?: boolean } = { showDocument: false, applyEdit: false };
  capabilities: ClientCapabilities = { pullConfiguration: false, watchFiles: false, reportProgress: false, refreshTokens: false };
  /** The workspace folders' URIs (from `initialize`). */
  folders: string[] = [];
  /** Set once by server.ts, before the first request. */
  engine!: Engine;
  readonly ready: Promise<void>;
  /** Resolves {@link ready}: settings and the registry are loaded. */
  readonly markReady: () => void;
  // One document per loaded registry file and per indexed entry, so their line offsets are computed once, not per diagnostic.
  private readonly registryDocs = new WeakMap<object, TextDocument>();
  private readonly indexedDocs = new WeakMap<object, TextDocument>();

  constructor(
    readonly connection: Connection,
    readonly fs: WorkspaceFs,
    options: { indexPool?: IndexPool; helpIndexPool?: boolean; busy: () => boolean },
  ) {
    let markReady!: () => void;
    this.ready = new Promise<void>((resolve) => (markReady = resolve));
    this.markReady = markReady;
    const folderBase = (folder: string): string => (folder.endsWith('/') ? folder : `${folder}/`);
    const host: Host = {
      contains: (uri) => this.folders.some((f) => isInside(uri, f)),
      readText: async (uri) => this.documents.get(uri)?.getText() ?? fs.readFile(uri),
      // A file an article or registry names: inside the workspace folders only (the Node server checks real paths too).
      readNamed: (uri) => this.readNamed(uri),
      listRegistryFiles: async () => {
        const found = new Set<string>();
        for (const folder of this.folders) {
          const base = folderBase(folder);
          const globs = this.settings.registry.length ? this.settings.registry : ['{facts.yaml,**/*.facts.yaml}'];
          for (const p of globs) for (const u of await fs.findFiles(base, p)) found.add(u);
        }
        const list = [...found].sort();
        // The index workers parse the registry too: they may start now, beside the server's own parse.
        options.indexPool?.preload?.(list.map((uri) => ({ uri, text: this.documents.get(uri)?.getText() })));
        return list;
      },
    };
    this.checker = createFactChecker({ host, logger: { log: (m) => connection.console.log(m) } });
    this.indexer = new Indexer({
      connection,
      checker: this.checker,
      readText: (uri) => host.readText(uri),
      openText: (uri) => this.documents.get(uri)?.getText(),
      canReportProgress: () => this.capabilities.reportProgress,
      pool: options.indexPool,
      helpPool: options.helpIndexPool !== false,
      busy: options.busy,
      listArticles: async () => {
        const found = new Set<string>();
        for (const folder of this.folders) {
          for (const glob of this.settings.articles) for (const u of await fs.findFiles(folderBase(folder), glob)) if (!isRegistryUri(u)) found.add(u);
        }
        return [...found].sort();
      },
    });
    this.publisher = new Publisher((params) => void connection.sendDiagnostics(params));
  }

  analyze(document: TextDocument): Analysis {
    return this.engine.analyze(document);
  }

  isArticle(uri: string): boolean {
    if (isRegistryUri(uri)) return false;
    const folder = this.folders.find((f) => isInside(uri, f));
    const path = folder ? uri.slice(folder.replace(/\/$/, '').length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
    return this.settings.articles.some((g) => globToRegExp(g).test(decodeURIComponent(path)) || globToRegExp(g).test(uri));
  }

  textOf(uri: string): TextDocument | undefined {
    const open = this.documents.get(uri);
    if (open) return open;
    const file = this.checker.store.registry.files.find((f) => f.uri === uri);
    if (file) {
      let doc = this.registryDocs.get(file);
      if (!doc) this.registryDocs.set(file, (doc = TextDocument.create(uri, 'yaml', 0, file.text)));
      return doc;
    }
    const indexed = this.indexer.index.get(uri);
    if (!indexed) return undefined;
    // One document per indexed entry: references to an id named in thousands of articles convert each article's offsets once.
    let doc = this.indexedDocs.get(indexed);
    if (!doc) this.indexedDocs.set(indexed, (doc = TextDocument.create(uri, 'markdown', 0, indexed.text)));
    return doc;
  }

  async readDocument(uri: string): Promise<TextDocument | undefined> {
    const known = this.textOf(uri);
    if (known) return known;
    const text = await this.fs.readFile(uri);
    return text === undefined ? undefined : TextDocument.create(uri, 'markdown', 0, text);
  }

  async readNamed(uri: string): Promise<{ text: string } | { refused: string }> {
    if (!this.folders.some((f) => isInside(uri, f))) return { refused: 'is outside the workspace' };
    const open = this.documents.get(uri);
    if (open) return { text: open.getText() };
    if (this.fs.readNamed) return this.fs.readNamed(uri, this.folders);
    const text = await this.fs.readFile(uri);
    return text === undefined ? { refused: 'cannot be read' } : { text };
  }

  async recheck(): Promise<void> {
    await this.engine.reload();
    await this.indexer.refresh(true);
  }

  async whenIndexed(): Promise<void> {
    await this.ready;
    await this.indexer.whenIdle();
  }
}
