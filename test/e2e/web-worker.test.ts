// The web server bundle (dist/web/server.js) run as VS Code for the web runs it: a worker script
// whose only I/O is postMessage. Here the "worker" is a bare V8 context (no `process`, `require`,
// `Buffer` or `document`) and this test plays the extension client: LSP messages in and out, and the
// server's factmark/findFiles and factmark/readFile requests answered from the fixture desk on disk,
// as client/src/client.ts answers them with vscode.workspace.findFiles and vscode.workspace.fs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { globToRegExp } from '../../server/src/lsp/settings.js';
import { parse } from 'yaml';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const DESK = join(FIXTURES, 'e2e-desk');
/** The fixture registry's own counts, read with the yaml package (the server must find the same). */
const deskRegistry = parse(readFileSync(join(DESK, 'facts.yaml'), 'utf8')) as { facts: object; actors: object };
const uriOf = (p: string): string => pathToFileURL(p).href;

/** A worker global: what a dedicated worker offers the script, minus anything Node. */
function workerGlobal(toClient: (m: Message) => void): { global: Record<string, unknown>; deliver: (m: Message) => void } {
  const g: Record<string, unknown> = {
    // postMessage is asynchronous and copies (structured clone)
    postMessage: (m: Message) => {
      const copy = JSON.parse(JSON.stringify(m)) as Message;
      setImmediate(() => toClient(copy));
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    onmessage: null,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined },
  };
  g.self = g;
  createContext(g);
  const deliver = (m: Message): void => {
    const onmessage = g.onmessage as ((e: { data: unknown }) => void) | null;
    if (!onmessage) throw new Error('the worker script installed no onmessage handler');
    const copy: unknown = JSON.parse(JSON.stringify(m));
    setImmediate(() => onmessage({ data: copy }));
  };
  return { global: g, deliver };
}

class WorkerReader extends AbstractMessageReader {
  callback?: DataCallback;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly deliver: (m: Message) => void) {
    super();
  }
  async write(msg: Message): Promise<void> {
    this.deliver(msg);
  }
  end(): void {}
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

describe('the web server bundle in a worker-like global (no Node, no DOM)', () => {
  let connection: MessageConnection;
  let global: Record<string, unknown>;
  const requests: { method: string; params: unknown }[] = [];
  const diagnostics = new Map<string, { code?: string; message: string; severity?: number }[]>();
  const statuses: { facts: number; actors: number; files: number }[] = [];
  let changed: () => void = () => undefined;
  const until = async <T>(what: string, get: () => T | undefined, ms = 10_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = get();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        changed = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  };

  before(async () => {
    const reader = new WorkerReader();
    const worker = workerGlobal((m) => reader.callback?.(m));
    global = worker.global;
    runInContext(readFileSync(join(ROOT, 'dist', 'web', 'server.js'), 'utf8'), global, { filename: 'dist/web/server.js' });
    connection = createMessageConnection(reader, new WorkerWriter(worker.deliver));
    connection.onRequest('factmark/findFiles', (p: { base: string; pattern: string }) => {
      requests.push({ method: 'factmark/findFiles', params: p });
      const base = fileURLToPath(p.base);
      const re = globToRegExp(p.pattern);
      return walk(base).filter((f) => re.test(relative(base, f).split('\\').join('/'))).map(uriOf);
    });
    connection.onRequest('factmark/readFile', (p: { uri: string }) => {
      requests.push({ method: 'factmark/readFile', params: p });
      try {
        return readFileSync(fileURLToPath(p.uri), 'utf8');
      } catch {
        return null;
      }
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest((method: string) => {
      requests.push({ method, params: undefined });
      return null;
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: string; message: string; severity?: number }[] }) => {
      diagnostics.set(p.uri, p.diagnostics);
      changed();
    });
    connection.onNotification('factmark/status', (s: { facts: number; actors: number; files: number }) => {
      statuses.push(s);
      changed();
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: null,
      rootUri: uriOf(DESK),
      workspaceFolders: [{ uri: uriOf(DESK), name: 'desk' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await connection.sendNotification('initialized', {});
  });

  after(() => connection?.dispose());

  it('has no Node or DOM globals to lean on', () => {
    for (const name of ['process', 'require', 'Buffer', 'document', 'window', 'module']) assert.equal(runInContext(`typeof ${name}`, global), 'undefined', name);
  });

  it('loads the registry through the client’s findFiles and readFile requests', async () => {
    const status = await until('the registry status', () => statuses.find((s) => s.facts > 0));
    assert.deepEqual({ files: status.files, facts: status.facts, actors: status.actors }, { files: 1, facts: Object.keys(deskRegistry.facts).length, actors: Object.keys(deskRegistry.actors).length });
    assert.ok(requests.some((r) => r.method === 'factmark/findFiles'));
    assert.ok(requests.some((r) => r.method === 'factmark/readFile' && (r.params as { uri: string }).uri === uriOf(join(DESK, 'facts.yaml'))));
  });

  it('publishes the article’s findings and answers a hover, all from inside the worker', async () => {
    const path = join(DESK, 'articles', 'ferry-licence.md');
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diags = await until('diagnostics', () => {
      const d = diagnostics.get(uri);
      return d?.some((x) => x.code === 'actor.spelling') ? d : undefined;
    });
    assert.ok(diags.some((d) => d.code === 'actor.unregistered' && d.message.includes('Orla Baskin')));
    const at = text.split('\n').findIndex((l) => l.includes('Theodor Wrenfield'));
    const hover = await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: at, character: text.split('\n')[at]!.indexOf('Theodor Wrenfield') + 2 },
    });
    assert.match(hover!.contents.value, /Teodor Wrenfield/);
  });
});
