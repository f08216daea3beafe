import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, applyLevels, createFactChecker, isInside, staleNote, todayIso, type Host } from '../core/index.js';
import { UserActivity } from './activity.js';
import { LargeArticles } from './large.js';
import { codeActions } from './handlers/code-actions.js';
import { executeCommand, SERVER_COMMANDS } from './handlers/commands.js';
import { completion, COMPLETION_TRIGGERS } from './handlers/completion.js';
import { inlayHints, semanticTokens, SEMANTIC_LEGEND } from './handlers/decorations.js';
import { hover } from './handlers/hover.js';
import { documentLinks } from './handlers/links.js';
import { definition, documentHighlights, references } from './handlers/navigation.js';
import { prepareRename, rename } from './handlers/rename.js';
import { Publisher } from './publish.js';
import { documentSymbols, workspaceSymbols } from './handlers/symbols.js';
import type { IndexPool } from './index-entry.js';
import { Indexer } from './indexer.js';
import { SERVER_VERSION, StatusNotification, type StatusParams } from './protocol.js';
import { DEFAULT_SETTINGS, globToRegExp, toSettings } from './settings.js';
import { isRegistryUri, type ServerState, type WorkspaceFs } from './state.js';
import { WarmUp } from './warm-up.js';

/**
 * How long an article's changes wait for the typing to pause before an analysis, when its last
 * analysis was expensive. While analyses are cheap (at most {@link CHEAP_MS}), a change is analysed
 * on the next turn of the event loop: changes that arrive during an analysis are still coalesced
 * into the next one, and no keystroke pays a fixed delay.
 */
const DEBOUNCE_MS = 30;
const CHEAP_MS = 100;
/** Longest wait at shutdown for the index pool to save its cache. */
const SHUTDOWN_FLUSH_MS = 2000;

/** What a host adds to the server: the Node server indexes the workspace in worker threads. */
export interface ServerOptions {
  /** Where workspace indexing runs; without it, in the server's thread in slices of a few milliseconds. */
  indexPool?: IndexPool;
  /** Whether the server's thread indexes too, when idle, while the pool builds the index (default: yes). */
  helpIndexPool?: boolean;
  /** Whether to warm the analysis up on a synthetic article while idle at start-up (default: yes). */
  warmUp?: boolean;
}

/** Starts the Factmark language server on a connection. */
export function startServer(connection: Connection, fs: WorkspaceFs, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canReportProgress = false;
  let canRefreshTokens = false;
  const folderBase = (folder: string): string => (folder.endsWith('/') ? folder : `${folder}/`);
  const host: Host = {
    contains(uri) {
      return folders.some((f) => isInside(uri, f));
    },
    async readText(uri) {
      return documents.get(uri)?.getText() ?? fs.readFile(uri);
    },
    async listRegistryFiles() {
      const found = new Set<string>();
      for (const folder of folders) {
        const base = folderBase(folder);
        if (state.settings.registry.length) {
          for (const p of state.settings.registry) for (const u of await fs.findFiles(base, p)) found.add(u);
        } else {
          for (const u of await fs.findFiles(base, '{facts.yaml,**/*.facts.yaml}')) found.add(u);
        }
      }
      const list = [...found].sort();
      // The index workers parse the registry too: they may start now, beside the server's own parse.
      options.indexPool?.preload?.(list.map((uri) => ({ uri, text: documents.get(uri)?.getText() })));
      return list;
    },
  };
  const checker = createFactChecker({ host, logger: { log: (m) => connection.console.log(m) } });
  // While the user types or waits for an answer, the server's thread does not help the index worker.
  const activity = new UserActivity();
  let markReady!: () => void;
  let loaded = false;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const indexer = new Indexer({
    connection,
    checker,
    readText: (uri) => host.readText(uri),
    openText: (uri) => documents.get(uri)?.getText(),
    canReportProgress: () => canReportProgress,
    pool: options.indexPool,
    helpPool: options.helpIndexPool !== false,
    busy: () => activity.busy(),
    async listArticles() {
      const found = new Set<string>();
      for (const folder of folders) {
        for (const glob of state.settings.articles) for (const u of await fs.findFiles(folderBase(folder), glob)) if (!isRegistryUri(u)) found.add(u);
      }
      return [...found].sort();
    },
  });

  const isArticle = (uri: string): boolean => {
    if (isRegistryUri(uri)) return false;
    const folder = folders.find((f) => isInside(uri, f));
    const path = folder ? uri.slice(folder.replace(/\/$/, '').length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
    return state.settings.articles.some((g) => globToRegExp(g).test(decodeURIComponent(path)) || globToRegExp(g).test(uri));
  };

  // One document per loaded registry file, so its line offsets are computed once, not per diagnostic.
  const registryDocs = new WeakMap<object, TextDocument>();
  const indexedDocs = new WeakMap<object, TextDocument>();
  const textOf = (uri: string): TextDocument | undefined => {
    const open = documents.get(uri);
    if (open) return open;
    const file = checker.store.registry.files.find((f) => f.uri === uri);
    if (file) {
      let doc = registryDocs.get(file);
      if (!doc) registryDocs.set(file, (doc = TextDocument.create(uri, 'yaml', 0, file.text)));
      return doc;
    }
    const indexed = indexer.index.get(uri);
    if (!indexed) return undefined;
    // One document per indexed entry: references to an id named in thousands of articles convert each article's offsets once.
    let doc = indexedDocs.get(indexed);
    if (!doc) indexedDocs.set(indexed, (doc = TextDocument.create(uri, 'markdown', 0, indexed.text)));
    return doc;
  };

  const parseCaches = new Map<string, AnalysisCache>();
  const publisher = new Publisher((params) => void connection.sendDiagnostics(params));
  // Very large articles are analysed in chunks in the background; requests on them never wait.
  const large = new LargeArticles(checker, () => state.settings.checks, (document, findings) => publisher.publish(document.uri, document.version, findings, document, textOf));
  const state: ServerState = {
    connection,
    documents,
    checker,
    settings: DEFAULT_SETTINGS,
    fs,
    indexer,
    client: { showDocument: false, applyEdit: false },
    analyses: new Map(),
    publisher,
    analyze(document) {
      const cached = state.analyses.get(document.uri);
      if (cached && cached.version === document.version) return cached.analysis;
      if (LargeArticles.isLarge(document)) return large.empty(document);
      // One parse cache per open document: an edit re-parses only the blocks it touched.
      let cache = parseCaches.get(document.uri);
      if (!cache) parseCaches.set(document.uri, (cache = new AnalysisCache()));
      const analysis = checker.analyze(document.uri, document.getText(), { today: todayIso(), levels: state.settings.checks, cache });
      state.analyses.set(document.uri, { version: document.version, analysis });
      if (isArticle(document.uri)) indexer.set(analysis);
      return analysis;
    },
    isArticle,
    textOf,
    async readDocument(uri) {
      const known = textOf(uri);
      if (known) return known;
      const text = await fs.readFile(uri);
      return text === undefined ? undefined : TextDocument.create(uri, 'markdown', 0, text);
    },
    async recheck() {
      await reloadRegistry();
      await indexer.refresh(true);
    },
    ready,
    async whenIndexed() {
      await ready;
      await indexer.whenIdle();
    },
  };

  // Until the first keystroke in an article, idle turns of the event loop run the analysis on a synthetic article.
  const warmUp = new WarmUp();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the last analysis of each open article cost (ms), to pick its debounce. */
  const costs = new Map<string, number>();
  const publishArticle = (document: TextDocument): void => {
    if (LargeArticles.isLarge(document)) return void large.publish(document);
    large.cancel(document.uri);
    try {
      // A document's first analysis runs cold (no parse cache, code not yet optimised): it does not tell what an edit costs.
      const warm = parseCaches.has(document.uri);
      const started = Date.now();
      const analysis = state.analyze(document);
      if (warm) costs.set(document.uri, Date.now() - started);
      publisher.publish(document.uri, document.version, analysis.findings, document, textOf);
    } catch (e) {
      connection.console.error(`Factmark could not analyse ${document.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      publisher.publish(document.uri, undefined, [], undefined);
    }
  };
  const schedule = (document: TextDocument): void => {
    clearTimeout(timers.get(document.uri));
    // Until the registry is first loaded an analysis would flag every registered name: the load publishes every open article.
    if (!loaded) return;
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current && isArticle(current.uri)) publishArticle(current);
      }, (costs.get(document.uri) ?? 0) <= CHEAP_MS ? 0 : DEBOUNCE_MS),
    );
  };

  const publishRegistry = (): void => {
    const registry = checker.store.registry;
    for (const file of registry.files) {
      const findings = applyLevels(registry.findings.get(file.uri) ?? [], state.settings.checks);
      // A closed file is shown from the text it was loaded from; a stale one's findings belong to a newer
      // text we only have when it is open (the status bar names its error either way).
      const doc = documents.get(file.uri) ?? (file.stale ? undefined : textOf(file.uri));
      publisher.publish(file.uri, undefined, findings, doc, textOf);
    }
    const s = checker.store.state();
    const status: StatusParams = {
      ...s,
      stale: s.stale.map((x) => {
        const doc = documents.get(x.uri);
        const p = doc ? doc.positionAt(x.offset) : { line: x.line, character: x.character };
        return { uri: x.uri, message: x.message, line: p.line, character: p.character };
      }),
    };
    void connection.sendNotification(StatusNotification, status);
  };

  let reloading: Promise<void> | undefined;
  let again = false;
  const reloadRegistry = async (): Promise<void> => {
    if (reloading) {
      again = true;
      return reloading;
    }
    reloading = (async () => {
      do {
        again = false;
        try {
          await checker.reloadRegistry();
        } catch (e) {
          connection.console.error(`Factmark could not load the registry: ${String(e)}`);
        }
      } while (again);
      loaded = true;
      state.analyses.clear();
      publishRegistry();
      for (const d of documents.all()) if (isArticle(d.uri)) publishArticle(d);
      // Actor highlighting depends on the registry: ask the client to fetch the tokens again.
      if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
      void indexer.refresh();
    })();
    try {
      await reloading;
    } finally {
      reloading = undefined;
    }
  };

  // A registry named in an article's front matter loads in the background: check the articles again when it is in.
  checker.store.onDidChange(() => {
    state.analyses.clear();
    for (const d of documents.all()) if (isArticle(d.uri)) publishArticle(d);
  });

  const loadSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    try {
      const raw = await connection.workspace.getConfiguration({ section: 'factmark' });
      state.settings = toSettings(raw);
    } catch {
      state.settings = DEFAULT_SETTINGS;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!caps.window?.workDoneProgress;
    canRefreshTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
    state.client = { showDocument: !!caps.window?.showDocument?.support, applyEdit: !!caps.workspace?.applyEdit };
    const init = params.initializationOptions as { settings?: unknown; indexCacheDir?: unknown } | undefined;
    if (init?.settings) state.settings = toSettings(init.settings);
    if (typeof init?.indexCacheDir === 'string' && init.indexCacheDir) options.indexPool?.useCacheDir?.(init.indexCacheDir);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        documentSymbolProvider: true,
        documentHighlightProvider: true,
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
      },
      serverInfo: { name: 'factmark', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factmark' });
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/facts.yaml' }, { globPattern: '**/*.facts.yaml' }, ...state.settings.articles.map((globPattern) => ({ globPattern }))],
      });
    }
    await loadSettings();
    await reloadRegistry();
    markReady();
  });

  // The index pool keeps its work on disk for the next start: give it a moment to write it.
  connection.onShutdown(() => indexer.flush(SHUTDOWN_FLUSH_MS));

  connection.onDidChangeConfiguration(async (change) => {
    const raw = (change.settings as { factmark?: unknown } | null)?.factmark;
    if (raw !== undefined) state.settings = toSettings(raw);
    else await loadSettings();
    await reloadRegistry();
    void indexer.refresh(true);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (changes.some((c) => isRegistryUri(c.uri))) await reloadRegistry();
    for (const c of changes) {
      if (isRegistryUri(c.uri) || documents.get(c.uri) || !isArticle(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) indexer.remove(c.uri);
      else await indexer.update(c.uri);
    }
  });

  // Typing in a registry file reloads once the typing pauses (a large registry takes a while to read); saving reloads at once.
  let registryTimer: ReturnType<typeof setTimeout> | undefined;
  documents.onDidChangeContent((e) => {
    if (isRegistryUri(e.document.uri)) {
      clearTimeout(registryTimer);
      registryTimer = setTimeout(() => void reloadRegistry(), 100);
    } else {
      // A change to an article analysed before is a keystroke: from now on the real edits keep the code warm.
      if (parseCaches.has(e.document.uri)) {
        warmUp.stop();
        activity.typed();
      }
      schedule(e.document);
    }
  });
  documents.onDidSave((e) => {
    // Saving an article that a fact cites as a source checks its quotes again.
    if (isRegistryUri(e.document.uri) || checker.store.isSource(e.document.uri)) void reloadRegistry();
  });
  documents.onDidClose((e) => {
    state.analyses.delete(e.document.uri);
    parseCaches.delete(e.document.uri);
    costs.delete(e.document.uri);
    large.cancel(e.document.uri);
    if (isRegistryUri(e.document.uri)) void reloadRegistry();
    else {
      publisher.forget(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      if (isArticle(e.document.uri)) void indexer.update(e.document.uri);
    }
  });

  /**
   * Wraps a request handler: a failure is logged and answered with an empty
   * result, never a crash or a half answer. `ResponseError`s (a refused rename)
   * go to the client as they are.
   */
  const guarded =
    <P, R>(fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      activity.asked();
      try {
        return await handler(params);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`Factmark request failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
    };

  connection.onHover((p) => {
    activity.asked();
    const doc = documents.get(p.textDocument.uri);
    const result = doc ? hover(state, doc, p.position) : null;
    // While a registry file has a syntax error, every hover says the registry is stale and where.
    const note = result && staleNote(checker.store.registry);
    if (note && result && typeof result.contents === 'object' && 'kind' in result.contents) result.contents.value += `\n\n---\n\n⚠ ${note}`;
    return result;
  });
  connection.onCodeAction(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? codeActions(state, doc, p) : [];
    }),
  );
  connection.onDefinition(
    guarded(null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? definition(state, doc, p.position) : null;
    }),
  );
  connection.onReferences(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? references(state, doc, p.position, p.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename(
    guarded(null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? prepareRename(state, doc, p.position) : null;
    }),
  );
  connection.onRenameRequest(
    guarded(null, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? rename(state, doc, p.position, p.newName) : null;
    }),
  );
  connection.onCompletion(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && isArticle(doc.uri) ? completion(state, doc, p.position) : [];
    }),
  );
  connection.languages.inlayHint.on(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && isArticle(doc.uri) ? inlayHints(state, doc, p.range) : [];
    }),
  );
  connection.languages.semanticTokens.on(
    guarded({ data: [] }, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && isArticle(doc.uri) ? semanticTokens(state, doc) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange(
    guarded({ data: [] }, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && isArticle(doc.uri) ? semanticTokens(state, doc, p.range) : { data: [] };
    }),
  );
  connection.onDocumentLinks(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && isRegistryUri(doc.uri) ? documentLinks(state, doc) : [];
    }),
  );
  connection.onWorkspaceSymbol(guarded([], (p) => workspaceSymbols(state, p.query)));
  connection.onDocumentSymbol(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? documentSymbols(state, doc) : [];
    }),
  );
  connection.onDocumentHighlight(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? documentHighlights(state, doc, p.position) : [];
    }),
  );
  connection.onExecuteCommand((p) => executeCommand(state, p.command, p.arguments ?? []));

  documents.listen(connection);
  connection.listen();
  if (options.warmUp !== false) warmUp.start();
}
