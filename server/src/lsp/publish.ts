import type { Diagnostic, DiagnosticRelatedInformation, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/index.js';
import { relatedInformation, severityOf, toDiagnostic, toRange } from './convert.js';

/** How many publishes of a document the server keeps to find a quick fix's finding (a client may ask about one it has not replaced yet). */
const HISTORY = 4;

/** One publish: the diagnostics sent and the finding behind each (same index). */
interface Published {
  version: number | undefined;
  diagnostics: readonly Diagnostic[];
  findings: readonly Finding[];
}

/** A diagnostic sent before, with what it was made from. */
interface Memo {
  diagnostic: Diagnostic;
  related: Finding['related'];
  /** The documents its related locations were converted with, and their versions then (an open document changes in place). */
  relatedDocs: RelatedDoc[] | undefined;
}

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => {
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return a.length === b.length && a.every((x, i) => x === b[i]);
};

// in range: b[i] for every index of a, as a and b have the same length
const sameRelated = (a: readonly DiagnosticRelatedInformation[], b: readonly DiagnosticRelatedInformation[]): boolean =>
  a.length === b.length && a.every((x, i) => x.message === b[i]!.message && x.location.uri === b[i]!.location.uri && sameRange(x.location.range, b[i]!.location.range));

/**
 * Turns findings into published diagnostics, cheaply during typing:
 * - a finding whose diagnostic would equal one of the last publish of its document gets that very
 *   object back (most of an article's ~500 findings do not move when a letter is typed), so no
 *   related information is converted again, and a transport that caches each diagnostic's JSON
 *   (the Node server's stdio writer) encodes only what changed;
 * - diagnostics carry no fix (registry edits are a few hundred bytes each): a code action finds the
 *   finding behind a diagnostic by code, message and range in the last few publishes ({@link findingOf});
 * - a publish equal to the last one of the same version (a registry reload that changed nothing for the
 *   article) is not sent again. A new version is always published, even with the same diagnostics:
 *   clients tell from the version that the diagnostics are current.
 */
export class Publisher {
  private readonly history = new Map<string, Published[]>();
  /** The diagnostics of each document's last publish, by message. */
  private readonly memos = new Map<string, Map<string, Memo[]>>();
  /** Publishes skipped as equal to the last one (for tests). */
  skipped = 0;

  constructor(private readonly send: (params: PublishDiagnosticsParams) => void) {}

  /**
   * Publishes a document's findings. `document` converts offsets (undefined: publish nothing for it,
   * e.g. a closed registry file whose findings belong to a newer text); `resolve` gives other files.
   */
  publish(uri: string, version: number | undefined, findings: readonly Finding[], document: TextDocument | undefined, resolve?: (uri: string) => TextDocument | undefined): void {
    if (!document) findings = [];
    const previous = this.memos.get(uri);
    const next = new Map<string, Memo[]>();
    const diagnostics: Diagnostic[] = new Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!; // in range: i < findings.length
      const range = toRange(document!, f.span);
      let memo = previous && this.reusable(previous.get(f.message), f, range, document!, resolve);
      if (!memo) {
        const diagnostic = toDiagnostic(f, document!, resolve, range);
        memo = { diagnostic, related: f.related, relatedDocs: relatedDocsOf(f, document!, resolve) };
      }
      diagnostics[i] = memo.diagnostic;
      const list = next.get(f.message);
      if (list) list.push(memo);
      else next.set(f.message, [memo]);
    }
    this.memos.set(uri, next);
    let records = this.history.get(uri);
    if (!records) this.history.set(uri, (records = []));
    const last = records[records.length - 1];
    if (last && last.version === version && last.diagnostics.length === diagnostics.length && last.diagnostics.every((d, i) => d === diagnostics[i])) {
      // Nothing the client shows would change; later code actions read the newest findings.
      records[records.length - 1] = { version, diagnostics, findings };
      this.skipped++;
      return;
    }
    records.push({ version, diagnostics, findings });
    if (records.length > HISTORY) records.shift();
    this.send(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** The finding behind a diagnostic a client sends back (newest publish first), if one of the last publishes has it. */
  findingOf(uri: string, diagnostic: Diagnostic): Finding | undefined {
    const records = this.history.get(uri);
    if (!records) return undefined;
    for (let r = records.length - 1; r >= 0; r--) {
      const { diagnostics, findings } = records[r]!; // in range: 0 <= r < records.length
      for (let i = 0; i < diagnostics.length; i++) {
        const d = diagnostics[i]!; // in range: i < diagnostics.length
        if (d.code === diagnostic.code && d.message === diagnostic.message && sameRange(d.range, diagnostic.range)) return findings[i];
      }
    }
    return undefined;
  }

  /** Forgets a closed document (its diagnostics are cleared). */
  forget(uri: string): void {
    this.history.delete(uri);
    this.memos.delete(uri);
  }

  /** A memo of the last publish whose diagnostic is what `f` converts to now. */
  private reusable(candidates: Memo[] | undefined, f: Finding, range: Range, document: TextDocument, resolve?: (uri: string) => TextDocument | undefined): Memo | undefined {
    if (!candidates) return undefined;
    const severity = severityOf(f);
    let fresh: DiagnosticRelatedInformation[] | undefined;
    for (const m of candidates) {
      const d = m.diagnostic;
      if (d.code !== f.code || d.severity !== severity || !sameRange(d.range, range)) continue;
      if (!sameStrings((d.data as { expected?: string[] } | undefined)?.expected, f.expected)) continue;
      if (!f.related?.length) {
        if (d.relatedInformation) continue;
        return m;
      }
      if (!d.relatedInformation) continue;
      // Related locations equal to those the diagnostic was made from, all in other files whose documents
      // are the very ones used then, convert to the same ranges: the memo serves as it is.
      if (sameSources(f.related, m.related) && sameDocs(f.related, m.relatedDocs, document, resolve)) return m;
      fresh ??= relatedInformation(f, document, resolve);
      if (sameRelated(d.relatedInformation, fresh)) return { diagnostic: d, related: f.related, relatedDocs: relatedDocsOf(f, document, resolve) };
    }
    return undefined;
  }
}

/** Whether two findings' related locations are equal (same files, offsets and messages). */
function sameSources(a: NonNullable<Finding['related']>, b: Finding['related']): boolean {
  if (a === b) return true;
  if (!b || a.length !== b.length) return false;
  // in range: i < a.length, which is b.length
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.message !== y.message || x.location.uri !== y.location.uri || x.location.span.start !== y.location.span.start || x.location.span.end !== y.location.span.end) return false;
  }
  return true;
}

/** A document a related location was converted with, and its version then. */
interface RelatedDoc {
  doc: TextDocument | undefined;
  version: number | undefined;
}

/**
 * Whether every related location lies in another file whose document is still the one in `docs`,
 * at the same version (the editor's open documents are updated in place, version by version).
 */
function sameDocs(related: NonNullable<Finding['related']>, docs: Memo['relatedDocs'], document: TextDocument, resolve?: (uri: string) => TextDocument | undefined): boolean {
  if (!docs || docs.length !== related.length) return false;
  for (let i = 0; i < related.length; i++) {
    const uri = related[i]!.location.uri; // in range: i < related.length, which is docs.length
    if (uri === document.uri) return false;
    const doc = resolve?.(uri);
    if (doc !== docs[i]!.doc || doc?.version !== docs[i]!.version) return false; // in range: as above
  }
  return true;
}

/** The documents a finding's related locations convert with. */
function relatedDocsOf(f: Finding, document: TextDocument, resolve?: (uri: string) => TextDocument | undefined): RelatedDoc[] | undefined {
  return f.related?.map((r) => {
    const doc = r.location.uri === document.uri ? document : resolve?.(r.location.uri);
    return { doc, version: doc?.version };
  });
}
