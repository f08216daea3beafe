import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BenchClient, uriOf } from '../../bench/lsp-client.js';
import { analyzeArticle, mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { ROOT, SERVER } from '../helpers/paths.js';

/**
 * A preload for the server process: every network API, every way to run a
 * program, and every read of a file under FACTMARK_FORBIDDEN is logged to
 * FACTMARK_TRAP_LOG and fails.
 */
const PRELOAD = String.raw`
const fs = require('node:fs');
const log = process.env.FACTMARK_TRAP_LOG;
const forbidden = process.env.FACTMARK_FORBIDDEN;
const note = (what) => { try { fs.appendFileSync(log, what + '\n'); } catch {} };
const trap = (obj, name, label) => {
  const orig = obj && obj[name];
  if (typeof orig !== 'function') return;
  obj[name] = function (...args) { note(label + ' ' + String(args[0] && (args[0].href || args[0].host || args[0].path || args[0])).slice(0, 200)); throw new Error('blocked by test: ' + label); };
};
const net = require('node:net');
trap(net, 'connect', 'net.connect'); trap(net, 'createConnection', 'net.createConnection');
trap(net.Socket.prototype, 'connect', 'socket.connect');
trap(require('node:tls'), 'connect', 'tls.connect');
for (const m of ['http', 'https', 'http2']) { const mod = require('node:' + m); trap(mod, 'request', m + '.request'); trap(mod, 'get', m + '.get'); trap(mod, 'connect', m + '.connect'); }
const dns = require('node:dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { trap(dns, k, 'dns.' + k); trap(dns.promises, k, 'dns.promises.' + k); }
trap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
trap(globalThis, 'fetch', 'fetch');
const cp = require('node:child_process');
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, k, 'child_process.' + k);
if (forbidden) {
  const watch = (obj, name) => {
    const orig = obj[name];
    obj[name] = function (p, ...rest) { const s = String(p && p.href ? new URL(p.href).pathname : p); if (s.startsWith(forbidden)) note('read ' + s); return orig.call(this, p, ...rest); };
  };
  for (const k of ['readFile', 'readFileSync', 'createReadStream', 'openSync', 'open']) watch(fs, k);
  for (const k of ['readFile', 'open']) watch(fs.promises, k);
}
`;

const PWN_MARK = 'factmark-pwned';

describe('nothing is sent, nothing is run, nothing outside the workspace is read', () => {
  const base = mkdtempSync(join(tmpdir(), 'factmark-sec-'));
  const root = join(base, 'desk');
  const outside = join(base, 'outside');
  const trapLog = join(base, 'trap.log');
  const pwned = join(base, PWN_MARK);
  const payload = `function () { require('fs').writeFileSync(${JSON.stringify(pwned)}, 'x'); }`;
  let c: BenchClient;

  before(async () => {
    cpSync(join(ROOT, 'examples', 'desk'), root, { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.md'), 'The secret words are here.\n');
    writeFileSync(join(base, 'preload.cjs'), PRELOAD);
    writeFileSync(trapLog, '');
    // A registry whose facts cite a URL, an article inside and a file outside the workspace, with YAML tags.
    const registry = readFileSync(join(root, 'facts.yaml'), 'utf8');
    writeFileSync(
      join(root, 'facts.yaml'),
      `${registry}\n  outside-source:\n    claim: A claim sourced from outside.\n    date: 2026-03-01\n    actors: []\n    sources:\n      - url: https://example.org/a\n      - file: ../outside/secret.md\n        quote: secret words\n      - file: ${join(outside, 'secret.md')}\n        quote: secret words\n  tagged:\n    claim: !!js/function "${payload.replace(/"/g, '\\"')}"\n    date: 2026-03-01\n    actors: []\n`,
    );
    writeFileSync(
      join(root, 'articles', 'hostile.md'),
      `---\ndate: 2026-03-12\ntitle: !!js/function "${payload.replace(/"/g, '\\"')}"\n---\n\n# Hostile\n\n<script>fetch("http://example.org/x")</script>\n\n<img src="http://example.org/pixel.png" onerror="alert(1)">\n\nSee [the report](https://example.org/report) and https://example.org/raw on March 3, 2026.\n\n\`\`\`js\nrequire('child_process').execSync('touch ${pwned}')\n\`\`\`\n`,
    );
    process.env.FACTMARK_TRAP_LOG = trapLog;
    process.env.FACTMARK_FORBIDDEN = outside;
    c = new BenchClient(SERVER, root, ['--require', join(base, 'preload.cjs')]);
    await c.initialize();
  });
  after(async () => {
    await c.close();
    delete process.env.FACTMARK_TRAP_LOG;
    delete process.env.FACTMARK_FORBIDDEN;
    rmSync(base, { recursive: true, force: true });
  });

  it('a whole session opens no socket, resolves no name and starts no program', { timeout: 60_000 }, async () => {
    const articles = ['hostile.md', '2026-03-05-council-hearing.md', '2026-03-12-mediation.md'];
    for (const name of articles) {
      const path = join(root, 'articles', name);
      const uri = await c.open(path);
      await c.waitFor(() => c.latest.has(uri), 20_000);
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      // Hover and ask for actions everywhere a link or a claim might be.
      for (let line = 0; line < lines.length; line += 2) {
        await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: Math.min(5, lines[line]!.length) } }).catch(() => null);
      }
      await c.connection
        .sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, context: { diagnostics: [] } })
        .catch(() => null);
      await c.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } }).catch(() => null);
    }
    await c.open(join(root, 'facts.yaml'));
    await c.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(join(root, 'facts.yaml')) } });
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(c.process.exitCode, null, `the server exited: ${c.stderr}`);
    const trapped = readFileSync(trapLog, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('read '));
    assert.deepEqual(trapped, [], 'network or process use');
    assert.ok(!existsSync(pwned), 'a payload in an article or the registry ran');
  });

  it('a registry `file:` source outside the workspace is refused with a finding, and never read', { timeout: 60_000 }, async () => {
    const uri = uriOf(join(root, 'facts.yaml'));
    const ok = await c.waitFor(() => {
      const last = c.latest.get(uri);
      return !!last?.diagnostics.some((d) => /outside/i.test(String(d.message)));
    }, 20_000);
    const last = c.latest.get(uri);
    assert.ok(ok, `no finding about the outside source; registry diagnostics: ${JSON.stringify(last?.diagnostics.map((d) => d.message))}`);
    const reads = readFileSync(trapLog, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('read '));
    assert.deepEqual(reads, [], 'a file outside the workspace was read');
  });

  it('YAML tags and HTML in an article are text to the core', () => {
    const g = globalThis as { __factmarkPwned?: boolean };
    const text = `---\ndate: !!js/function "function () { globalThis.__factmarkPwned = true; }"\n---\n<script>globalThis.__factmarkPwned = true</script>\n<img src=x onerror="globalThis.__factmarkPwned = true">\n`;
    analyzeArticle('file:///w/a.md', text, mergeRegistry([parseRegistryFile('file:///w/facts.yaml', `version: 1\nfacts: !!js/function "function () { globalThis.__factmarkPwned = true; }"\n`)]), { today: '2026-03-12' });
    assert.equal(g.__factmarkPwned, undefined);
  });
});
