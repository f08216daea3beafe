/**
 * Text edits that change the registry: add an actor, a spelling, a fact, or
 * change a fact's status. Edits are computed against `RegistryFile.text` (the
 * text the file was loaded from, the open buffer when the editor has unsaved
 * changes) and touch only the lines they add or the values they replace, so
 * comments, key order, quoting and indentation stay as the file has them.
 */
import type { ActorType, TextEdit } from '../types.js';
import { relativeUri } from '../uri.js';
import type { FactStatus, Registry, RegistryFile } from './model.js';
import { readRegistryYaml, resolvePlain } from './read.js';
import { getPair, readWithYaml, type YMap, type YNode, type YPair } from './tree.js';

/** An actor to add to the registry. */
export interface NewActor {
  id: string;
  name: string;
  type: ActorType;
  aliases?: string[];
  variants?: string[];
  roles?: { title: string; from?: string; to?: string }[];
}

/** A fact to add to the registry. `sources[].file` is a URI or a path relative to the target file. */
export interface NewFact {
  id: string;
  claim: string;
  date: string;
  actors?: string[];
  place?: string;
  status?: FactStatus;
  supersededBy?: string;
  asOf?: string;
  reviewBy?: string;
  keywords?: string[];
  sources?: { outlet?: string; url?: string; file?: string; quote?: string }[];
}

const FACT_ORDER = ['claim', 'date', 'actors', 'place', 'status', 'superseded_by', 'as_of', 'review_by', 'keywords', 'sources'];
const ACTOR_ORDER = ['name', 'type', 'aliases', 'variants', 'roles', 'within'];

/**
 * Edits adding an actor to the registry file `target` (default: the file
 * holding most actors, the first on a tie). No edits when the file is stale
 * (its current text has a syntax error). A `target` not loaded is created.
 */
export function addActorEdits(registry: Registry, actor: NewActor, target?: string): TextEdit[] {
  const file = chooseFile(registry, target, (f) => f.actors.length);
  if (!file) return [];
  const doc = new Doc(file);
  if (!doc.usable) return [];
  const flowLists = doc.prefersFlowLists('actors', ['aliases', 'variants']);
  const body: string[] = [`name: ${yamlScalar(actor.name)}`, `type: ${actor.type}`];
  const list = (key: string, values: string[] | undefined): void => {
    if (!values?.length) return;
    if (flowLists) body.push(`${key}: ${flowList(values)}`);
    else body.push(`${key}:`, ...values.map((v) => `  - ${yamlScalar(v)}`));
  };
  list('aliases', actor.aliases);
  list('variants', actor.variants);
  if (actor.roles?.length) {
    body.push('roles:');
    for (const r of actor.roles) {
      const parts = [`title: ${yamlScalar(r.title, true)}`];
      if (r.from) parts.push(`from: ${r.from}`);
      if (r.to) parts.push(`to: ${r.to}`);
      body.push(`  - {${parts.join(', ')}}`);
    }
  }
  return doc.addEntry('actors', actor.id, body);
}

/** Edits adding a fact to the registry file `target` (default: the file holding most facts, the first on a tie). */
export function addFactEdits(registry: Registry, fact: NewFact, target?: string): TextEdit[] {
  const file = chooseFile(registry, target, (f) => f.facts.length);
  if (!file) return [];
  const doc = new Doc(file);
  if (!doc.usable) return [];
  const body: string[] = [`claim: ${yamlScalar(fact.claim)}`, `date: ${fact.date}`];
  if (fact.actors?.length) body.push(`actors: ${flowList(fact.actors)}`);
  if (fact.place) body.push(`place: ${yamlScalar(fact.place)}`);
  if (fact.status) body.push(`status: ${fact.status}`);
  if (fact.supersededBy) body.push(`superseded_by: ${yamlScalar(fact.supersededBy)}`);
  if (fact.asOf) body.push(`as_of: ${fact.asOf}`);
  if (fact.reviewBy) body.push(`review_by: ${fact.reviewBy}`);
  if (fact.keywords?.length) body.push(`keywords: ${flowList(fact.keywords)}`);
  const sources = (fact.sources ?? []).filter((s) => s.outlet || s.url || s.file || s.quote);
  if (sources.length) {
    body.push('sources:');
    for (const s of sources) {
      const fields: string[] = [];
      if (s.outlet) fields.push(`outlet: ${yamlScalar(s.outlet)}`);
      if (s.url) fields.push(`url: ${yamlScalar(s.url)}`);
      if (s.file) fields.push(`file: ${yamlScalar(/^[a-z][a-z0-9+.-]*:\/\//i.test(s.file) ? relativeUri(file.uri, s.file) : s.file)}`);
      if (s.quote) fields.push(`quote: ${yamlScalar(s.quote)}`);
      fields.forEach((f, i) => body.push(`${i === 0 ? '  - ' : '    '}${f}`));
    }
  }
  return doc.addEntry('facts', fact.id, body);
}

/** Edits adding a spelling to an actor's `aliases` or `variants` (flow or block list, as the file writes it). */
export function addSpellingEdits(registry: Registry, actorId: string, spelling: string, kind: 'aliases' | 'variants'): TextEdit[] {
  const actor = registry.actors.get(actorId);
  if (!actor) return [];
  if ((kind === 'aliases' ? actor.aliases : actor.variants).includes(spelling)) return [];
  const found = entryToEdit(registry, actor.location.uri, 'actors', actorId);
  if (!found) return [];
  const { doc, entry } = found;
  const pair = fieldPair(entry, kind);
  const value = pair?.value ?? null;
  if (pair && value?.kind === 'seq') {
    // Quote the new item as the list's items are quoted, when they all are.
    const styles = new Set(value.items.map((i) => (i.kind === 'scalar' ? i.style : 'plain')));
    const [only, ...others] = styles;
    const style = only !== undefined && !others.length ? only : 'plain';
    if (value.flow) {
      const last = value.items.at(-1);
      if (last) return [doc.edit(last.end, last.end, `, ${scalarAs(spelling, style, true)}`)];
      return [doc.edit(value.start, value.end, `[${yamlScalar(spelling, true)}]`)];
    }
    const last = value.items.at(-1);
    if (!last) return []; // a block sequence has an item
    const col = doc.column(value.start);
    return [doc.edit(doc.lineEnd(last.end), doc.lineEnd(last.end), `${doc.eol}${' '.repeat(col)}- ${scalarAs(spelling, style, false)}`)];
  }
  if (pair && value === null) return [doc.edit(pair.key.end + 1, pair.key.end + 1, ` [${yamlScalar(spelling, true)}]`)];
  if (pair && value?.kind === 'scalar') {
    return [doc.edit(value.start, value.end, `[${doc.text.slice(value.start, value.end)}, ${yamlScalar(spelling, true)}]`)];
  }
  if (pair) return [];
  return doc.insertField(entry, ACTOR_ORDER, kind, `[${yamlScalar(spelling, true)}]`);
}

/** Edits setting a fact's `status` (and `superseded_by` when superseded; a stale `superseded_by` is removed otherwise). */
export function setFactStatusEdits(registry: Registry, factId: string, status: FactStatus, supersededBy?: string): TextEdit[] {
  const fact = registry.facts.get(factId);
  if (!fact) return [];
  const found = entryToEdit(registry, fact.location.uri, 'facts', factId);
  if (!found) return [];
  const { doc, entry } = found;
  const edits: TextEdit[] = [];
  const statusPair = fieldPair(entry, 'status');
  const byPair = fieldPair(entry, 'superseded_by');
  const by = status === 'superseded' && supersededBy ? yamlScalar(supersededBy) : undefined;
  if (statusPair) {
    edits.push(doc.setValue(statusPair, status));
    if (by !== undefined) {
      if (byPair) edits.push(doc.setValue(byPair, by));
      else edits.push(...doc.insertAfter(entry, statusPair, [`superseded_by: ${by}`]));
    }
  } else {
    const lines = [`status: ${status}`];
    if (by !== undefined && !byPair) lines.push(`superseded_by: ${by}`);
    edits.push(...doc.insertField(entry, FACT_ORDER, 'status', status, lines));
    if (by !== undefined && byPair) edits.push(doc.setValue(byPair, by));
  }
  if (status !== 'superseded' && byPair) edits.push(doc.removePair(entry, byPair));
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** A source to add to a fact: an outlet and URL, or an article (`file`: a URI or a path relative to the registry file) and a quote. */
export interface NewSource {
  outlet?: string;
  url?: string;
  file?: string;
  quote?: string;
}

/**
 * Edits adding a source to a fact's `sources` (a new list when it has none), in the list's own
 * style: block items as block mappings, flow items as flow mappings. No edits for an empty source.
 */
export function addSourceEdits(registry: Registry, factId: string, source: NewSource): TextEdit[] {
  const fact = registry.facts.get(factId);
  if (!fact) return [];
  const found = entryToEdit(registry, fact.location.uri, 'facts', factId);
  if (!found) return [];
  const { doc, entry } = found;
  const fields: [string, string][] = [];
  if (source.outlet) fields.push(['outlet', source.outlet]);
  if (source.url) fields.push(['url', source.url]);
  if (source.file) fields.push(['file', /^[a-z][a-z0-9+.-]*:\/\//i.test(source.file) ? relativeUri(fact.location.uri, source.file) : source.file]);
  if (source.quote) fields.push(['quote', source.quote]);
  if (!fields.length) return [];
  const flowItem = `{${fields.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')}}`;
  // An item at dash column `col` whose fields start at column `at` (`-   outlet:` in a four-space file).
  const blockItem = (col: number, at = col + 2): string => fields.map(([k, v], i) => `${i === 0 ? `${' '.repeat(col)}-${' '.repeat(Math.max(1, at - col - 1))}` : ' '.repeat(at)}${k}: ${yamlScalar(v)}`).join(doc.eol);
  const pair = fieldPair(entry, 'sources');
  const value = pair?.value ?? null;
  if (!pair) {
    if (entry.flow) return doc.insertField(entry, FACT_ORDER, 'sources', `[${flowItem}]`);
    return doc.insertField(entry, FACT_ORDER, 'sources', '', ['sources:', ...blockItem(2).split(doc.eol)]);
  }
  if (value === null || (value.kind === 'scalar' && value.value === null)) return [doc.setValue(pair, `[${flowItem}]`)];
  if (value.kind !== 'seq') return [];
  const last = value.items[value.items.length - 1];
  if (value.flow) return [last ? doc.edit(last.end, last.end, `, ${flowItem}`) : doc.edit(value.start, value.end, `[${flowItem}]`)];
  if (!last) return [];
  const col = doc.column(value.start);
  const at = doc.endOfBlock(last.end, col);
  if (last.kind === 'map' && last.flow) return [doc.edit(at, at, `${doc.eol}${' '.repeat(col)}- ${flowItem}`)];
  return [doc.edit(at, at, doc.eol + blockItem(col, last.kind === 'map' ? doc.column(last.start) : col + 2))];
}

/** `base` if no actor or fact has it as id, else `base-2`, `base-3`… */
export function uniqueId(registry: Registry, base: string): string {
  const taken = (id: string): boolean => registry.actors.has(id) || registry.facts.has(id) || registry.files.some((f) => f.actors.some((a) => a.id === id) || f.facts.some((x) => x.id === id));
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Applies edits (of one file) to its text. Edits must not overlap. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** A string as a YAML scalar: plain when that reads back as the same string, else quoted. */
export function yamlScalar(value: string, flow = false): string {
  if (isPlainSafe(value, flow)) return value;
  if (!/[\x00-\x1f\x7f\u2028\u2029]/.test(value) && value.includes('"')) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

/** A string as a YAML scalar in a given quoting style (plain falls back to quotes where needed). */
function scalarAs(value: string, style: string, flow: boolean): string {
  if (style === 'double') return JSON.stringify(value);
  if (style === 'single' && !/[\x00-\x1f\x7f\u2028\u2029]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value, flow);
}

function isPlainSafe(v: string, flow: boolean): boolean {
  if (v === '' || v !== v.trim() || /[\x00-\x1f\x7f\u2028\u2029\ufeff]/.test(v)) return false;
  if (/^[&*!|>%@`#,[\]{}'"?]/.test(v) || /^[-:](\s|$)/.test(v)) return false;
  if (/:(\s|$)|\s#/.test(v)) return false;
  if (flow && /[,[\]{}]|:[,[\]{}]/.test(v)) return false;
  return typeof resolvePlain(v) === 'string';
}

/** A field of an entry: the last pair with that key, the one the loader reads when a field is written twice. */
function fieldPair(entry: YMap, key: string): YPair | undefined {
  for (let i = entry.items.length - 1; i >= 0; i--) {
    const p = entry.items[i]!; // in range: 0 <= i < entry.items.length
    if (p.key.value !== null && String(p.key.value) === key) return p;
  }
  return undefined;
}

/** Whether a tree has a complex key (`? key: value` as a key): its ranges do not say where lines go. */
function hasComplexKey(node: YNode | null, depth = 0): boolean {
  if (node === null || node.kind === 'scalar' || depth > 64) return false;
  if (node.kind === 'seq') return node.items.some((n) => hasComplexKey(n, depth + 1));
  return node.items.some((p) => p.key.tag === '!complex-key' || hasComplexKey(p.value, depth + 1));
}

/** Block-style body lines of an entry (as `addActorEdits`/`addFactEdits` write them) as one flow mapping. */
function flowOf(body: string[]): string {
  const text = body.join('\n');
  const node = readWithYaml(text).root;
  const write = (n: YNode | null): string => {
    if (n === null) return '""';
    if (n.kind === 'scalar') return typeof n.value === 'string' ? yamlScalar(n.value, true) : text.slice(n.start, n.end);
    if (n.kind === 'seq') return `[${n.items.map(write).join(', ')}]`;
    return `{${n.items.map((p) => `${write(p.key)}: ${write(p.value)}`).join(', ')}}`;
  };
  return write(node);
}

function flowList(values: string[]): string {
  return `[${values.map((v) => yamlScalar(v, true)).join(', ')}]`;
}

/**
 * The file to add to. A stale file (its current text has a syntax error, the
 * entries come from an older text) is never edited: edits would not apply.
 * Nor is a file whose text does not read at all (a syntax error, several
 * YAML documents): an edit could only make it worse.
 */
function chooseFile(registry: Registry, target: string | undefined, count: (f: RegistryFile) => number): RegistryFile | undefined {
  if (target) {
    const file = registry.files.find((f) => f.uri === target);
    if (file) return editable(file) ? file : undefined;
    return { uri: target, hash: '', text: '', actors: [], facts: [], findings: [], refs: [] };
  }
  let best: RegistryFile | undefined;
  for (const f of registry.files) if (editable(f) && (!best || count(f) > count(best))) best = f;
  return best;
}

/** The document to edit and the entry `id` of `section` in it, when the file that holds it can be edited. */
function entryToEdit(registry: Registry, uri: string, section: 'actors' | 'facts', id: string): { doc: Doc; entry: YMap } | undefined {
  const file = editableFile(registry, uri);
  if (!file) return undefined;
  const doc = new Doc(file, id);
  if (!doc.usable) return undefined;
  const entry = doc.entry(section, id);
  return entry ? { doc, entry } : undefined;
}

function editableFile(registry: Registry, uri: string): RegistryFile | undefined {
  const file = registry.files.find((f) => f.uri === uri);
  return file && editable(file) ? file : undefined;
}

function editable(file: RegistryFile): boolean {
  return !file.stale && !file.findings.some((f) => f.code === 'registry.syntax');
}

/** The registry text last read for edits, and its tree (never mutated: edits are computed, not applied). */
/** What an edit needs of a file: its tree, trimmed, and per section how many entries it has and its last one. */
interface ReadFile {
  text: string;
  root: YMap | null;
  /** False when the tree cannot place edits (complex keys): no edit is offered. */
  usable: boolean;
  sections: Map<string, { count: number; last: YPair }>;
}

/**
 * The last few files read for edits, keyed by the entry kept: quick fixes for
 * every finding of an article edit the same file, so it is read once.
 */
const recent = new Map<string, ReadFile>();

/**
 * Reads a registry text keeping, of each section's entries, only the first two
 * (for indentation and spacing), the last (where new entries go) and `keepId`:
 * a large registry is never held whole in memory for an edit.
 */
function readForEdit(text: string, keepId: string | undefined): ReadFile {
  const key = keepId ?? '';
  const known = recent.get(key);
  if (known && known.text === text) return known;
  const sections = new Map<string, { count: number; last: YPair }>();
  const doc = readRegistryYaml(text, (section, pair) => {
    const info = sections.get(section);
    if (info) {
      info.count++;
      info.last = pair;
    } else sections.set(section, { count: 1, last: pair });
    const keep = (info?.count ?? 1) <= 2 || (keepId !== undefined && pair.key.value === keepId);
    return !keep;
  });
  // The full parser keeps every entry: counts come from the tree then.
  if (doc.reader !== 'fast') sections.clear();
  // Only the full parser reads complex keys, and only for files of at most a few megabytes: the walk is cheap.
  const usable = doc.reader === 'fast' || !hasComplexKey(doc.root);
  const read: ReadFile = { text, root: doc.root?.kind === 'map' ? doc.root : null, sections, usable };
  recent.delete(key);
  recent.set(key, read);
  if (recent.size > 4) recent.delete(recent.keys().next().value!);
  return read;
}

/** A registry file's text and (trimmed) tree, with the helpers edits need. */
class Doc {
  readonly text: string;
  readonly eol: string;
  readonly root: YMap | null;
  readonly usable: boolean;
  private readonly sections: Map<string, { count: number; last: YPair }>;

  constructor(
    readonly file: RegistryFile,
    keepId?: string,
  ) {
    this.text = file.text;
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    const read = readForEdit(this.text, keepId);
    this.root = read.root;
    this.usable = read.usable;
    this.sections = read.sections;
  }

  /** The number of entries of a section's mapping and its last entry. */
  private sectionInfo(section: string, value: YMap): { count: number; last: YPair | undefined } {
    return this.sections.get(section) ?? { count: value.items.length, last: value.items[value.items.length - 1] };
  }

  edit(start: number, end: number, newText: string): TextEdit {
    return { uri: this.file.uri, span: { start, end }, newText };
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset of the end of the line holding `offset` (before `\r\n` or `\n`). */
  lineEnd(offset: number): number {
    const n = this.text.indexOf('\n', offset);
    if (n < 0) return this.text.length;
    return n > 0 && this.text[n - 1] === '\r' ? n - 1 : n;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The mapping of an entry (`actors.<id>` or `facts.<id>`). */
  entry(section: 'actors' | 'facts', id: string): YMap | undefined {
    const sec = this.root ? getPair(this.root, section)?.value : undefined;
    if (sec?.kind !== 'map') return undefined;
    const value = getPair(sec, id)?.value;
    return value?.kind === 'map' ? value : undefined;
  }

  /** Whether the section's entries write `keys` as flow lists (the default) rather than block lists. */
  prefersFlowLists(section: 'actors' | 'facts', keys: string[]): boolean {
    const sec = this.root ? getPair(this.root, section)?.value : undefined;
    let flow = 0;
    let block = 0;
    if (sec?.kind === 'map') {
      for (const p of sec.items) {
        if (p.value?.kind !== 'map') continue;
        for (const k of keys) {
          const v = getPair(p.value, k)?.value;
          if (v?.kind === 'seq') v.flow ? flow++ : block++;
        }
      }
    }
    return flow >= block;
  }

  /** The end of the last line of a node, past indented comment lines that belong to it (deeper than `col`). */
  endOfBlock(offset: number, col: number): number {
    let end = this.lineEnd(offset);
    let probe = end;
    for (;;) {
      const nl = this.text.indexOf('\n', probe);
      if (nl < 0) return end;
      const next = nl + 1;
      const lineEnd = this.lineEnd(next);
      const line = this.text.slice(next, lineEnd);
      const trimmed = line.trimStart();
      if (trimmed === '') {
        probe = lineEnd;
        continue;
      }
      if (trimmed.startsWith('#') && line.length - trimmed.length > col) {
        end = lineEnd;
        probe = lineEnd;
        continue;
      }
      return end;
    }
  }

  /** The end of a pair in a flow mapping: its value, else its `:`, else its key. */
  private flowPairEnd(pair: YPair): number {
    if (pair.value) return pair.value.end;
    const m = /^[ \t]*:/.exec(this.text.slice(pair.key.end, pair.key.end + 64));
    return m ? pair.key.end + m[0].length : pair.key.end;
  }

  /** Where text appended to the document goes: before a document end marker (`...`), else at the end of the text. */
  private documentEnd(): number {
    const m = /^\.\.\.(?:[ \t#]|\r?$)/m.exec(this.text);
    return m ? m.index : this.text.length;
  }

  /** Edits adding `id:` with `body` lines (relative indentation in steps of two) at the end of a section. */
  addEntry(section: 'actors' | 'facts', id: string, body: string[]): TextEdit[] {
    const eol = this.eol;
    const sec = this.root ? getPair(this.root, section) : undefined;
    const value = sec?.value ?? null;
    const info = value?.kind === 'map' ? this.sectionInfo(section, value) : undefined;
    const flowEntry = (): string => `${yamlScalar(id, true)}: ${flowOf(body)}`;
    if (sec && value?.kind === 'map' && value.flow && info?.last) {
      // A flow section (`facts: {a: {…}}`): the entry goes after the last one, in flow style.
      const at = this.flowPairEnd(info.last);
      return [this.edit(at, at, `, ${flowEntry()}`)];
    }
    if (this.root?.flow) {
      // A flow registry (`{version: 1, facts: {…}}`): a missing or empty section is written in flow style too.
      if (!sec) {
        const last = this.root.items[this.root.items.length - 1];
        const at = last ? this.flowPairEnd(last) : this.root.start + 1;
        return [this.edit(at, at, `${last ? ', ' : ''}${section}: {${flowEntry()}}`)];
      }
      if (value === null) {
        const colon = this.text.indexOf(':', sec.key.end);
        return colon < 0 ? [] : [this.edit(colon + 1, colon + 1, ` {${flowEntry()}}`)];
      }
      if ((value.kind === 'scalar' && value.value === null) || (value.kind === 'map' && !value.items.length)) return [this.edit(value.start, value.end, `{${flowEntry()}}`)];
      return [];
    }
    if (sec && value?.kind === 'map' && !value.flow && info?.count && value.items.length) {
      const first = value.items[0]!; // in range: value.items is not empty (tested above)
      const idCol = this.column(first.key.start);
      const fieldCol = first.value?.kind === 'map' && !first.value.flow ? this.column(first.value.start) : idCol + 2;
      const step = Math.max(1, fieldCol - idCol);
      const second = value.items[1];
      const blank = second ? /\n[ \t]*\r?\n/.test(this.text.slice(this.lineEnd(first.value?.end ?? first.key.end), this.lineStart(second.key.start))) : false;
      const last = info.last!;
      const at = this.endOfBlock(last.value?.end ?? last.key.end, idCol);
      const lines = this.entryLines(id, body, idCol, step);
      return [this.edit(at, at, (blank ? eol : '') + eol + lines.join(eol))];
    }
    const lines = this.entryLines(id, body, 2, 2);
    if (sec && (value === null || (value.kind === 'map' && !info?.count) || (value.kind === 'scalar' && value.value === null))) {
      const from = sec.key.end + 1;
      const to = value ? value.end : from;
      return [this.edit(from, to, eol + lines.join(eol))];
    }
    if (sec) return [];
    const block = `${section}:${eol}${lines.join(eol)}${eol}`;
    const end = this.documentEnd();
    const before = this.text.slice(0, end);
    if (!this.root) {
      const prefix = before.trim() === '' || /^(?:---|%.*)\s*$/.test(before.trim()) ? `version: 1${eol}${eol}` : '';
      const sep = before === '' || before.endsWith('\n') ? '' : eol;
      return [this.edit(end, end, `${sep}${prefix}${block}`)];
    }
    const facts = section === 'actors' ? getPair(this.root, 'facts') : undefined;
    if (facts) {
      const at = this.lineStart(facts.key.start);
      return [this.edit(at, at, `${block}${eol}`)];
    }
    const sep = before.endsWith('\n') ? eol : eol + eol;
    return [this.edit(end, end, `${sep}${block}`)];
  }

  private entryLines(id: string, body: string[], idCol: number, step: number): string[] {
    // Body lines are written with two-space steps: 0 a field, 2 a list item (`- `), 4 a further field of that item.
    const pad = (s: string): string => {
      const lead = s.length - s.trimStart().length;
      const col = lead === 0 ? idCol + step : lead === 2 ? idCol + 2 * step : idCol + 2 * step + 2;
      return ' '.repeat(col) + s.trimStart();
    };
    return [`${' '.repeat(idCol)}${yamlScalar(id)}:`, ...body.map(pad)];
  }

  /** Replaces a pair's value (or fills an empty one). */
  setValue(pair: YPair, value: string): TextEdit {
    if (pair.value) return this.edit(pair.value.start, pair.value.end, value);
    return this.edit(pair.key.end + 1, pair.key.end + 1, ` ${value}`);
  }

  /** Inserts lines as fields right after `after`'s value. */
  insertAfter(entry: YMap, after: YPair, lines: string[]): TextEdit[] {
    if (entry.flow) {
      const end = after.value?.end ?? after.key.end;
      return [this.edit(end, end, lines.map((l) => `, ${l}`).join(''))];
    }
    const col = this.column(after.key.start);
    const at = this.endOfBlock(after.value?.end ?? after.key.end, col);
    return [this.edit(at, at, lines.map((l) => `${this.eol}${' '.repeat(col)}${l}`).join(''))];
  }

  /** Inserts a new field where the conventional key order puts it. */
  insertField(entry: YMap, order: string[], key: string, value: string, lines = [`${key}: ${value}`]): TextEdit[] {
    const rank = (k: string): number => {
      const i = order.indexOf(k);
      return i < 0 ? order.length : i;
    };
    const mine = rank(key);
    let after: YPair | undefined;
    for (const p of entry.items) if (rank(String(p.key.value)) < mine) after = p;
    if (after) return this.insertAfter(entry, after, lines);
    const first = entry.items[0];
    if (!first) return [];
    if (entry.flow) return [this.edit(first.key.start, first.key.start, lines.map((l) => `${l}, `).join(''))];
    const col = this.column(first.key.start);
    const at = first.key.start;
    return [this.edit(at, at, lines.map((l, i) => `${i ? ' '.repeat(col) : ''}${l}${this.eol}`).join('') + ' '.repeat(col))];
  }

  /** Removes a pair: its whole lines in a block mapping, the pair and its comma in a flow one. */
  removePair(entry: YMap, pair: YPair): TextEdit {
    const end = (pair.value as YNode | null)?.end ?? pair.key.end;
    if (entry.flow) {
      const i = entry.items.indexOf(pair);
      const before = entry.items[i - 1];
      if (before) return this.edit(before.value?.end ?? before.key.end, end, '');
      const next = entry.items[i + 1];
      return this.edit(pair.key.start, next ? next.key.start : end, '');
    }
    const start = this.lineStart(pair.key.start);
    const stop = this.lineEnd(end);
    const after = this.text.indexOf('\n', stop);
    return this.edit(start, after < 0 ? stop : after + 1, '');
  }
}
