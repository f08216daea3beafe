/**
 * What an analysis after an edit reuses from the one before, beside the parse
 * (core/incremental.ts): per-block extraction (extract/blocks.ts) and inferred
 * links per claim. Kept per document, next to its {@link AnalysisCache}.
 */
import { UnitCache } from './extract/blocks.js';
import type { AnalysisCache } from './incremental.js';
import type { LinkMemo } from './link/index.js';
import type { Registry } from './registry/model.js';

/** The reusable results of one document's latest analysis. */
export interface DocumentReuse {
  units: UnitCache;
  /** Inferred links by claim, for one registry. */
  links: { registry: Registry; memo: LinkMemo } | undefined;
}

const byCache = new WeakMap<AnalysisCache, DocumentReuse>();

/** The reuse store that goes with a document's parse cache. */
export function reuseOf(cache: AnalysisCache): DocumentReuse {
  let reuse = byCache.get(cache);
  if (!reuse) byCache.set(cache, (reuse = { units: new UnitCache(), links: undefined }));
  return reuse;
}

/** The link memo of a document for a registry (a new registry starts an empty one). */
export function linkMemoOf(reuse: DocumentReuse, registry: Registry): LinkMemo {
  if (reuse.links?.registry !== registry) reuse.links = { registry, memo: new Map() };
  return reuse.links.memo;
}
