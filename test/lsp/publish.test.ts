// The publish path of the keystroke loop: the Publisher hands back the diagnostic objects of
// findings that did not change (and only those), finds the finding of a diagnostic a client
// sends back from one of the last publishes, and skips a publish that would change nothing;
// the stdio writer's encoder writes exactly the UTF-8 of what JSON.stringify writes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../server/src/core/index.js';
import { toDiagnostic } from '../../server/src/lsp/convert.js';
import { Publisher } from '../../server/src/lsp/publish.js';
import { encodeMessage } from '../../server/src/node/json-encoder.js';

const URI = 'file:///desk/story.md';
const REGISTRY = 'file:///desk/facts.yaml';
const registry = TextDocument.create(REGISTRY, 'yaml', 1, 'facts:\n  - id: strike-called\n    claim: Dockers strike.\n');

const finding = (code: string, start: number, end: number, message = `${code} at ${start}`, extra: Partial<Finding> = {}): Finding => ({
  code,
  severity: 'warning',
  message,
  uri: URI,
  span: { start, end },
  ...extra,
});

function publisher(): { p: Publisher; sent: PublishDiagnosticsParams[] } {
  const sent: PublishDiagnosticsParams[] = [];
  return { p: new Publisher((params) => sent.push(params)), sent };
}

describe('Publisher', () => {
  it('reuses the diagnostics of unchanged findings and converts the ones that moved or changed', () => {
    const { p, sent } = publisher();
    let doc = TextDocument.create(URI, 'markdown', 1, 'Alpha beta gamma.\nDelta epsilon.\n');
    const related = [{ location: { uri: REGISTRY, span: { start: 10, end: 23 } }, message: 'the fact' }];
    const first = [finding('a', 0, 5), finding('b', 6, 10, 'b', { related, fixes: [{ title: 'Fix b', edits: [] }] }), finding('c', 18, 23, 'c', { expected: ['Delta'] })];
    p.publish(URI, 1, first, doc, () => registry);
    // Type one letter on the second line: the first line's findings keep their ranges, the third moves by nothing (same line, before the edit).
    doc = TextDocument.update(doc, [{ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 14 } }, text: 'x' }], 2);
    const second = [finding('a', 0, 5), finding('b', 6, 10, 'b', { related: [...related] }), finding('c', 18, 23, 'c', { expected: ['Delta'] }), finding('d', 24, 31)];
    p.publish(URI, 2, second, doc, () => registry);
    assert.equal(sent.length, 2);
    const [before, after] = [sent[0]!.diagnostics, sent[1]!.diagnostics];
    assert.equal(after[0], before[0], 'an unchanged finding gives the same object');
    assert.equal(after[1], before[1], 'equal related locations converted again give the same object');
    assert.equal(after[2], before[2]);
    for (let i = 0; i < 4; i++) assert.deepEqual(after[i], toDiagnostic(second[i]!, doc, () => registry), `diagnostic ${i} equals a fresh conversion`);

    // An edit before the findings moves them: new ranges, new objects.
    doc = TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }], 3);
    const third = second.map((f) => ({ ...f, span: { start: f.span.start + 1, end: f.span.end + 1 } }));
    p.publish(URI, 3, third, doc, () => registry);
    for (let i = 0; i < 4; i++) {
      assert.notEqual(sent[2]!.diagnostics[i], after[i]);
      assert.deepEqual(sent[2]!.diagnostics[i], toDiagnostic(third[i]!, doc, () => registry));
    }
    // A changed message, severity, replacement or related location is never served from memory.
    const changed = [
      finding('a', 1, 6, 'a changed'),
      { ...third[1]!, related: [{ location: { uri: REGISTRY, span: { start: 0, end: 6 } }, message: 'the fact' }] },
      { ...third[2]!, expected: ['Omega'] },
      { ...third[3]!, severity: 'error' as const },
    ];
    p.publish(URI, 4, changed, doc, () => registry);
    for (let i = 0; i < 4; i++) {
      assert.notEqual(sent[3]!.diagnostics[i], sent[2]!.diagnostics[i], `changed finding ${i} is converted again`);
      assert.deepEqual(sent[3]!.diagnostics[i], toDiagnostic(changed[i]!, doc, () => registry));
    }
  });

  it('converts again a related location in the article itself, and one whose file changed', () => {
    const { p, sent } = publisher();
    let doc = TextDocument.create(URI, 'markdown', 1, 'Alpha beta gamma. Delta epsilon.\n');
    let reg = registry;
    const here = [{ location: { uri: URI, span: { start: 18, end: 23 } }, message: 'said here' }];
    const there = [{ location: { uri: REGISTRY, span: { start: 10, end: 23 } }, message: 'the fact' }];
    const findings = () => [finding('a', 0, 5, 'a', { related: [...here] }), finding('b', 6, 10, 'b', { related: [...there] })];
    p.publish(URI, 1, findings(), doc, () => reg);
    // A space becomes a line break before "Delta": the same offsets, another line.
    doc = TextDocument.update(doc, [{ range: { start: { line: 0, character: 17 }, end: { line: 0, character: 18 } }, text: '\n' }], 2);
    p.publish(URI, 2, findings(), doc, () => reg);
    assert.notEqual(sent[1]!.diagnostics[0], sent[0]!.diagnostics[0]);
    assert.deepEqual(sent[1]!.diagnostics[0]!.relatedInformation![0]!.location.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    assert.equal(sent[1]!.diagnostics[1], sent[0]!.diagnostics[1], 'the registry did not change');
    // The registry file gains a line at its top: the same offsets now sit elsewhere.
    reg = TextDocument.create(REGISTRY, 'yaml', 2, `# top\n${registry.getText()}`);
    p.publish(URI, 3, findings(), doc, () => reg);
    assert.notEqual(sent[2]!.diagnostics[1], sent[1]!.diagnostics[1]);
    assert.deepEqual(sent[2]!.diagnostics[1], toDiagnostic(findings()[1]!, doc, () => reg));
    // Open in the editor, it changes in place (the same object, a new version): joining its first two
    // lines keeps every offset and moves the entry up a line. A republish of the same article version sends it.
    const updated = TextDocument.update(reg, [{ range: { start: { line: 0, character: 5 }, end: { line: 1, character: 0 } }, text: ' ' }], 3);
    assert.equal(updated, reg, 'TextDocument.update changes the document in place');
    p.publish(URI, 3, findings(), doc, () => reg);
    assert.equal(sent.length, 4, 'not skipped as unchanged');
    assert.deepEqual(sent[3]!.diagnostics[1], toDiagnostic(findings()[1]!, doc, () => reg));
    assert.notDeepEqual(sent[3]!.diagnostics[1], sent[2]!.diagnostics[1]);
  });

  it('finds the finding behind a diagnostic of one of the last publishes, and forgets a closed document', () => {
    const { p, sent } = publisher();
    const doc = TextDocument.create(URI, 'markdown', 1, 'Alpha beta gamma.\n');
    const fix = { title: 'Link the newer fact', edits: [{ uri: URI, span: { start: 16, end: 16 }, newText: ' [@x]' }] };
    p.publish(URI, 1, [finding('claim.stale', 0, 5, 'stale', { fixes: [fix] })], doc);
    const old = sent[0]!.diagnostics[0]!;
    assert.equal(old.data, undefined, 'registry edits and other fixes stay on the server');
    for (let v = 2; v <= 4; v++) p.publish(URI, v, [finding('other', 6, 10)], TextDocument.create(URI, 'markdown', v, 'Alpha beta gamma.\n'));
    assert.deepEqual(p.findingOf(URI, JSON.parse(JSON.stringify(old)))?.fixes, [fix], 'a client holding the diagnostic of three publishes ago still gets its fix');
    p.publish(URI, 5, [], doc);
    assert.equal(p.findingOf(URI, old), undefined, 'older than the last four publishes');
    assert.equal(p.findingOf(URI, { ...sent[4]!.diagnostics[0]!, message: 'other!' } as never), undefined);
    p.forget(URI);
    assert.equal(p.findingOf(URI, sent[4]!.diagnostics[0]!), undefined);
  });

  it('does not publish again what a client already shows for the same version, but always publishes a new version', () => {
    const { p, sent } = publisher();
    const doc = TextDocument.create(URI, 'markdown', 7, 'Alpha beta gamma.\n');
    p.publish(URI, 7, [finding('a', 0, 5)], doc);
    p.publish(URI, 7, [finding('a', 0, 5)], doc);
    assert.equal(sent.length, 1);
    assert.equal(p.skipped, 1);
    p.publish(URI, 7, [finding('a', 0, 5), finding('b', 6, 10)], doc);
    p.publish(URI, 8, [finding('a', 0, 5), finding('b', 6, 10)], TextDocument.create(URI, 'markdown', 8, 'Alpha beta gamma.\n'));
    assert.deepEqual(sent.map((s) => [s.version, s.diagnostics.length]), [[7, 1], [7, 2], [8, 2]]);
    // Without a document (a closed registry file with newer findings) nothing is shown.
    p.publish(REGISTRY, undefined, [finding('registry.schema', 0, 5)], undefined);
    assert.deepEqual(sent.at(-1), { uri: REGISTRY, diagnostics: [] });
  });
});

describe('the stdio writer’s JSON', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const diagnostic = fc.record(
    {
      range: fc.record({ start: fc.record({ line: fc.nat(), character: fc.nat() }), end: fc.record({ line: fc.nat(), character: fc.nat() }) }),
      severity: fc.integer({ min: 1, max: 4 }),
      code: text,
      message: text,
      data: fc.record({ expected: fc.array(text) }),
      relatedInformation: fc.array(fc.record({ location: fc.record({ uri: text, range: fc.constant({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) }), message: text })),
    },
    { requiredKeys: ['range', 'message'] },
  );

  it('equals JSON.stringify for publishes (their diagnostics reused or not) and other messages', () => {
    fc.assert(
      fc.property(text, fc.option(fc.nat(), { nil: undefined }), fc.array(diagnostic, { maxLength: 6 }), fc.jsonValue(), (uri, version, diagnostics, other) => {
        const params = version === undefined ? { uri, diagnostics } : { uri, version, diagnostics };
        const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params };
        assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), 'utf8'));
        // Again, with the diagnostics' JSON made before, in another order and with one repeated.
        const again = { ...msg, params: { ...params, diagnostics: [...diagnostics].reverse().concat(diagnostics.slice(0, 1)) } };
        assert.deepEqual(encodeMessage(again), Buffer.from(JSON.stringify(again), 'utf8'));
        // Diagnostics not last in params: JSON.stringify's order all the same.
        const reordered = { ...msg, params: { diagnostics, uri, ...(version === undefined ? {} : { version }) } };
        assert.deepEqual(encodeMessage(reordered), Buffer.from(JSON.stringify(reordered), 'utf8'));
        const request = { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: other };
        assert.deepEqual(encodeMessage(request as never), Buffer.from(JSON.stringify(request), 'utf8'));
      }),
      { numRuns: 300 },
    );
  });
});
