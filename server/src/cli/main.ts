import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  applyLevels,
  createFactChecker,
  isIsoDay,
  LineIndex,
  parseFrontMatter,
  resolveUri,
  todayIso,
  type Analysis,
  type FactChecker,
  type Finding,
} from '../core/index.js';
import { findArticles } from '../node/articles.js';
import { findDeskRoot, findRegistryFiles, NodeHost, toPath, toUri } from '../node/host.js';

const USAGE = `Usage:
  factmark check [PATHS...] [--registry FILE]... [--as-of YYYY-MM-DD] [--format stylish|json] [--hints]
  factmark extract FILE --json [--registry FILE]... [--as-of YYYY-MM-DD]
Exit codes: 0 clean, 1 error-level findings, 2 bad arguments or an unreadable registry.`;

/** A usage or configuration problem: one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Args {
  command: string;
  paths: string[];
  registries: string[];
  asOf?: string;
  format: 'stylish' | 'json';
  json: boolean;
  /** Print hint-level findings in the stylish format (the editor's "all is well" marks). */
  hints: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: argv[0] ?? '', paths: [], registries: [], format: 'stylish', json: false, hints: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`Option ${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--hints') args.hints = true;
    else if (a.startsWith('--registry')) args.registries.push(value());
    else if (a.startsWith('--as-of')) args.asOf = value();
    else if (a.startsWith('--format')) {
      const f = value();
      if (f !== 'stylish' && f !== 'json') throw new UsageError(`Unknown format \`${f}\`, expected \`stylish\` or \`json\``);
      args.format = f;
    } else if (a === '--help' || a === '-h') args.command = 'help';
    else if (a.startsWith('-')) throw new UsageError(`Unknown option \`${a}\``);
    else args.paths.push(a);
  }
  if (args.asOf !== undefined && !isIsoDay(args.asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got \`${args.asOf}\``);
  return args;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    if (args.command === 'help' || args.command === '') {
      out(USAGE);
      return args.command === 'help' ? 0 : 2;
    }
    if (args.command === 'check') return await check(args, out);
    if (args.command === 'extract') return await extract(args, out);
    throw new UsageError(`Unknown command \`${args.command}\`, expected \`check\` or \`extract\``);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`factmark: ${e.message}`);
      return 2;
    }
    err(`factmark: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}

/** The registry files for an article: `--registry`, front-matter `registry:`, or the desk's own. */
function registryFilesFor(args: Args, articlePath: string, text: string | undefined): string[] {
  if (args.registries.length) return args.registries.map((r) => resolve(r));
  const own = text !== undefined ? parseFrontMatter(text)?.registry : undefined;
  if (own) return [toPath(resolveUri(toUri(articlePath), own))];
  const root = findDeskRoot(dirname(resolve(articlePath)));
  if (!root) return [];
  return [resolve(root, 'facts.yaml'), ...findRegistryFiles(root).filter((p) => !p.endsWith('/facts.yaml') || dirname(p) !== root)];
}

/** One checker per distinct set of registry files, loaded once. */
class Checkers {
  private readonly byKey = new Map<string, FactChecker>();

  async get(files: string[]): Promise<FactChecker> {
    const key = files.join('\n');
    let checker = this.byKey.get(key);
    if (checker) return checker;
    for (const f of files) {
      try {
        readFileSync(f);
      } catch {
        throw new UsageError(`Cannot read registry file ${relative(process.cwd(), f) || f}`);
      }
    }
    const host = new NodeHost(() => files.map(toUri));
    checker = createFactChecker({ host, frontMatterRegistry: false });
    await checker.reloadRegistry();
    for (const f of files) {
      const findings = checker.store.registry.findings.get(toUri(f)) ?? [];
      const syntax = findings.find((x) => x.code === 'registry.syntax');
      if (syntax) {
        const text = readFileSync(f, 'utf8');
        const p = new LineIndex(text).position(syntax.span.start);
        throw new UsageError(`${relative(process.cwd(), f) || f}:${p.line + 1}:${p.character + 1}: ${syntax.message}`);
      }
    }
    this.byKey.set(key, checker);
    return checker;
  }
}

function readArticle(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${path}`);
  }
}

async function extract(args: Args, out: (s: string) => void): Promise<number> {
  if (args.paths.length !== 1) throw new UsageError('extract takes exactly one FILE');
  const path = args.paths[0]!;
  const text = readArticle(path);
  const checker = await new Checkers().get(registryFilesFor(args, path, text));
  const a = checker.analyze(toUri(path), text, { asOf: args.asOf, today: todayIso() });
  out(JSON.stringify(toExtraction(a), null, args.json ? undefined : 2));
  return 0;
}

/**
 * The extraction in the shape of the gold files (ANNOTATION.md), plus each claim's
 * link to a registry fact (`link`, the first when a claim has several) and every
 * link with its claim's span (`links`: a `[@id]` marker in an undated sentence
 * links a claim that `claims` does not list).
 */
export function toExtraction(a: Analysis): object {
  const linkOf = (l: Analysis['links'][number]) => ({ fact: l.factId, kind: l.kind, score: Math.round(l.score * 1000) / 1000 });
  return {
    actors: a.actors.map(({ text, start, end, type, id }) => ({ text, start, end, type, id })),
    dates: a.dates.map(({ text, start, end, value }) => ({ text, start, end, value })),
    claims: a.claims.map((c) => {
      const link = a.links.find((l) => l.claim === c || (l.claim.start === c.start && l.claim.end === c.end));
      return {
        text: c.text,
        start: c.start,
        end: c.end,
        dates: c.dates.map((d) => d.value),
        actors: [...new Set(c.actors.map((x) => x.id))],
        ...(link ? { link: linkOf(link) } : {}),
      };
    }),
    links: a.links.map((l) => ({ start: l.claim.start, end: l.claim.end, ...linkOf(l) })),
  };
}

interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
}

async function check(args: Args, out: (s: string) => void): Promise<number> {
  const paths = args.paths.length ? args.paths : ['.'];
  const articles: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`No such file or folder: ${p}`);
    }
    if (st.isDirectory()) articles.push(...findArticles(p));
    else articles.push(p);
  }
  const checkers = new Checkers();
  const reports: FileReport[] = [];
  const registryReports = new Map<string, FileReport>();
  for (const path of articles) {
    const text = readArticle(path);
    const files = registryFilesFor(args, path, text);
    const checker = await checkers.get(files);
    const a = checker.analyze(toUri(path), text, { asOf: args.asOf, today: todayIso() });
    reports.push({ path, text, findings: a.findings });
    for (const f of files) {
      if (registryReports.has(f)) continue;
      const findings = applyLevels(checker.store.registry.findings.get(toUri(f)) ?? [], undefined);
      registryReports.set(f, { path: f, text: readFileSync(f, 'utf8'), findings });
    }
  }
  const all = [...[...registryReports.values()].filter((r) => r.findings.length), ...reports];
  out(args.format === 'json' ? formatJson(all) : formatStylish(all, args.hints));
  return all.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function formatJson(reports: FileReport[]): string {
  return JSON.stringify({
    files: reports.map((r) => {
      const lines = new LineIndex(r.text);
      return {
        path: relative(process.cwd(), r.path) || r.path,
        findings: r.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          message: f.message,
          range: { start: lines.position(f.span.start), end: lines.position(f.span.end) },
          ...(f.expected?.length ? { expected: f.expected } : {}),
        })),
      };
    }),
  }, null, 2);
}

function formatStylish(reports: FileReport[], hints = false): string {
  const lines: string[] = [];
  const count: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    for (const f of r.findings) count[f.severity]!++;
    // Hints mark what is fine ("Actor `X` is …"); the stylish list shows them only with --hints.
    const shown = hints ? r.findings : r.findings.filter((f) => f.severity !== 'hint');
    if (!shown.length) continue;
    const index = new LineIndex(r.text);
    lines.push(relative(process.cwd(), r.path) || r.path);
    for (const f of shown) {
      const p = index.position(f.span.start);
      lines.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.code}`);
    }
    lines.push('');
  }
  const total = Object.values(count).reduce((a, b) => a + b, 0);
  const n = (k: number, noun: string): string => `${k} ${noun}${k === 1 ? '' : 's'}`;
  lines.push(
    total
      ? `${n(total, 'finding')} (${n(count.error!, 'error')}, ${n(count.warning!, 'warning')}, ${count.info} info, ${n(count.hint!, 'hint')}) in ${n(reports.length, 'file')}`
      : `No findings in ${n(reports.length, 'file')}`,
  );
  return lines.join('\n');
}
