import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  applyLevels,
  createFactChecker,
  frontMatterRegistrySpan,
  refusedRegistryFinding,
  isIsoDay,
  LineIndex,
  parseFrontMatter,
  resolveUri,
  todayIso,
  type Analysis,
  type FactChecker,
  type Finding,
} from '../core/index.js';
import { walkArticles } from '../node/articles.js';
import { checkPath, readFileChecked, realRoots } from '../node/named-file.js';
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

/**
 * The run's workspace: the folders the CLI was given (a file's own folder) and the desks above
 * them, as real paths. A path an article or registry names must lie inside it. Desk roots and
 * their registry files are found once per folder, not once per article.
 */
class Workspace {
  readonly roots: string[] = [];
  private readonly deskOf = new Map<string, string | undefined>();
  private readonly deskFiles = new Map<string, string[]>();

  addRoot(folder: string): void {
    for (const r of realRoots([folder])) if (!this.roots.includes(r)) this.roots.push(r);
  }

  /** The desk root of an article's folder: the nearest folder at or above it holding a `facts.yaml`. */
  desk(articlePath: string): string | undefined {
    const dir = dirname(resolve(articlePath));
    if (!this.deskOf.has(dir)) {
      const root = findDeskRoot(dir);
      this.deskOf.set(dir, root);
      if (root) this.addRoot(root);
    }
    return this.deskOf.get(dir);
  }

  /** The desk's registry files: its `facts.yaml` and every `*.facts.yaml` under it. */
  deskRegistry(root: string): string[] {
    let files = this.deskFiles.get(root);
    if (!files) {
      files = [resolve(root, 'facts.yaml'), ...findRegistryFiles(root).filter((p) => !p.endsWith('/facts.yaml') || dirname(p) !== root)];
      this.deskFiles.set(root, files);
    }
    return files;
  }
}

/** An article's registry files, or why the one its front matter names is refused. */
type RegistryChoice = { files: string[]; refused?: { name: string; reason: string } };

/** The registry files for an article: `--registry`, front-matter `registry:` (inside the workspace only), or the desk's own. */
function registryFilesFor(args: Args, ws: Workspace, articlePath: string, text: string | undefined): RegistryChoice {
  if (args.registries.length) return { files: args.registries.map((r) => resolve(r)) };
  const desk = ws.desk(articlePath);
  const own = text !== undefined ? parseFrontMatter(text)?.registry : undefined;
  if (own) {
    const uri = resolveUri(toUri(articlePath), own);
    if (!uri.startsWith('file:')) return { files: [], refused: { name: own, reason: 'is not a file path' } };
    const path = toPath(uri);
    const checked = checkPath(path, ws.roots);
    if ('refused' in checked) return { files: [], refused: { name: own, reason: checked.refused } };
    return { files: [path] };
  }
  return { files: desk ? ws.deskRegistry(desk) : [] };
}

/** One checker per distinct set of registry files, loaded once. */
class Checkers {
  private readonly byKey = new Map<string, FactChecker>();

  constructor(private readonly ws: Workspace) {}

  async get(files: string[]): Promise<FactChecker> {
    const key = files.join('\n');
    let checker = this.byKey.get(key);
    if (checker) return checker;
    for (const f of files) {
      // A FIFO or a device given as a registry would hang or fill the memory: regular files only, size capped.
      const r = checkPath(f);
      if ('refused' in r) throw new UsageError(`Cannot read registry file ${relative(process.cwd(), f) || f}: it ${r.refused}`);
    }
    const host = new NodeHost(() => files.map(toUri), this.ws.roots);
    checker = createFactChecker({ host, frontMatterRegistry: false });
    await checker.reloadRegistry();
    for (const f of files) {
      const findings = checker.store.registry.findings.get(toUri(f)) ?? [];
      const syntax = findings.find((x) => x.code === 'registry.syntax');
      if (syntax) {
        const text = checker.store.registry.files.find((x) => x.uri === toUri(f))?.text ?? '';
        const p = new LineIndex(text).position(syntax.span.start);
        throw new UsageError(`${relative(process.cwd(), f) || f}:${p.line + 1}:${p.character + 1}: ${syntax.message}`);
      }
    }
    this.byKey.set(key, checker);
    return checker;
  }
}

/** An article's text, or why it cannot be read (a FIFO, a device, too large: never read). */
function readArticle(path: string): { text: string } | { refused: string } {
  const r = readFileChecked(path);
  return 'text' in r ? { text: r.text } : r;
}

/** A finding of the run's own (a file or folder it will not read), at the start of the file. */
const hostFinding = (path: string, message: string, severity: Finding['severity'] = 'error'): Finding => ({
  code: 'workspace.unreadable',
  severity,
  message,
  uri: toUri(path),
  span: { start: 0, end: 0 },
});

async function extract(args: Args, out: (s: string) => void): Promise<number> {
  if (args.paths.length !== 1) throw new UsageError('extract takes exactly one FILE');
  const path = args.paths[0]!;
  const read = readArticle(path);
  if ('refused' in read) throw new UsageError(`Cannot read ${path}: it ${read.refused}`);
  const text = read.text;
  const ws = new Workspace();
  ws.addRoot(dirname(resolve(path)));
  for (const r of args.registries) ws.addRoot(dirname(resolve(r)));
  const choice = registryFilesFor(args, ws, path, text);
  if (choice.refused) {
    const p = new LineIndex(text).position(frontMatterRegistrySpan(text).start);
    throw new UsageError(`${path}:${p.line + 1}:${p.character + 1}: ${refusedRegistryFinding(toUri(path), text, choice.refused.name, choice.refused.reason).message}`);
  }
  const checker = await new Checkers(ws).get(choice.files);
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
  const ws = new Workspace();
  for (const r of args.registries) ws.addRoot(dirname(resolve(r)));
  const articles: string[] = [];
  const reports: FileReport[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`No such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      ws.addRoot(p);
      const walk = walkArticles(p);
      articles.push(...walk.files);
      // What the walk could not read or would not follow is said, not skipped in silence.
      for (const problem of walk.problems) reports.push({ path: problem.path, text: '', findings: [hostFinding(problem.path, `\`${relative(process.cwd(), problem.path) || problem.path}\` ${problem.message}`, 'warning')] });
    } else {
      ws.addRoot(dirname(resolve(p)));
      articles.push(p);
    }
  }
  const checkers = new Checkers(ws);
  const registryReports = new Map<string, FileReport>();
  for (const path of articles) {
    const read = readArticle(path);
    if ('refused' in read) {
      reports.push({ path, text: '', findings: [hostFinding(path, `\`${relative(process.cwd(), path) || path}\` ${read.refused}; not checked`)] });
      continue;
    }
    const { text } = read;
    const choice = registryFilesFor(args, ws, path, text);
    const checker = await checkers.get(choice.files);
    const a = checker.analyze(toUri(path), text, { asOf: args.asOf, today: todayIso() });
    const findings = choice.refused ? [refusedRegistryFinding(toUri(path), text, choice.refused.name, choice.refused.reason), ...a.findings] : a.findings;
    reports.push({ path, text, findings });
    for (const f of choice.files) {
      if (registryReports.has(f)) continue;
      const uri = toUri(f);
      const findings = applyLevels(checker.store.registry.findings.get(uri) ?? [], undefined);
      registryReports.set(f, { path: f, text: checker.store.registry.files.find((x) => x.uri === uri)?.text ?? '', findings });
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
