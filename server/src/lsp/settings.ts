import { parse } from 'yaml';
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

/** The names of the desk's configuration file the server reads at a workspace folder's root (the CLI reads them too). */
const DESK_CONFIG_NAMES = ['.factmarkrc.yaml', '.factmarkrc.yml', '.factmarkrc.json'];

/**
 * The session's settings: the desk's `.factmarkrc.yaml` (at the first workspace folder's root)
 * under the editor's. An editor value wins when it differs from the default; `checks` merge,
 * code by code. The file is checked by the same validation as the settings; values it refuses are left out.
 */
export async function withDeskConfig(editor: Settings, folders: readonly string[], readFile: (uri: string) => Promise<string | undefined>): Promise<Settings> {
  const folder = folders[0];
  if (!folder) return editor;
  let text: string | undefined;
  for (const name of DESK_CONFIG_NAMES) {
    text = await readFile(`${folder.replace(/\/$/, '')}/${name}`).catch(() => undefined);
    if (text !== undefined) break;
  }
  if (text === undefined) return editor;
  let raw: unknown;
  try {
    raw = parse(text);
  } catch {
    return editor;
  }
  const { config } = validateConfig(raw);
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    articles: same(editor.articles, DEFAULT_SETTINGS.articles) && config.articles ? config.articles : editor.articles,
    registry: same(editor.registry, DEFAULT_SETTINGS.registry) && config.registry ? config.registry : editor.registry,
    checks: { ...config.checks, ...editor.checks },
    hintEveryMention: editor.hintEveryMention || config.hintEveryMention === true,
  };
}
