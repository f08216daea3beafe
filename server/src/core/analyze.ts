import { levelOf, type Levels } from './codes.js';
import { CHECKS } from './checks/index.js';
import type { CheckContext } from './checks/check.js';
import { memoOf } from './checks/memo.js';
import { extractActors } from './extract/actors.js';
import { extractClaims, extractRestatements } from './extract/claims.js';
import { extractDates } from './extract/dates.js';
import { actorsOutsideDays } from './extract/events.js';
import { articleUnits } from './extract/blocks.js';
import { linkMemoOf, reuseOf } from './reuse.js';
import { linkClaims, type ClaimLink } from './link/index.js';
import type { AnalysisCache } from './incremental.js';
import { parseArticle } from './parse/article.js';
import type { SentenceSplitter } from './parse/sentences.js';
import type { Registry } from './registry/model.js';
import type { ActorMention, Article, Claim, DateMention, Finding } from './types.js';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** The document's parse cache: after an edit only the changed segments are parsed again (one per open document). */
  cache?: AnalysisCache;
  /** Overrides the reference date of every article (the CLI's `--as-of`). */
  asOf?: string;
  /** Today's date (ISO day), used when an article has no `date`. */
  today: string;
  /**
   * How an article without a `date` (and no `asOf`) reads its relative dates: against `today`
   * (the editor, default), or not at all (`unresolved`: the CLI, whose runs must not depend on
   * the machine's clock); then the file gets one `date.unresolved` finding.
   */
  undated?: 'today' | 'unresolved';
  /** Levels per code (`factmark.checks`). */
  levels?: Levels;
  /** Parse as Markdown (default: by file extension). */
  markdown?: boolean;
  /**
   * Who splits prose into sentences and words (default the fast tokenizer, a port of
   * retext-english; the retext plugin passes retext's own). Given one, the cache is not used.
   */
  sentences?: SentenceSplitter;
  /** Where new registry entries go, for quick fixes. */
  registryTarget?: { uri: string; text: string };
}

/** Everything the core knows about one article. */
export interface Analysis {
  article: Article;
  reference: string;
  dated: boolean;
  actors: ActorMention[];
  dates: DateMention[];
  claims: Claim[];
  /** Claim → fact links, explicit (`[@id]` markers) and inferred, in text order. */
  links: ClaimLink[];
  findings: Finding[];
  /** The registry the article was analysed against (its front-matter `registry:` when it names one). */
  registry: Registry;
}

/** Analyses one article against a registry: extraction, then every check. Never throws on text. */
export function analyzeArticle(uri: string, text: string, registry: Registry, options: AnalyzeOptions): Analysis {
  // Without a cache, one whole parse: a throwaway cache would cut the text into segments and
  // file the parse by segment for edits that never come.
  // A splitter of the caller's parses whole: the cache's segments were split by the default one.
  const cache = options.sentences ? undefined : options.cache;
  const article = cache ? cache.parse(uri, text, { markdown: options.markdown }) : parseArticle(uri, text, { markdown: options.markdown, sentences: options.sentences });
  const dated = options.asOf !== undefined || article.frontMatter?.date !== undefined;
  const reference = options.asOf ?? article.frontMatter?.date ?? options.today;
  // With a cache, blocks and claims unchanged since the last analysis reuse their extraction and links.
  const reuse = cache ? reuseOf(cache) : undefined;
  const units = reuse ? reuse.units.collect(article) : articleUnits(article);
  const named = extractActors(article, registry, units);
  const found = extractDates(article, { reference, places: named.filter((a) => a.type === 'place'), bodies: named.filter((a) => a.type === 'organization') }, units);
  // Holidays and festivals are days, not actors: those the date extractor dated and those found by their context ("the Obon holiday").
  const actors = actorsOutsideDays(named, found, article, units);
  const clockless = !dated && options.undated === 'unresolved';
  const dates = clockless ? found.filter((d) => !d.relative) : found;
  const claims = extractClaims(article, dates, actors);
  // Undated sentences that state something as current are linked too (not listed as claims).
  const links = linkClaims(article, claims, actors, dates, registry, reuse && linkMemoOf(reuse, registry), extractRestatements(article, dates, actors));
  const context: CheckContext = { article, registry, actors, dates, claims, links, reference, dated, memo: memoOf(registry), registryTarget: options.registryTarget, ...(clockless ? { unresolved: found.filter((d) => d.relative) } : {}) };
  // Each check's findings, in text order: a check reports in that order (one that does not is
  // sorted alone). Merged with ties in check order, they are what a stable sort of all of them gives.
  const lists: Finding[][] = [];
  for (const check of CHECKS) {
    const level = levelOf(check.code, options.levels);
    if (level === 'off') continue;
    const list: Finding[] = [];
    for (const f of check.run(context)) list.push({ code: check.code, severity: level, uri, ...f });
    if (!inSpanOrder(list)) list.sort(bySpan);
    if (list.length) lists.push(list);
  }
  const findings = mergeInSpanOrder(lists);
  return { article, reference, dated, actors, dates, claims, links, findings, registry };
}

const bySpan = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.span.end - b.span.end;

/** Whether findings are in order of start, then end. */
function inSpanOrder(list: readonly Finding[]): boolean {
  for (let i = 1; i < list.length; i++) if (bySpan(list[i - 1]!, list[i]!) > 0) return false; // in range: 1 <= i < length
  return true;
}

/**
 * Lists in span order merged into one, ties taken from the earlier list: a stable sort of
 * their concatenation, in one pass that compares only the heads of the (few) lists.
 */
export function mergeInSpanOrder(lists: readonly Finding[][]): Finding[] {
  if (lists.length === 0) return [];
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  // The heads' spans as numbers (findings come in several shapes: reading their spans in the
  // loop was the cost), an exhausted list starting at infinity.
  const k = lists.length;
  const at = new Int32Array(k);
  const starts = new Float64Array(k);
  const ends = new Float64Array(k);
  let total = 0;
  for (const [i, list] of lists.entries()) {
    total += list.length;
    const head = list[0];
    starts[i] = head ? head.span.start : Infinity;
    ends[i] = head ? head.span.end : Infinity;
  }
  const out: Finding[] = [];
  // in range: i, best < k, the length of lists, at, starts and ends; while n < total some list has
  // findings left, so the best head is finite and at[best] < its list's length.
  for (let n = 0; n < total; n++) {
    let best = 0;
    for (let i = 1; i < k; i++) if (starts[i]! < starts[best]! || (starts[i] === starts[best] && ends[i]! < ends[best]!)) best = i;
    const list = lists[best]!;
    out.push(list[at[best]!]!);
    const next = ++at[best]!;
    if (next < list.length) {
      const span = list[next]!.span;
      starts[best] = span.start;
      ends[best] = span.end;
    } else starts[best] = ends[best] = Infinity;
  }
  return out;
}

/** Applies the user's levels to findings made with default levels (registry findings). */
export function applyLevels(findings: readonly Finding[], levels: Levels | undefined): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels?.[f.code] ? levelOf(f.code, levels) : f.severity;
    if (level !== 'off') out.push(level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
