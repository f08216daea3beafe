import { globToRegExp, validateConfig, type Level, type Levels } from '../core/index.js';

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

/** Checks raw configuration values at the boundary, by the one validation the `.factmarkrc.yaml` shares; bad values fall back to defaults. */
export function toSettings(raw: unknown): Settings {
  const { config } = validateConfig(raw);
  return {
    articles: config.articles ?? DEFAULT_SETTINGS.articles,
    registry: config.registry ?? DEFAULT_SETTINGS.registry,
    checks: config.checks ?? {},
    hintEveryMention: config.hintEveryMention === true,
  };
}

export { globToRegExp };
