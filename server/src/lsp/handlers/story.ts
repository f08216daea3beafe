// The story model for the registry view and the timeline (`factmark/story`), built from the
// session's registry and workspace index, and the debounced `factmark/storyChanged` notification.
import { buildStoryModel, indexArticle, todayIso, type IndexedArticle } from '../../core/index.js';
import { StoryChangedNotification, type StoryParams, type StoryResult } from '../protocol.js';
import type { ServerState } from '../state.js';

/** Quiet time before the story-changed notification, and the longer one while the index is built. */
const CHANGED_MS = 250;
const CHANGED_INDEXING_MS = 2000;

/** The last model answered and what it was built from: the registry view and the timeline ask after the same change. */
let last: { registry: object; version: number; today: string; indexing: boolean; focus: IndexedArticle | undefined; model: StoryResult } | undefined;

/** Answers `factmark/story`: the model of the registry as loaded and the articles as indexed so far. */
export async function story(state: ServerState, params: StoryParams | undefined): Promise<StoryResult> {
  await state.ready;
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  let focus: IndexedArticle | undefined;
  if (uri) {
    const open = state.analyses.get(uri);
    focus = open ? indexArticle(open.analysis) : state.indexer.index.get(uri);
  }
  const registry = state.checker.store.registry;
  const { version } = state.indexer.index;
  const today = todayIso();
  const indexing = state.indexer.indexing;
  const same = (a: IndexedArticle | undefined, b: IndexedArticle | undefined): boolean => a === b || (!!a && !!b && a.uri === b.uri && a.text === b.text);
  if (last && last.registry === registry && last.version === version && last.today === today && last.indexing === indexing && same(last.focus, focus)) return last.model;
  const model = buildStoryModel({ registry, index: state.indexer.index, today, focus, indexing });
  last = { registry, version, today, indexing, focus, model };
  return model;
}

/**
 * Tells a client that has asked for the story once when it changes: the registry reloaded, an
 * article started or stopped stating a fact, or an index build ended. Bursts merge into one.
 */
export class StoryWatch {
  private asked = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;

  constructor(private readonly state: ServerState) {
    state.indexer.index.onFactsChange = () => this.changed('index');
  }

  /** A client asked for the story: from now on it hears of changes. */
  subscribe(): void {
    this.asked = true;
  }

  changed(source: 'registry' | 'index' = 'registry'): void {
    if (!this.asked) return;
    // While the index is built, its articles come in by the thousand: the end of the build is told, not each one.
    if (source === 'index' && this.state.indexer.indexing) return;
    const due = Date.now() + (this.state.indexer.indexing ? CHANGED_INDEXING_MS : CHANGED_MS);
    // A pending notification is kept unless this one is due sooner (indexing has just ended).
    if (this.timer && this.due <= due) return;
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.state.connection.sendNotification(StoryChangedNotification);
    }, due - Date.now());
  }
}
