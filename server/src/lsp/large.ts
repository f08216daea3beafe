import type { TextDocument } from 'vscode-languageserver-textdocument';
import { todayIso, type Analysis, type FactChecker, type Finding, type Levels, type Span } from '../core/index.js';

/** Articles longer than this (UTF-16 code units) are analysed in chunks, off the request path. */
export const LARGE_CHARS = 1_000_000;
/** Longest stretch of work between two yields to the event loop, in ms: chunk sizes adapt to it. */
const SLICE_MS = 5;
/** Bounds of a chunk's size; chunks end at a blank line. */
const MIN_CHUNK = 512;
const MAX_CHUNK = 32 * 1024;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where an article's body starts: after its front matter (`---` … `---`), else 0. */
function bodyStartOf(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length, open[0].length + 64 * 1024));
  return close ? open[0].length + close.index + close[0].length : 0;
}

/** The end of the chunk that starts at `start`: the first blank line after `start + size`, else the end. */
export function chunkEnd(text: string, start: number, size: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = start + size;
  const m = blank.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/**
 * Analyses very large articles (a pasted book, a 5 MB dump) without ever
 * blocking the server: the body is cut into chunks at blank lines, each chunk
 * is analysed as an article of its own (with the front matter, so the article
 * date holds), the event loop gets a turn between slices of work, and a newer
 * version or a close cancels the run. Hovers and other requests on such an
 * article get an empty analysis at once. What is lost: a surname resolved
 * against a full name in another chunk.
 */
export class LargeArticles {
  private runs = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly checker: FactChecker,
    private readonly levels: () => Levels | undefined,
    /** Publishes a document's findings (the server's {@link Publisher}). */
    private readonly publishFindings: (document: TextDocument, findings: readonly Finding[]) => void,
  ) {}

  /** Whether a document is large enough to be analysed here. */
  static isLarge(document: TextDocument): boolean {
    return document.getText().length > LARGE_CHARS;
  }

  /** An empty analysis of a large article, for requests (they must never wait on it). */
  empty(document: TextDocument): Analysis {
    return this.checker.analyze(document.uri, '', { today: todayIso(), levels: this.levels() });
  }

  /** Cancels the run of a document (closed, or a newer version came). */
  cancel(uri: string): void {
    this.runs.delete(uri);
  }

  /** Whether a run is going on for a document. */
  running(uri: string): boolean {
    return this.runs.has(uri);
  }

  /** Analyses a large document in chunks, then publishes its diagnostics (unless cancelled). */
  async publish(document: TextDocument): Promise<void> {
    const generation = ++this.generation;
    this.runs.set(document.uri, generation);
    const live = (): boolean => this.runs.get(document.uri) === generation;
    const text = document.getText();
    const bodyStart = bodyStartOf(text);
    const head = text.slice(0, bodyStart);
    const findings: Finding[] = [];
    let size = 4 * MIN_CHUNK;
    for (let start = bodyStart, first = true; start < text.length; first = false) {
      await yieldToEventLoop();
      if (!live()) return;
      const end = chunkEnd(text, start, size);
      const shift = start - bodyStart;
      const t = Date.now();
      const analysis = this.checker.analyze(document.uri, head + text.slice(start, end), { today: todayIso(), levels: this.levels() });
      // Aim the next chunk at one slice of work.
      size = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.round(((end - start) * SLICE_MS) / Math.max(1, Date.now() - t))));
      for (const f of analysis.findings) {
        if (f.uri === document.uri && f.span.start < bodyStart) {
          if (first) findings.push(f);
        } else findings.push(shiftFinding(f, document.uri, bodyStart, shift));
      }
      start = end;
    }
    if (!live()) return;
    this.runs.delete(document.uri);
    this.publishFindings(document, findings);
  }
}

/** A chunk's finding in the offsets of the whole article. */
function shiftFinding(f: Finding, uri: string, bodyStart: number, shift: number): Finding {
  const move = (s: Span): Span => (s.start >= bodyStart ? { start: s.start + shift, end: s.end + shift } : s);
  return {
    ...f,
    span: f.uri === uri ? move(f.span) : f.span,
    fixes: f.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => (e.uri === uri ? { ...e, span: move(e.span) } : e)) })),
    related: f.related?.map((r) => (r.location.uri === uri ? { ...r, location: { uri, span: move(r.location.span) } } : r)),
  };
}
