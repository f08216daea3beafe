// The language server's entry point (rust-analyzer's "main loop"): builds the session state
// (state.ts), document sync (sync.ts) and registry reload (reload.ts), and routes the protocol's
// notifications and requests to them and to the handlers.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { staleNote } from '../core/index.js';
import { UserActivity } from './activity.js';
import { codeActions } from './handlers/code-actions.js';
import { executeCommand, SERVER_COMMANDS } from './handlers/commands.js';
import { completion, COMPLETION_TRIGGERS } from './handlers/completion.js';
import { inlayHints, semanticTokens, SEMANTIC_LEGEND } from './handlers/decorations.js';
import { hover } from './handlers/hover.js';
import { documentLinks } from './handlers/links.js';
import { definition, documentHighlights, references } from './handlers/navigation.js';
import { prepareRename, rename } from './handlers/rename.js';
import { story, StoryWatch } from './handlers/story.js';
import { documentSymbols, workspaceSymbols } from './handlers/symbols.js';
import type { IndexPool } from './index-entry.js';
import { SERVER_VERSION, StoryRequest, type StoryParams } from './protocol.js';
import { RegistryReload } from './reload.js';
import { DEFAULT_SETTINGS, toSettings, withDeskConfig, type Settings } from './settings.js';
import { isRegistryUri, Session, type WorkspaceFs } from './state.js';
import { DocumentSync } from './sync.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

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
  // While the user types or waits for an answer, the server's thread does not help the index worker.
  const activity = new UserActivity();
  const state = new Session(connection, fs, { indexPool: options.indexPool, helpIndexPool: options.helpIndexPool, busy: () => activity.busy() });
  const sync = new DocumentSync(state, activity);
  const storyWatch = new StoryWatch(state);
  const registry = new RegistryReload(state, sync, () => storyWatch.changed());
  state.engine = { analyze: (d) => sync.analyze(d), reload: () => registry.reload() };

  // A registry named in an article's front matter loads in the background: check the articles again when it is in.
  state.checker.store.onDidChange(() => sync.publishOpen());

  const settings = new SessionSettings(connection, state);
  connection.onInitialize((params) => initialize(params, state, settings, options));
  listenToWorkspace(connection, state, settings, registry);
  listenToDocuments(connection, state, sync, registry);
  answerRequests(connection, state, activity, storyWatch);

  state.documents.listen(connection);
  connection.listen();
  if (options.warmUp !== false) sync.warmUp.start();
}

/** The editor's settings; the session's are these over the desk's `.factmarkrc.yaml`. */
class SessionSettings {
  private editor: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly state: Session,
  ) {}

  /** The settings the client sends with `initialize`. */
  initial(raw: unknown): void {
    this.state.settings = this.editor = toSettings(raw);
  }

  /** Asks the client for the editor's settings (when it may be asked), then puts the desk's over them. */
  async load(): Promise<void> {
    if (this.state.capabilities.pullConfiguration) {
      try {
        this.editor = toSettings(await this.connection.workspace.getConfiguration({ section: 'factmark' }));
      } catch {
        this.editor = DEFAULT_SETTINGS;
      }
    }
    await this.apply();
  }

  /** The settings a configuration change pushes (`undefined`: none, ask for them). */
  async changed(raw: unknown): Promise<void> {
    if (raw === undefined) return this.load();
    this.editor = toSettings(raw);
    await this.apply();
  }

  private async apply(): Promise<void> {
    this.state.settings = await withDeskConfig(this.editor, this.state.folders, (uri) => this.state.fs.readFile(uri));
  }
}

/** `initialize`: the workspace folders and what the client can do, in the session; the server's capabilities back. */
function initialize(params: InitializeParams, state: Session, settings: SessionSettings, options: ServerOptions): InitializeResult {
  state.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!state.folders.length && params.rootUri) state.folders = [params.rootUri];
  const caps = params.capabilities;
  state.capabilities = {
    pullConfiguration: !!caps.workspace?.configuration,
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    reportProgress: !!caps.window?.workDoneProgress,
    refreshTokens: !!caps.workspace?.semanticTokens?.refreshSupport,
  };
  state.client = { showDocument: !!caps.window?.showDocument?.support, applyEdit: !!caps.workspace?.applyEdit, documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges, disabledActions: !!caps.textDocument?.codeAction?.disabledSupport };
  const init = params.initializationOptions as { settings?: unknown; indexCacheDir?: unknown } | undefined;
  if (init?.settings) settings.initial(init.settings);
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
}

/** The session's life and the workspace around the open documents: start, settings, watched files, shutdown. */
function listenToWorkspace(connection: Connection, state: Session, settings: SessionSettings, registry: RegistryReload): void {
  const { documents, indexer } = state;
  connection.onInitialized(async () => {
    if (state.capabilities.pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factmark' });
    if (state.capabilities.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/facts.yaml' }, { globPattern: '**/*.facts.yaml' }, ...state.settings.articles.map((globPattern) => ({ globPattern }))],
      });
    }
    await settings.load();
    await registry.reload();
    state.markReady();
  });

  // The index pool keeps its work on disk for the next start: give it a moment to write it.
  connection.onShutdown(() => indexer.flush(SHUTDOWN_FLUSH_MS));

  connection.onDidChangeConfiguration(async (change) => {
    await settings.changed((change.settings as { factmark?: unknown } | null)?.factmark);
    await registry.reload();
    void indexer.refresh(true);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (changes.some((c) => isRegistryUri(c.uri))) await registry.reload();
    for (const c of changes) {
      if (isRegistryUri(c.uri) || documents.get(c.uri) || !state.isArticle(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) indexer.remove(c.uri);
      else await indexer.update(c.uri);
    }
  });
}

/** The open documents: an article's edits analyse it again, a registry file's reload the registry. */
function listenToDocuments(connection: Connection, state: Session, sync: DocumentSync, registry: RegistryReload): void {
  const { documents, checker, indexer } = state;
  // Typing in a registry file reloads once the typing pauses (a large registry takes a while to read); saving reloads at once.
  let registryTimer: ReturnType<typeof setTimeout> | undefined;
  documents.onDidChangeContent((e) => {
    if (isRegistryUri(e.document.uri)) {
      clearTimeout(registryTimer);
      registryTimer = setTimeout(() => void registry.reload(), 100);
    } else sync.changed(e.document);
  });
  documents.onDidSave((e) => {
    // Saving an article that a fact cites as a source checks its quotes again.
    if (isRegistryUri(e.document.uri) || checker.store.isSource(e.document.uri)) void registry.reload();
  });
  documents.onDidClose((e) => {
    sync.closed(e.document.uri);
    if (isRegistryUri(e.document.uri)) void registry.reload();
    else {
      state.publisher.forget(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      if (state.isArticle(e.document.uri)) void indexer.update(e.document.uri);
    }
  });
}

/** The requests, each routed to its handler. */
function answerRequests(connection: Connection, state: Session, activity: UserActivity, storyWatch: StoryWatch): void {
  const { documents, checker } = state;
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
  /** A guarded request about one open document (of the kind `kind` accepts): `fallback` for any other. */
  const onDocument =
    <P extends { textDocument: { uri: string } }, R>(fallback: R, answer: (doc: TextDocument, params: P) => R | Promise<R>, kind: (uri: string) => boolean = () => true) =>
    guarded(fallback, (p: P) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && kind(doc.uri) ? answer(doc, p) : fallback;
    });
  const article = (uri: string): boolean => state.isArticle(uri);

  connection.onHover((p) => {
    activity.asked();
    const doc = documents.get(p.textDocument.uri);
    const result = doc ? hover(state, doc, p.position) : null;
    // While a registry file has a syntax error, every hover says the registry is stale and where.
    const note = result && staleNote(checker.store.registry);
    if (note && result && typeof result.contents === 'object' && 'kind' in result.contents) result.contents.value += `\n\n---\n\n⚠ ${note}`;
    return result;
  });
  connection.onCodeAction(onDocument([], (doc, p) => codeActions(state, doc, p)));
  connection.onDefinition(onDocument(null, (doc, p) => definition(state, doc, p.position)));
  connection.onReferences(onDocument([], (doc, p) => references(state, doc, p.position, p.context.includeDeclaration)));
  connection.onPrepareRename(onDocument(null, (doc, p) => prepareRename(state, doc, p.position)));
  connection.onRenameRequest(onDocument(null, (doc, p) => rename(state, doc, p.position, p.newName)));
  connection.onCompletion(onDocument([], (doc, p) => completion(state, doc, p.position), article));
  connection.languages.inlayHint.on(onDocument([], (doc, p) => inlayHints(state, doc, p.range), article));
  connection.languages.semanticTokens.on(onDocument({ data: [] }, (doc) => semanticTokens(state, doc), article));
  connection.languages.semanticTokens.onRange(onDocument({ data: [] }, (doc, p) => semanticTokens(state, doc, p.range), article));
  connection.onDocumentLinks(onDocument([], (doc) => documentLinks(state, doc), isRegistryUri));
  connection.onWorkspaceSymbol(guarded([], (p) => workspaceSymbols(state, p.query)));
  connection.onDocumentSymbol(onDocument([], (doc) => documentSymbols(state, doc)));
  connection.onDocumentHighlight(onDocument([], (doc, p) => documentHighlights(state, doc, p.position)));
  connection.onRequest(
    StoryRequest,
    guarded(null, (p: StoryParams | undefined) => {
      storyWatch.subscribe();
      return story(state, p);
    }),
  );
  connection.onExecuteCommand((p) => executeCommand(state, p.command, p.arguments ?? []));
}
