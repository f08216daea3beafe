// The index cache on a shared machine (issue 21, High 1 and 2): another local user must not be
// able to read it, feed it forged entries, make it write through planted links, nor make it
// delete files it did not write. The second user is simulated: folders pre-created with another
// owner (when the tests run as root) or mode 777, links planted at the temporary names.
import assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { IndexedArticle } from '../../server/src/core/index.js';
import { IndexCache, indexCacheDir, textHash } from '../../server/src/node/index-cache.js';

const base = mkdtempSync(join(tmpdir(), 'factmark-cache-sec-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(base, `case-${++n}`);

const URI = 'file:///desk/a.md';
const TEXT = 'Mayor Ilse Marwood closed the bridge on Monday [@bridge-closed].\n' + 'x'.repeat(400) + '\n';
const ENTRY: IndexedArticle = {
  uri: URI,
  text: TEXT,
  reference: '2026-02-10',
  actors: [{ id: 'ilse-marwood', span: { start: 6, end: 18 } }],
  facts: [{ id: 'bridge-closed', span: { start: TEXT.indexOf('bridge-closed'), end: TEXT.indexOf('bridge-closed') + 'bridge-closed'.length }, kind: 'marker' }],
};
const KNOWN = { actor: (id: string) => id === 'ilse-marwood', fact: (id: string) => id === 'bridge-closed' };
const TODAY = '2026-03-01';

/** A cache in `dir` holding ENTRY under registry `key`, saved. */
function saved(dir: string, key = 'registry-1', uris = ['file:///desk/facts.yaml']): IndexCache {
  const cache = new IndexCache(dir);
  cache.use(key, uris);
  cache.set(ENTRY, textHash(TEXT), TODAY);
  cache.save();
  return cache;
}
const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('index cache: where it lives', () => {
  it('defaults to the user cache folder ($XDG_CACHE_HOME), not a predictable folder of the shared temp folder', () => {
    const xdg = fresh();
    const dir = indexCacheDir(undefined, { XDG_CACHE_HOME: xdg });
    assert.notEqual(dir, join(tmpdir(), 'factmark-index'));
    assert.equal(dir, join(xdg, 'factmark', 'index'));
    // The client's folder wins, and FACTMARK_INDEX_CACHE over both.
    assert.equal(indexCacheDir('/client/storage', { XDG_CACHE_HOME: xdg }), '/client/storage');
    assert.equal(indexCacheDir('/client/storage', { FACTMARK_INDEX_CACHE: 'off' }), undefined);
  });

  it('creates its folder with mode 0700 and its files with mode 0600', { skip: process.platform === 'win32' }, () => {
    const dir = join(fresh(), 'factmark', 'index');
    saved(dir);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, '..')).mode & 0o777, 0o700, 'the folders it creates on the way too');
    const files = jsonFiles(dir);
    assert.equal(files.length, 1);
    assert.equal(statSync(join(dir, files[0]!)).mode & 0o777, 0o600);
  });

  it('refuses a pre-created folder that others may write (mode 777): nothing written, nothing read, the reason logged', { skip: process.platform === 'win32' }, () => {
    const dir = fresh();
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const log: string[] = [];
    const cache = new IndexCache(dir, (m) => log.push(m));
    cache.use('registry-1', ['file:///desk/facts.yaml']);
    cache.set(ENTRY, textHash(TEXT), TODAY);
    cache.save();
    assert.deepEqual(readdirSync(dir), []);
    assert.match(log.join('\n'), /index cache is off.*written by other users/);
  });

  it('refuses a pre-created folder owned by another user', { skip: process.getuid?.() !== 0 && 'needs root to chown' }, () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, 65534, 65534); // nobody
    const log: string[] = [];
    const cache = new IndexCache(dir, (m) => log.push(m));
    cache.use('registry-1', ['file:///desk/facts.yaml']);
    cache.set(ENTRY, textHash(TEXT), TODAY);
    cache.save();
    assert.deepEqual(readdirSync(dir), []);
    assert.match(log.join('\n'), /belongs to another user/);
  });

  it('never writes through links planted at temporary names', { skip: process.platform === 'win32' }, () => {
    const dir = fresh();
    const victim = join(base, `victim-${n}.txt`);
    writeFileSync(victim, 'precious\n');
    const cache = saved(dir);
    const file = jsonFiles(dir)[0]!;
    // The names a writer of `<file>.<pid>.<ms>.tmp` would use in the next seconds, and a few guesses more.
    const now = Date.now();
    for (let t = now; t < now + 3000; t++) symlinkSync(victim, join(dir, `${file}.${process.pid}.${t}.tmp`));
    for (const guess of ['tmp', '0.tmp', `${process.pid}.tmp`]) symlinkSync(victim, join(dir, `${file}.${guess}`));
    cache.set({ ...ENTRY, uri: 'file:///desk/b.md' }, textHash(TEXT), TODAY);
    cache.save();
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
    assert.ok(lstatSync(join(dir, file)).isFile(), 'the cache file itself is a plain file');
    const again = new IndexCache(dir);
    again.use('registry-1', ['file:///desk/facts.yaml']);
    assert.ok(again.get('file:///desk/b.md', TEXT, textHash(TEXT), TODAY, KNOWN), 'and it holds the new entry');
  });
});

describe('index cache: prune', () => {
  it('deletes no file it did not write, though the folder holds many other JSON files', () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o700 });
    const others: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Names of every kind, some shaped like the cache's own, none written by it.
      const name = i % 2 ? `notes-${i}.json` : `${i.toString(16).padStart(16, '0')}.json`;
      writeFileSync(join(dir, name), JSON.stringify({ mine: i }));
      others.push(name);
    }
    saved(dir);
    const left = new Set(readdirSync(dir));
    assert.deepEqual(others.filter((f) => !left.has(f)), [], 'user files deleted');
  });

  it('still keeps its own files to 32, the oldest going first', () => {
    const dir = fresh();
    for (let i = 0; i < 40; i++) saved(dir, `registry-${i}`, [`file:///desk-${i}/facts.yaml`]);
    writeFileSync(join(dir, 'mine.json'), '{}');
    assert.equal(jsonFiles(dir).length, 33, 'its 32 and the foreign file');
    assert.ok(existsSync(join(dir, 'mine.json')));
    const last = new IndexCache(dir);
    last.use('registry-39', ['file:///desk-39/facts.yaml']);
    assert.ok(last.get(URI, TEXT, textHash(TEXT), TODAY, KNOWN), 'the newest file is kept');
  });
});

describe('index cache: entries are checked when read back', () => {
  /** Saves ENTRY, lets `forge` edit the file's one article entry, and reads it back. */
  function forged(forge: (entry: { actors: unknown[]; facts: unknown[]; reference: unknown }) => void): IndexedArticle | undefined {
    const dir = fresh();
    saved(dir);
    const path = join(dir, jsonFiles(dir)[0]!);
    const data = JSON.parse(readFileSync(path, 'utf8')) as { articles: Record<string, { actors: unknown[]; facts: unknown[]; reference: unknown }> };
    forge(data.articles[URI]!);
    writeFileSync(path, JSON.stringify(data));
    const cache = new IndexCache(dir);
    cache.use('registry-1', ['file:///desk/facts.yaml']);
    return cache.get(URI, TEXT, textHash(TEXT), TODAY, KNOWN);
  }

  it('accepts a genuine entry', () => {
    const got = forged(() => undefined);
    assert.deepEqual(got?.facts, ENTRY.facts);
    assert.deepEqual(got?.actors, ENTRY.actors);
  });

  it('rejects a marker whose span is not its id (a rename would replace 400 characters)', () => {
    const start = TEXT.indexOf('bridge-closed');
    assert.equal(forged((e) => (e.facts = ['bridge-closed', start, start + 400, 'marker', -1, -1])), undefined);
  });

  it('rejects spans outside the text', () => {
    assert.equal(forged((e) => (e.facts = ['bridge-closed', TEXT.length - 2, TEXT.length + 40, 'marker', -1, -1])), undefined);
    assert.equal(forged((e) => (e.actors = ['ilse-marwood', -5, 3])), undefined);
    assert.equal(forged((e) => (e.actors = ['ilse-marwood', 1.5, 3])), undefined);
  });

  it('rejects ids the registry does not know, and entries of the wrong shape', () => {
    assert.equal(forged((e) => (e.actors = ['mallory', 6, 18])), undefined);
    assert.equal(forged((e) => (e.facts = ['no-such-fact', 0, 10, 'inferred', -1, -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', 0, 10, 'owned', -1, -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed'])), undefined);
    assert.equal(forged((e) => (e.facts = [['bridge-closed', 0, 10, 'inferred', -1, -1]])), undefined);
    assert.equal(forged((e) => (e.reference = { toString: 1 })), undefined);
  });

  it('keeps and checks what impact lists: a marker\'s claim span, an inferred link\'s score', () => {
    const at = TEXT.indexOf('bridge-closed');
    const end = at + 'bridge-closed'.length;
    const dot = TEXT.indexOf('.') + 1;
    const got = forged((e) => (e.facts = ['bridge-closed', at, end, 'marker', 0, dot, 'bridge-closed', 0, dot, 'inferred', 0.625, -1]));
    assert.deepEqual(got?.facts, [
      { id: 'bridge-closed', span: { start: at, end }, kind: 'marker', claim: { start: 0, end: dot } },
      { id: 'bridge-closed', span: { start: 0, end: dot }, kind: 'inferred', score: 0.625 },
    ]);
    // A claim that does not hold its marker, or lies outside the text; a score out of 0..1 or not a number; extra fields.
    assert.equal(forged((e) => (e.facts = ['bridge-closed', at, end, 'marker', end + 1, end + 20])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', at, end, 'marker', 0, TEXT.length + 1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', at, end, 'marker', 0, -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', 0, dot, 'inferred', 2, -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', 0, dot, 'inferred', -0.5, -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', 0, dot, 'inferred', '0.5', -1])), undefined);
    assert.equal(forged((e) => (e.facts = ['bridge-closed', 0, dot, 'inferred', 0.5, 1])), undefined);
  });

  it('rejects an entry made from another text', () => {
    const dir = fresh();
    saved(dir);
    const cache = new IndexCache(dir);
    cache.use('registry-1', ['file:///desk/facts.yaml']);
    const other = TEXT.replace('Monday', 'Friday');
    assert.equal(cache.get(URI, other, textHash(other), TODAY, KNOWN), undefined);
  });
});

describe('index cache: the file it writes', () => {
  it('writes many entries piece by piece as one JSON document, and reads them all back', () => {
    const dir = fresh();
    const cache = new IndexCache(dir);
    cache.use('registry-many', ['file:///desk/facts.yaml']);
    // Enough entries for several pieces of the write (a piece is about 256 KB of JSON).
    const count = 5000;
    for (let i = 0; i < count; i++) cache.set({ ...ENTRY, uri: `file:///desk/a${i}.md` }, textHash(TEXT), TODAY);
    cache.save();
    const [file] = jsonFiles(dir);
    const raw = readFileSync(join(dir, file!), 'utf8'); // in range: one cache file, tested below
    assert.equal(jsonFiles(dir).length, 1);
    // What JSON.stringify writes of the same data, byte for byte.
    assert.equal(raw, JSON.stringify(JSON.parse(raw)));
    assert.ok(raw.length > 2 * 256 * 1024, `${raw.length} bytes`);
    const again = new IndexCache(dir);
    again.use('registry-many', ['file:///desk/facts.yaml']);
    for (const i of [0, 2499, count - 1]) assert.deepEqual(again.get(`file:///desk/a${i}.md`, TEXT, textHash(TEXT), TODAY, KNOWN)?.facts, ENTRY.facts);
  });
});
