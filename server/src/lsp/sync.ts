// Document sync (rust-analyzer's "main loop" side of a keystroke): keeps every open article
// analysed and its diagnostics published as it changes. An edit is analysed on the next turn
// of the event loop while the article's last analysis was cheap (edits that arrive meanwhile
// merge into it), else after a short pause; each open article keeps a parse cache, so an edit
// re-parses only what it touched; very large articles are analysed in chunks by large.ts.
import { levelsOf } from './settings.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, todayIso, type Analysis } from '../core/index.js';
import type { UserActivity } from './activity.js';
import { LargeArticles } from './large.js';
import type { Session } from './state.js';
import { WarmUp } from './warm-up.js';

/**
 * How long an article's changes wait for the typing to pause before an analysis, when its last
 * analysis was expensive. While analyses are cheap (at most {@link CHEAP_MS}), a change is analysed
 * on the next turn of the event loop: changes that arrive during an analysis are still coalesced
 * into the next one, and no keystroke pays a fixed delay.
 */
const DEBOUNCE_MS = 30;
const CHEAP_MS = 100;

export class DocumentSync {
  /** Until the registry is first loaded an analysis would flag every registered name: nothing is published before. */
  loaded = false;
  /** Until the first keystroke in an article, idle turns of the event loop run the analysis on a synthetic article. */
  readonly warmUp = new WarmUp();
  private readonly parseCaches = new Map<string, AnalysisCache>();
  /** What the last analysis of each open article cost (ms), to pick its debounce. */
  private readonly costs = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Very large articles are analysed in chunks in the background; requests on them never wait.
  private readonly large: LargeArticles;

  constructor(
    private readonly state: Session,
    private readonly activity: UserActivity,
  ) {
    this.large = new LargeArticles(
      state.checker,
      () => levelsOf(state.settings),
      (document, findings) => state.publisher.publish(document.uri, document.version, findings, document, (u) => state.textOf(u)),
    );
  }

  /** The analysis of an open document at its version, from the last one when the version did not change. */
  analyze(document: TextDocument): Analysis {
    const { state } = this;
    const cached = state.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    if (LargeArticles.isLarge(document)) return this.large.empty(document);
    // One parse cache per open document: an edit re-parses only the blocks it touched.
    let cache = this.parseCaches.get(document.uri);
    if (!cache) this.parseCaches.set(document.uri, (cache = new AnalysisCache()));
    const analysis = state.checker.analyze(document.uri, document.getText(), { today: todayIso(), levels: levelsOf(state.settings), cache });
    state.analyses.set(document.uri, { version: document.version, analysis });
    if (state.isArticle(document.uri)) state.indexer.set(analysis);
    return analysis;
  }

  /** Analyses an article now and publishes its findings (a failure publishes none and is logged). */
  publish(document: TextDocument): void {
    const { state } = this;
    if (LargeArticles.isLarge(document)) return void this.large.publish(document);
    this.large.cancel(document.uri);
    try {
      // A document's first analysis runs cold (no parse cache, code not yet optimised): it does not tell what an edit costs.
      const warm = this.parseCaches.has(document.uri);
      const started = Date.now();
      const analysis = this.analyze(document);
      if (warm) this.costs.set(document.uri, Date.now() - started);
      state.publisher.publish(document.uri, document.version, analysis.findings, document, (u) => state.textOf(u));
    } catch (e) {
      state.connection.console.error(`Factmark could not analyse ${document.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      state.publisher.publish(document.uri, undefined, [], undefined);
    }
  }

  /** Publishes every open article again (after the registry or the settings changed). */
  publishOpen(): void {
    this.state.analyses.clear();
    for (const d of this.state.documents.all()) if (this.state.isArticle(d.uri)) this.publish(d);
  }

  /** An article's text changed. */
  changed(document: TextDocument): void {
    // A change to an article analysed before is a keystroke: from now on the real edits keep the code warm.
    if (this.parseCaches.has(document.uri)) {
      this.warmUp.stop();
      this.activity.typed();
    }
    this.schedule(document);
  }

  /** A document was closed: forget what was kept for it. */
  closed(uri: string): void {
    this.state.analyses.delete(uri);
    this.parseCaches.delete(uri);
    this.costs.delete(uri);
    this.large.cancel(uri);
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    if (!this.loaded) return;
    this.timers.set(
      document.uri,
      setTimeout(
        () => {
          this.timers.delete(document.uri);
          const current = this.state.documents.get(document.uri);
          if (current && this.state.isArticle(current.uri)) this.publish(current);
        },
        (this.costs.get(document.uri) ?? 0) <= CHEAP_MS ? 0 : DEBOUNCE_MS,
      ),
    );
  }
}
