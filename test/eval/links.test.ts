import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// scripts/eval-links.mjs is plain JavaScript, shared with `npm run eval`.
import * as links from '../../scripts/eval-links.mjs';
import { ROOT } from '../helpers/paths.js';

// Only the development stories: eval/links/heldout/ is held aside (storyDirs never lists it).
const stories = links.storyDirs(join(ROOT, 'eval', 'links'));

describe('link benchmark labels (eval/links)', () => {
  it('has at least three stories', () => {
    assert.ok(stories.length >= 3, stories.join(', '));
  });

  for (const dir of stories) {
    it(`${dir.slice(ROOT.length + 1)}: every sentence occurs once in its draft, every fact id and kind exists`, () => {
      const { problems } = links.loadStory(dir);
      assert.deepEqual(problems, []);
    });
  }

  it('covers each kind of sentence at least six times over the stories (titles and nested places at least twice)', () => {
    const count = new Map<string, number>();
    for (const dir of stories) {
      for (const d of links.loadStory(dir).story?.drafts ?? []) for (const s of d.sentences) count.set(s.kind, (count.get(s.kind) ?? 0) + 1);
    }
    for (const kind of links.KINDS) {
      const min = ['place-within', 'correct-title', 'undated-current'].includes(kind) ? 2 : 6;
      assert.ok((count.get(kind) ?? 0) >= min, `${kind}: ${count.get(kind) ?? 0} < ${min}`);
    }
  });
});

describe('link benchmark scores stay above their floors (eval/floors.json)', () => {
  it('links', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs'), '--suite', 'links'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    const out = `${r.stdout}\n${r.stderr}`;
    assert.match(out, /link precision \d\.\d{3} · recall \d\.\d{3} · F1 \d\.\d{3}/, out);
    assert.match(out, /finding precision \d\.\d{3} · recall \d\.\d{3}/, out);
    assert.equal(r.status, 0, out);
  });
});
