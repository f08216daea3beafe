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
  const { documents, checker, indexer } = state;

  // A registry named in an article's front matter loads in the background: check the articles again when it is in.
  checker.store.onDidChange(() => sync.publishOpen());

  // The editor's settings; the session's are these over the desk's `.factmarkrc.yaml`.
  let editorSettings: Settings = DEFAULT_SETTINGS;
  const loadSettings = async (): Promise<void> => {
    if (state.capabilities.pullConfiguration) {
      try {
        editorSettings = toSettings(await connection.workspace.getConfiguration({ section: 'factmark' }));
      } catch {
        editorSettings = DEFAULT_SETTINGS;
      }
    }
    state.settings = await withDeskConfig(editorSettings, state.folders, (uri) => state.fs.readFile(uri));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
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
    if (init?.settings) state.settings = editorSettings = toSettings(init.settings);
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
    if (state.capabilities.pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factmark' });
    if (state.capabilities.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/facts.yaml' }, { globPattern: '**/*.facts.yaml' }, ...state.settings.articles.map((globPattern) => ({ globPattern }))],
      });
    }
    await loadSettings();
    await registry.reload();
    state.markReady();
  });

  // The index pool keeps its work on disk for the next start: give it a moment to write it.
  connection.onShutdown(() => indexer.flush(SHUTDOWN_FLUSH_MS));

  connection.onDidChangeConfiguration(async (change) => {
    const raw = (change.settings as { factmark?: unknown } | null)?.factmark;
    if (raw !== undefined) {
      editorSettings = toSettings(raw);
      state.settings = await withDeskConfig(editorSettings, state.folders, (uri) => state.fs.readFile(uri));
    } else await loadSettings();
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
      return doc && state.isArticle(doc.uri) ? completion(state, doc, p.position) : [];
    }),
  );
  connection.languages.inlayHint.on(
    guarded([], (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && state.isArticle(doc.uri) ? inlayHints(state, doc, p.range) : [];
    }),
  );
  connection.languages.semanticTokens.on(
    guarded({ data: [] }, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && state.isArticle(doc.uri) ? semanticTokens(state, doc) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange(
    guarded({ data: [] }, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc && state.isArticle(doc.uri) ? semanticTokens(state, doc, p.range) : { data: [] };
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
  connection.onRequest(
    StoryRequest,
    guarded(null, (p: StoryParams | undefined) => {
      storyWatch.subscribe();
      return story(state, p);
    }),
  );
  connection.onExecuteCommand((p) => executeCommand(state, p.command, p.arguments ?? []));

  documents.listen(connection);
  connection.listen();
  if (options.warmUp !== false) sync.warmUp.start();
}
