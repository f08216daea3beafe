import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NO_SHARED, ROOT } from '../helpers/paths.js';

/** Runs `npm run eval` (scripts/eval.mjs): the shared scorer with the floors of eval/floors.json. */
function evaluate(suite: string): { code: number; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs'), '--suite', suite], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status ?? -1, out: `${r.stdout}\n${r.stderr}` };
}

describe('extraction scores stay above their floors (eval/floors.json)', { skip: NO_SHARED }, () => {
  for (const suite of ['corpus', 'corpus-unregistered', 'invented', 'dev']) {
    it(`${suite}`, () => {
      const { code, out } = evaluate(suite);
      assert.match(out, /actors F1 \d\.\d{3} · date values F1/, out);
      assert.match(out, /unregistered-actor false alarms \d+ in \d+ words: \d+\.\d{2} per 1,000 words/, out);
      assert.equal(code, 0, out);
    });
  }

  it('the held-out suite refuses to run without --heldout', () => {
    const { code, out } = evaluate('heldout');
    assert.equal(code, 2, out);
    assert.match(out, /runs only with `--heldout`/);
    assert.doesNotMatch(out, /actors F1/);
  });
});
