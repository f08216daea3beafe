/**
 * A desk's Factmark configuration: the VS Code settings (`factmark.*`) and the repository's
 * `.factmarkrc.yaml` (or `factmark` in package.json) mean the same and are checked by one
 * validation, {@link validateConfig}, which the JSON Schema {@link CONFIG_SCHEMA} describes
 * (a test holds the two, and package.json's `contributes.configuration`, together).
 */
import type { Levels } from './codes.js';
import type { Level } from './types.js';

export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'hint', 'off'];

/** The configuration's JSON Schema (draft-07). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Factmark configuration (.factmarkrc.yaml, or "factmark" in package.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    articles: { type: 'array', items: { type: 'string' }, description: 'Globs of article files, relative to the folder of the configuration.' },
    ignore: { type: 'array', items: { type: 'string' }, description: 'Files never checked, gitignore-style (as in .factmarkignore).' },
    registry: { type: 'array', items: { type: 'string' }, description: 'Globs of registry files, merged into one registry.' },
    checks: { type: 'object', additionalProperties: { type: 'string', enum: [...LEVELS] }, description: 'Level per finding code.' },
    hintEveryMention: { type: 'boolean', description: 'A hint on every registered actor and linked claim (editor).' },
  },
} as const;

export interface Config {
  articles?: string[];
  ignore?: string[];
  registry?: string[];
  checks?: Levels;
  hintEveryMention?: boolean;
}

/** A value the configuration refuses: where (a path of keys) and why. */
export interface ConfigProblem {
  path: (string | number)[];
  message: string;
  /** The problem is the key itself (an unknown setting), not its value. */
  key?: boolean;
}

/** Checks raw configuration values against {@link CONFIG_SCHEMA}: the values it keeps and the problems with the rest. */
export function validateConfig(raw: unknown): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Config = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: [{ path: [], message: 'must be a mapping of settings' }] };
  const keys = Object.keys(CONFIG_SCHEMA.properties);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'articles' || key === 'ignore' || key === 'registry') {
      if (!Array.isArray(value)) problems.push({ path: [key], message: `\`${key}\` must be a list of globs` });
      else {
        const bad = value.findIndex((x) => typeof x !== 'string');
        if (bad >= 0) problems.push({ path: [key, bad], message: `\`${key}\` must be a list of globs (strings)` });
        else config[key] = value as string[];
      }
    } else if (key === 'checks') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) problems.push({ path: [key], message: '`checks` must map codes to levels' });
      else {
        const checks: Levels = {};
        for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
          if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) checks[code] = level as Level;
          else problems.push({ path: [key, code], message: `level of \`${code}\` must be one of ${LEVELS.join(', ')}` });
        }
        config.checks = checks;
      }
    } else if (key === 'hintEveryMention') {
      if (typeof value === 'boolean') config.hintEveryMention = value;
      else problems.push({ path: [key], message: '`hintEveryMention` must be true or false' });
    } else problems.push({ path: [key], key: true, message: `unknown setting \`${key}\`, expected one of ${keys.join(', ')}` });
  }
  return { config, problems };
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
    const c = glob.charAt(i);
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
