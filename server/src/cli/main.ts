import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  applyLevels,
  createFactChecker,
  frontMatterRegistrySpan,
  refusedRegistryFinding,
  LineIndex,
  parseFrontMatter,
  resolveUri,
  todayIso,
  levelOf,
  type Analysis,
  type FactChecker,
  type Levels,
  type SentenceSplitter,
  type Finding,
  type IndexedArticle,
  type RegistryFact,
  buildStoryModel,
  indexArticle,
  parseRegistryFile,
} from '../core/index.js';
import { indexCacheDir, privateDir } from '../node/index-cache.js';
import { indexWorkerCount, WorkerIndexPool } from '../node/index-worker.js';
import { indexEntry, mayNameRegistry } from '../lsp/index-entry.js';
import { buildIndex, type IndexHere } from './index-build.js';
import { walkArticles } from '../node/articles.js';
import { checkPath, looksBinary, readFileChecked, realRoots } from '../node/named-file.js';
import { findDeskRoot, findRegistryFiles, findYamlFiles, NodeHost, toPath, toUri } from '../node/host.js';
import { ConfigError, ConfigFinder, isArticle, isIgnored, isRegistryFile, type DeskConfig } from '../node/config.js';
import { commandHelp, didYouMean, generalHelp, parseCommandLine, UsageError, type Args } from './args.js';
import { format, subjectOf, VERSION, type FileReport } from './format.js';
import { timelinePage } from './timeline.js';

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args: Args;
  try {
    args = parseCommandLine(argv);
    if (args.command === 'version') {
      out(VERSION);
      return 0;
    }
    if (args.command === 'help') {
      out(args.topic ? commandHelp(args.topic) : generalHelp());
      return 0;
    }
    if (args.command === 'check') return await check(args, out, err);
    if (args.command === 'extract') return await extract(args, out);
    if (args.command === 'impact') return await impact(args, out, err);
    if (args.command === 'timeline') return await timeline(args, out, err);
    throw new UsageError(`Unknown command \`${args.command}\``);
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
  private readonly configs = new ConfigFinder();
  private readonly configFiles = new Map<DeskConfig, string[]>();

  /** The desk's configuration for a file (`.factmarkrc.yaml` or package.json `factmark`, nearest above it). */
  config(path: string): DeskConfig | undefined {
    return this.configAt(dirname(resolve(path)));
  }

  /** The configuration for files in folder `dir`; a broken one is a usage error (exit 2). */
  configAt(dir: string): DeskConfig | undefined {
    try {
      return this.configs.forDir(resolve(dir));
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message.startsWith(process.cwd() + sep) ? e.message.slice(process.cwd().length + 1) : e.message);
      throw e;
    }
  }

  /** The registry files a configuration's `registry` globs match. */
  configRegistry(c: DeskConfig): string[] {
    let files = this.configFiles.get(c);
    if (!files) {
      this.addRoot(c.dir);
      this.configFiles.set(c, (files = findYamlFiles(c.dir).filter((f) => isRegistryFile(c, f))));
    }
    return files;
  }

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
function registryFilesFor(args: Pick<Args, 'registries'>, ws: Workspace, articlePath: string, text: string | undefined): RegistryChoice {
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
  const config = ws.config(articlePath);
  if (config?.config.registry?.length) return { files: ws.configRegistry(config) };
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
  if (!('text' in r)) return r;
  // A binary file named .md is never read as prose.
  if (looksBinary(r.text)) return { refused: 'is a binary file' };
  return { text: r.text };
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
  const [path] = args.paths;
  if (path === undefined || args.paths.length !== 1) throw new UsageError('extract takes exactly one FILE');
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

async function check(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.changedFacts !== undefined) {
    const rev = args.changedFacts;
    const { reports, registryFiles, registry } = await indexArticles(args, args.paths, err, (files, facts) => [...changedFacts(rev, files, facts).keys()]);
    const changed = changedFacts(rev, registryFiles, registry);
    return listStatements(args, out, reports, changed, (id) => `changed since ${rev}: ${changed.get(id)}`);
  }
  const { reports, registryReports } = await checkArticles(args, args.paths);
  const all = [...[...registryReports.values()].filter((r) => r.findings.length), ...reports];
  out(format(args.format, all, args.hints));
  return all.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** `factmark impact FACT-ID [PATHS]`: every article and sentence that states the fact, explicitly or inferred. */
async function impact(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [fact, ...paths] = args.paths;
  if (!fact) throw new UsageError('impact takes a FACT-ID, then optional PATHS');
  const unknown = (registry: Map<string, RegistryFact>): UsageError => new UsageError(`Unknown fact \`${fact}\` in the registry${didYouMean(fact, [...registry.keys()])}`);
  // An id the desks' registries do not know stops the run before the archive is indexed.
  const { reports, registry } = await indexArticles(args, paths, err, (_files, facts) => {
    if (facts.size && !facts.has(fact)) throw unknown(facts);
    return [fact];
  });
  const known = registry.get(fact);
  if (!known) throw unknown(registry);
  return listStatements(args, out, reports, new Map([[fact, known.status]]), () => '');
}

/**
 * `factmark timeline`: the story model of the articles under PATHS and the registry they use (all
 * their registry files merged, as the editor merges a workspace's), written as one HTML page.
 */
async function timeline(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const indexed: IndexedArticle[] = [];
  const paths = args.paths.length ? args.paths : ['.'];
  // From the workspace index (its worker and disk cache), every entry with its text (the model reads front matter and lines).
  const { checkers, registryFiles: files } = await indexArticles(args, paths, err, () => undefined, (entry) => indexed.push(entry));
  // The registries the articles use, then (without --registry) the rest of each folder's desk: a story file no article cites yet is still on the timeline.
  const desks = args.registries.length ? [] : paths.flatMap((p) => (statSync(p).isDirectory() ? [findDeskRoot(p)] : [])).flatMap((root) => (root ? findRegistryFiles(root) : []));
  const registryFiles = [...new Set([...files, ...args.registries.map((r) => resolve(r)), ...desks.map((f) => resolve(f))])];
  const checker = await checkers.get(registryFiles);
  const focusUri = args.article ? toUri(resolve(args.article)) : undefined;
  let focus = focusUri ? indexed.find((a) => a.uri === focusUri) : undefined;
  if (args.article && !focus) {
    const read = readArticle(args.article);
    if ('refused' in read) throw new UsageError(`Cannot read ${args.article}: it ${read.refused}`);
    focus = indexArticle(checker.analyze(toUri(resolve(args.article)), read.text, { asOf: args.asOf, today: todayIso(), undated: 'unresolved' }));
  }
  const model = buildStoryModel({ registry: checker.store.registry, index: indexed, today: todayIso(), focus });
  const html = timelinePage(model, { base: toUri(process.cwd()) });
  if (args.html === '-') out(html);
  else {
    writeFileSync(args.html!, html);
    out(`Wrote ${args.html}: ${model.facts.length} fact${model.facts.length === 1 ? '' : 's'} from ${registryFiles.length} registry file${registryFiles.length === 1 ? '' : 's'}, ${model.articles.length} article${model.articles.length === 1 ? '' : 's'} stating them`);
  }
  return 0;
}

/** Prints, for each fact in `facts`, every sentence linked to it, as findings `fact.stated` (warning). */
function listStatements(args: Args, out: (s: string) => void, reports: FileReport[], facts: Map<string, string>, why: (id: string) => string): number {
  const listed: FileReport[] = [];
  for (const r of reports) {
    // A file the run could not read is said, not left out in silence.
    const findings: Finding[] = r.findings.filter((f) => f.code === 'workspace.unreadable' && f.span.start === 0 && f.span.end === 0 && !r.text);
    const subjects: FileReport['subjects'] = findings.map(() => ({}));
    // In the order of the text.
    const links = (r.links ?? []).filter((l) => facts.has(l.factId)).sort((a, b) => a.claim.start - b.claim.start);
    // An entry the index gave without its text (it named no fact the run asked about first) is read.
    const read = links.length && !r.text ? readArticle(r.path) : { text: r.text };
    const text = 'text' in read ? read.text : '';
    for (const l of links) {
      const score = Math.round(l.score * 100) / 100;
      const claim = l.claim.text || text.slice(l.claim.start, l.claim.end);
      subjects.push({ fact: l.factId, link: { kind: l.kind, score: Math.round(l.score * 1000) / 1000 } });
      findings.push({
        code: 'fact.stated',
        severity: 'warning',
        message: `States \`${l.factId}\` (${l.kind}${l.kind === 'inferred' ? `, score ${score}` : ''})${why(l.factId) ? `, ${why(l.factId)}` : ''}: "${claim.length > 100 ? `${claim.slice(0, 99)}…` : claim}"`,
        uri: toUri(r.path),
        span: { start: l.claim.start, end: l.claim.end },
      });
    }
    // Files with nothing listed keep no text: an archive's run holds only what it prints.
    listed.push({ path: r.path, text: findings.length ? text : '', findings, subjects });
  }
  out(format(args.format, listed, args.hints));
  return 0;
}

/** Facts whose status, claim, date or successor changed in the registry files since git revision `rev` (id → what changed). */
function changedFacts(rev: string, files: string[], registry: Map<string, RegistryFact>): Map<string, string> {
  const git = (cwd: string, gitArgs: string[]): { ok: boolean; out: string } => {
    const r = spawnSync('git', gitArgs, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { ok: r.status === 0, out: r.stdout ?? '' };
  };
  if (!files.length) {
    // No registry at all: the revision is still checked where the run stands.
    if (!git('.', ['rev-parse', '--show-toplevel']).ok) throw new UsageError('--changed-facts needs a git repository; the current folder is not in one');
    if (!git('.', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).ok) throw new UsageError(`Unknown revision \`${rev}\``);
  }
  const changed = new Map<string, string>();
  const old = new Map<string, RegistryFact>();
  const checkedRepos = new Set<string>();
  for (const f of files) {
    const dir = dirname(f);
    const top = git(dir, ['rev-parse', '--show-toplevel']);
    if (!top.ok) throw new UsageError(`--changed-facts needs a git repository; ${relative(process.cwd(), f) || f} is not in one`);
    const root = top.out.trim();
    if (!checkedRepos.has(root)) {
      if (!git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).ok) throw new UsageError(`Unknown revision \`${rev}\` in ${relative(process.cwd(), root) || '.'}`);
      checkedRepos.add(root);
    }
    const shown = git(root, ['show', `${rev}:${relative(realpathSync(root), realpathSync(f)).split(sep).join('/')}`]);
    if (!shown.ok) continue; // a file added since: its facts are all new
    for (const fact of parseRegistryFile(toUri(f), shown.out).facts) old.set(fact.id, fact);
  }
  for (const [id, now] of registry) {
    const before = old.get(id);
    if (!before) {
      changed.set(id, 'new fact');
      continue;
    }
    const diffs: string[] = [];
    if (before.status !== now.status) diffs.push(`status ${before.status} → ${now.status}`);
    if (before.date !== now.date) diffs.push(`date ${before.date} → ${now.date}`);
    if (before.claim !== now.claim) diffs.push('claim reworded');
    if (before.supersededBy !== now.supersededBy) diffs.push(`superseded by ${now.supersededBy ?? 'nothing'}`);
    if (diffs.length) changed.set(id, diffs.join(', '));
  }
  return changed;
}

/** The articles under `paths` (default `.`), and a report for each file or folder a walk could not read. */
function collectArticles(args: Args, given: string[]): { ws: Workspace; articles: string[]; problems: FileReport[] } {
  const paths = given.length ? given : ['.'];
  const ws = new Workspace();
  for (const r of args.registries) ws.addRoot(dirname(resolve(r)));
  const articles: string[] = [];
  const problems: FileReport[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`No such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      ws.addRoot(p);
      ws.configAt(p); // a broken configuration stops the run even when the folder holds no article
      const walk = walkArticles(p);
      // The desk's configuration decides which files under a folder are articles, and which are ignored.
      articles.push(...walk.files.filter((f) => {
        const abs = resolve(f);
        const c = ws.configAt(dirname(abs));
        return isArticle(c, abs) && !isIgnored(c, abs);
      }));
      // What the walk could not read or would not follow is said, not skipped in silence.
      for (const problem of walk.problems) problems.push({ path: problem.path, text: '', findings: [hostFinding(problem.path, `\`${relative(process.cwd(), problem.path) || problem.path}\` ${problem.message}`, 'warning')] });
    } else {
      ws.addRoot(dirname(resolve(p)));
      if (isIgnored(ws.config(p), resolve(p))) continue;
      // A file named on the command line that cannot be read stops the run, as a missing one does.
      const read = readArticle(p);
      if ('refused' in read) throw new UsageError(`${p} ${read.refused}; nothing checked`);
      articles.push(p);
    }
  }
  return { ws, articles, problems };
}

/** What `analyse` needs across articles: the workspace, its checkers, and the registries met. */
interface Run {
  args: Args;
  ws: Workspace;
  checkers: Checkers;
  registry: Map<string, RegistryFact>;
  registryReports: Map<string, FileReport>;
  /** Hears every analysis (`timeline` indexes them). */
  onAnalysis?: (a: Analysis) => void;
}

/** Analyses one article as `check` does: its registry, its desk's levels, undated relative dates unresolved. */
async function analyse(run: Run, path: string): Promise<FileReport> {
  const { args, ws, checkers, registry, registryReports } = run;
  const read = readArticle(path);
  if ('refused' in read) return { path, text: '', findings: [hostFinding(path, `\`${relative(process.cwd(), path) || path}\` ${read.refused}; not checked`)] };
  const { text } = read;
  const choice = registryFilesFor(args, ws, path, text);
  const checker = await checkers.get(choice.files);
  const levels = ws.config(path)?.config.checks;
  // Undated articles do not read relative dates against the machine's clock (one date.unresolved for the file).
  const a = checker.analyze(toUri(path), text, { asOf: args.asOf, today: todayIso(), levels, undated: 'unresolved' });
  const findings = choice.refused ? [refusedRegistryFinding(toUri(path), text, choice.refused.name, choice.refused.reason), ...a.findings] : a.findings;
  const links = a.links.map((l) => ({ factId: l.factId, kind: l.kind, score: l.score, claim: { start: l.claim.start, end: l.claim.end, text: l.claim.text } }));
  run.onAnalysis?.(a);
  for (const [id, fact] of checker.store.registry.facts) if (!registry.has(id)) registry.set(id, fact);
  for (const f of choice.files) {
    if (registryReports.has(f)) continue;
    const uri = toUri(f);
    const rf = applyLevels(checker.store.registry.findings.get(uri) ?? [], levels);
    registryReports.set(f, { path: f, text: checker.store.registry.files.find((x) => x.uri === uri)?.text ?? '', findings: rf });
  }
  return { path, text, findings, subjects: findings.map((f) => subjectOf(f, a)), links };
}

/** Analyses the articles under `paths` (default `.`): each article's report and the registry files it used. */
async function checkArticles(
  args: Args,
  given: string[],
  onAnalysis?: (a: Analysis) => void,
): Promise<{ reports: FileReport[]; registryReports: Map<string, FileReport>; registry: Map<string, RegistryFact>; checkers: Checkers; files: string[] }> {
  const { ws, articles, problems } = collectArticles(args, given);
  const run: Run = { args, ws, checkers: new Checkers(ws), registry: new Map(), registryReports: new Map(), onAnalysis };
  const reports = [...problems];
  for (const path of articles) reports.push(await analyse(run, path));
  return { reports, registryReports: run.registryReports, registry: run.registry, checkers: run.checkers, files: [...run.registryReports.keys()] };
}

/** The script the index worker runs: the language server's bundle beside this one (so both share one build of the cache), else this bundle. */
function workerScript(): string {
  const server = join(dirname(__filename), 'server.js');
  return existsSync(server) ? server : __filename;
}

/**
 * The articles under `paths` with their links, from the workspace index the language server builds
 * (its index worker, its disk cache, this thread helping): for `impact` and `check --changed-facts`.
 * `ready(files, facts)` is called once the desks' registries are loaded and before any article
 * is indexed (it may throw: an unknown fact or revision stops the run before the work); it
 * returns the ids the caller lists (only articles naming them need their text). Articles that name their own registry,
 * undated ones and, with `--as-of`, all are analysed as `check` does.
 */
async function indexArticles(
  args: Args,
  given: string[],
  err: (s: string) => void,
  ready: (files: string[], facts: Map<string, RegistryFact>) => readonly string[] | undefined,
  onEntry?: (entry: IndexedArticle) => void,
): Promise<{ reports: FileReport[]; registryFiles: string[]; registry: Map<string, RegistryFact>; checkers: Checkers }> {
  const { ws, articles, problems } = collectArticles(args, given);
  const run: Run = { args, ws, checkers: new Checkers(ws), registry: new Map(), registryReports: new Map(), onAnalysis: onEntry && ((a) => onEntry(indexArticle(a))) };
  // Articles by the registry files they use unless their front matter names one (the index's own rule).
  const groups = new Map<string, { files: string[]; paths: string[] }>();
  for (const path of articles) {
    const { files } = registryFilesFor(args, ws, path, undefined);
    const key = files.join('\n');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { files, paths: [] }));
    group.paths.push(path);
  }
  const checkerOf = new Map<string, FactChecker>();
  for (const [key, { files }] of groups) {
    const checker = await run.checkers.get(files);
    checkerOf.set(key, checker);
    for (const [id, fact] of checker.store.registry.facts) if (!run.registry.has(id)) run.registry.set(id, fact);
  }
  const wanted = ready([...new Set([...groups.values()].flatMap((g) => g.files))], run.registry);

  const byPath = new Map<string, FileReport>();
  const rest: string[] = [];
  const today = todayIso();
  const total = { analysed: 0, cached: 0, here: 0 };
  let failed: string | undefined;
  const workers = args.asOf === undefined ? indexWorkerCount() : 0;
  // Two cores: one index worker, and this thread.
  const pool = workers ? new WorkerIndexPool(workerScript(), 1) : undefined;
  try {
    for (const [key, group] of groups) {
      const checker = checkerOf.get(key)!; // in range: every group's checker was made above
      if (args.asOf !== undefined) {
        rest.push(...group.paths);
        continue;
      }
      const sources = checker.store.registry.files.map((f) => ({ uri: f.uri, hash: f.hash, text: f.text }));
      for (const f of group.files) {
        if (run.registryReports.has(f)) continue;
        const uri = toUri(f);
        const levels = ws.config(f)?.config.checks;
        run.registryReports.set(f, { path: f, text: '', findings: applyLevels(checker.store.registry.findings.get(uri) ?? [], levels) });
      }
      const pathOf = new Map(group.paths.map((p) => [toUri(p), p]));
      const indexHere: IndexHere = (uri) => {
        const read = readArticle(toPath(uri));
        if ('refused' in read) return undefined;
        if (mayNameRegistry(read.text)) return 'here';
        const entry = indexEntry((u, t, o) => checker.analyze(u, t, o), uri, read.text, today);
        return entry ? { entry, text: read.text } : undefined;
      };
      const stats = await buildIndex(pool, sources, today, [...pathOf.keys()], indexHere, (uri, result) => {
        const path = pathOf.get(uri) ?? toPath(uri);
        // An undated article is read as `check` reads it (not against today), as are those the index left out.
        if (typeof result !== 'object' || undated(path, result, today)) rest.push(path);
        else {
          byPath.set(path, reportOf(path, result));
          onEntry?.(result);
        }
      }, { textFor: wanted });
      total.analysed += stats.analysed;
      total.cached += stats.cached;
      total.here += stats.here;
      failed ??= stats.failed;
    }
  } finally {
    pool?.dispose();
  }
  for (const path of rest) byPath.set(path, await analyse(run, path));
  if (args.verbose) {
    const dir = indexCacheDir();
    const checked = dir ? privateDir(dir) : undefined;
    const cache = !checked ? 'off' : 'path' in checked ? checked.path : `off: ${checked.refused}`;
    err(
      `factmark: ${articles.length} articles: ${total.cached} read from the index cache, ${total.analysed} analysed by the index worker, ${total.here} by the main thread, ${rest.length} analysed in full; cache ${cache}${failed ? `; the index worker stopped: ${failed}` : ''}`,
    );
  }
  const reports = [...problems, ...articles.map((p) => byPath.get(p)).filter((r): r is FileReport => r !== undefined)];
  return { reports, registryFiles: [...run.registryReports.keys()], registry: run.registry, checkers: run.checkers };
}

/** Whether an indexed article has no front-matter date (its entry's reference is then today; the text is read again when the entry came without it). */
function undated(path: string, entry: IndexedArticle, today: string): boolean {
  if (entry.reference !== today) return false;
  const read = entry.text ? { text: entry.text } : readArticle(path);
  return 'text' in read && parseFrontMatter(read.text)?.date === undefined;
}

/** An article's report from its index entry: its links (a marker's explicit link, inferred ones); the text only when it has some. */
function reportOf(path: string, entry: IndexedArticle): FileReport {
  const links: NonNullable<FileReport['links']> = [];
  for (const f of entry.facts) {
    const claim = f.kind === 'marker' ? f.claim : f.span;
    if (!claim) continue;
    const kind = f.kind === 'inferred' ? 'inferred' : 'explicit';
    links.push({ factId: f.id, kind, score: f.score ?? 1, claim: { ...claim, text: entry.text.slice(claim.start, claim.end) } });
  }
  return { path, text: links.length ? entry.text : '', findings: [], links };
}

/**
 * Picks each article's registry and levels as `factmark check` does (`registries` given, else
 * the desk configuration's, the front-matter `registry:` inside the workspace, the desk's) and
 * analyses it; registries
 * are loaded once per distinct set of files. For the unified plugin (server/src/unified/).
 * Throws a UsageError for an unreadable registry or one with a syntax error.
 */
export function articleChecker(registries: readonly string[] = []): (path: string, text: string, options: { asOf?: string; levels?: Levels; sentences?: SentenceSplitter }) => Promise<Analysis> {
  const ws = new Workspace();
  for (const r of registries) ws.addRoot(dirname(resolve(r)));
  const checkers = new Checkers(ws);
  const args = { registries: [...registries] };
  return async (path, text, options) => {
    ws.addRoot(dirname(resolve(path)));
    const choice = registryFilesFor(args, ws, path, text);
    const checker = await checkers.get(choice.files);
    // The desk's configuration's levels, the plugin's own over them; undated articles as in check.
    const config = ws.config(path)?.config.checks;
    const levels = config && options.levels ? { ...config, ...options.levels } : (options.levels ?? config);
    const a = checker.analyze(toUri(path), text, { asOf: options.asOf, today: todayIso(), levels, undated: 'unresolved', sentences: options.sentences });
    if (!choice.refused) return a;
    const level = levelOf('workspace.unreadable', levels);
    return level === 'off' ? a : { ...a, findings: [refusedRegistryFinding(toUri(path), text, choice.refused.name, choice.refused.reason, level), ...a.findings] };
  };
}
