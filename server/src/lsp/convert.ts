import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding, type Fix, type Severity, type Span } from '../core/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The range of a span in a document. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/**
 * What a diagnostic carries for its quick fixes: the replacement texts (a few words, so replacements
 * need no server state). Other fixes (registry edits, a few hundred bytes each) are looked up in what
 * the server published (`Publisher.findingOf`).
 */
export interface DiagnosticData {
  expected?: string[];
}

/** The documentation link of each code, made once. */
const codeDescriptions = new Map<string, { href: string }>();
const codeDescription = (code: string): { href: string } => {
  let d = codeDescriptions.get(code);
  if (!d) codeDescriptions.set(code, (d = { href: docsUrl(code) }));
  return d;
};

/**
 * A core finding as an LSP diagnostic. `resolve` gives the documents of related
 * locations in other files (the registry entry); without it they point at the file's start.
 * Diagnostics are published as they are made and never changed afterwards (they may share parts).
 */
export function toDiagnostic(finding: Finding, document: TextDocument, resolve?: (uri: string) => TextDocument | undefined, range = toRange(document, finding.span)): Diagnostic {
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: codeDescription(finding.code),
    source: 'factmark',
    message: finding.message,
  };
  if (finding.expected?.length) diagnostic.data = { expected: finding.expected } satisfies DiagnosticData;
  if (finding.related?.length) diagnostic.relatedInformation = relatedInformation(finding, document, resolve);
  return diagnostic;
}

/** The related information of a finding with related locations. */
export function relatedInformation(finding: Finding, document: TextDocument, resolve?: (uri: string) => TextDocument | undefined): DiagnosticRelatedInformation[] {
  return finding.related!.map((r) => {
    const doc = r.location.uri === document.uri ? document : resolve?.(r.location.uri);
    const range = doc ? toRange(doc, r.location.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { location: { uri: r.location.uri, range }, message: r.message };
  });
}

/** The severity of a finding as LSP numbers it. */
export const severityOf = (finding: Finding): DiagnosticSeverity => SEVERITY[finding.severity];

/**
 * A core fix as a workspace edit. Offsets of edits in other files are converted
 * with `resolve`, which returns the document (open buffer or disk text).
 */
export function toWorkspaceEdit(fix: Fix, resolve: (uri: string) => TextDocument | undefined): WorkspaceEdit | undefined {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of fix.edits) {
    const doc = resolve(e.uri);
    if (!doc) return undefined;
    (changes[e.uri] ??= []).push({ range: toRange(doc, e.span), newText: e.newText });
  }
  return { changes };
}
