// The story model for the registry view and the timeline (`factmark/story`), built from the
// session's registry and workspace index, and the debounced `factmark/storyChanged` notification.
import { buildStoryModel, indexArticle, todayIso, type IndexedArticle } from '../../core/index.js';
import { StoryChangedNotification, type StoryParams, type StoryResult } from '../protocol.js';
import type { ServerState } from '../state.js';

/** Quiet time before the story-changed notification, and the longer one while the index is built. */
const CHANGED_MS = 250;
const CHANGED_INDEXING_MS = 2000;

/** Answers `factmark/story`: the model of the registry as loaded and the articles as indexed so far. */
export async function story(state: ServerState, params: StoryParams | undefined): Promise<StoryResult> {
  await state.ready;
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  let focus: IndexedArticle | undefined;
  if (uri) {
    const open = state.analyses.get(uri);
    focus = open ? indexArticle(open.analysis) : state.indexer.index.get(uri);
  }
  return buildStoryModel({ registry: state.checker.store.registry, index: state.indexer.index, today: todayIso(), focus, indexing: state.indexer.building });
}

/**
 * Tells a client that has asked for the story once when it changes: the registry reloaded, an
 * article started or stopped stating a fact, or an index build ended. Bursts merge into one.
 */
export class StoryWatch {
  private asked = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly state: ServerState) {
    state.indexer.index.onFactsChange = () => this.changed();
  }

  /** A client asked for the story: from now on it hears of changes. */
  subscribe(): void {
    this.asked = true;
  }

  changed(): void {
    if (!this.asked || this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.state.connection.sendNotification(StoryChangedNotification);
      },
      this.state.indexer.building ? CHANGED_INDEXING_MS : CHANGED_MS,
    );
  }
}
