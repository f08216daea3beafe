// Neovim's own LSP client (an independent implementation) drives the server
// through ../shared/tools/nvim-lsp/probe.sh, the way a Neovim user would run
// `factmark-language-server --stdio`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { uriOf } from '../helpers/lsp.js';
import { FIXTURES, ROOT, SHARED } from '../helpers/paths.js';

const PROBE = join(SHARED, 'tools', 'nvim-lsp', 'probe.sh');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIP = !existsSync(PROBE)
  ? `skipped: ${PROBE} is absent (the shared tools sit beside the repository in CI)`
  : !hasNvim
    ? 'skipped: `nvim` is not installed (apt-get install -y neovim; .ci/run installs it)'
    : false;

const root = join(FIXTURES, 'workspace');
const article = join(root, 'articles', 'bridge-reopens.md');

/** `line:col` (0-based) of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `\`${needle}\` not in the article`);
  const before = text.slice(0, i + delta).split('\n');
  return `${before.length - 1}:${before.at(-1)!.length}`;
}

interface ProbeResult {
  ok: boolean;
  exit_code: number;
  server_name: string;
  diagnostics: { code: string; source: string; message: string; line: number }[];
  hovers: { text: string; error: unknown }[];
  definitions: { locations: { uri: string; line: number; col: number }[] }[];
  references: { locations: { uri: string; line: number }[] }[];
  errors: unknown[];
  timings_ms: Record<string, number | null>;
}

describe('Neovim LSP client (nvim-lsp probe)', { skip: SKIP }, () => {
  it('shows diagnostics, hovers on an actor, goes into the registry and finds references', () => {
    const text = readFileSync(article, 'utf8');
    const actor = at(text, 'Ilse Marwood', 3);
    const marker = at(text, '[@bridge-reopens]', 4);
    const r = spawnSync(
      PROBE,
      [
        ...['--cmd', `${JSON.stringify(process.execPath)} bin/factmark-language-server.js --stdio`, '--root', root, '--file', article],
        ...['--hover', actor, '--definition', actor, '--definition', marker, '--references', actor],
        ...['--wait-ms', '10000', '--settle-ms', '400', '--wait-nonempty'],
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
    );
    assert.ok(r.stdout, `probe printed nothing: ${r.stderr}`);
    const p = JSON.parse(r.stdout) as ProbeResult;
    assert.deepEqual(p.errors, [], r.stdout);
    assert.equal(p.ok, true);
    assert.equal(p.server_name, 'factmark');

    assert.ok(p.diagnostics.length > 0, 'diagnostics were published');
    assert.ok(p.diagnostics.every((d) => d.source === 'factmark'));
    assert.ok(p.diagnostics.some((d) => d.code === 'claim.unlinked'), JSON.stringify(p.diagnostics));

    assert.match(p.hovers[0]!.text, /\*\*Ilse Marwood\*\* · person/);
    assert.match(p.hovers[0]!.text, /Mayor of Corrby on 2026-02-10/);

    const registryUri = uriOf(join(root, 'facts.yaml'));
    const registryLines = readFileSync(join(root, 'facts.yaml'), 'utf8').split('\n');
    const [toActor, toFact] = p.definitions.map((d) => d.locations);
    assert.equal(toActor!.length, 1);
    assert.equal(toActor![0]!.uri, registryUri);
    assert.equal(registryLines[toActor![0]!.line], '  ilse-marwood:');
    assert.equal(toFact![0]!.uri, registryUri);
    assert.equal(registryLines[toFact![0]!.line], '  bridge-reopens:');

    const files = new Set(p.references[0]!.locations.map((l) => l.uri));
    for (const f of ['articles/bridge-closed.md', 'articles/bridge-reopens.md', 'drafts/council-notes.md', 'facts.yaml']) {
      assert.ok(files.has(uriOf(join(root, f))), `references include ${f}: ${[...files].join(', ')}`);
    }
  });
});
