import { CODES } from '../codes.js';
import { makeDay } from '../iso.js';
import type { ActorType, Finding, Span } from '../types.js';
import { resolveUri } from '../uri.js';
import type { FactSource, FactStatus, IdRef, RegistryActor, RegistryFact, RegistryFile, Role } from './model.js';
import { hashText } from './hash.js';
import { readRegistryYaml } from './read.js';
import type { YMap, YNode, YPair } from './tree.js';

type Node = YNode;
type Pair = YPair;
type YAMLMap = YMap;
const isMap = (n: YNode | null | undefined): n is YMap => n?.kind === 'map';
const isSeq = (n: YNode | null | undefined): n is import('./tree.js').YSeq => n?.kind === 'seq';
const isScalar = (n: YNode | null | undefined): n is import('./tree.js').YScalar => n?.kind === 'scalar';

const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
const STATUSES: readonly FactStatus[] = ['confirmed', 'developing', 'disputed', 'false', 'superseded', 'retracted'];
const ACTOR_KEYS = new Set(['name', 'type', 'aliases', 'variants', 'roles', 'within']);
const ROLE_KEYS = new Set(['title', 'from', 'to']);
const FACT_KEYS = new Set(['claim', 'date', 'actors', 'place', 'status', 'superseded_by', 'as_of', 'review_by', 'keywords', 'sources']);
const SOURCE_KEYS = new Set(['outlet', 'url', 'file', 'quote']);
const TOP_KEYS = new Set(['version', 'actors', 'facts']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Largest registry file we parse, in UTF-16 code units; larger files get one finding. */
export const MAX_REGISTRY_CHARS = 32 * 1024 * 1024;

/** Whether a string is a valid ISO day (a real calendar date). */
export function isIsoDay(s: string): boolean {
  return s.length === 10 && DAY.test(s) && makeDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) !== undefined;
}

/** Whether a string is an ISO day or a span of days `A/B` with A ≤ B. */
export function isFactDate(s: string): boolean {
  const [a, b, ...rest] = s.split('/');
  if (rest.length || !a || !isIsoDay(a)) return false;
  return b === undefined || (isIsoDay(b) && a <= b);
}

/**
 * Parses one registry file. Never throws: problems become findings on the file,
 * each at the range of the offending key or value.
 */
export function parseRegistryFile(uri: string, text: string, hash?: string): RegistryFile {
  try {
    return readRegistryFile(uri, text, hash);
  } catch (e) {
    // A defect must not cost the whole registry an exception: the file reads as empty, with a finding saying so.
    const message = `Registry file could not be read (${e instanceof Error ? e.message : String(e)}); please report this file`;
    return {
      uri,
      hash: hash ?? (text.length > MAX_REGISTRY_CHARS ? `large:${text.length}` : hashText(text)),
      text,
      actors: [],
      facts: [],
      refs: [],
      invalid: [],
      findings: [{ code: 'registry.syntax', severity: CODES['registry.syntax'], message, uri, span: { start: 0, end: 0 } }],
    };
  }
}

function readRegistryFile(uri: string, text: string, hash?: string): RegistryFile {
  const findings: Finding[] = [];
  const tooLarge = text.length > MAX_REGISTRY_CHARS;
  const file: RegistryFile = { uri, hash: hash ?? (tooLarge ? `large:${text.length}` : hashText(text)), text, actors: [], facts: [], findings, refs: [], invalid: [] };
  const report = (code: keyof typeof CODES, span: Span, message: string): void => {
    // Parsers may point one past the end (an error "at end of input"): keep every span inside the file.
    const start = Math.min(Math.max(0, span.start), text.length);
    findings.push({ code, severity: CODES[code], message, uri, span: { start, end: Math.min(Math.max(span.end, start), text.length) } });
  };
  if (tooLarge) {
    const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
    report('registry.syntax', { start: 0, end: 0 }, `Registry file is too large (${mb(text.length)} of text, the limit is ${mb(MAX_REGISTRY_CHARS)}); split it into several \`*.facts.yaml\` files`);
    return file;
  }
  const visit = (section: string, item: Pair): void => {
    if (section === 'actors') {
      visitEntry(item, 'actors', report, (id, idSpan, entrySpan, node) => {
        const actor = readActor(uri, id, idSpan, entrySpan, node, report, file.refs);
        if (actor) file.actors.push(actor);
        else file.invalid!.push(id);
      });
    } else {
      visitEntry(item, 'facts', report, (id, idSpan, entrySpan, node) => {
        const fact = readFact(uri, id, idSpan, entrySpan, node, report, file.refs);
        if (fact) file.facts.push(fact);
        else file.invalid!.push(id);
      });
    }
  };
  // Entries are validated as the fast reader reads them, so the whole tree is never held at once.
  const doc = readRegistryYaml(text, (section, item) => {
    if (section !== 'actors' && section !== 'facts') return false;
    visit(section, item);
    return true;
  });
  if (doc.reader !== 'fast') {
    // The fast reader gave up part way: drop what it had read; the full parser's tree is walked below.
    findings.length = 0;
    file.actors = [];
    file.facts = [];
    file.refs = [];
    file.invalid = [];
  }
  for (const error of doc.errors) report('registry.syntax', error.span, `YAML syntax error: ${error.message}`);
  for (const t of doc.tags ?? []) {
    report('registry.schema', t.span, `YAML tag \`${t.tag}\` is not used in registry files and builds nothing; remove it (the value is read as plain text)`);
  }
  if (doc.errors.length) return file;
  const root = doc.root;
  if (root === null) return file;
  if (!isMap(root)) {
    report('registry.schema', spanOf(root), 'Registry must be a mapping with `version`, `actors` and `facts`');
    return file;
  }
  if (!root.items.some((p) => keyString(p) === 'version')) {
    const first = root.items[0];
    report('registry.schema', first ? spanOf(first.key) : spanOf(root), 'Missing `version: 1` at the top of the registry file');
  }
  const seenTop = new Set<string>();
  for (const pair of root.items) {
    const key = keyString(pair);
    const keySpan = spanOf(pair.key as Node);
    if (key === undefined) continue;
    if (seenTop.has(key)) report('registry.duplicate-id', keySpan, `Key \`${key}\` appears twice`);
    seenTop.add(key);
    if (!TOP_KEYS.has(key)) {
      report('registry.schema', keySpan, `Unknown top-level key \`${key}\`, expected \`version\`, \`actors\` or \`facts\``);
      continue;
    }
    const value = pair.value as Node | null;
    if (key === 'version') {
      if (!isScalar(value) || value.value !== 1) report('registry.schema', spanOf(value ?? (pair.key as Node)), 'Unsupported registry `version`, expected `1`');
    } else if (value === null || (isScalar(value) && value.value === null)) {
      continue;
    } else if (!isMap(value)) {
      report('registry.schema', spanOf(value), `\`${key}\` must be a mapping of ids to entries`);
    } else {
      for (const item of value.items) visit(key, item);
    }
  }
  return file;
}

type Report = (code: keyof typeof CODES, span: Span, message: string) => void;

/** For a number or boolean where a string belongs: how to write it as a string. */
function quoteHint(node: Node | null | undefined): string {
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) return `; quote it to make it text: \`"${String(node.value)}"\``;
  return '';
}

function slugHint(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'an-id'
  );
}

function spanOf(node: Node | null | undefined): Span {
  return node ? { start: node.start, end: node.end } : { start: 0, end: 0 };
}

function keyString(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  return undefined;
}

function visitEntry(item: Pair, what: string, report: Report, visit: (id: string, idSpan: Span, entrySpan: Span, node: YAMLMap) => void): void {
  const id = keyString(item);
  const idSpan = spanOf(item.key);
  if (id === undefined) {
    report('registry.schema', idSpan, `Ids in \`${what}\` must be plain strings`);
    return;
  }
  if (!ID.test(id)) report('registry.schema', idSpan, `Id \`${id}\` is not a lowercase slug, expected letters, digits and single hyphens`);
  const node = item.value;
  if (!isMap(node)) {
    report('registry.schema', node ? spanOf(node) : idSpan, `Entry \`${id}\` must be a mapping`);
    return;
  }
  visit(id, idSpan, { start: idSpan.start, end: node.end }, node);
}

/** Reads a mapping's fields, reporting unknown keys and wrong types. */
class Fields {
  private readonly keys: string[] = [];
  private readonly values: Pair[] = [];
  constructor(
    readonly node: YAMLMap,
    allowed: Set<string>,
    readonly what: string,
    readonly report: Report,
  ) {
    for (const pair of node.items) {
      const key = keyString(pair);
      if (key === undefined) continue;
      if (!allowed.has(key)) {
        report('registry.schema', spanOf(pair.key), `Unknown field \`${key}\` in ${what}, expected one of ${[...allowed].map((k) => `\`${k}\``).join(', ')}`);
        continue;
      }
      const at = this.keys.indexOf(key);
      if (at >= 0) {
        report('registry.schema', spanOf(pair.key), `Field \`${key}\` appears twice in ${what}`);
        this.values[at] = pair;
      } else {
        this.keys.push(key);
        this.values.push(pair);
      }
    }
  }

  private pair(key: string): Pair | undefined {
    const at = this.keys.indexOf(key);
    return at < 0 ? undefined : this.values[at];
  }

  has(key: string): boolean {
    return this.keys.includes(key);
  }

  node_(key: string): Node | undefined {
    return this.pair(key)?.value ?? undefined;
  }

  keySpan(key: string): Span {
    return spanOf(this.pair(key)?.key);
  }

  valueSpan(key: string): Span {
    const v = this.node_(key);
    return v ? spanOf(v) : this.keySpan(key);
  }

  string(key: string, required = false): string | undefined {
    const v = this.node_(key);
    if (v === undefined) {
      if (required) this.report('registry.schema', spanOf(this.node), `Missing required field \`${key}\` in ${this.what}`);
      return undefined;
    }
    if (isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '') return v.value;
    this.report('registry.schema', this.valueSpan(key), `Field \`${key}\` in ${this.what} must be a non-empty string${quoteHint(v)}`);
    return undefined;
  }

  /** An id that refers to another entry: a string that is a lowercase slug. */
  id(key: string): string | undefined {
    const s = this.string(key);
    if (s !== undefined && !ID.test(s)) {
      this.report('registry.schema', this.valueSpan(key), `\`${s}\` in ${this.what} is not an id; ids are lowercase slugs such as \`${slugHint(s)}\``);
      return undefined;
    }
    return s;
  }

  day(key: string): string | undefined {
    const v = this.node_(key);
    if (v === undefined) return undefined;
    const s = isScalar(v) ? String(v.value) : '';
    if (!isIsoDay(s)) {
      this.report('registry.schema', this.valueSpan(key), `Field \`${key}\` in ${this.what} must be a date \`YYYY-MM-DD\`, got \`${s || 'a non-scalar'}\``);
      return undefined;
    }
    return s;
  }

  strings(key: string, ids = false): { value: string; span: Span }[] {
    const v = this.node_(key);
    if (v === undefined || (isScalar(v) && v.value === null)) return [];
    if (!isSeq(v)) {
      this.report('registry.schema', this.valueSpan(key), `Field \`${key}\` in ${this.what} must be a list of strings`);
      return [];
    }
    const out: { value: string; span: Span }[] = [];
    for (const item of v.items as Node[]) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
        const value = item.value;
        if (ids && !ID.test(value)) {
          this.report('registry.schema', spanOf(item), `\`${value}\` in \`${key}\` of ${this.what} is not an id; ids are lowercase slugs such as \`${slugHint(value)}\``);
        } else if (out.some((o) => o.value === value)) {
          this.report('registry.schema', spanOf(item), `\`${value}\` is listed twice in \`${key}\` of ${this.what}`);
        } else {
          out.push({ value, span: spanOf(item) });
        }
      } else {
        this.report('registry.schema', spanOf(item), `Items of \`${key}\` in ${this.what} must be non-empty strings${quoteHint(item)}`);
      }
    }
    return out;
  }

  maps(key: string): YAMLMap[] {
    const v = this.node_(key);
    if (v === undefined || (isScalar(v) && v.value === null)) return [];
    if (!isSeq(v)) {
      this.report('registry.schema', this.valueSpan(key), `Field \`${key}\` in ${this.what} must be a list`);
      return [];
    }
    const out: YAMLMap[] = [];
    for (const item of v.items as Node[]) {
      if (isMap(item)) out.push(item);
      else this.report('registry.schema', spanOf(item), `Items of \`${key}\` in ${this.what} must be mappings`);
    }
    return out;
  }
}

function readActor(uri: string, id: string, idSpan: Span, entrySpan: Span, node: YAMLMap, report: Report, refs: IdRef[]): RegistryActor | undefined {
  const f = new Fields(node, ACTOR_KEYS, `actor \`${id}\``, report);
  const name = f.string('name', true);
  const typeRaw = f.string('type', true);
  let type: ActorType | undefined;
  if (typeRaw !== undefined) {
    if ((ACTOR_TYPES as readonly string[]).includes(typeRaw)) type = typeRaw as ActorType;
    else report('registry.schema', f.valueSpan('type'), `Unknown actor type \`${typeRaw}\`, expected \`person\`, \`organization\` or \`place\``);
  }
  const spellingSpans = new Map<string, Span>();
  if (name !== undefined) spellingSpans.set(name, f.valueSpan('name'));
  const aliases = f.strings('aliases');
  const variants = f.strings('variants');
  for (const s of [...aliases, ...variants]) spellingSpans.set(s.value, s.span);
  const roles: Role[] = [];
  for (const m of f.maps('roles')) {
    const rf = new Fields(m, ROLE_KEYS, `a role of \`${id}\``, report);
    const title = rf.string('title', true);
    const from = rf.day('from');
    const to = rf.day('to');
    if (from && to && from > to) report('registry.schema', rf.valueSpan('to'), `Role ends (\`${to}\`) before it starts (\`${from}\`)`);
    if (title !== undefined) roles.push({ title, from, to, location: { uri, span: spanOf(m) } });
  }
  const within = f.has('within') ? f.id('within') : undefined;
  if (within !== undefined) refs.push({ id: within, kind: 'place', span: f.valueSpan('within'), from: id });
  if (within !== undefined && type !== undefined && type !== 'place') {
    report('registry.schema', f.keySpan('within'), `Only places can be \`within\` another place, \`${id}\` is a ${type}`);
  }
  if (name === undefined || type === undefined) return undefined;
  return {
    id,
    name,
    type,
    aliases: aliases.map((a) => a.value),
    variants: variants.map((v) => v.value),
    roles,
    within,
    location: { uri, span: idSpan },
    entry: { uri, span: entrySpan },
    spellingSpans,
  };
}

function readFact(uri: string, id: string, idSpan: Span, entrySpan: Span, node: YAMLMap, report: Report, refs: IdRef[]): RegistryFact | undefined {
  const f = new Fields(node, FACT_KEYS, `fact \`${id}\``, report);
  const claim = f.string('claim', true);
  const dateRaw = f.string('date', true);
  let date: string | undefined;
  if (dateRaw !== undefined) {
    if (isFactDate(dateRaw)) date = dateRaw;
    else report('registry.schema', f.valueSpan('date'), `Fact date \`${dateRaw}\` must be \`YYYY-MM-DD\` or a span \`YYYY-MM-DD/YYYY-MM-DD\``);
  }
  // `status: false` unquoted is a YAML boolean; it can only mean the status `false`.
  const statusNode = f.node_('status');
  const statusRaw = isScalar(statusNode) && statusNode.value === false ? 'false' : f.string('status');
  let status: FactStatus = 'confirmed';
  if (statusRaw !== undefined) {
    if ((STATUSES as readonly string[]).includes(statusRaw)) status = statusRaw as FactStatus;
    else report('registry.schema', f.valueSpan('status'), `Unknown status \`${statusRaw}\`, expected one of ${STATUSES.map((s) => `\`${s}\``).join(', ')}`);
  }
  const supersededBy = f.has('superseded_by') ? f.id('superseded_by') : undefined;
  if (supersededBy !== undefined && status !== 'superseded') {
    report('registry.schema', f.keySpan('superseded_by'), `\`superseded_by\` is only allowed on a superseded fact; set \`status: superseded\` or remove it`);
  }
  const sources: FactSource[] = [];
  for (const m of f.maps('sources')) {
    const sf = new Fields(m, SOURCE_KEYS, `a source of \`${id}\``, report);
    const source: FactSource = {
      outlet: sf.string('outlet'),
      url: sf.string('url'),
      file: sf.string('file'),
      quote: sf.string('quote'),
      location: { uri, span: spanOf(m) },
    };
    if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url)) {
      report('registry.schema', sf.valueSpan('url'), `Source \`url\` of \`${id}\` must be a web address starting with \`https://\` or \`http://\``);
    }
    if (source.file !== undefined) {
      source.fileUri = resolveUri(uri, source.file);
      source.fileSpan = sf.valueSpan('file');
    }
    if (source.quote !== undefined) source.quoteSpan = sf.valueSpan('quote');
    if (source.url === undefined && source.file === undefined) report('registry.schema', spanOf(m), `A source of \`${id}\` needs a \`url\` or a \`file\``);
    sources.push(source);
  }
  const actors = f.strings('actors', true);
  for (const a of actors) refs.push({ id: a.value, kind: 'actor', span: a.span, from: id });
  const place = f.has('place') ? f.id('place') : undefined;
  if (place !== undefined) refs.push({ id: place, kind: 'place', span: f.valueSpan('place'), from: id });
  if (supersededBy !== undefined) refs.push({ id: supersededBy, kind: 'fact', span: f.valueSpan('superseded_by'), from: id });
  const fact: RegistryFact = {
    id,
    claim: claim ?? '',
    date: date ?? '',
    actors: actors.map((a) => a.value),
    place,
    status,
    supersededBy,
    asOf: f.day('as_of'),
    reviewBy: f.day('review_by'),
    keywords: f.strings('keywords').map((k) => k.value),
    sources,
    location: { uri, span: idSpan },
    entry: { uri, span: entrySpan },
  };
  if (claim === undefined || date === undefined) return undefined;
  return fact;
}
