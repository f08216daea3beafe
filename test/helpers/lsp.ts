import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './paths.js';

/** A URI for a path. */
export const uriOf = (path: string): string => pathToFileURL(path).href;

/** Options of a test session. */
export interface SessionOptions {
  /** Workspace folder (path). */
  root: string;
  /** `factmark` settings answered to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /** Capabilities to announce (default: configuration + file watching + workspace edits). */
  capabilities?: Record<string, unknown>;
}

/**
 * An LSP client session with the built server over stdio, as an editor talks to it.
 * It records every publishDiagnostics and answers the server's requests.
 */
export class LspSession {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly appliedEdits: unknown[] = [];
  stderr = '';
  initializeResult?: InitializeResult;
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(readonly options: SessionOptions) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.wake();
    });
    this.connection.onUnhandledNotification((message) => {
      this.notifications.push({ method: message.method, params: message.params });
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'factmark' ? (options.settings ?? {}) : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.connection.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Initializes the session. */
  async initialize(): Promise<InitializeResult> {
    const rootUri = uriOf(this.options.root);
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: this.options.capabilities ?? {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult!;
  }

  /** Opens a file (its disk text unless `text` is given). */
  async open(path: string, text?: string, languageId = path.endsWith('.yaml') ? 'yaml' : path.endsWith('.txt') ? 'plaintext' : 'markdown'): Promise<string> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: text ?? readFileSync(path, 'utf8') },
    });
    return uri;
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Waits until the diagnostics of `uri` satisfy `until` (default: any publish). */
  async waitDiagnostics(uri: string, until: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.diagnostics.get(uri);
      if (p && until(p.diagnostics)) return p.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(p?.diagnostics ?? null)}\nstderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for a notification of a method whose params satisfy `until`. */
  async waitNotification<T>(method: string, until: (p: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = [...this.notifications].reverse().find((n) => n.method === method && until(n.params as T));
      if (found) return found.params as T;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No ${method} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /**
   * Records the server's work-done progress (call before {@link initialize}): the events
   * go into `events`, and the promise resolves at the first `end`.
   */
  trackProgress(events: { kind: string; message?: string }[]): Promise<void> {
    return new Promise<void>((ended) => {
      this.connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string | number }) => {
        this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
          events.push(value);
          if (value.kind === 'end') ended();
        });
        return null;
      });
    });
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down and waits for it to exit. */
  close(): Promise<void> {
    return closeServer(this.process, this.connection);
  }
}

/** Asks a server to shut down and exit, kills it if it lingers 3 s, and disposes the connection. */
export async function closeServer(child: ChildProcessWithoutNullStreams, connection: ProtocolConnection): Promise<void> {
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await connection.sendNotification('exit');
  } catch {
    // The server may already be gone.
  }
  await new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 3000);
    child.on('exit', () => {
      clearTimeout(t);
      resolve();
    });
  });
  connection.dispose();
}
