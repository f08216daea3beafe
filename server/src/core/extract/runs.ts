// The shapes of the runs of capitalised words that unregistered.ts finds and splits, and that
// a block's unit (blocks.ts) keeps between analyses. They live apart from both so that neither
// module imports the other.
import type { ActorType } from '../types.js';
import type { Token } from './tokens.js';

/** A split run of capitalised words, remembered with the answers it read from the article's lowercase words. */
export interface RunMemo {
  /** Each word looked up in the article's lowercase words, with the answer. */
  deps: [string, boolean][];
  parts: unknown;
  /** The {@link ArticleUnits.epoch} at which `deps` last read the same. */
  checked?: number;
}

/** A candidate of a split run, by its place in the run, with what its own words say (shared by equal runs, wherever they stand). */
export interface Part {
  from: number;
  length: number;
  /** Its tokens where they were split (text and norm only: their offsets may be stale). */
  tokens: Token[];
  sentenceStart: boolean;
  type?: ActorType;
  id?: string;
  beforeTitle?: boolean;
  afterTitle?: boolean;
  /** Normalised words, space-joined. */
  key: string;
  /** Space-separated words as written. */
  words: string[];
  /** The text from its first token to its last. */
  name: string;
  /** A given name leads, whatever the article writes in lowercase (see {@link isGiven}). */
  given: boolean;
  /** The tokens spell a gazetteer place. */
  place: boolean;
  /** One acronym ("OSCE"). */
  acronym: boolean;
  /** A common noun alone ("Cabinet", "Bankruptcy") or no actor at all (a treaty, a war, a holiday, an amount): typed only as a short form of a body named in full. */
  common: boolean;
  /**
   * Typed only for want of a better reason: a person of two or more words with no given name nor title, whom the
   * article's contexts may make a body; or a body named by a given name and a head word ("Derek Holding"), whom a
   * person's own evidence may make a person.
   */
  weak: boolean;
  /** A structure's name that a work's cue beside a mention kept from places ("the film X Bridge"); see unregistered-typing.ts. */
  workTitle?: boolean;
  /** Keys computed on first use: surname, head, lone and full name keys, ids, short forms. */
  lastKey?: string;
  headKey?: string;
  soloKey?: string;
  fullKey?: string;
  midKey?: string;
  nameSlug?: string;
  loneSlug?: string;
  lonePerson?: string;
  orgKeys?: string[];
  /** As an organization: the town it is named after when a club's word ends it ("Preston" of "Preston North End"), or ''. */
  clubTown?: string;
  /** As an organization: the words an acronym may spell (`acronymWords` in unregistered-acronyms.ts). */
  spelled?: string[];
}

/**
 * The keys of a {@link Part} computed on first use, all unset: every part is built with them
 * (spread last), so that all parts share one shape and none carries a key of the part it was copied from.
 */
export const UNSET_KEYS = {
  lastKey: undefined,
  headKey: undefined,
  soloKey: undefined,
  fullKey: undefined,
  midKey: undefined,
  nameSlug: undefined,
  loneSlug: undefined,
  lonePerson: undefined,
  orgKeys: undefined,
  clubTown: undefined,
  spelled: undefined,
} as const satisfies Partial<Part>;

/**
 * One candidate where its run stands in a block, with offsets relative to the
 * block's start and what the text around it says (computed on first use): the
 * same while the block's unit is reused, since all it reads lies within the
 * block and {@link CONTEXT} characters around it.
 */
export interface Occurrence {
  part: Part;
  start: number;
  /** End of its first token. */
  firstEnd: number;
  /** End of the mention (an initialism keeps its final dot). */
  end: number;
  text: string;
  /** A common noun for a body stands right before ("the lender Northwind"). */
  body?: boolean;
  /** In brackets ("(OSCE)"). */
  bracketed?: boolean;
  /** Votes of the words around it for a lone unknown word, or a weakly typed name. */
  cues?: { person: number; organization: number; place: number; strongOrg?: boolean; strongPerson?: boolean; doneTo?: boolean; toward?: boolean; bodyOnly?: boolean; collective?: boolean };
  /** Its capitals prove nothing here: a verb opening an instruction ("Skip the queue"), shouting ("SKIP THE LINE"), a numbered common noun ("Chapter 11"). */
  dropped?: boolean;
}

/** The occurrences of a run's candidates, for one split (parts). */
export interface RunOccurrences {
  parts: Part[];
  list: Occurrence[];
}

/** A run of capitalised words in one block: token indexes, whether on a Title Case line, and its text with a sentence-start flag. */
export interface ScanRun {
  from: number;
  to: number;
  titled: boolean;
  /** `1` or `0` (first word of a sentence) and the run's text: equal keys split alike. */
  key: string;
  /** The run split and typed, with the lowercase words that read (kept for the next analysis). */
  memo?: RunMemo;
  /** Where its candidates stand in the block, for one split. */
  at?: RunOccurrences;
}
