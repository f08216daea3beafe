// What the timeline reads: the part of the language server's story model (`factmark/story`,
// `server/src/core/workspace/story.ts`) it draws. Plain types only, no DOM: the CLI and the VS Code
// client import them too, and the type checker holds the story model to them.

/** A fact's status, as in the registry. */
export type TimelineStatus = 'confirmed' | 'developing' | 'disputed' | 'false' | 'superseded' | 'retracted';

/** A 0-based line and UTF-16 character range, as in LSP. */
export interface TimelineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A range in a named file. */
export interface TimelineLocation {
  uri: string;
  range: TimelineRange;
}

export interface TimelineFact {
  id: string;
  statement: string;
  /** As written: a day, a month, a year or a range `A/B`. */
  date: string;
  /** First and last day the date covers (ISO days), absent when the date does not read. */
  start?: string;
  end?: string;
  status: TimelineStatus;
  story: string;
  actors: string[];
  supersededBy?: string;
  supersedes: string[];
  /** The fact's id key in its registry file. */
  location: TimelineLocation;
  /** The sentences of the workspace's articles that state it. */
  articles: (TimelineLocation & { kind: 'explicit' | 'inferred' })[];
}

export interface TimelineActor {
  id: string;
  name: string;
  type: string;
  roles: { title: string; from?: string; to?: string }[];
}

export interface TimelineStory {
  id: string;
  label: string;
  uri: string;
}

export interface TimelineArticle {
  uri: string;
  title?: string;
  date: string;
}

/** Everything the timeline draws. */
export interface TimelineModel {
  version: number;
  /** The day the model is seen from: the focused article's date, else today. */
  asOf: string;
  today: string;
  stories: TimelineStory[];
  facts: TimelineFact[];
  actors: TimelineActor[];
  articles: TimelineArticle[];
  /** The article whose claims are highlighted. */
  focus?: { uri: string; date: string; claims: { fact: string }[] };
  indexing?: boolean;
}

/** Messages from the timeline page to its host (the VS Code extension). */
export type TimelineMessage =
  | { type: 'ready' }
  | { type: 'rendered'; facts: number; ms: number }
  | { type: 'openFact'; id: string; location: TimelineLocation }
  | { type: 'openArticle'; location: TimelineLocation };

/** Messages from the host to the page. */
export type HostMessage = { type: 'model'; model: TimelineModel } | { type: 'error'; message: string };
