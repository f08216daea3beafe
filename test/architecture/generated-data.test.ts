// The data modules of extract/ (`*-data.ts`) are generated from npm packages by the scripts that call
// `writeGenerated` (scripts/generated.mjs). A hand edit of a generated file, or a generator changed without
// regenerating, would ship data no script can reproduce: each generator's `--check` must find its file up to date.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/paths.js';

const run = promisify(execFile);
const scripts = join(ROOT, 'scripts');
const generators = readdirSync(scripts)
  .filter((f) => f.endsWith('.mjs') && f !== 'generated.mjs')
  .filter((f) => /\bwriteGenerated\(/.test(readFileSync(join(scripts, f), 'utf8')));

describe('generated data modules', () => {
  it('are made by at least the gazetteer, date and title generators', () => {
    for (const g of ['gazetteer.mjs', 'date-data.mjs', 'title-data.mjs']) assert.ok(generators.includes(g), `${g} calls writeGenerated`);
  });

  for (const g of generators) {
    it(`${g} --check finds its module up to date`, { timeout: 300_000 }, async () => {
      const { stdout } = await run(process.execPath, [join(scripts, g), '--check'], { cwd: ROOT, maxBuffer: 1 << 20 });
      assert.match(stdout, /is up to date/);
    });
  }
});
