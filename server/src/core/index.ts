/**
 * The analysis core: the only module the LSP layer and the CLI import. It uses
 * no `vscode*` and no `node:*`; files come through {@link Host}.
 */
import { analyzeArticle, type Analysis, type AnalyzeOptions } from './analyze.js';
import type { Host, Logger } from './host.js';
import { parseFrontMatter } from './parse/front-matter.js';
import { RegistryStore } from './registry/store.js';
import { refusedRegistryFinding } from './registry/named.js';
import { levelOf } from './codes.js';

export { analyzeArticle, applyLevels, type Analysis, type AnalyzeOptions } from './analyze.js';
export { AnalysisCache } from './incremental.js';
export { explainLink, linkClaims, markerOffset, type ClaimLink, type LinkExplanation } from './link/index.js';
export { CODES, docsUrl, levelOf, type Code, type Levels } from './codes.js';
export { houseSpellings } from './checks/actor-spelling.js';
export { addFactFix } from './checks/registry-fixes.js';
export type { Host, Logger } from './host.js';
export * from './iso.js';
export * from './config.js';
export { parseArticle, isMarkdownUri } from './parse/article.js';
export type { SentenceSplitter } from './parse/sentences.js';
export type { TokenSentence } from './parse/tokenize.js';
export { parseFrontMatter } from './parse/front-matter.js';
export { parseRegistryFile, isIsoDay, isFactDate } from './registry/load.js';
export { mergeRegistry } from './registry/merge.js';
export { hashText } from './registry/hash.js';
export {
  addActorEdits,
  addFactEdits,
  addSourceEdits,
  addSpellingEdits,
  applyEdits,
  setFactStatusEdits,
  uniqueId,
  yamlScalar,
  type NewActor,
  type NewFact,
  type NewSource,
} from './registry/edit.js';
export type * from './registry/model.js';
export { RegistryStore, staleNote, type RegistryState } from './registry/store.js';
export { normalizeForQuote, quoteOccurs } from './registry/quotes.js';
export { readNamed, refusedRegistryFinding, frontMatterRegistrySpan, type NamedText } from './registry/named.js';
export type * from './types.js';
export * from './uri.js';
export { LineIndex } from './lines.js';
export * from './workspace/index.js';

/** A fact checker bound to a host: the registry it keeps loaded and article analysis. */
export interface FactChecker {
  readonly store: RegistryStore;
  /** Reads the registry files again (unchanged files are not parsed again). */
  reloadRegistry(): Promise<void>;
  /** Analyses one article against the current registry. */
  analyze(uri: string, text: string, options: AnalyzeOptions): Analysis;
}

/**
 * Creates a fact checker that reads files through `host`. With
 * `frontMatterRegistry` (the default), an article whose front matter names a
 * `registry:` is checked against that registry; the CLI, which picks each
 * article's registry itself, turns it off.
 */
export function createFactChecker({ host, logger, frontMatterRegistry = true }: { host: Host; logger?: Logger; frontMatterRegistry?: boolean }): FactChecker {
  const store = new RegistryStore(host, logger);
  return {
    store,
    async reloadRegistry() {
      await store.reload();
    },
    analyze(uri, text, options) {
      // A front-matter `registry:` wins for its article (loaded in the background the first time).
      const own = frontMatterRegistry && /^\uFEFF?---(?:\r\n?|\n)[\s\S]*?^registry:/m.test(text.slice(0, 4096)) ? parseFrontMatter(text)?.registry : undefined;
      const analysis = analyzeArticle(uri, text, store.registryFor(uri, own), options);
      const refused = own ? store.refusal(uri, own) : undefined;
      const level = refused ? levelOf('workspace.unreadable', options.levels) : 'off';
      // The front matter comes first: so does its finding.
      if (refused && level !== 'off') return { ...analysis, findings: [refusedRegistryFinding(uri, text, own!, refused, level), ...analysis.findings] };
      return analysis;
    },
  };
}
