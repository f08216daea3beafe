/** Workspace-wide lookups over the registry and the indexed articles: references, renames, quotes. */
export * from './article-index.js';
export * from './lookup.js';
export * from './quote.js';
export * from './rename.js';
export * from './registry-index.js';
export * from './story.js';
