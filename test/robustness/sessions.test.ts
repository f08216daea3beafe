import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseRegistryFile } from '../../server/src/core/index.js';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { ROOT } from '../helpers/paths.js';

const DESK = join(ROOT, 'examples', 'desk');
const ARTICLES = readdirSync(join(DESK, 'articles')).filter((f) => f.endsWith('.md'));
const SNIPPETS = ['x', ' ', '\n', '\n\n', 'Sunday, March 1, 2026', ' [@no-such-fact]', 'Dana Whitcomb', '"', '---\n', '\r\n', '😀', 'é'];
const CODES = ['claim.stale', 'actor.unregistered', 'claim.unlinked', 'date.weekday-mismatch', 'actor.spelling'];

type Action =
  | { kind: 'open'; article: number }
  | { kind: 'edit'; article: number; at: number; del: number; text: string }
  | { kind: 'replace'; article: number; text: string }
  | { kind: 'save'; article: number }
  | { kind: 'close'; article: number }
  | { kind: 'registry-edit'; at: number; del: number; text: string }
  | { kind: 'registry-delete' }
  | { kind: 'registry-restore' }
  | { kind: 'config'; code: number; level: 'error' | 'warning' | 'info' | 'hint' | 'off' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), article: fc.nat(ARTICLES.length - 1) }),
  fc.record({ kind: fc.constant('edit' as const), article: fc.nat(ARTICLES.length - 1), at: fc.nat(), del: fc.nat(6), text: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('edit' as const), article: fc.nat(ARTICLES.length - 1), at: fc.nat(), del: fc.nat(3), text: fc.string({ unit: 'grapheme', maxLength: 5 }) }),
  fc.record({ kind: fc.constant('replace' as const), article: fc.nat(ARTICLES.length - 1), text: fc.constantFrom('', 'Plain text on Monday, March 2, 2026.', '---\ndate: 2026-03-01\n') }),
  fc.record({ kind: fc.constant('save' as const), article: fc.nat(ARTICLES.length - 1) }),
  fc.record({ kind: fc.constant('close' as const), article: fc.nat(ARTICLES.length - 1) }),
  fc.record({ kind: fc.constant('registry-edit' as const), at: fc.nat(), del: fc.nat(20), text: fc.constantFrom('', 'x', ':', '\n  bad: [', '\n', '"', '- ', 'status: retracted') }),
  fc.record({ kind: fc.constant('registry-delete' as const) }),
  fc.record({ kind: fc.constant('registry-restore' as const) }),
  fc.record({ kind: fc.constant('config' as const), code: fc.nat(CODES.length - 1), level: fc.constantFrom('error' as const, 'warning' as const, 'info' as const, 'hint' as const, 'off' as const) }),
);

/** Waits until no diagnostics arrive for `quietMs` and every open article has diagnostics for its version. */
async function settle(s: LspSession, open: Map<string, TextDocument>, quietMs = 600, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify([...s.diagnostics.values()]);
  let since = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = JSON.stringify([...s.diagnostics.values()]);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    const current = [...open.values()].every((d) => (s.diagnostics.get(d.uri)?.version ?? -1) === d.version);
    if (current && Date.now() - since >= quietMs) return;
    if (Date.now() > deadline) throw new Error(`diagnostics did not settle; stderr: ${s.stderr}`);
  }
}

const comparable = (ds: Diagnostic[]): string[] =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`).sort();

describe('random LSP sessions', () => {
  it('never crash the server, and end with the diagnostics of a fresh analysis', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 20 }), async (actions) => {
        const root = mkdtempSync(join(tmpdir(), 'factmark-session-'));
        cpSync(DESK, root, { recursive: true });
        const registryPath = join(root, 'facts.yaml');
        const registryText = readFileSync(registryPath, 'utf8');
        const levels: Record<string, string> = {};
        const s = new LspSession({ root, settings: { checks: levels } });
        const open = new Map<string, TextDocument>();
        let registry: TextDocument | undefined;
        try {
          await s.initialize();
          for (const a of actions) {
            const path = 'article' in a ? join(root, 'articles', ARTICLES[a.article]!) : registryPath;
            const uri = uriOf(path);
            switch (a.kind) {
              case 'open':
                if (!open.has(uri)) {
                  const text = readFileSync(path, 'utf8');
                  open.set(uri, TextDocument.create(uri, 'markdown', 1, text));
                  await s.open(path, text);
                }
                break;
              case 'edit': {
                const doc = open.get(uri);
                if (!doc) break;
                const at = a.at % (doc.getText().length + 1);
                const range = { start: doc.positionAt(at), end: doc.positionAt(Math.min(doc.getText().length, at + a.del)) };
                const next = TextDocument.update(doc, [{ range, text: a.text }], doc.version + 1);
                open.set(uri, next);
                await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: a.text }] });
                break;
              }
              case 'replace': {
                const doc = open.get(uri);
                if (!doc) break;
                const next = TextDocument.update(doc, [{ text: a.text }], doc.version + 1);
                open.set(uri, next);
                await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text: a.text }] });
                break;
              }
              case 'save': {
                const doc = open.get(uri);
                if (!doc) break;
                writeFileSync(path, doc.getText());
                await s.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
                break;
              }
              case 'close':
                if (!open.has(uri)) break;
                open.delete(uri);
                await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
                break;
              case 'registry-edit': {
                if (!registry) {
                  if (!existsSync(registryPath)) break;
                  registry = TextDocument.create(uri, 'yaml', 1, readFileSync(registryPath, 'utf8'));
                  await s.open(registryPath, registry.getText());
                }
                const text = registry.getText();
                const at = a.at % (text.length + 1);
                const range = { start: registry.positionAt(at), end: registry.positionAt(Math.min(text.length, at + a.del)) };
                registry = TextDocument.update(registry, [{ range, text: a.text }], registry.version + 1);
                await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: registry.version }, contentChanges: [{ range, text: a.text }] });
                // Saved at once, so that the fresh session reads the same registry.
                writeFileSync(registryPath, registry.getText());
                await s.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
                break;
              }
              case 'registry-delete':
                if (!existsSync(registryPath)) break;
                if (registry) {
                  await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
                  registry = undefined;
                }
                unlinkSync(registryPath);
                await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
                break;
              case 'registry-restore':
                if (existsSync(registryPath)) break;
                writeFileSync(registryPath, registryText);
                await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
                break;
              case 'config':
                levels[CODES[a.code]!] = a.level;
                await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { factmark: { checks: { ...levels } } } });
                break;
            }
            await new Promise((r) => setTimeout(r, 5));
          }
          // A registry left unparseable is served from its last good version (by design), which a
          // fresh server cannot know: end such a session by restoring the file, as an editor would.
          if (existsSync(registryPath) && parseRegistryFile(uriOf(registryPath), readFileSync(registryPath, 'utf8')).findings.some((f) => f.code === 'registry.syntax')) {
            writeFileSync(registryPath, registryText);
            if (registry) {
              registry = TextDocument.update(registry, [{ text: registryText }], registry.version + 1);
              await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: registry.uri, version: registry.version }, contentChanges: [{ text: registryText }] });
              await s.connection.sendNotification('textDocument/didSave', { textDocument: { uri: registry.uri } });
            } else await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryPath), type: 2 }] });
          }
          await settle(s, open);
          assert.equal(s.process.exitCode, null, `the server exited: ${s.stderr}`);
          // A fresh server on the final files and settings must say the same.
          const fresh = new LspSession({ root, settings: { checks: { ...levels } } });
          try {
            await fresh.initialize();
            const freshOpen = new Map<string, TextDocument>();
            for (const [uri, doc] of open) {
              const path = new URL(uri).pathname;
              await fresh.open(path, doc.getText());
              freshOpen.set(uri, TextDocument.create(uri, 'markdown', 1, doc.getText()));
            }
            await settle(fresh, freshOpen);
            for (const uri of open.keys()) {
              assert.deepEqual(comparable(s.diagnostics.get(uri)!.diagnostics), comparable(fresh.diagnostics.get(uri)!.diagnostics), `diagnostics of ${uri}`);
            }
          } finally {
            await fresh.close();
          }
        } finally {
          await s.close();
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 3 },
    );
  });
});
