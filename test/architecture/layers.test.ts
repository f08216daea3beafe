// The layers of the code as a checked rule (issue 19): dependency-cruiser runs the rules of
// .dependency-cruiser.cjs (which documents the layers) over the server and the client.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths.js';

describe('the layers of the code', () => {
  it('no import breaks a layer rule and there is no cycle (dependency-cruiser)', () => {
    const args = ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'server/src', 'client/src', '--config', '.dependency-cruiser.cjs'];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /no dependency violations found/);
  });

  it('a forbidden import is caught (the rules are live)', () => {
    // The core importing the language server must be an error, whatever the known violations.
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'server/src', '--config', join(ROOT, '.dependency-cruiser.cjs')],
      { cwd: join(ROOT, 'test', 'fixtures', 'architecture'), encoding: 'utf8' },
    );
    assert.notEqual(r.status, 0, r.stdout);
    assert.match(r.stdout, /core-is-pure: server\/src\/core\/parse\/bad\.ts → server\/src\/lsp\/server\.ts/);
    assert.match(r.stdout, /layer-parse: server\/src\/core\/parse\/bad\.ts → server\/src\/core\/checks\/check\.ts/);
  });
});
