import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { closeServer } from '../test/helpers/lsp.js';
import { SERVER_NODE_ARGS } from '../server/src/lsp/protocol.js';

/** A URI for a path. */
export const uriOf = (path: string): string => pathToFileURL(path).href;

/**
 * One publishDiagnostics as received: its arrival time (performance.now()), document,
 * version and number of diagnostics. The diagnostics themselves are not kept: fifty
 * publishes of ~500 diagnostics held in the bench's heap made its own garbage
 * collector, not the server, the slowest part of some keystrokes.
 */
export interface Publish {
  at: number;
  uri: string;
  version: number | undefined;
  count: number;
}

/**
 * A minimal LSP client for measurements: it spawns the built server, answers the
 * server's requests, and timestamps every publishDiagnostics and `$/progress`.
 */
export class BenchClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly publishes: Publish[] = [];
  /** The latest publishDiagnostics of each document, whole. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly progress: { at: number; value: { kind: string; message?: string; percentage?: number } }[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(
    server: string,
    readonly root: string,
    /** Node options before the server's path: by default those the VS Code client starts it with. */
    args: readonly string[] = SERVER_NODE_ARGS,
  ) {
    this.process = spawn(process.execPath, [...args, server, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishes.push({ at: performance.now(), uri: params.uri, version: params.version, count: params.diagnostics.length });
      this.latest.set(params.uri, params);
      this.wake();
    });
    this.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      this.progress.push({ at: performance.now(), value: p.value });
      this.wake();
    });
    this.connection.onUnhandledNotification(() => this.wake());
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    this.connection.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `until()` holds or the timeout passes; returns whether it held. */
  async waitFor(until: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!until()) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return true;
  }

  /** Initialize + initialized, announcing progress and configuration support. */
  async initialize(): Promise<void> {
    const rootUri = uriOf(this.root);
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true },
        textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens a document with the given text. */
  async open(path: string, text = readFileSync(path, 'utf8')): Promise<string> {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Sends one incremental change (insert `text` at line/character); returns the new version. */
  async insert(uri: string, line: number, character: number, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const range = { start: { line, character }, end: { line, character } };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** The first publish for `uri` at or after `version`, if any. */
  publishFor(uri: string, version: number): Publish | undefined {
    return this.publishes.find((p) => p.uri === uri && (p.version ?? 0) >= version);
  }

  /** Peak resident set size of the server process in MB (Linux), or undefined. Its worker threads live in the same process, so it counts them. */
  peakRssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** CPU time (user + system) the server process has used so far in ms, all its threads together (Linux), or undefined. */
  cpuMs(): number | undefined {
    try {
      // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses, in clock ticks (100 per second).
      const stat = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return undefined;
    }
  }

  /** Shuts the server down (kills it if it does not exit in 3 s). */
  close(): Promise<void> {
    return closeServer(this.process, this.connection);
  }
}
