import type { Code } from '../codes.js';
import type { CheckMemo } from './memo.js';
import type { ClaimLink } from '../link/index.js';
import type { Registry } from '../registry/model.js';
import type { ActorMention, Article, Claim, DateMention, Finding, Fix, Span } from '../types.js';

/** What a check sees: one analysed article and the registry. Checks do no IO. */
export interface CheckContext {
  article: Article;
  registry: Registry;
  actors: ActorMention[];
  dates: DateMention[];
  claims: Claim[];
  /** Claim → fact links (explicit and inferred). */
  links: ClaimLink[];
  /** The reference date (ISO day) of the article: `--as-of`, front-matter `date`, or today. */
  reference: string;
  /** Whether the reference date came from the article or the user (not from today's clock). */
  dated: boolean;
  /** What checks remember about this registry between analyses (`memoOf(registry)`); checks keep no state of their own. */
  memo: CheckMemo;
  /** URI of the registry file new entries are written to, when there is one. */
  registryTarget?: { uri: string; text: string };
  /** Undated and read without a clock (`undated: 'unresolved'`): the relative dates left unresolved. */
  unresolved?: DateMention[];
}

/** A finding as a check returns it; the level is applied afterwards. */
export interface CheckFinding {
  span: Span;
  message: string;
  expected?: string[];
  fixes?: Fix[];
  related?: Finding['related'];
}

/**
 * A check: a code and a pure function. Its default level is in the one table of codes
 * (`CODES` in codes.ts), and its docs are its section of docs/checks.md.
 */
export interface Check {
  code: Code;
  run(context: CheckContext): CheckFinding[];
}
