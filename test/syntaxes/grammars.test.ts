import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as onig from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers/paths.js';

const require = createRequire(import.meta.url);
type Grammar = { scopeName: string; injectionSelector: string };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { path: string; scopeName: string }[] } };
const injections = manifest.contributes.grammars.map((g) => ({ ...g, text: readFileSync(join(ROOT, g.path), 'utf8') }));

/**
 * A stand-in for VS Code's Markdown grammar with the scopes the injections rely on or
 * avoid: front matter (`meta.embedded.block.frontmatter`), fenced and inline code, link targets.
 */
const markdown = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '\\A-{3}\\s*$', end: '^-{3}\\s*$', contentName: 'meta.embedded.block.frontmatter', patterns: [{ match: '^\\w+(?=:)', name: 'entity.name.tag.yaml' }] },
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
    { match: '(\\[)([^\\]]*)(\\])(\\()([^)]*)(\\))', captures: { 5: { name: 'markup.underline.link.markdown' } }, name: 'meta.link.inline.markdown' },
  ],
};

let grammar: vsctm.IGrammar;
before(async () => {
  await onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope: string) => {
      if (scope === markdown.scopeName) return vsctm.parseRawGrammar(JSON.stringify(markdown), 'markdown.json');
      const g = injections.find((x) => x.scopeName === scope);
      return g ? vsctm.parseRawGrammar(g.text, g.path) : null;
    },
    getInjections: (scope: string) => (scope === markdown.scopeName ? injections.map((g) => g.scopeName) : []),
  });
  grammar = (await registry.loadGrammar(markdown.scopeName))!;
});

/** Factmark scopes per token of each line: `text=scope` pairs. */
function scopes(lines: string[]): string[][] {
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens
      .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith('.factmark')).pop()] as const)
      .filter(([text, s]) => s && text.trim())
      .map(([text, s]) => `${text}=${s!.replace(/\.factmark$/, '')}`);
  });
}

describe('TextMate grammars', () => {
  it('every contributed grammar declares its scope and injection', () => {
    assert.ok(injections.length >= 2);
    for (const g of injections) {
      const parsed = JSON.parse(g.text) as Grammar;
      assert.equal(parsed.scopeName, g.scopeName);
      assert.ok(parsed.injectionSelector);
    }
  });

  it('colour [@id] markers and ISO dates in prose, not in code or link targets', () => {
    const [prose, code, link, fenced] = scopes(['---', 'date: 2026-02-02', '---', 'Met on 2026-03-10 [@mediation-agreed; @next-round].', '`2026-03-01 [@x]` then [site](http://e.org/2026-03-01).', '```', '2026-03-01 [@x]', '```']).slice(3);
    assert.deepEqual(prose, ['2026-03-10=constant.numeric.date.iso', '[=punctuation.definition.citation.begin', '@=punctuation.definition.citation.key', 'mediation-agreed=entity.name.type.fact', ';=punctuation.separator.citation', '@=punctuation.definition.citation.key', 'next-round=entity.name.type.fact', ']=punctuation.definition.citation.end']);
    assert.deepEqual(code, []);
    assert.deepEqual(link, []);
    assert.deepEqual(fenced, []);
  });

  it('mark the front-matter keys Factmark reads and the publication date', () => {
    const lines = scopes(['---', 'title: "Talks stall"', "date: '2026-02-02' # checked", 'date: 2026-13-02', 'registry: ../own.facts.yaml', 'other: x', '---', 'date: 2026-02-02 in the body']);
    assert.deepEqual(lines[1], ['title=entity.name.tag.frontmatter']);
    assert.deepEqual(lines[2], ['date=entity.name.tag.frontmatter.date', ':=punctuation.separator.key-value', "'=punctuation.definition.string.begin", '2026-02-02=constant.numeric.date.iso.publication', "'=punctuation.definition.string.end"]);
    assert.deepEqual(lines[3], []);
    assert.deepEqual(lines[4], ['registry=entity.name.tag.frontmatter.registry', ':=punctuation.separator.key-value', '../own.facts.yaml=string.unquoted.path.registry']);
    assert.deepEqual(lines[5], []);
    assert.deepEqual(lines[7], ['2026-02-02=constant.numeric.date.iso']);
  });
});
