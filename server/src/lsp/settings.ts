import type { Level, Levels } from '../core/index.js';

/** Factmark's settings, mirroring `contributes.configuration` in package.json. */
export interface Settings {
  readonly articles: readonly string[];
  readonly registry: readonly string[];
  readonly checks: Levels;
  /** A hint diagnostic on every registered actor and linked claim (`actor.registered`, `claim.linked`); off by default. */
  readonly hintEveryMention: boolean;
}

/** The codes that mark every mention, silent unless `factmark.hintEveryMention` or `factmark.checks` asks for them. */
export const EVERY_MENTION_CODES = ['actor.registered', 'claim.linked'] as const;

const effective = new WeakMap<Settings, Levels>();

/**
 * The levels the checks run with: the user's `factmark.checks`, with the every-mention hints
 * off unless `hintEveryMention` is set or `checks` names a level for them.
 */
export function levelsOf(settings: Settings): Levels {
  let levels = effective.get(settings);
  if (!levels) {
    const out: Record<string, Level> = {};
    if (!settings.hintEveryMention) for (const code of EVERY_MENTION_CODES) out[code] = 'off';
    effective.set(settings, (levels = { ...out, ...settings.checks }));
  }
  return levels;
}

/** Defaults, equal to the manifest's (a test compares them). */
export const DEFAULT_SETTINGS: Settings = {
  articles: ['**/*.md', '**/*.markdown', '**/*.txt'],
  registry: [],
  checks: {},
  hintEveryMention: false,
};

const LEVELS = new Set<Level>(['error', 'warning', 'info', 'hint', 'off']);

/** Checks raw configuration values at the boundary; bad values fall back to defaults. */
export function toSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: readonly string[]): readonly string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fallback;
  const checks: Levels = {};
  if (r.checks && typeof r.checks === 'object') {
    for (const [code, level] of Object.entries(r.checks as Record<string, unknown>)) {
      if (typeof level === 'string' && LEVELS.has(level as Level)) checks[code] = level as Level;
    }
  }
  return {
    articles: strings(r.articles, DEFAULT_SETTINGS.articles),
    registry: strings(r.registry, DEFAULT_SETTINGS.registry),
    checks,
    hintEveryMention: r.hintEveryMention === true,
  };
}

const compiled = new Map<string, RegExp>();

/**
 * Converts a glob (`**`, `*`, `?`, `{a,b}`) to a regular expression over `/`-separated
 * paths. Compiled once per glob: the server asks on every request and for every indexed file.
 */
export function globToRegExp(glob: string): RegExp {
  let regexp = compiled.get(glob);
  if (!regexp) {
    if (compiled.size > 256) compiled.clear();
    compiled.set(glob, (regexp = compileGlob(glob)));
  }
  return regexp;
}

function compileGlob(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}
