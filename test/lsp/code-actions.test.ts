/**
 * Quick fixes through LSP: diagnostics come over stdio, textDocument/codeAction
 * returns workspace edits, the test applies them to the text as an editor
 * would and reads the result back (the article re-checked, the registry parsed).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

/** Applies LSP text edits to a text, as an editor applies a workspace edit. */
function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

/** The edits of one file in a workspace edit (`changes` or `documentChanges`). */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit?.changes?.[uri] ?? [])];
  for (const c of edit?.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}

const ARTICLE = `---
title: "Quay back to work"
date: 2026-02-20
---
Harbour Master Helena Varga said the night shifts would resume. Warga thanked the crews.

Dockers are on a 48-hour strike at the East Quay over night-shift pay [@strike-called].

The union suspended the strike on February 5 after talks with Mayor Jonas Pell [@strike-suspnded].

On February 3 the union called a 48-hour strike at the East Quay over night-shift pay.

The crane budget was approved on Wednesday, February 3, 2026, by nine votes to two.

Osric Tamblyn, a crane driver, said the crews were tired. Helena Vargas thanked him. The council approved a new crane budget on January 12, 2026, by nine votes to two.
`;

describe('quick fixes over LSP', () => {
  let s: LspSession;
  let dir: string;
  let uri: string;
  let registryUri: string;
  let text = ARTICLE;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-fix-'));
    copyFileSync(join(FIXTURES, 'checks', 'registry.yaml'), join(dir, 'facts.yaml'));
    registryUri = uriOf(join(dir, 'facts.yaml'));
    writeFileSync(join(dir, 'story.md'), ARTICLE);
    s = new LspSession({ root: dir });
    await s.initialize();
    uri = await s.open(join(dir, 'story.md'), ARTICLE);
  });
  after(() => s.close());

  /** Diagnostics of the article until one of `code` on `needle` is there. */
  async function diagnostic(code: string, needle: string): Promise<Diagnostic> {
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === code && slice(x).includes(needle)));
    return diags.find((x) => x.code === code && slice(x).includes(needle))!;
  }
  const doc = (): TextDocument => TextDocument.create(uri, 'markdown', 0, text);
  const slice = (d: Diagnostic): string => doc().getText(d.range);

  /** Requests the quick fixes of a diagnostic and returns the one whose title matches. */
  async function action(d: Diagnostic, title: RegExp): Promise<CodeAction> {
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const found = actions.find((a) => title.test(a.title));
    assert.ok(found, `no action ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    return found;
  }

  /** Applies an action's edits to the article and sends the new text. */
  async function applyToArticle(a: CodeAction): Promise<void> {
    const edits = editsFor(a.edit, uri);
    assert.ok(edits.length, 'the action edits the article');
    text = applyEdits(text, edits);
    await s.change(uri, text);
  }

  it('replaces a variant with the house spelling', async () => {
    const d = await diagnostic('actor.spelling', 'Warga');
    await applyToArticle(await action(d, /Replace with `Varga`/));
    assert.match(text, /Varga thanked the crews/);
    await s.waitDiagnostics(uri, (ds) => !ds.some((x) => x.code === 'actor.spelling'));
  });

  it('replaces an outdated title with the title held at the article date', async () => {
    const d = await diagnostic('actor.outdated-title', 'Harbour Master');
    // Both fixes are offered: the title held that day and "former …" (issue 20).
    await action(d, /former Harbour Master/);
    await applyToArticle(await action(d, /Transport Commissioner of Port Aldmere/));
    assert.match(text, /^Transport Commissioner of Port Aldmere Helena Varga said/m);
    await s.waitDiagnostics(uri, (ds) => !ds.some((x) => x.code === 'actor.outdated-title'));
  });

  it('fixes a stale claim only by changing its copy: dated as history, or the newer statement (issue 20)', async () => {
    const d = await diagnostic('claim.stale', 'Dockers are on');
    assert.match(String(d.message), /superseded by `strike-suspended` \(2026-02-05\)/);
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    // No fix that only swaps the link: that would clear the warning while the copy states the old fact.
    assert.ok(!actions.some((a) => /^Link the newer fact/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
    const replace = await action(d, /^Replace with the newer fact/);
    assert.deepEqual(editsFor(replace.edit, uri).map((e) => e.newText), ['The union suspends the strike after talks with Mayor Jonas Pell [@strike-suspended].']);
    await applyToArticle(await action(d, /^Date it as history: “On February 3, …”/));
    assert.match(text, /^On February 3, dockers are on a 48-hour strike at the East Quay over night-shift pay \[@strike-called\]\.$/m);
    await s.waitDiagnostics(uri, (ds) => !ds.some((x) => x.code === 'claim.stale' && slice(x).includes('dockers are on')));
  });

  it('replaces an unknown fact id with the closest id', async () => {
    const d = await diagnostic('claim.unknown-fact', '[@strike-suspnded]');
    await applyToArticle(await action(d, /strike-suspended/));
    assert.match(text, /Mayor Jonas Pell \[@strike-suspended\]\./);
    await s.waitDiagnostics(uri, (ds) => !ds.some((x) => x.code === 'claim.unknown-fact'));
  });

  it('corrects the weekday of a date', async () => {
    const d = await diagnostic('date.weekday-mismatch', 'Wednesday, February 3, 2026');
    await applyToArticle(await action(d, /Tuesday, February 3, 2026/));
    assert.match(text, /approved on Tuesday, February 3, 2026, by/);
    await s.waitDiagnostics(uri, (ds) => !ds.some((x) => x.code === 'date.weekday-mismatch'));
  });

  it('writes an inferred link down as a marker', async () => {
    const at = text.indexOf('On February 3 the union');
    const position = doc().positionAt(at + 5);
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const write = actions.find((a) => /Link to `strike-called` with a marker/.test(a.title));
    assert.ok(write, JSON.stringify(actions.map((a) => a.title)));
    await applyToArticle(write);
    assert.match(text, /over night-shift pay \[@strike-called\]\.\n/);
  });

  it('gives an undated article a front-matter date', async () => {
    const undated = '---\ntitle: "Night shifts resume"\n---\nThe night shifts resumed on Monday after the strike.\n';
    const other = await s.open(join(dir, 'undated.md'), undated);
    const diags = await s.waitDiagnostics(other, (d) => d.some((x) => x.code === 'date.unresolved'));
    const d = diags.find((x) => x.code === 'date.unresolved')!;
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: other }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => /Add `date: \d{4}-\d{2}-\d{2}` to the front matter/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(undated, editsFor(add.edit, other));
    assert.match(fixed, /^---\ntitle: "Night shifts resume"\ndate: \d{4}-\d{2}-\d{2}\n---\n/);
    await s.change(other, fixed);
    await s.waitDiagnostics(other, (ds) => !ds.some((x) => x.code === 'date.unresolved'));
  });

  it('adds an unregistered actor to the registry', async () => {
    const d = await diagnostic('actor.unregistered', 'Osric Tamblyn');
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => /Add `Osric Tamblyn` to the registry/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const before = readFileSync(join(dir, 'facts.yaml'), 'utf8');
    const after = applyEdits(before, editsFor(add.edit, registryUri));
    const registry = mergeRegistry([parseRegistryFile(registryUri, after)]);
    const actor = [...registry.actors.values()].find((a) => a.name === 'Osric Tamblyn');
    assert.equal(actor?.type, 'person');
    assert.ok(after.includes(before.split('\n')[1]!), 'comments are kept');
    assert.match(after, /name: Osric Tamblyn\n {4}type: person\n {4}# First seen in story\.md/, 'the article is named as the first source');
    // Once applied, the client runs the action's command, which says where the actor went (issue 20).
    assert.deepEqual(add.command?.command, 'factmark.server.announceAdded');
    assert.deepEqual(add.command?.arguments, ['actor', actor?.id, registryUri]);
  });

  it('adds a close spelling as an alias of the registered actor', async () => {
    const d = await diagnostic('actor.unregistered', 'Helena Vargas');
    const alias = await action(d, /Add `Helena Vargas` as an alias of `Helena Varga`/);
    const after = applyEdits(readFileSync(join(dir, 'facts.yaml'), 'utf8'), editsFor(alias.edit, registryUri));
    const registry = mergeRegistry([parseRegistryFile(registryUri, after)]);
    assert.deepEqual(registry.actors.get('helena-varga')?.aliases, ['Helena Vargas']);
    assert.deepEqual(registry.findings.get(registryUri) ?? [], []);
  });

  it('adds a fact built from an unlinked claim', async () => {
    const d = await diagnostic('claim.unlinked', 'January 12');
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => /Add a fact/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const after = applyEdits(readFileSync(join(dir, 'facts.yaml'), 'utf8'), editsFor(add.edit, registryUri));
    const registry = mergeRegistry([parseRegistryFile(registryUri, after)]);
    const fact = [...registry.facts.values()].find((f) => f.date === '2026-01-12');
    assert.ok(fact, 'a fact dated 2026-01-12 was added');
    assert.match(fact.claim, /crane budget/);
    assert.ok(fact.sources.some((x) => x.file && x.quote && text.includes(x.quote)), 'the article and its sentence are the source');
    assert.deepEqual(registry.findings.get(registryUri) ?? [], []);
    // One behaviour with the command (issue 20): the fix writes the marker too, and the command makes the same fact.
    assert.deepEqual(editsFor(add.edit, uri).map((e) => e.newText), [` [@${fact.id}]`]);
    assert.deepEqual(add.command?.arguments, ['fact', fact.id, registryUri], 'the fix says where the fact went, as the command does');
    const command = await s.request<{ id: string }>('workspace/executeCommand', { command: 'factmark.server.addClaimToRegistry', arguments: [uri, d.range.start] });
    assert.equal(command.id, fact.id);
  });
});

describe('Add to the registry writes the right type and never a title word (issue 20)', () => {
  // Invented names; the rule is general: a name read as a person that ends in a firm's head
  // noun is an organisation, and a capitalised word in front of a title is not a name.
  const DRAFT = `---
date: 2026-03-02
---
Workers at Corran Bay Works walked out on Monday, said DU International President Edda Morrow.

Deputy Plant Manager Ivo Brandt said the Halden Paper Mill would stay open.
`;
  const REGISTRY = '# The desk of the test\nversion: 1\nactors:\n  dockers-union:\n    name: Dockers Union\n    type: organization\n    aliases: [DU]\nfacts: {}\n';
  let s: LspSession;
  let dir: string;
  let uri: string;
  let registryUri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-fix-type-'));
    writeFileSync(join(dir, 'facts.yaml'), REGISTRY);
    registryUri = uriOf(join(dir, 'facts.yaml'));
    s = new LspSession({ root: dir });
    await s.initialize();
    uri = await s.open(join(dir, 'draft.md'), DRAFT);
  });
  after(() => s.close());

  const doc = TextDocument.create('x', 'markdown', 0, DRAFT);
  const actionsOf = (d: Diagnostic): Promise<CodeAction[]> =>
    s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });

  it('writes a works-like name as an organization, read back from the registry file', async () => {
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.unregistered' && doc.getText(x.range) === 'Halden Paper Mill'));
    for (const name of ['Corran Bay Works', 'Halden Paper Mill']) {
      const d = diags.find((x) => x.code === 'actor.unregistered' && doc.getText(x.range) === name);
      assert.ok(d, `${name} is reported: ${JSON.stringify(diags.map((x) => doc.getText(x.range)))}`);
      const add = (await actionsOf(d)).find((a) => a.title.startsWith(`Add \`${name}\` to the registry`));
      assert.equal(add?.title, `Add \`${name}\` to the registry as an organization`);
      const file = join(dir, 'facts.yaml');
      writeFileSync(file, applyEdits(readFileSync(file, 'utf8'), editsFor(add.edit, registryUri)));
      const written = readFileSync(file, 'utf8');
      const actor = [...mergeRegistry([parseRegistryFile(registryUri, written)]).actors.values()].find((a) => a.name === name);
      assert.equal(actor?.type, 'organization', written);
      writeFileSync(file, REGISTRY); // as the server last read it, so the next fix is not refused as stale
    }
    // The people stay people.
    const person = diags.find((x) => x.code === 'actor.unregistered' && doc.getText(x.range) === 'Edda Morrow');
    assert.ok(person);
    assert.ok((await actionsOf(person)).some((a) => a.title === 'Add `Edda Morrow` to the registry as a person'));
  });

  it('offers no title word as an actor ("International" before "President", "Deputy Plant" before "Manager")', async () => {
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.unregistered'));
    const names = diags.filter((x) => x.code === 'actor.unregistered').map((x) => doc.getText(x.range));
    for (const word of ['International', 'Union International', 'Deputy Plant', 'Deputy Plant Manager']) {
      assert.ok(!names.includes(word), `\`${word}\` reported as an actor: ${JSON.stringify(names)}`);
    }
    const at = doc.positionAt(DRAFT.indexOf('International'));
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: diags.filter((x) => x.range.start.line === at.line) } });
    assert.ok(!actions.some((a) => /Add `[^`]*International[^`]*` to the registry/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
  });
});
