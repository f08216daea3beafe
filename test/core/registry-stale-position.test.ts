// Where a broken registry file's syntax error is reported while its last good version is in use:
// the same line and column as every other position (core/lines.ts), with LF or CRLF endings (the
// `yaml` package reads no registry written with lone CRs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegistryStore } from '../../server/src/core/index.js';

const GOOD = ['version: 1', 'actors:', '  ann-example:', '    name: Ann Example', '    type: person', ''];
// An unclosed flow sequence on the fifth line (0-based line 4).
const BROKEN = ['version: 1', 'actors:', '  ann-example:', '    name: Ann Example', '    aliases: [Ann, Example', ''];

describe('a stale registry file', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`names the error's line and column in its current text (${name})`, async () => {
      const uri = 'file:///w/facts.yaml';
      let text = GOOD.join(eol);
      const store = new RegistryStore({ listRegistryFiles: async () => [uri], readText: async () => text });
      await store.reload();
      text = BROKEN.join(eol);
      await store.reload();
      const [stale] = store.state().stale;
      assert.ok(stale, 'the file is stale (its last good version is in use)');
      assert.ok(stale.line >= 4, `line ${stale.line}, column ${stale.character}: the error is on line 4 or after, not on line 0`);
      const lines = text.split(/\r\n|\r|\n/);
      assert.ok(stale.character <= (lines[stale.line]?.length ?? 0), 'the column lies on that line');
    });
  }
});
