import type { ActorType, Finding, IsoValue, Location, Span } from '../types.js';

/** A dated role of an actor. `from`/`to` are ISO days; missing means open-ended. */
export interface Role {
  title: string;
  from?: string;
  to?: string;
  location: Location;
}

/** An actor of the registry. */
export interface RegistryActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  variants: string[];
  roles: Role[];
  within?: string;
  /** The id key of the entry. */
  location: Location;
  /** The whole entry (key and value). */
  entry: Location;
  /** Span of each spelling in its file, keyed by spelling. */
  spellingSpans?: Map<string, Span>;
}

/** Status of a fact (DESIGN.md). */
export type FactStatus = 'confirmed' | 'developing' | 'disputed' | 'false' | 'superseded' | 'retracted';

/** A source of a fact: an outlet and URL, or an article of the workspace. */
export interface FactSource {
  outlet?: string;
  url?: string;
  /** Resolved URI of `file`, relative to the registry file that names it. */
  fileUri?: string;
  file?: string;
  quote?: string;
  /** Span of the `file` value in the registry file. */
  fileSpan?: Span;
  /** Span of the `quote` value in the registry file (where `registry.quote-not-found` goes). */
  quoteSpan?: Span;
  location: Location;
}

/** A fact of the registry. */
export interface RegistryFact {
  id: string;
  claim: string;
  /** A day or a span of days, as written. */
  date: IsoValue;
  actors: string[];
  place?: string;
  status: FactStatus;
  supersededBy?: string;
  asOf?: string;
  reviewBy?: string;
  keywords: string[];
  sources: FactSource[];
  location: Location;
  entry: Location;
}

/** One registry file as loaded. */
export interface RegistryFile {
  uri: string;
  /** Hash of the text this file was loaded from (for caching and staleness). */
  hash: string;
  /** The text the entries were read from (their spans point into it). */
  text: string;
  actors: RegistryActor[];
  facts: RegistryFact[];
  findings: Finding[];
  /** Ids of entries too broken to use (their findings say why): not reported again as unknown. */
  invalid?: string[];
  /** Every id this file refers to (fact actors, places, `superseded_by`, `within`). */
  refs: IdRef[];
  /** True when the file could not be parsed and an older version is in use. */
  stale?: boolean;
  /** For a stale file: its syntax error, at an offset (and 0-based line and character) of the current text, not of `text`. */
  staleError?: { message: string; offset: number; line: number; character: number };
}

/** All registry files merged into one. */
export interface Registry {
  files: RegistryFile[];
  actors: Map<string, RegistryActor>;
  facts: Map<string, RegistryFact>;
  /** Findings per registry file URI (including cross-file findings). */
  findings: Map<string, Finding[]>;
}

/** A reference from one registry entry to another id, for `registry.unknown-id` and rename. */
export interface IdRef {
  id: string;
  kind: 'actor' | 'place' | 'fact';
  span: Span;
  /** The id of the entry that holds the reference. */
  from: string;
}
