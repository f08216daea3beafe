// What a general-purpose library says of a name that the rules typed for want of
// evidence (issue 15; docs/extraction.md, "Library typing as a voter"). Measured
// with bench/voter.mts: compromise run on the name's sentence fixed more types but
// cost about 13 times the bare parse; its lexicon's data, taken at build time into
// gazetteer-data.ts, fixed most of the same names at the cost of a lookup.
import type { ActorType } from '../types.js';
import { REGIONS } from './gazetteer-data.js';
import { nameTokens } from './tokens.js';

let regions: Set<string> | undefined;

/**
 * The type that compromise's lexicon gives a whole name (`key`: its normalised
 * tokens, space-joined), asked only where no gazetteer entry, head word, title,
 * given name or cue typed the name: its regions (states, provinces, counties:
 * "Minas Gerais", "Odisha") are places. Undefined when it knows nothing.
 */
export function libraryVote(key: string): ActorType | undefined {
  regions ??= new Set(REGIONS.split('|').map((r) => nameTokens(r).join(' ')));
  return regions.has(key) ? 'place' : undefined;
}
