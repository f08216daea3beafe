import type { Level, Severity } from './types.js';

/** Every finding code with its default level. Codes are stable API: never rename one. */
export const CODES = {
  'actor.unregistered': 'info',
  'actor.spelling': 'warning',
  'actor.outdated-title': 'warning',
  'claim.unlinked': 'info',
  'claim.stale': 'warning',
  'claim.date-mismatch': 'warning',
  'claim.place-mismatch': 'warning',
  'claim.unknown-fact': 'error',
  'date.weekday-mismatch': 'error',
  'date.unresolved': 'hint',
  'actor.registered': 'hint',
  'claim.linked': 'hint',
  'article.front-matter': 'warning',
  'article.too-deep': 'warning',
  'registry.syntax': 'error',
  'registry.schema': 'error',
  'registry.unknown-id': 'error',
  'registry.duplicate-id': 'error',
  'registry.duplicate-alias': 'error',
  'registry.supersession-cycle': 'error',
  'registry.quote-not-found': 'error',
  'registry.source-missing': 'warning',
  'workspace.unreadable': 'error',
} as const satisfies Record<string, Severity>;

/** A finding code. */
export type Code = keyof typeof CODES;

/** Where each code is documented (the anchor is the code with dots as hyphens). */
export const DOCS_BASE = 'https://github.com/factmark/factmark/blob/main/docs/checks.md';

/** The documentation URL of a code. */
export function docsUrl(code: string): string {
  return `${DOCS_BASE}#${code.replace(/\./g, '-')}`;
}

/** Whether a string is a known code. */
export function isCode(code: string): code is Code {
  return Object.prototype.hasOwnProperty.call(CODES, code);
}

/** Levels per code as the user set them; unknown codes and bad values are ignored. */
export type Levels = Partial<Record<string, Level>>;

/** The level in force for a code: the user's, else the default. */
export function levelOf(code: string, levels: Levels | undefined): Level {
  const user = levels?.[code];
  if (user === 'error' || user === 'warning' || user === 'info' || user === 'hint' || user === 'off') return user;
  return isCode(code) ? CODES[code] : 'warning';
}
