/**
 * The command line's grammar: commands, their options and help, parsed by Node's
 * `util.parseArgs` in strict mode. An unknown option is a one-line error naming the
 * nearest known option; the caller exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDay } from '../core/index.js';

/** A usage or configuration problem: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface Args {
  command: 'check' | 'extract' | 'impact' | 'timeline' | 'help' | 'version';
  /** `check --changed-facts REV`: list the sentences stating facts changed since a git revision. */
  changedFacts?: string;
  /** For `help COMMAND`: the command asked about. */
  topic?: string;
  paths: string[];
  registries: string[];
  asOf?: string;
  format: Format;
  json: boolean;
  /** Print hint-level findings in the stylish and github formats (the editor's "all is well" marks). */
  hints: boolean;
  /** `timeline --html FILE`: where to write the page. */
  html?: string;
  /** `timeline --article FILE`: the article whose claims the page marks. */
  article?: string;
  /** Say on stderr how the workspace index was built (impact, check --changed-facts). */
  verbose: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const common: Options = {
  registry: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

interface Command {
  options: Options;
  usage: string;
  summary: string;
  help: string;
}

const COMMANDS: Record<'check' | 'extract' | 'impact' | 'timeline', Command> = {
  check: {
    options: { ...common, format: { type: 'string', short: 'f' }, hints: { type: 'boolean' }, 'changed-facts': { type: 'string' }, verbose: { type: 'boolean' } },
    usage: 'factmark check [PATHS...] [options]',
    summary: 'Check articles (files or folders, default `.`) against the fact registry',
    help: `Options:
  --registry FILE      Registry file to use (repeatable). Default: the nearest facts.yaml
                       above each article and every *.facts.yaml under that folder.
  --as-of YYYY-MM-DD   Resolve relative dates ("on Sunday") against this day. Default: the
                       article's front-matter date.
  -f, --format NAME    Output format: stylish (default), json, sarif, github.
  --hints              Show hint-level findings in the stylish and github formats.
  --changed-facts REV  List only the sentences stating a fact whose status, claim, date
                       or successor changed in the registry since git revision REV
                       (code fact.stated): the published pieces a correction touches.
                       Reads the workspace index and its disk cache, as impact does.
  --verbose            With --changed-facts: say on stderr how many articles came from
                       the index cache and how many were analysed.
  -h, --help           Show this help.

Formats:
  stylish   Findings grouped by file, then a summary of what was shown.
  json      {"version": 1, "files": [{path, findings: [{code, severity, message, range,
            fact?, link?, actor?, expected?}]}]}; ranges are 0-based, UTF-16.
  sarif     SARIF 2.1.0, for code-scanning services.
  github    GitHub Actions workflow commands (::warning file=…,line=…,col=…::…).

Exit codes:
  0  no error-level finding
  1  at least one error-level finding
  2  bad arguments, an unreadable path or registry (one line on stderr)

Examples:
  factmark check articles/
  factmark check --format sarif . > factmark.sarif
  factmark check drafts/today.md --as-of 2026-02-10 --format json
  factmark check --changed-facts HEAD~1 articles/`,
  },
  impact: {
    options: { ...common, format: { type: 'string', short: 'f' }, hints: { type: 'boolean' }, verbose: { type: 'boolean' } },
    usage: 'factmark impact FACT-ID [PATHS...] [options]',
    summary: 'List every article and sentence that states a fact, by marker or inferred',
    help: `Options:
  --registry FILE      Registry file to use (repeatable).
  --as-of YYYY-MM-DD   Resolve relative dates against this day.
  -f, --format NAME    Output format: stylish (default), json, sarif, github. Each sentence
                       is a finding \`fact.stated\` with its link kind and score.
  --verbose            Say on stderr how many articles came from the index cache and how
                       many were analysed.
  -h, --help           Show this help.

The archive is read through the workspace index the language server builds, with its disk
cache (\$XDG_CACHE_HOME/factmark/index, or FACTMARK_INDEX_CACHE; \`off\` turns it off): a
second run reads unchanged articles from the cache. One index worker and the main thread
share the work (FACTMARK_INDEX_WORKERS=0: the main thread alone). With --as-of, every
article is analysed again.

Exit codes: 0 listed (even when nothing states the fact), 2 bad arguments, an unknown
fact id or an unreadable path or registry.

Example:
  factmark impact strike-called articles/ --format json`,
  },
  timeline: {
    options: { ...common, html: { type: 'string' }, article: { type: 'string' } },
    usage: 'factmark timeline [PATHS...] --html FILE [options]',
    summary: 'Write the registry\'s facts on a time axis as one self-contained HTML page',
    help: `Options:
  --html FILE          Write the page here (required; \`-\` for standard output). One file:
                       script, styles and data inline, nothing fetched from the network.
  --article FILE       Mark the facts this article states, and its date.
  --registry FILE      Registry file to use (repeatable). Default: as for check.
  --as-of YYYY-MM-DD   Resolve relative dates against this day.
  -h, --help           Show this help.

The page shows every fact of the registry (one lane per story, or per actor), its status
by colour and shape, which fact replaced which, and the articles under PATHS (default \`.\`)
that state each fact. Zoom with Ctrl+wheel or +/-, pan by dragging; arrow keys move
through the facts.

Exit codes: 0 written, 2 bad arguments or an unreadable path or registry.

Example:
  factmark timeline examples/desk --html timeline.html`,
  },
  extract: {
    options: { ...common, json: { type: 'boolean' } },
    usage: 'factmark extract FILE --json [options]',
    summary: 'Print the actors, dates, claims and links found in one article, as JSON',
    help: `Options:
  --json               Print compact JSON (default: indented).
  --registry FILE      Registry file to use (repeatable).
  --as-of YYYY-MM-DD   Resolve relative dates against this day.
  -h, --help           Show this help.

Output: {actors: [{text, start, end, type, id}], dates: [{text, start, end, value}],
claims: [{text, start, end, dates, actors, link?}], links: [{start, end, fact, kind, score}]};
offsets are UTF-16 code units into the whole file.

Exit codes: 0 printed, 2 bad arguments or an unreadable file or registry.

Example:
  factmark extract articles/strike.md --json`,
  },
};

const TOP: Options = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } };

export function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return `Factmark: fact annotation for news desks.

Usage: factmark <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`).join('\n')}
  ${'help'.padEnd(width)}Show help for a command: factmark help check

Options:
  -h, --help      Show help
  -v, --version   Show the version

Exit codes: 0 clean, 1 error-level findings, 2 bad arguments or unreadable input.

Examples:
  factmark check .
  factmark check articles/ --format github
  factmark help check`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name as keyof typeof COMMANDS];
  if (!c) throw new UsageError(`Unknown command \`${name}\`${didYouMean(name, Object.keys(COMMANDS))}; see factmark --help`);
  return `Usage: ${c.usage}\n\n${c.summary}.\n\n${c.help}`;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  // in range: row has b.length + 1 entries, and 0 <= j <= b.length
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!; // in range: row has b.length + 1 entries
}

export function didYouMean(given: string, known: string[]): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(given) || given.startsWith(k) ? 1 : distance(given, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(given.length / 3)) ? ` (did you mean ${best}?)` : '';
}

function parseStrict(argv: string[], options: Options): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const m = /'(?:-\w, )?(-{1,2}[^'=\s,]+)/.exec(err.message);
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) {
      const known = Object.entries(options).flatMap(([k, o]) => [`--${k}`, ...(o.short ? [`-${o.short}`] : [])]);
      throw new UsageError(`Unknown option \`${m[1]}\`${didYouMean(m[1]!, known)}`); // in range: group 1 is not optional
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && m) throw new UsageError(`Option ${m[1]} needs a value`);
    throw new UsageError(err.message.replace(/\n[^]*$/, ''));
  }
}

export function parseCommandLine(argv: string[]): Args {
  const base: Args = { command: 'help', paths: [], registries: [], format: 'stylish', json: false, hints: false, verbose: false };
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) {
    const { values } = parseStrict(argv, TOP);
    if (values.version) return { ...base, command: 'version' };
    if (values.help) return base;
    throw new UsageError('Missing command; see factmark --help');
  }
  if (first === 'help') {
    const topic = argv[1];
    if (topic !== undefined) commandHelp(topic);
    return { ...base, topic };
  }
  const command = COMMANDS[first as keyof typeof COMMANDS];
  if (!command) throw new UsageError(`Unknown command \`${first}\`${didYouMean(first, Object.keys(COMMANDS))}; see factmark --help`);
  const { values, positionals } = parseStrict(argv.slice(1), command.options);
  if (values.help) return { ...base, topic: first };
  const args: Args = {
    ...base,
    command: first as Args['command'],
    paths: positionals,
    registries: (values.registry as string[] | undefined) ?? [],
    asOf: values['as-of'] as string | undefined,
    json: values.json === true,
    changedFacts: values['changed-facts'] as string | undefined,
    hints: values.hints === true,
    html: values.html as string | undefined,
    article: values.article as string | undefined,
    verbose: values.verbose === true,
  };
  const format = values.format as string | undefined;
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format \`${format}\`${didYouMean(format, [...FORMATS])}, expected one of ${FORMATS.join(', ')}`);
    args.format = format as Format;
  }
  for (const r of args.registries) if (r === '') throw new UsageError('Option --registry needs a value');
  if (args.command === 'timeline' && !args.html) throw new UsageError('timeline needs --html FILE (or --html - for standard output)');
  if (args.changedFacts === '') throw new UsageError('Option --changed-facts needs a git revision');
  if (args.asOf !== undefined && !isIsoDay(args.asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got \`${args.asOf}\``);
  return args;
}
