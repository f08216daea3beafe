import { ErrorCodes, ResponseError, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isFactDate, relativeUri, resolveUri, type Analysis, type Claim, type Registry } from '../../core/index.js';
import { markerOffset } from '../../core/checks/fixes.js';
import { toRange } from '../convert.js';
import type { AddClaimResult } from '../protocol.js';
import type { ServerState } from '../server.js';

/** A fact built from a claim of an article, before it is written to the registry. */
export interface ClaimFact {
  id: string;
  claim: string;
  date: string;
  actors: string[];
  place?: string;
  status: 'developing';
  sources: { file: string; quote: string }[];
}

/** The registry file new facts of an article go to: its front-matter `registry`, else the first registry file. */
export function targetRegistry(registry: Registry, analysis: Analysis): string | undefined {
  const own = analysis.article.frontMatter?.registry;
  if (own) return resolveUri(analysis.article.uri, own);
  const root = registry.files.find((f) => /\/facts\.yaml$/.test(f.uri));
  return (root ?? registry.files[0])?.uri;
}

/** A fresh id for a claim: a slug of its first words, numbered when taken. */
function idFor(registry: Registry, claim: Claim, text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\[@[^\]]*\]/g, '')
    .match(/[a-z0-9]+/g) ?? ['claim'];
  const base = words.filter((w) => w.length > 2 && !STOP.has(w)).slice(0, 5).join('-') || `claim-${claim.start}`;
  let id = base;
  for (let n = 2; registry.actors.has(id) || registry.facts.has(id); n++) id = `${base}-${n}`;
  return id;
}

const STOP = new Set(['the', 'and', 'that', 'with', 'for', 'from', 'said', 'says', 'was', 'were', 'has', 'have', 'had', 'this', 'will', 'would', 'on', 'of', 'its', 'his', 'her', 'their']);

/** Builds the fact for a claim: its text, first day or span, registered actors and place, this article as source. */
export function claimFact(registry: Registry, analysis: Analysis, claim: Claim, registryUri: string): ClaimFact {
  const text = claim.text.replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  const date = claim.dates.map((d) => d.value).find(isFactDate) ?? analysis.reference;
  const registered = (ids: string[]): string[] => [...new Set(ids.filter((id) => registry.actors.has(id)))];
  const place = registered(claim.places.map((p) => p.id))[0];
  const quote = text.length > 80 ? text.slice(0, text.lastIndexOf(' ', 80)) : text;
  return {
    id: idFor(registry, claim, text),
    claim: text,
    date,
    actors: registered(claim.actors.map((a) => a.id)),
    ...(place ? { place } : {}),
    status: 'developing',
    sources: [{ file: relativeUri(registryUri, analysis.article.uri), quote }],
  };
}

const yamlString = (s: string): string => JSON.stringify(s);

/** The YAML of a fact entry under `facts:` (two-space indentation). */
export function factYaml(fact: ClaimFact): string {
  const lines = [`  ${fact.id}:`, `    claim: ${yamlString(fact.claim)}`, `    date: ${fact.date}`];
  if (fact.actors.length) lines.push(`    actors: [${fact.actors.join(', ')}]`);
  if (fact.place) lines.push(`    place: ${fact.place}`);
  lines.push(`    status: ${fact.status}`, '    sources:');
  for (const s of fact.sources) lines.push(`      - file: ${yamlString(s.file)}`, `        quote: ${yamlString(s.quote)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Adds the claim at a position to the registry as a new fact and links the
 * sentence with a `[@id]` marker, in one workspace edit applied by the client
 * (so it is undoable and never overwrites unsaved changes).
 */
export async function addClaimToRegistry(state: ServerState, uri: string, position: { line: number; character: number }): Promise<AddClaimResult> {
  const document = state.documents.get(uri);
  if (!document || !state.isArticle(uri)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${uri}\` is not an open article`);
  const analysis = state.analyze(document);
  const offset = document.offsetAt(position);
  const claim = analysis.claims.find((c) => offset >= c.start && offset <= c.end);
  if (!claim) throw new ResponseError(ErrorCodes.InvalidParams, 'No dated claim under the cursor');
  const registry = state.checker.store.registry;
  const target = targetRegistry(registry, analysis);
  if (!target) throw new ResponseError(ErrorCodes.InvalidParams, 'No registry file: create `facts.yaml` at the workspace root');
  const fact = claimFact(registry, analysis, claim, target);
  const registryDoc = (await state.readDocument(target)) ?? TextDocument.create(target, 'yaml', 0, '');
  const registryEdits = appendFactEdits(registryDoc, fact);
  const at = markerOffset(document.getText(), claim);
  const markerEdit: TextEdit = { range: toRange(document, { start: at, end: at }), newText: ` [@${fact.id}]` };
  const edit = { changes: { [target]: registryEdits, [uri]: [markerEdit] } };
  const { applied } = await state.connection.workspace.applyEdit({ label: `Add fact \`${fact.id}\` to the registry`, edit });
  return { id: fact.id, applied };
}

/** Appends a fact at the end of a registry file, adding `version` and `facts:` when they are missing. */
function appendFactEdits(doc: TextDocument, fact: ClaimFact): TextEdit[] {
  const text = doc.getText();
  const end = doc.positionAt(text.length);
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  const header = text.trim() === '' ? 'version: 1\nfacts:\n' : /^facts:\s*$/m.test(text) ? '' : 'facts:\n';
  return [{ range: { start: end, end }, newText: `${sep}${header}${factYaml(fact)}` }];
}
