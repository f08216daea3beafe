import type { Diagnostic, DiagnosticSeverity, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding, type Fix, type Severity, type Span } from '../core/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The range of a span in a document. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** What a diagnostic carries for its quick fixes (the server keeps no state for them). */
export interface DiagnosticData {
  expected?: string[];
  fixes?: Fix[];
}

/**
 * A core finding as an LSP diagnostic. `resolve` gives the documents of related
 * locations in other files (the registry entry); without it they point at the file's start.
 */
export function toDiagnostic(finding: Finding, document: TextDocument, resolve?: (uri: string) => TextDocument | undefined): Diagnostic {
  const data: DiagnosticData = {};
  if (finding.expected?.length) data.expected = finding.expected;
  if (finding.fixes?.length) data.fixes = finding.fixes;
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: docsUrl(finding.code) },
    source: 'factmark',
    message: finding.message,
    data,
    ...(finding.related?.length
      ? {
          relatedInformation: finding.related.map((r) => {
            const doc = r.location.uri === document.uri ? document : resolve?.(r.location.uri);
            const range = doc ? toRange(doc, r.location.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            return { location: { uri: r.location.uri, range }, message: r.message };
          }),
        }
      : {}),
  };
}

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
