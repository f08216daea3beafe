// The server's commands on a hostile desk (issue 21, Low 11, the host's part):
// `showRegistryEntry` read any URI it was given (a file outside the workspace then answered, by
// the location it returned, whether it held a `[@id]` marker there); and *Add the claim* offered
// to create `facts.yaml` when the registry existed but could not be edited safely.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const base = mkdtempSync(join(tmpdir(), 'factmark-commands-'));
after(() => rmSync(base, { recursive: true, force: true }));

const SECRET_TEXT = 'Private notes [@bridge-closed] kept elsewhere.\n';
const at = { line: 0, character: 17 };

describe('showRegistryEntry reads only the workspace’s files', () => {
  it('answers nothing for a file outside the workspace, or a link to one, and still answers inside', { timeout: 60_000 }, async () => {
    const dir = join(base, 'ws');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    copyFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), join(dir, 'facts.yaml'));
    const outside = join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.md'), SECRET_TEXT);
    symlinkSync(join(outside, 'secret.md'), join(dir, 'articles', 'leak.md'));
    writeFileSync(join(dir, 'articles', 'own.md'), SECRET_TEXT);
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      await s.request('workspace/executeCommand', { command: 'factmark.server.recheckWorkspace', arguments: [] });
      const show = (path: string) => s.request<unknown>('workspace/executeCommand', { command: 'factmark.server.showRegistryEntry', arguments: [uriOf(path), at] });
      const inside = (await show(join(dir, 'articles', 'own.md'))) as { uri: string } | null;
      assert.equal(inside?.uri, uriOf(join(dir, 'facts.yaml')), 'an article of the workspace is answered');
      assert.equal(await show(join(outside, 'secret.md')), null, 'a file outside the workspace was read');
      assert.equal(await show('/etc/hostname'), null);
      assert.equal(await show(join(dir, 'articles', 'leak.md')), null, 'a link out of the workspace was followed');
    } finally {
      await s.close();
    }
  });
});

describe('Add the claim with a registry that cannot be edited safely', () => {
  it('says the registry cannot be edited, and never offers to create `facts.yaml`', { timeout: 60_000 }, async () => {
    const dir = join(base, 'multi');
    mkdirSync(dir);
    // Two YAML documents: appending a fact would give invalid YAML, so no edit is offered.
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nfacts: {}\n---\nversion: 1\n');
    const text = '---\ndate: 2026-02-10\n---\nThe council approved the crane budget on January 12, 2026, by nine votes to two.\n';
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      const uri = await s.open(join(dir, 'story.md'), text);
      await s.waitDiagnostics(uri);
      const error = await s
        .request('workspace/executeCommand', { command: 'factmark.server.addClaimToRegistry', arguments: [uri, { line: 3, character: 10 }] })
        .then(() => undefined, (e: Error) => e);
      assert.ok(error, 'no edit can be made, so the command fails');
      assert.doesNotMatch(error.message, /create `facts\.yaml`/);
      assert.match(error.message, /`facts\.yaml`.*cannot be edited safely/);
      assert.equal(s.appliedEdits.length, 0);
    } finally {
      await s.close();
    }
  });

  it('adds the claim to a flow-style registry (it exists: no offer to create one)', { timeout: 60_000 }, async () => {
    const dir = join(base, 'flow');
    mkdirSync(dir);
    writeFileSync(join(dir, 'facts.yaml'), '{version: 1, actors: {}, facts: {}}\n');
    const text = '---\ndate: 2026-02-10\n---\nThe council approved the crane budget on January 12, 2026, by nine votes to two.\n';
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      const uri = await s.open(join(dir, 'story.md'), text);
      await s.waitDiagnostics(uri);
      const r = await s.request<{ id: string; applied: boolean }>('workspace/executeCommand', { command: 'factmark.server.addClaimToRegistry', arguments: [uri, { line: 3, character: 10 }] });
      assert.equal(r.applied, true);
      assert.equal(s.appliedEdits.length, 1);
    } finally {
      await s.close();
    }
  });
});
