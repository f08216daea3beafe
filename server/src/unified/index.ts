/**
 * Factmark as unified plugins (`factmark/unified`): `remarkFactmark` after remark-parse,
 * `retextFactmark` after retext-english. Both analyse the file's text with the core (which
 * parses its own Markdown), pick the registry as `factmark check` does, report each finding
 * as a vfile message (`ruleId` the code, `source` 'factmark', `url` its docs, `expected`
 * replacements, `fatal` for errors) and attach the analysis as `file.data.factmark`.
 * The retext plugin has the core split prose into sentences and words with the processor's
 * own retext parser instead of the fast tokenizer.
 */
import { resolve } from 'node:path';
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { docsUrl, LineIndex, type Analysis, type Finding, type Levels, type SentenceSplitter, type Span, type TokenSentence } from '../core/index.js';
import { articleChecker } from '../cli/main.js';

/** Options of both plugins. */
export interface FactmarkOptions {
  /** Registry file(s), resolved against the file's `cwd` (default: the desk's, found from the file's folder, as `factmark check`). */
  registry?: string | readonly string[];
  /** Reference date (ISO day) for every article, as `factmark check --as-of`. */
  asOf?: string;
  /** Level per code, as the `factmark.checks` setting: `error`, `warning`, `info`, `hint` or `off`. */
  checks?: Levels;
  /** Also report hint-level findings (every registered actor, every linked claim), as `factmark check --hints`. */
  hints?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Factmark's analysis of the file (set by remarkFactmark / retextFactmark). */
    factmark: Analysis;
  }
}

type Analyse = (file: VFile, sentences?: SentenceSplitter) => Promise<Analysis | undefined>;

/** The shared half of both plugins: registry loading (once per processor) and reporting. */
function analyser(options: FactmarkOptions = {}): Analyse {
  const checkers = new Map<string, ReturnType<typeof articleChecker>>();
  return async (file, sentences) => {
    const cwd = file.cwd;
    const registries = (typeof options.registry === 'string' ? [options.registry] : (options.registry ?? [])).map((r) => resolve(cwd, r));
    const key = `${cwd}\n${registries.join('\n')}`;
    let check = checkers.get(key);
    if (!check) checkers.set(key, (check = articleChecker(registries)));
    const text = String(file.value ?? '');
    const path = resolve(cwd, file.path || 'article.md');
    let analysis: Analysis;
    try {
      analysis = await check(path, text, { asOf: options.asOf, levels: options.checks, sentences });
    } catch (e) {
      // An unreadable registry or one with a syntax error: said once on the file, nothing checked.
      const message = file.message(e instanceof Error ? e.message : String(e), { ruleId: 'registry.syntax', source: 'factmark' });
      message.fatal = true;
      return undefined;
    }
    report(file, text, options.hints ? analysis.findings : analysis.findings.filter((f) => f.severity !== 'hint'));
    file.data.factmark = analysis;
    return analysis;
  };
}

/** Each finding as a vfile message, in text order. */
function report(file: VFile, text: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(text);
  const point = (offset: number) => {
    const p = lines.position(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  for (const f of findings) {
    const message = file.message(f.message, { place: { start: point(f.span.start), end: point(f.span.end) }, ruleId: f.code, source: 'factmark' });
    message.url = docsUrl(f.code);
    if (f.expected?.length) message.expected = [...f.expected];
    // vfile's three kinds: fatal true (error), false (warning), undefined (info).
    message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
  }
}

/**
 * `unified().use(remarkParse).use(remarkFactmark, options)`: checks the file's text (the core
 * parses its own Markdown; the mdast tree is left as it is for later plugins).
 */
export default function remarkFactmark(options?: FactmarkOptions) {
  const analyse = analyser(options);
  return async (_tree: MdastRoot, file: VFile): Promise<undefined> => {
    await analyse(file);
  };
}
export { remarkFactmark };

/**
 * `unified().use(retextEnglish).use(retextFactmark, options)`: checks the file with the
 * sentences and words of this processor's retext parser. The core hands it each prose piece
 * (Markdown syntax, code and URLs blanked out, so offsets hold); where a piece is one
 * paragraph of the file's own nlcst tree, its sentences are read from the tree, else the piece
 * is parsed alone, as the fast tokenizer would read it.
 */
export function retextFactmark(this: Processor, options?: FactmarkOptions) {
  const analyse = analyser(options);
  const processor = this;
  return async (tree: NlcstRoot, file: VFile): Promise<undefined> => {
    await analyse(file, nlcstSplitter(tree, String(file.value ?? ''), (piece) => processor.parse(piece) as NlcstRoot));
  };
}

/**
 * The core's sentence splitter for a text whose nlcst tree is `tree`: a prose piece that is
 * one of the tree's paragraphs is read from it, any other is parsed alone by `parse` (the
 * processor's retext parser). Exported for the bench.
 */
export function nlcstSplitter(tree: NlcstRoot, text: string, parse: (piece: string) => NlcstRoot): SentenceSplitter {
  // The tree's paragraphs by start offset: a piece equal to one is read from the tree.
  const paragraphs = new Map<number, NlcstRoot['children'][number]>();
  for (const p of tree.children) if (p.type === 'ParagraphNode' && p.position?.start.offset !== undefined) paragraphs.set(p.position.start.offset, p);
  return (piece, base) => {
    const own = paragraphs.get(base);
    if (own && own.position!.end.offset === base + piece.length && text.slice(base, base + piece.length) === piece) return sentencesOf(own, 0);
    return sentencesOf(parse(piece), base);
  };
}

/** The sentences with at least one word under an nlcst node, offsets plus `base`. */
function sentencesOf(node: { children?: unknown[] } & { type: string }, base: number): TokenSentence[] {
  const out: TokenSentence[] = [];
  const visit = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'SentenceNode') {
      const s = n as NlcstSentence;
      const words: Span[] = [];
      for (const c of s.children) if (c.type === 'WordNode' && c.position) words.push({ start: base + c.position.start.offset!, end: base + c.position.end.offset! });
      if (words.length && s.position) out.push({ start: base + s.position.start.offset!, end: base + s.position.end.offset!, words });
      return;
    }
    for (const c of n.children ?? []) visit(c as { type: string; children?: unknown[] });
  };
  visit(node);
  return out;
}
