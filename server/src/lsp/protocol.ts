/** Custom messages between the Factmark client and server: the one place both sides import. */
import type { StoryModel } from '../core/index.js';

export type { StoryActor, StoryArticle, StoryArticleRef, StoryFact, StoryFocus, StoryGroup, StoryLocation, StoryModel, StoryRange, StoryRole } from '../core/index.js';

/** The server's version, reported in `serverInfo` and by `--version` (equal to package.json's; a test checks). */
export const SERVER_VERSION = '0.1.0';

/**
 * Node options the server is started with (the VS Code client and the bench pass them; other
 * editors may, as README says). A 4 MB semi-space keeps the server thread's young generation
 * small while the workspace index fills: on the 10,000-article bench the peak RSS fell from
 * 632 to 541 MB for about 5% more CPU. A fixed heap growth of 25% lets each heap (the server's
 * and its index worker's) grow by a quarter past what the last full collection kept; V8's own
 * factor (up to 4x) follows how fast its collections ran, so on a busy machine the same bench
 * peaked anywhere between 620 and 840 MB, and at 515-546 MB with the bound, for the same CPU
 * time. V8 reads both at start: set from inside, the growth bound reached only the workers.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=25'];

/** Server → client notification: the registry state for the status bar. */
export const StatusNotification = 'factmark/status';

/** The payload of {@link StatusNotification}. */
export interface StatusParams {
  files: number;
  facts: number;
  actors: number;
  errors: number;
  /** Registry files whose last good version is in use, with the error that keeps the new one out. */
  stale: { uri: string; message: string; line: number; character: number }[];
  /** What is wrong in the registry files (errors, then warnings; at most 10), for the status bar's tooltip. */
  problems?: { uri: string; severity: 'error' | 'warning'; message: string; line: number }[];
  /** How many errors and warnings there are in all (`problems` may list fewer). */
  problemCount?: number;
}

/**
 * Client → server request: the story model (facts, actors, the articles that state each fact), built
 * from the server's registry and workspace index, for the registry view and the timeline. Answered
 * once the registry is loaded; `indexing` says the article lists may still grow.
 */
export const StoryRequest = 'factmark/story';
export interface StoryParams {
  /** An article whose linked claims the model marks (`focus`); its date becomes the model's `asOf`. */
  uri?: string;
}
export type StoryResult = StoryModel;

/**
 * Server → client notification (no params), sent once a client has asked for the story: the model
 * changed (the registry reloaded, an article started or stopped stating a fact, indexing finished).
 * Debounced; ask {@link StoryRequest} again.
 */
export const StoryChangedNotification = 'factmark/storyChanged';

/** Server → client request: read a file through the editor's file system (web). Returns undefined when missing. */
export const ReadFileRequest = 'factmark/readFile';
export interface ReadFileParams {
  uri: string;
}

/** Server → client request: list files matching a glob under a folder (web). */
export const FindFilesRequest = 'factmark/findFiles';
export interface FindFilesParams {
  /** Folder URI. */
  base: string;
  /** Glob relative to the folder. */
  pattern: string;
}

/** Command ids of the VS Code palette (package.json `contributes.commands`); the client forwards them to {@link ServerCommandIds}. */
export const CommandIds = {
  recheck: 'factmark.recheckWorkspace',
  showEntry: 'factmark.showRegistryEntry',
  addClaim: 'factmark.addClaimToRegistry',
  /** Client-side: opens the timeline panel (client/src/timeline.ts), drawn from {@link StoryRequest}. */
  showTimeline: 'factmark.showTimeline',
} as const;

/**
 * Commands the server executes through `workspace/executeCommand`, for any LSP
 * client. Position commands take `[uri, {line, character}]`.
 */
export const ServerCommandIds = {
  recheck: 'factmark.server.recheckWorkspace',
  showEntry: 'factmark.server.showRegistryEntry',
  addClaim: 'factmark.server.addClaimToRegistry',
  /** `[factId, status, supersededBy?]`: sets a fact's status (and `superseded_by`) through a workspace edit. */
  setFactStatus: 'factmark.server.setFactStatus',
  /** `[factId, {outlet?, url?, file?, quote?}]`: adds a source to a fact through a workspace edit (`file`: a URI). */
  addFactSource: 'factmark.server.addFactSource',
  /** `['fact' | 'actor', id, registryUri]`: says where a quick fix's new entry went (run by the client after the fix's edit). */
  announceAdded: 'factmark.server.announceAdded',
} as const;

/** What `factmark.server.setFactStatus` and `factmark.server.addFactSource` return. */
export interface RegistryEditResult {
  /** Whether the client applied the edit. */
  applied: boolean;
}

/** What `factmark.server.addClaimToRegistry` returns. */
export interface AddClaimResult {
  /** The id of the new fact. */
  id: string;
  /** Whether the client applied the edit. */
  applied: boolean;
}
