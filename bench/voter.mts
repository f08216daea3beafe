// Library typing as a voter (issue 15): should compromise type the names no
// registry knows where our rules have no evidence? `node --import tsx bench/voter.mts
// [--json] [--no-cost] [--dir PATH]` (`--dir`: a folder of inline-gold articles, such as a
// fresh set, instead of the suites; VOTER_EXPLAIN=1 lists, on stderr, every name typed
// without evidence or typed otherwise by compromise, with both answers). Results and the
// decision: docs/extraction.md, "Library typing as a voter".
//
// For every name the extractor finds with an empty registry on eval/dev, eval/invented
// and the shared corpus (never eval/heldout), compromise is asked, on the name's
// sentence only (cached per sentence), what its people(), organizations() and
// places() say; the type accuracy of each scheme below is computed against the
// inline gold (matched as the shared scorer matches: one to one by largest overlap),
// together with persons/organizations/places F1 and person precision. The cost is the CPU
// time of running compromise on only the sentences a scheme asks about (for the "no
// evidence" schemes: those of every name in WIDER), against the bare
// retext-english parse of the whole article (the ratio the bench uses).
//
// Which names our rules typed without evidence: the script bundles the core with
// esbuild (as bench/run.mts does) and, in that bundle only, marks the candidates
// where the finder's two defaults are taken (INSTRUMENT below; the shipped code
// carries no such field). A mention's `basis`:
//   default-person         two or more words, no given name, no title, no cue: a person by default
//   default-person-orgcue  the same with one organization cue (two are needed to make it one)
//   weak-person-cued       the same with a person cue
//   given-…                the three above for a given name and one more word ("Grant Thornton": a person by its given name)
//   default-organization   a lone word with no surname, no cue: an organization by default
//   unevidenced-organization / unevidenced-place
//                          several words typed a person by default, with no mention giving a person's evidence: a body
//                          or a place by default (typeUnevidenced)
//   lone-cued              a lone word typed by the words around it
// When the finder changes, an anchor below stops matching and the script says so.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from './bundle-options.js';
import type { ActorMention, ActorType, Sentence } from '../server/src/core/index.js';
// @ts-expect-error plain ESM script without type declarations
import { parseInline } from '../scripts/inline-gold.mjs';
import { generateArticle, generateDesk, countWords } from './generate.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/** Source edits, per file of the finder, that mark where a type was taken by default (each anchor must occur once). */
const INSTRUMENT: Record<string, [string, string][]> = {
  'unregistered-cues.ts': [
    [
      `    const v = weak(c) ? votes.get(c.id) : undefined;`,
      `    const v = weak(c) ? votes.get(c.id) : undefined;
    if (v) c.basis = (c.part.weak ? '' : 'given-') + (v.person > 0 ? 'weak-person-cued' : v.organization > 0 ? 'default-person-orgcue' : 'default-person');`,
    ],
    // A name of several words typed a person by default and no mention's evidence: a body or a place (typeUnevidenced).
    [`    c.type = type;\n    c.id = (type === 'organization' ? fullerBody`, `    c.type = type;\n    c.basis = 'unevidenced-' + type;\n    c.id = (type === 'organization' ? fullerBody`],
    [`else if (other) ({ id: c.id, type: c.type } = other);`, `else if (other) ({ id: c.id, type: c.type, basis: c.basis } = other);`],
    [
      `      const library = person + v.organization + v.place === 0 ? (libraryVote(p.key) ?? (town ? 'place' : undefined)) : undefined;`,
      `      const library = person + v.organization + v.place === 0 ? (libraryVote(p.key) ?? (town ? 'place' : undefined)) : undefined;
      c.basis = person + v.organization + v.place === 0 ? 'default-organization' : 'lone-cued';`,
    ],
  ],
  'unregistered.ts': [
    [
      `type: c.type, id: c.id, form: 'unregistered' });`,
      `type: c.type, id: c.id, form: 'unregistered', ...(c.basis && (c.basis.includes('person') ? c.type === 'person' : c.basis.startsWith('unevidenced-') ? c.basis === 'unevidenced-' + c.type : c.type === 'organization' || c.basis === 'lone-cued') ? { basis: c.basis } : {}) });`,
    ],
  ],
  // The shipped vote (compromise's regions, build-time data) can be switched off, to measure the rules alone.
  'library-vote.ts': [
    [
      `export function libraryVote(key: string): ActorType | undefined {`,
      `export function libraryVote(key: string): ActorType | undefined {
  if (globalThis.__libraryVoteOff) return undefined;`,
    ],
  ],
};

/** The core, bundled with the marks of {@link INSTRUMENT}. */
async function instrumentedCore(): Promise<typeof import('../server/src/core/index.js')> {
  const out = join(ROOT, 'dist', 'bench', 'core-voter.mjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'server', 'src', 'core', 'index.ts')],
    outfile: out,
    ...CORE_BUNDLE,
    plugins: [
      {
        name: 'mark-defaults',
        setup(build) {
          build.onLoad({ filter: /[\\/]extract[\\/](?:unregistered(?:-cues)?|library-vote)\.ts$/ }, (args) => {
            let source = readFileSync(args.path, 'utf8');
            for (const [from, to] of INSTRUMENT[basename(args.path)] ?? []) {
              if (source.split(from).length !== 2) throw new Error(`bench/voter.mts: the anchor ${JSON.stringify(from.slice(0, 60))}… no longer occurs once in ${args.path}; update INSTRUMENT`);
              source = source.replace(from, to);
            }
            return { contents: source, loader: 'ts' };
          });
        },
      },
    ],
  });
  return (await import(pathToFileURL(out).href)) as typeof import('../server/src/core/index.js');
}
const { analyzeArticle, mergeRegistry, parseRegistryFile } = await instrumentedCore();
const SHARED = resolve(process.env.FACTMARK_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const asJson = process.argv.includes('--json');
/** `--no-cost`: the scores alone (the cost takes a few minutes of CPU). */
const withCost = !process.argv.includes('--no-cost');
const log = (s: string): void => void process.stderr.write(`${s}\n`);

interface Gold { text: string; start: number; end: number; type: ActorType; canonical: string; optional?: boolean }
interface Doc { name: string; text: string; gold: Gold[] }
type Mention = ActorMention & { basis?: string };

/** One suite's articles with their gold actors; held-aside folders are refused. */
function load(suite: string): Doc[] {
  const inline = (dir: string): Doc[] =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
      const { text, gold } = parseInline(readFileSync(join(dir, f), 'utf8'), basename(f, '.txt'));
      return { name: basename(f, '.txt'), text, gold: gold.actors as Gold[] };
    });
  const dir = suite === 'corpus' ? SHARED : suite.includes('/') ? resolve(suite) : join(ROOT, 'eval', suite);
  if (/heldout/.test(dir)) throw new Error('held-aside articles are never read here');
  if (suite !== 'corpus') return inline(dir);
  if (!existsSync(join(dir, 'gold'))) return [];
  return readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
    return { name: basename(f, '.gold.json'), text: readFileSync(join(dir, 'articles', g.article), 'utf8'), gold: g.actors };
  });
}

const empty = mergeRegistry([parseRegistryFile('file:///eval/empty.facts.yaml', readFileSync(join(ROOT, 'eval', 'empty.facts.yaml'), 'utf8'))]);

// ---------------------------------------------------------------- compromise

interface LibEntity { type: ActorType; start: number; end: number; confidence: number }
interface LibAnswer { type: ActorType; exact: boolean; confidence: number }

/** compromise's people, organizations and places in one sentence, offsets into it, trimmed to letters and digits. */
function libEntities(sentence: string): LibEntity[] {
  const doc = nlp(sentence);
  const out: LibEntity[] = [];
  for (const [type, view] of [['person', doc.people()], ['organization', doc.organizations()], ['place', doc.places()]] as const) {
    view.forEach((m) => {
      const [j] = m.json({ offset: true }) as { offset: { start: number; length: number } }[];
      if (!j) return;
      let start = j.offset.start;
      let end = start + j.offset.length;
      while (start < end && !/[\p{L}\p{N}]/u.test(sentence.charAt(start))) start++;
      while (end > start && !/[\p{L}\p{N}]/u.test(sentence.charAt(end - 1))) end--;
      out.push({ type, start, end, confidence: (m as unknown as { confidence(): number }).confidence() });
    });
  }
  return out;
}

/** compromise's type for the span `start`–`end` of a sentence: the entity that overlaps it most. */
function libAnswer(entities: readonly LibEntity[], start: number, end: number): LibAnswer | undefined {
  let best: LibEntity | undefined;
  let bestOv = 0;
  for (const e of entities) {
    const ov = Math.min(e.end, end) - Math.max(e.start, start);
    if (ov > bestOv) [best, bestOv] = [e, ov];
  }
  return best && { type: best.type, exact: best.start === start && best.end === end, confidence: best.confidence };
}

/** compromise's lexicon (its data, no tagger): the type its tags give a whole name, for a lookup at no run-time cost. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const LEX_TYPE: [RegExp, ActorType][] = [[/^(?:Region|Place|City|Country)$/, 'place'], [/^(?:Organization|SportsTeam)$/, 'organization'], [/^(?:LastName|FirstName|MaleName|FemaleName|Person)$/, 'person']];
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const isRegion = (name: string): boolean => {
  const tags = LEXICON[fold(name)];
  return (typeof tags === 'string' ? [tags] : (tags ?? [])).includes('Region');
};
function lexiconType(name: string): ActorType | undefined {
  const tags = LEXICON[fold(name)];
  for (const tag of typeof tags === 'string' ? [tags] : (tags ?? [])) for (const [re, t] of LEX_TYPE) if (re.test(tag)) return t;
  return undefined;
}

// ---------------------------------------------------------------- scoring

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one pairs of gold and predicted spans, largest overlap first (the shared scorer's rule). */
function pairs<G extends { start: number; end: number }, P extends { start: number; end: number }>(gold: readonly G[], pred: readonly P[]): [G, P][] {
  const cands: { g: G; p: P; ov: number }[] = [];
  for (const g of gold) for (const p of pred) {
    const ov = overlap(g, p);
    if (ov > 0) cands.push({ g, p, ov });
  }
  cands.sort((x, y) => y.ov - x.ov);
  const usedG = new Set<G>();
  const usedP = new Set<P>();
  const out: [G, P][] = [];
  for (const { g, p } of cands) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}

interface Counts { right: number; all: number; tp: Record<ActorType, number>; fp: Record<ActorType, number>; fn: Record<ActorType, number>; fixed: number; broken: number }
const zero = (): Counts => ({ right: 0, all: 0, tp: { person: 0, organization: 0, place: 0 }, fp: { person: 0, organization: 0, place: 0 }, fn: { person: 0, organization: 0, place: 0 }, fixed: 0, broken: 0 });
const TYPES: ActorType[] = ['person', 'organization', 'place'];

/** Adds one article's type accuracy and per-type counts for predicted types `typed` (ours: `base`). */
function score(c: Counts, gold: readonly Gold[], pred: readonly Mention[], typed: readonly ActorType[], base: readonly ActorType[]): void {
  const index = new Map(pred.map((p, i) => [p, i]));
  for (const [g, p] of pairs(gold, pred)) {
    if (g.optional) continue;
    const i = index.get(p)!;
    c.all++;
    if (typed[i] === g.type) c.right++;
    if (typed[i] === g.type && base[i] !== g.type) c.fixed++;
    if (typed[i] !== g.type && base[i] === g.type) c.broken++;
  }
  for (const t of TYPES) {
    const gs = gold.filter((g) => g.type === t);
    const ps = pred.map((p, i) => ({ start: p.start, end: p.end, type: typed[i] })).filter((p) => p.type === t);
    const matched = pairs(gs, ps);
    const usedP = new Set(matched.map(([, p]) => p));
    c.tp[t] += matched.filter(([g]) => !g.optional).length;
    c.fp[t] += ps.filter((p) => !usedP.has(p)).length;
    const usedG = new Set(matched.map(([g]) => g));
    c.fn[t] += gs.filter((g) => !usedG.has(g) && !g.optional).length;
  }
}
const precision = (c: Counts, t: ActorType): number => c.tp[t] / (c.tp[t] + c.fp[t] || 1);
const f1 = (c: Counts, t: ActorType): number => {
  const p = c.tp[t] / (c.tp[t] + c.fp[t] || 1);
  const r = c.tp[t] / (c.tp[t] + c.fn[t] || 1);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

// ---------------------------------------------------------------- schemes

const DEFAULTS = new Set(['default-person', 'default-person-orgcue', 'default-organization']);
/** Also the names typed without a cue that the rules typed otherwise since: a given name's two words ("Grant Thornton"), and names of several words without a person's evidence (bodies or places now). */
const WIDER = new Set([...DEFAULTS, 'given-default-person', 'given-default-person-orgcue', 'unevidenced-organization', 'unevidenced-place']);
const PERSON_DEFAULTS = new Set(['default-person', 'default-person-orgcue', 'given-default-person', 'given-default-person-orgcue']);

/** What a scheme sees of one article: our mentions, compromise's answer per mention, and entities by id. */
interface View {
  pred: Mention[];
  /** The types as shipped (with the lexicon vote of extract/library-vote.ts). */
  shipped: (ActorType | undefined)[];
  lib: (LibAnswer | undefined)[];
  /** Per id of an unregistered entity: its basis (the first default one of its mentions) and compromise's entity vote. */
  entity: Map<string, { basis?: string; lexicon?: ActorType; vote?: ActorType; unanimous: boolean; exact: boolean; confidence: number; answers: number; longest?: string; region?: boolean; nameVote?: ActorType }>;
}

/** A scheme: the type of mention `i` (undefined: keep ours). */
type Scheme = (v: View, i: number, m: Mention) => ActorType | undefined;

const entityVote = (v: View, m: Mention, accept: (e: NonNullable<ReturnType<View['entity']['get']>>) => boolean): ActorType | undefined => {
  if (m.form !== 'unregistered') return undefined;
  const e = v.entity.get(m.id);
  return e && e.vote && accept(e) ? e.vote : undefined;
};

const SCHEMES: [string, string, Scheme][] = [
  ['ours', 'our rules alone (the shipped lexicon vote off)', () => undefined],
  ['shipped', 'as shipped: our rules + compromise\'s regions where no evidence (extract/library-vote.ts)', (v, i) => v.shipped[i]],
  ['lib-alone', 'compromise alone (its answer per mention; no answer counts wrong)', (v, i, m) => (m.form === 'unregistered' ? (v.lib[i]?.type ?? ('none' as ActorType)) : undefined)],
  ['lib-overrides', 'compromise where it answers, ours elsewhere', (v, i, m) => (m.form === 'unregistered' ? v.lib[i]?.type : undefined)],
  ['vote-no-evidence', 'compromise (entity majority) only where ours had no evidence', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && DEFAULTS.has(e.basis))],
  ['vote-no-evidence-confident', '… and only when its mentions agree and one span is exactly ours', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && DEFAULTS.has(e.basis) && e.unanimous && e.exact)],
  ['vote-no-evidence-lexicon', '… and only when its tags come from its lexicon (confidence 1)', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && DEFAULTS.has(e.basis) && e.confidence >= 1)],
  ['vote-default-person', 'compromise only on default persons (2+ words, no cue)', (v, _i, m) => entityVote(v, m, (e) => e.basis === 'default-person' || e.basis === 'default-person-orgcue')],
  ['vote-default-person-to-org', 'default persons become organizations when compromise says so', (v, _i, m) => entityVote(v, m, (e) => (e.basis === 'default-person' || e.basis === 'default-person-orgcue') && e.vote === 'organization')],
  ['vote-default-org', 'compromise only on lone default organizations', (v, _i, m) => entityVote(v, m, (e) => e.basis === 'default-organization')],
  ['lexicon-no-evidence', "compromise's lexicon (build-time data) on the whole name, only where ours had no evidence", (v, _i, m) => {
    const e = m.form === 'unregistered' ? v.entity.get(m.id) : undefined;
    return e?.basis && DEFAULTS.has(e.basis) ? e.lexicon : undefined;
  }],
  ['lexicon-regions-no-evidence', "… only its regions (states, provinces, counties: 209 names)", (v, _i, m) => {
    const e = m.form === 'unregistered' ? v.entity.get(m.id) : undefined;
    return e?.basis && DEFAULTS.has(e.basis) && e.region ? 'place' : undefined;
  }],
  ['lexicon-regions-everywhere', "… its regions wherever ours typed the name otherwise (as a gazetteer would)", (v, _i, m) => {
    const e = m.form === 'unregistered' ? v.entity.get(m.id) : undefined;
    return e?.region ? 'place' : undefined;
  }],
  ['vote-no-evidence-name-only', 'compromise on the name alone (no sentence), only where ours had no evidence', (v, _i, m) => {
    const e = m.form === 'unregistered' ? v.entity.get(m.id) : undefined;
    return e?.basis && DEFAULTS.has(e.basis) ? e.nameVote : undefined;
  }],
  ['vote-weak', 'compromise wherever ours was weak (defaults and one-cue decisions)', (v, _i, m) => entityVote(v, m, (e) => !!e.basis)],
  ['vote-wider', 'compromise where ours had no cue, also given-name pairs and names the rules made bodies for want of evidence', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && WIDER.has(e.basis))],
  ['vote-persons-to-other', 'default persons (also given-name pairs) become a body or a place when compromise says so', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && PERSON_DEFAULTS.has(e.basis) && e.vote !== 'person')],
  ['vote-persons-to-other-agree', '… only when its mentions agree and one span is exactly ours', (v, _i, m) => entityVote(v, m, (e) => !!e.basis && PERSON_DEFAULTS.has(e.basis) && e.vote !== 'person' && e.unanimous && e.exact)],
  ['lexicon-persons-to-other', "compromise's lexicon on the whole name: default persons (also given-name pairs) it knows as a body or a place", (v, _i, m) => {
    const e = m.form === 'unregistered' ? v.entity.get(m.id) : undefined;
    return e?.basis && PERSON_DEFAULTS.has(e.basis) && e.lexicon && e.lexicon !== 'person' ? e.lexicon : undefined;
  }],
];

/** The sentences a scheme's library calls read: every unregistered mention's, or only the no-evidence ones'. */
const ASKS: Record<'all' | 'no-evidence', (m: Mention, e: { basis?: string } | undefined) => boolean> = {
  all: (m) => m.form === 'unregistered',
  'no-evidence': (_m, e) => !!e?.basis && WIDER.has(e.basis),
};

// ---------------------------------------------------------------- run

const sentenceOf = (sentences: readonly Sentence[], at: number): Sentence | undefined => sentences.find((s) => s.start <= at && at < s.end);

/** What compromise reads per article: the names alone (no evidence), their sentences, every unregistered name's sentence. */
type Ask = 'names' | 'no-evidence' | 'all';
type Asked = Record<Ask, string[]>;
const ASK_KEYS: Ask[] = ['names', 'no-evidence', 'all'];
interface ArticleRun { doc: Doc; view: View; sentences: Asked; words: number }

let spanChanges = 0;
function runArticle(doc: Doc): ArticleRun {
  const uri = `file:///eval/${doc.name}.md`;
  const flag = globalThis as { __libraryVoteOff?: boolean };
  // Our rules alone (the shipped lexicon vote off), then as shipped: the vote changes types, never spans.
  flag.__libraryVoteOff = true;
  const a = analyzeArticle(uri, doc.text, empty, { today: '2026-12-06' });
  flag.__libraryVoteOff = false;
  // (The vote also decides a few spans now, "in Bavaria and X" typing X: a mention of ours takes the type of the shipped
  // mention that overlaps it most; such differences are counted, and the shipped row is exact only without them.)
  const shippedActors = analyzeArticle(uri, doc.text, empty, { today: '2026-12-06' }).actors;
  const pred = a.actors as Mention[];
  const shippedPairs = new Map(pairs(pred, shippedActors));
  const shipped = pred.map((m) => shippedPairs.get(m)?.type);
  spanChanges += pred.filter((m) => !shippedActors.some((x) => x.start === m.start && x.end === m.end)).length + shippedActors.filter((x) => !pred.some((m) => x.start === m.start && x.end === m.end)).length;
  const cache = new Map<string, LibEntity[]>();
  const lib: (LibAnswer | undefined)[] = [];
  const sentOf: (Sentence | undefined)[] = [];
  for (const m of pred) {
    const s = m.form === 'unregistered' ? sentenceOf(a.article.sentences, m.start) : undefined;
    sentOf.push(s);
    if (!s) {
      lib.push(undefined);
      continue;
    }
    let ents = cache.get(s.text);
    if (!ents) cache.set(s.text, (ents = libEntities(s.text)));
    lib.push(libAnswer(ents, m.start - s.start, m.end - s.start));
  }
  const entity: View['entity'] = new Map();
  const names = new Map<string, LibEntity[]>();
  const tally = new Map<string, Map<ActorType, number>>();
  pred.forEach((m, i) => {
    if (m.form !== 'unregistered') return;
    let e = entity.get(m.id);
    if (!e) entity.set(m.id, (e = { unanimous: true, exact: false, confidence: 1, answers: 0 }));
    if (m.basis && (!e.basis || (DEFAULTS.has(m.basis) && !DEFAULTS.has(e.basis)))) e.basis = m.basis;
    // The lexicon speaks for the entity by its longest mention.
    if (m.text.length > (e.longest ?? '').length) {
      [e.longest, e.lexicon, e.region] = [m.text, lexiconType(m.text), isRegion(m.text)];
      let ents = names.get(m.text);
      if (!ents) names.set(m.text, (ents = libEntities(m.text)));
      e.nameVote = libAnswer(ents, 0, m.text.length)?.type;
    }
    const ans = lib[i];
    if (!ans) return;
    const t = tally.get(m.id) ?? new Map<ActorType, number>();
    tally.set(m.id, t);
    t.set(ans.type, (t.get(ans.type) ?? 0) + 1);
    e.answers++;
    e.exact ||= ans.exact;
    e.confidence = Math.min(e.confidence, ans.confidence);
  });
  for (const [id, t] of tally) {
    const e = entity.get(id)!;
    const [top, next] = [...t].sort((x, y) => y[1] - x[1]);
    // A tie between two types is no vote.
    e.vote = !top || (next && next[1] === top[1]) ? undefined : top[0];
    e.unanimous = t.size === 1;
  }
  const sentences: Asked = { all: [], 'no-evidence': [], names: [] };
  for (const e of entity.values()) if (e.basis && WIDER.has(e.basis) && e.longest) sentences.names.push(e.longest);
  for (const [ask, wants] of [['all', ASKS.all], ['no-evidence', ASKS['no-evidence']]] as const) {
    const seen = new Set<string>();
    pred.forEach((m, i) => {
      const s = sentOf[i];
      if (s && wants(m, entity.get(m.id)) && !seen.has(s.text)) {
        seen.add(s.text);
        sentences[ask].push(s.text);
      }
    });
  }
  const body = doc.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return { doc, view: { pred, lib, entity, shipped }, sentences, words: body.split(/\s+/).filter(Boolean).length };
}

// CPU time, batched (the kernel accounts CPU in ticks of a few ms).
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function batch(f: () => unknown, minMs: number): number {
  const t = cpuMs();
  let n = 0;
  do {
    f();
    n++;
  } while (cpuMs() - t < minMs);
  return (cpuMs() - t) / n;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b).at(Math.floor((xs.length - 1) / 2)) ?? NaN;
const english = unified().use(retextEnglish);

/** Median CPU ms over interleaved rounds: the bare retext parse of `text` and compromise on `sentences` (a fresh cache each run). */
function cost(text: string, asks: Asked, rounds = 7): { bare: number; lib: Record<Ask, number> } {
  const bare: number[] = [];
  const lib: Record<Ask, number[]> = { names: [], 'no-evidence': [], all: [] };
  for (let r = 0; r < rounds; r++) {
    bare.push(batch(() => english.parse(text), 60));
    for (const k of ASK_KEYS) lib[k].push(asks[k].length ? batch(() => asks[k].forEach((s) => libEntities(s)), 60) : 0);
  }
  return { bare: median(bare), lib: { names: median(lib.names), 'no-evidence': median(lib['no-evidence']), all: median(lib.all) } };
}

/** One row of the cost table: per 1,000 words, and the ratio to the bare parse. */
function costRow(label: string, words: number, bare: number, lib: Record<Ask, number>, n: Record<Ask, number>): string {
  const per1k = (ms: number): string => ((ms / words) * 1000).toFixed(2);
  return `| ${label} | ${per1k(bare)} | ${ASK_KEYS.map((k) => `${n[k]} | ${per1k(lib[k])} | ${(lib[k] / bare).toFixed(2)}×`).join(' | ')} |`;
}

const first = cpuMs();
libEntities('Warm-up: compromise builds its lexicon on first use in Lagos.');
const coldMs = cpuMs() - first;

// `--dir PATH` (repeatable): a folder of inline-gold articles (a helper's fresh set) instead of the three suites.
const dirs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--dir' ? [resolve(a)] : []));
const suites = dirs.length ? dirs : ['dev', 'invented', 'corpus'];
const result: Record<string, unknown> = { compromise: (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')) as { version: string }).version, coldMs };
const table: string[] = [];
const costRows: string[] = [];
for (const suite of suites) {
  const docs = load(suite);
  if (!docs.length) continue;
  const runs = docs.map(runArticle);
  const counts = new Map(SCHEMES.map(([k]) => [k, zero()]));
  const basisCount: Record<string, number> = {};
  for (const r of runs) {
    const base = r.view.pred.map((m) => m.type);
    for (const [k, , scheme] of SCHEMES) score(counts.get(k)!, r.doc.gold, r.view.pred, r.view.pred.map((m, i) => scheme(r.view, i, m) ?? m.type), base);
    for (const e of r.view.entity.values()) if (e.basis) basisCount[e.basis] = (basisCount[e.basis] ?? 0) + 1;
    if (process.env.VOTER_EXPLAIN) {
      const idx = new Map(r.view.pred.map((p, i) => [p, i]));
      for (const [g, p] of pairs(r.doc.gold, r.view.pred)) {
        const i = idx.get(p)!;
        const e = r.view.entity.get(p.id);
        if (p.form !== 'unregistered' || g.optional) continue;
        const ans = r.view.lib.at(i);
        if (!e?.basis && !(ans && ans.type !== p.type)) continue;
        log(`${suite} ${r.doc.name} "${p.text}" ours=${p.type} gold=${g.type} basis=${e?.basis ?? '-'} lib=${r.view.lib[i]?.type ?? '-'}${r.view.lib[i]?.exact ? '(exact)' : ''} conf=${r.view.lib[i]?.confidence ?? '-'} vote=${e?.vote ?? '-'}`);
      }
    }
  }
  const rows = SCHEMES.map(([k, what]) => {
    const c = counts.get(k)!;
    return { scheme: k, what, typeAccuracy: c.right / c.all, pairs: c.all, fixed: c.fixed, broken: c.broken, persons: f1(c, 'person'), personPrecision: precision(c, 'person'), organizations: f1(c, 'organization'), places: f1(c, 'place') };
  });
  // Cost: per article, compromise on the sentences each scheme reads, against the bare parse of the whole article.
  let bare = 0;
  const lib: Record<Ask, number> = { all: 0, 'no-evidence': 0, names: 0 };
  let words = 0;
  const nSent: Record<Ask, number> = { all: 0, 'no-evidence': 0, names: 0 };
  for (const r of withCost ? runs : []) {
    const c = cost(r.doc.text, r.sentences);
    bare += c.bare;
    for (const k of ASK_KEYS) {
      lib[k] += c.lib[k];
      nSent[k] += r.sentences[k].length;
    }
    words += r.words;
  }
  result[suite] = { articles: runs.length, words, entitiesByBasis: basisCount, schemes: rows, cost: { bareMsPer1k: (bare / words) * 1000, libMsPer1k: Object.fromEntries(Object.entries(lib).map(([k, v]) => [k, (v / words) * 1000])), sentences: nSent, ratio: Object.fromEntries(Object.entries(lib).map(([k, v]) => [k, v / bare])) } };
  table.push(`\n## ${suite} (${runs.length} articles, ${words} words; entities by basis ${JSON.stringify(basisCount)})`, '', '| scheme | type accuracy | fixed | broken | persons F1 | person precision | organizations F1 | places F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) table.push(`| ${r.scheme} | ${r.typeAccuracy.toFixed(3)} (${r.pairs}) | ${r.fixed} | ${r.broken} | ${r.persons.toFixed(3)} | ${r.personPrecision.toFixed(3)} | ${r.organizations.toFixed(3)} | ${r.places.toFixed(3)} |`);
  costRows.push(costRow(suite, words, bare, lib, nSent));
  log(`${suite} done; spans the shipped lexicon vote adds or drops: ${spanChanges}`);
  spanChanges = 0;
}

// Generated articles (bench/generate.ts) of 1,000 and 5,000 words (the timing lane's size) with the empty registry.
if (withCost && !dirs.length) {
  const desk = generateDesk(40, 60, 7);
  for (const size of [1000, 5000]) {
    const text = generateArticle(desk, { words: size, seed: size });
    const r = runArticle({ name: `generated-${size / 1000}k`, text, gold: [] });
    const c = cost(text, r.sentences);
    const words = countWords(text);
    const n = { names: r.sentences.names.length, 'no-evidence': r.sentences['no-evidence'].length, all: r.sentences.all.length };
    result[`generated${size / 1000}k`] = { words, bareMs: c.bare, libMs: c.lib, sentences: n, ratio: Object.fromEntries(Object.entries(c.lib).map(([k, v]) => [k, v / c.bare])) };
    costRows.push(costRow(`generated ${size / 1000}k`, words, c.bare, c.lib, n));
  }
}

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`compromise ${result.compromise as string}; first call (lexicon build) ${coldMs.toFixed(0)} ms CPU`);
  for (const [k, what] of SCHEMES) console.log(`  ${k}: ${what}`);
  console.log(table.join('\n'));
  console.log('\n## cost (median CPU ms per 1,000 words; ratio = compromise on the sentences read ÷ bare retext-english parse of the whole article)\n');
  console.log('| suite | bare parse | names alone (no evidence) | compromise | ratio | their sentences | compromise | ratio | sentences of every unregistered name | compromise | ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(costRows.join('\n'));
}
