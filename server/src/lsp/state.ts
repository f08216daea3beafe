// The language server's per-session state, shared by server.ts (which builds it) and the
// handlers (which read it). It lives apart from server.ts so that handlers do not import the
// module that imports them.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, FactChecker } from '../core/index.js';
import type { Indexer } from './indexer.js';
import type { Publisher } from './publish.js';
import type { Settings } from './settings.js';

/** How the server reaches files: from disk (Node) or through the client (web worker). */
export interface WorkspaceFs {
  readFile(uri: string): Promise<string | undefined>;
  /** Files under a folder URI whose relative path matches a glob. */
  findFiles(base: string, pattern: string): Promise<string[]>;
}

const REGISTRY_FILE = /(?:^|\/)(?:facts\.yaml|[^/]+\.facts\.yaml)$/;
/** Whether a URI names a registry file. */
export const isRegistryUri = (uri: string): boolean => REGISTRY_FILE.test(uri.split(/[?#]/)[0]!);

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
  client: { showDocument: boolean; applyEdit: boolean };
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
  /** Reloads the registry, re-indexes and re-publishes everything. */
  recheck(): Promise<void>;
  /** Resolves once settings and the registry are first loaded. */
  ready: Promise<void>;
  /** Resolves once the registry is loaded and the workspace index complete (for references and rename). */
  whenIndexed(): Promise<void>;
}
