import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  CompletionItem,
  DocumentLink,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  Position,
  SemanticTokens,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const root = join(FIXTURES, 'workspace');
const closedPath = join(root, 'articles', 'bridge-closed.md');
const reopensPath = join(root, 'articles', 'bridge-reopens.md');
const notesPath = join(root, 'drafts', 'council-notes.md');
const registryPath = join(root, 'facts.yaml');
const read = (path: string): string => readFileSync(path, 'utf8');

/** The position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `\`${needle}\` not in the text`);
  }
  const offset = i + delta;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

/** The text a range covers in a file. */
function slice(path: string, range: Location['range']): string {
  const lines = read(path).split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line]!.slice(range.start.character, range.end.character);
  return [lines[range.start.line]!.slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line]!.slice(0, range.end.character)].join('\n');
}

/** Applies LSP text edits to a text (positions in UTF-16, as LSP). */
function applyEdits(text: string, edits: { range: Location['range']; newText: string }[]): string {
  const offset = (p: Position): number => {
    const lines = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i]!.length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const hoverText = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : '');


/** The edits of one file in a workspace edit (`changes`, or the versioned `documentChanges` the server sends clients that take them). */
function editsOf(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}
describe('editor features over stdio, on a fixture workspace', () => {
  let s: LspSession;
  let closed: string;
  const closedText = read(closedPath);
  const registryText = read(registryPath);

  const progress: { kind: string; message?: string }[] = [];
  before(async () => {
    s = new LspSession({ root });
    const indexed = s.trackProgress(progress);
    await s.initialize();
    // The background index reports progress and ends: references and counts need it.
    await indexed;
    closed = await s.open(closedPath);
    await s.waitDiagnostics(closed);
  });
  after(() => s.close());

  it('announces every editor capability', () => {
    const caps = s.initializeResult!.capabilities;
    for (const key of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'completionProvider', 'inlayHintProvider', 'semanticTokensProvider', 'documentLinkProvider', 'workspaceSymbolProvider', 'executeCommandProvider'] as const) {
      assert.ok(caps[key], `missing ${key}`);
    }
    assert.deepEqual((caps.renameProvider as { prepareProvider: boolean }).prepareProvider, true);
  });

  it('reports indexing progress with begin and end', () => {
    assert.equal(progress[0]!.kind, 'begin');
    assert.match(progress[0]!.message!, /^0\/\d+$/);
    assert.equal(progress.at(-1)!.kind, 'end');
  });

  it('hovers on an actor: house name, type, role at the article date, aliases and counts', async () => {
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: closed }, position: at(closedText, 'Ilse Marwood', 3) });
    const value = hoverText(h);
    // What matters leads: house name, type, role at the date, then the counts (issue 20).
    const [head, counts] = value.split('\n\n');
    assert.equal(head, '**Ilse Marwood** · person · Mayor of Corrby on 2026-02-03');
    assert.equal(counts, 'Named in 1 fact and 3 articles');
    assert.doesNotMatch(value, /Deputy Mayor/);
    assert.doesNotMatch(value, /Actor `Ilse Marwood` is/);
    assert.match(value, /Aliases: Marwood/);
    assert.match(value, /Registry id `ilse-marwood`/);
  });

  it('hovers on a relative date: ISO day, weekday and distance from the article date', async () => {
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: closed }, position: at(closedText, 'on Monday', 4) });
    const value = hoverText(h);
    assert.match(value, /\*\*2026-02-02\*\* · Monday/);
    assert.match(value, /Resolved against 2026-02-03; 1 day before the article’s date/);
  });

  it('hovers on a claim with a marker: fact, status, supersession chain and sources as links', async () => {
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: closed }, position: at(closedText, 'floodwater', 2) });
    const value = hoverText(h);
    assert.match(value, /\*\*bridge-closed\*\* · superseded · 2026-02-02/);
    assert.match(value, /Linked by a `\[@bridge-closed\]` marker/);
    assert.match(value, /Supersession: \*\*`bridge-closed`\*\* → `bridge-reopens` \(2026-02-09, confirmed\)/);
    assert.match(value, /\[Corrby Courier\]\(https:\/\/example\.org\/courier\/bridge-closed\)/);
    assert.match(value, new RegExp(`\\[articles/bridge-closed\\.md\\]\\(${uriOf(closedPath).replace(/[.]/g, '\\.')}#L7\\)`));
  });

  it('goes from an actor, a marker and a claim to the registry entry', async () => {
    const key = (id: string): Location['range'] => {
      const p = at(registryText, `  ${id}:`, 2);
      return { start: p, end: { line: p.line, character: p.character + id.length } };
    };
    const actor = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: closed }, position: at(closedText, 'River Authority', 2, 1) });
    assert.deepEqual(actor, [{ uri: uriOf(registryPath), range: key('river-authority') }]);
    const marker = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: closed }, position: at(closedText, '[@bridge-closed]', 4) });
    assert.deepEqual(marker, [{ uri: uriOf(registryPath), range: key('bridge-closed') }]);
    const claim = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: closed }, position: at(closedText, 'piers', 1) });
    assert.deepEqual(claim, [{ uri: uriOf(registryPath), range: key('bridge-closed') }]);
  });

  it('goes from a registry fact to the quoted passage of its file source, found again after an edit', async () => {
    const reg = await s.open(registryPath);
    const defs = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: reg }, position: at(registryText, 'bridge-closed:', 3) });
    assert.equal(defs.length, 1);
    assert.equal(defs[0]!.uri, closed);
    assert.match(slice(closedPath, defs[0]!.range), /^closed the Old Mill bridge on Monday after floodwater damaged its piers$/);
    // The article changes: a word is dropped, a line is added above. The passage is found by fuzzy matching.
    const edited = closedText.replace('# Old Mill', 'A new first paragraph.\n\n# Old Mill').replace('after floodwater', 'after the floodwater');
    await s.change(closed, edited);
    const again = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: reg }, position: at(registryText, 'bridge-closed:', 3) });
    assert.equal(again[0]!.range.start.line, defs[0]!.range.start.line + 2);
    await s.change(closed, closedText);
  });

  it('in the registry, hovers on a referenced id and goes to its definition', async () => {
    const reg = await s.open(registryPath);
    const position = at(registryText, 'actors: [ilse-marwood]', 12);
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: reg }, position });
    assert.match(hoverText(h), /\*\*Ilse Marwood\*\* · person[\s\S]*Roles: Deputy Mayor of Corrby \(2022-05-01 to 2026-01-31\); Mayor of Corrby \(2026-02-01 to now\)/);
    const defs = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: reg }, position });
    assert.deepEqual(defs.map((d) => [d.uri, d.range.start.line]), [[reg, at(registryText, '  ilse-marwood:').line]]);
  });

  it('finds references of an actor across the workspace, from an article and from the registry', async () => {
    const fromArticle = await s.request<Location[]>('textDocument/references', {
      textDocument: { uri: closed },
      position: at(closedText, 'Ilse Marwood', 1),
      context: { includeDeclaration: true },
    });
    const files = [...new Set(fromArticle.map((l) => l.uri))].sort();
    assert.deepEqual(files, [uriOf(notesPath), uriOf(closedPath), uriOf(reopensPath), uriOf(registryPath)].sort());
    const inReopens = fromArticle.filter((l) => l.uri === uriOf(reopensPath)).map((l) => slice(reopensPath, l.range));
    assert.deepEqual(inReopens, ['Ilse Marwood', 'Marwood']);
    const reg = uriOf(registryPath);
    const fromRegistry = await s.request<Location[]>('textDocument/references', {
      textDocument: { uri: reg },
      position: at(registryText, 'actors: [ilse-marwood]', 10),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(fromRegistry.map((l) => l.uri).sort(), fromArticle.filter((l) => !(l.uri === reg && slice(registryPath, l.range) === 'ilse-marwood' && l.range.start.character === 2)).map((l) => l.uri).sort());
  });

  it('finds references of a fact: markers in articles and `superseded_by` in the registry', async () => {
    const refs = await s.request<Location[]>('textDocument/references', {
      textDocument: { uri: closed },
      position: at(closedText, '[@bridge-closed]', 3),
      context: { includeDeclaration: true },
    });
    const texts = refs.map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.uri.endsWith('.md') ? slice(l.uri === closed ? closedPath : reopensPath, l.range) : slice(registryPath, l.range)}`);
    assert.deepEqual(texts.sort(), ['bridge-closed.md:bridge-closed', 'facts.yaml:bridge-closed'].sort());
    const reopens = await s.request<Location[]>('textDocument/references', {
      textDocument: { uri: uriOf(registryPath) },
      position: at(registryText, 'superseded_by: bridge-reopens', 16),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(reopens.map((l) => l.uri).sort(), [uriOf(reopensPath), uriOf(registryPath)].sort());
  });

  it('prepares and renames a fact id in the registry and every marker, in one workspace edit', async () => {
    const prepared = await s.request<{ range: Location['range']; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri: closed },
      position: at(closedText, '[@bridge-closed]', 5),
    });
    assert.equal(prepared.placeholder, 'bridge-closed');
    assert.equal(slice(closedPath, prepared.range), 'bridge-closed');
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: closed }, position: at(closedText, '[@bridge-closed]', 5), newName: 'old-mill-closed' });
    const applied = (path: string): string => {
      const edits = [...(edit.changes![uriOf(path)] ?? [])].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
      const lines = read(path).split('\n');
      for (const e of edits) {
        assert.equal(e.range.start.line, e.range.end.line);
        const l = lines[e.range.start.line]!;
        lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
      }
      return lines.join('\n');
    };
    assert.deepEqual(Object.keys(edit.changes!).sort(), [uriOf(closedPath), uriOf(registryPath)].sort());
    assert.match(applied(closedPath), /\[@old-mill-closed\]/);
    const reg = applied(registryPath);
    assert.match(reg, /^ {2}old-mill-closed:$/m);
    assert.doesNotMatch(reg, /bridge-closed:/);
    assert.equal(reg.match(/bridge-closed/g)?.length, 2, 'the source URL and file name keep their text');
  });

  it('renames an actor id in its key and in every fact that names it; rejects a taken id', async () => {
    const reg = uriOf(registryPath);
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: reg }, position: at(registryText, 'corrby:', 2), newName: 'corrby-town' });
    const edits = edit.changes![reg]!;
    assert.equal(edits.length, 4, 'the key, `within` of old-mill and two `place` fields');
    assert.ok(edits.every((e) => slice(registryPath, e.range) === 'corrby' && e.newText === 'corrby-town'));
    await assert.rejects(
      s.request('textDocument/rename', { textDocument: { uri: reg }, position: at(registryText, 'corrby:', 2), newName: 'wendland' }),
      /already used/,
    );
  });

  it('shows the resolved date after relative dates as inlay hints', async () => {
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: closed },
      range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => [h.label, h.position]),
      [
        ['2026-02-02', at(closedText, 'on Monday', 9)],
        ['2026-02-03', at(closedText, 'on Tuesday', 10)],
      ],
    );
  });

  it('returns semantic tokens for actors, dates and claims, with the legend', async () => {
    const legend = s.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const tokens = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: closed } });
    const decoded: { text: string; type: string; mods: string[] }[] = [];
    const lines = closedText.split('\n');
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
      line += dl;
      char = dl ? dc : char + dc;
      decoded.push({ text: lines[line]!.slice(char, char + len), type: legend.tokenTypes[type]!, mods: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
    }
    const find = (text: string, type: string) => decoded.find((d) => d.text === text && d.type === type);
    assert.deepEqual(find('Tamsel River Authority', 'actor')?.mods, ['organization']);
    assert.deepEqual(decoded.find((d) => d.type === 'date' && d.text.endsWith('Monday'))?.mods, ['relative']);
    assert.deepEqual(decoded.find((d) => d.type === 'date' && d.text === 'February 5, 2026')?.mods, []);
    assert.ok(decoded.some((d) => d.type === 'claim' && d.mods.includes('linked') && d.text.includes('after floodwater damaged its piers')));
    const pkg = JSON.parse(read(join(root, '..', '..', '..', 'package.json')));
    assert.deepEqual(pkg.contributes.semanticTokenTypes.map((t: { id: string }) => t.id), legend.tokenTypes);
    assert.deepEqual(pkg.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id), legend.tokenModifiers);
  });

  it('links source URLs and files in the registry', async () => {
    const reg = await s.open(registryPath);
    const links = await s.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: reg } });
    const targets = links.map((l) => l.target);
    assert.ok(targets.includes('https://example.org/courier/bridge-closed'));
    assert.ok(targets.includes(uriOf(closedPath)));
    const url = links.find((l) => l.target!.startsWith('https:'))!;
    assert.equal(slice(registryPath, url.range), 'https://example.org/courier/bridge-closed');
  });

  it('lists facts and actors as workspace symbols', async () => {
    const symbols = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'bridge' });
    assert.deepEqual(symbols.map((x) => x.name).sort(), ['bridge-closed', 'bridge-reopens']);
    const actors = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'marwood' });
    assert.deepEqual(actors.map((x) => x.name), ['Ilse Marwood', 'bridge-reopens'], 'the actor, then the fact whose claim names her');
    assert.equal(actors[0]!.location.uri, uriOf(registryPath));
    assert.equal(slice(registryPath, actors[0]!.location.range), 'ilse-marwood');
  });

  it('outlines a registry file (actors, facts) and an article (its dated claims)', async () => {
    const reg = await s.open(registryPath);
    const outline = await s.request<{ name: string; detail: string; selectionRange: Location['range'] }[]>('textDocument/documentSymbol', { textDocument: { uri: reg } });
    assert.deepEqual(outline.map((x) => x.name), ['ilse-marwood', 'river-authority', 'corrby', 'wendland', 'old-mill', 'bridge-closed', 'bridge-reopens']);
    assert.equal(outline.at(-1)!.detail, '2026-02-09 · confirmed');
    assert.equal(slice(registryPath, outline[0]!.selectionRange), 'ilse-marwood');
    const claims = await s.request<{ name: string; detail: string }[]>('textDocument/documentSymbol', { textDocument: { uri: closed } });
    assert.deepEqual(claims.map((c) => c.name.split(' ')[0]), ['2026-02-02', '2026-02-03', '2026-02-05']);
  });

  it('highlights every mention of the actor under the cursor in the article', async () => {
    const reopens = await s.open(reopensPath);
    const text = read(reopensPath);
    const marks = await s.request<{ range: Location['range'] }[]>('textDocument/documentHighlight', { textDocument: { uri: reopens }, position: at(text, 'Ilse Marwood', 2) });
    assert.deepEqual(marks.map((m) => slice(reopensPath, m.range)), ['Ilse Marwood', 'Marwood']);
  });

  it('shows the registry entry of the actor under the cursor', async () => {
    const loc = await s.request<Location>('workspace/executeCommand', {
      command: 'factmark.server.showRegistryEntry',
      arguments: [closed, at(closedText, 'Ilse Marwood', 2)],
    });
    assert.equal(loc.uri, uriOf(registryPath));
    assert.equal(slice(registryPath, loc.range), 'ilse-marwood');
  });

  it('adds the claim under the cursor to the registry through workspace/applyEdit, with a marker', async () => {
    const before = s.appliedEdits.length;
    const result = await s.request<{ id: string; applied: boolean }>('workspace/executeCommand', {
      command: 'factmark.server.addClaimToRegistry',
      arguments: [closed, at(closedText, 'inspect the piers', 2)],
    });
    assert.equal(result.applied, true);
    assert.match(result.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const { edit } = s.appliedEdits[before] as { edit: WorkspaceEdit };
    const registry = parse(applyEdits(registryText, editsOf(edit, uriOf(registryPath))));
    const fact = registry.facts[result.id];
    assert.equal(fact.date, '2026-02-05');
    assert.deepEqual(fact.actors, ['river-authority']);
    assert.equal(fact.status, 'developing');
    assert.match(fact.claim, /^Engineers from the River Authority will inspect the piers again/);
    assert.deepEqual(fact.sources, [{ file: 'articles/bridge-closed.md', quote: fact.sources[0].quote }]);
    assert.ok(closedText.includes(fact.sources[0].quote));
    assert.deepEqual(Object.keys(registry.facts), ['bridge-closed', 'bridge-reopens', result.id]);
    const article = applyEdits(closedText, editsOf(edit, closed));
    assert.match(article, new RegExp(`February 5, 2026 \\[@${result.id}\\]\\.$`, 'm'));
  });

  it('re-checks the workspace on command', async () => {
    const r = await s.request<{ facts: number; articles: number }>('workspace/executeCommand', { command: 'factmark.server.recheckWorkspace', arguments: [] });
    assert.equal(r.facts, 2);
    assert.ok(r.articles >= 3);
  });
  // These open extra articles, which then count in references: they come last.
  it('hovers on an inferred claim and says it is inferred', async () => {
    const text = `${closedText}\nThe Tamsel River Authority closed the Old Mill bridge in Corrby on February 2 after flood damage.\n`;
    const uri = await s.open(join(root, 'articles', 'inferred.md'), text);
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, 'flood damage', 1) });
    assert.match(hoverText(h), /bridge-closed[\s\S]*Linked by inference, (?:high|medium|low) certainty \(fit [01]\.\d\d\)/);
    // The evidence that made the link, for the editor to judge it.
    assert.match(hoverText(h), /Evidence: actors [^;]*Tamsel River Authority[^;]*; words [^;]*“closed”[^;]*; the date agrees/);
  });

  it('completes fact ids after `[@` with claim and date, nearest date first, and actor names', async () => {
    const text = `${closedText}\nThe bridge reopened on February 9 [@br`;
    const uri = await s.open(join(root, 'articles', 'completion.md'), text);
    const items = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(text, '[@br', 4) });
    assert.deepEqual(items.map((i) => i.label).sort(), ['bridge-closed', 'bridge-reopens']);
    const closest = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
    assert.equal(closest.label, 'bridge-closed');
    assert.equal(closest.detail, '2026-02-02 · The Tamsel River Authority closes the Old Mill bridge in Corrby after flood damage.');
    const names = `${closedText}\nThen Tam`;
    await s.change(uri, names);
    const actors = await s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at(names, 'Then Tam', 8) });
    assert.deepEqual(actors.map((i) => i.label), ['Tamsel River Authority']);
  });

});
