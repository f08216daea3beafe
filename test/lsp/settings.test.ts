import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CommandIds, SERVER_VERSION } from '../../server/src/lsp/protocol.js';
import { DEFAULT_SETTINGS, toSettings } from '../../server/src/lsp/settings.js';
import { ROOT } from '../helpers/paths.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; markdownDescription?: string; description?: string }>;

describe('settings mirror the manifest', () => {
  it('has the same keys and defaults as contributes.configuration (trace aside, which the client reads)', () => {
    const fromManifest = Object.fromEntries(
      Object.entries(properties)
        .filter(([key]) => !key.startsWith('factmark.trace.'))
        .map(([key, p]) => [key.slice('factmark.'.length), p.default]),
    );
    assert.deepEqual(fromManifest, { ...DEFAULT_SETTINGS });
    assert.deepEqual(toSettings(undefined), DEFAULT_SETTINGS);
  });

  it('documents every setting', () => {
    for (const [key, p] of Object.entries(properties)) assert.ok((p.markdownDescription ?? p.description ?? '').length > 40, `${key} has a description`);
  });

  it('contributes every palette command under the Factmark category', () => {
    const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];
    // The registry view's own commands (client/src/registry-view.ts, which imports vscode) act on its items.
    const view = commands.filter((c) => c.command.startsWith('factmark.registryView.'));
    assert.deepEqual(commands.filter((c) => !view.includes(c)).map((c) => c.command).sort(), Object.values(CommandIds).sort());
    const menus = JSON.stringify(manifest.contributes.menus);
    for (const c of view) assert.ok(menus.includes(`"${c.command}"`), `${c.command} is in a menu of the view`);
    assert.ok(commands.every((c) => c.category === 'Factmark' && c.title));
  });

  it('exposes the language server as a second bin', () => {
    assert.equal(manifest.bin['factmark-language-server'], 'bin/factmark-language-server.js');
    assert.equal(SERVER_VERSION, manifest.version);
  });
});
