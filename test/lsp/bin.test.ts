// `factmark-language-server --stdio`, the way other LSP editors start it (like `yaml-language-server --stdio`).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { uriOf } from '../helpers/lsp.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

describe('factmark-language-server bin', () => {
  it('speaks LSP over stdio: initialize, diagnostics for an opened article, shutdown and exit 0', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'factmark-language-server.js'), '--stdio'], { stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = uriOf(join(FIXTURES, 'workspace', 'drafts', 'council-notes.md'));
    const published = new Promise<{ uri: string; diagnostics: { source: string }[] }>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { source: string }[] }) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    connection.listen();
    const root = join(FIXTURES, 'workspace');
    // A bare client: no workspace/configuration, no file watching, no progress (as many editors start).
    const init: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(root), capabilities: {} });
    assert.equal(init.serverInfo?.name, 'factmark');
    assert.ok(init.capabilities.hoverProvider);
    await connection.sendNotification('initialized', {});
    const text = 'Marvud will meet the River Authority on Thursday to discuss a flood barrier for Corrby.\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const d = await published;
    assert.equal(d.uri, uri);
    assert.ok(d.diagnostics.length > 0 && d.diagnostics.every((x) => x.source === 'factmark'));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    connection.dispose();
  });

  it('sends console output to stderr over stdio, where stdout carries the protocol', async () => {
    // Whatever code in the server (or a library) logs with console: here a preloaded module, once the server runs.
    const dir = mkdtempSync(join(tmpdir(), 'fm-console-'));
    const preload = join(dir, 'log.cjs');
    writeFileSync(preload, "setTimeout(() => { console.log('LOG-LINE'); console.info('INFO-LINE'); console.dirxml('DIRXML-LINE'); }, 20);\n");
    const child = spawn(process.execPath, ['--require', preload, join(ROOT, 'bin', 'factmark-language-server.js'), '--stdio'], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const init: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo?.name, 'factmark');
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    connection.dispose();
    rmSync(dir, { recursive: true, force: true });
    for (const line of ['LOG-LINE', 'INFO-LINE', 'DIRXML-LINE']) {
      assert.ok(stderr.includes(line), `${line} on stderr`);
      assert.ok(!stdout.includes(line), `${line} not on stdout`);
    }
    assert.match(stdout, /^Content-Length: \d+\r\n/, 'stdout starts with a protocol message');
  });

  it('prints usage without a transport, and its version', () => {
    const bin = join(ROOT, 'bin', 'factmark-language-server.js');
    const bare = spawnSync(process.execPath, [bin], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /Usage: factmark-language-server --stdio/);
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^factmark-language-server \d+\.\d+\.\d+\n$/);
  });
});
