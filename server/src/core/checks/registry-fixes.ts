/**
 * Quick fixes that write to the registry, built with the registry's own edit
 * API (core/registry/edit.ts) so comments and formatting are kept.
 */
import { normalize } from '../extract/tokens.js';
import { memoOf } from './memo.js';
import { claimSlug, editDistance, idSlug, isWithin, markerOffset } from '../link/index.js';
import { addActorEdits, addFactEdits, addSpellingEdits, uniqueId } from '../registry/edit.js';
import type { Registry, RegistryActor } from '../registry/model.js';
import type { ActorMention, Article, Claim, Fix, TextEdit } from '../types.js';
import { relativeUri } from '../uri.js';

/** At most this many registry fixes per check and article: each one reads the registry text. */
export const MAX_REGISTRY_FIXES = 30;

/**
 * Fix: add an unregistered actor, with its name as written and the name
 * finder's type; a comment under the entry names the article as its first source.
 */
export function addActorFix(registry: Registry, mention: ActorMention, articleUri: string, target?: string): Fix | undefined {
  if (!registry.files.length && !target) return undefined;
  // Every keystroke asks again for the same names: remember the fixes per registry.
  return remember(registry, mention.text, `a\u0000${mention.type}\u0000${articleUri}\u0000${target ?? ''}`, () => computeAddActorFix(registry, mention, articleUri, target));
}

/** Fixes remembered per registry, by a text they are built from (hashed once while it lives) and the rest of their inputs. */
function remember(registry: Registry, text: string, key: string, make: () => Fix | undefined): Fix | undefined {
  const memo = memoOf(registry).table<Map<string, Fix | undefined>>('registry fixes by text');
  const byText = memo.get(text) ?? memo.remember(text, new Map());
  if (byText.has(key)) return byText.get(key);
  const fix = make();
  byText.set(key, fix);
  return fix;
}

function computeAddActorFix(registry: Registry, mention: ActorMention, articleUri: string, target?: string): Fix | undefined {
  const id = uniqueId(registry, idSlug(mention.text) || 'actor');
  const type = mention.type;
  const edits = addActorEdits(registry, { id, name: mention.text, type }, target).map((e) => withSourceComment(e, articleUri));
  return edits.length ? { title: `Add \`${mention.text}\` to the registry as ${type === 'organization' ? 'an' : 'a'} ${type}`, edits, adds: { kind: 'actor', id } } : undefined;
}

/** Appends `# First seen in <article>` to an inserted actor entry, indented like its fields. */
function withSourceComment(edit: TextEdit, articleUri: string): TextEdit {
  const field = /(\r?\n)([ \t]+)type: [a-z]+$/.exec(edit.newText);
  if (!field) return edit;
  return { ...edit, newText: `${edit.newText}${field[1]}${field[2]}# First seen in ${relativeUri(edit.uri, articleUri)}` };
}

/**
 * Registered actors of the same type whose spelling is close to `text`: a small
 * edit distance, the same surname, or one name holding the other's words.
 */
export function closeActors(registry: Registry, mention: ActorMention, limit = 2): RegistryActor[] {
  // Every keystroke re-checks every unregistered name against every actor: remember the answers per registry.
  const memo = memoOf(registry).table<RegistryActor[]>('close actors by type and text');
  const key = `${mention.type}\u0000${limit}\u0000${mention.text}`;
  return [...(memo.get(key) ?? memo.remember(key, computeCloseActors(registry, mention, limit)))];
}

/** A registered actor's spellings, normalised and split into words. */
interface Spellings {
  actor: RegistryActor;
  spellings: { s: string; sw: string[] }[];
}

/** The registry's actors of each type, in its order, with their spellings normalised once (not once per name compared). */
function spellingsByType(registry: Registry): Map<string, Spellings[]> {
  return memoOf(registry).once('close actors: spellings by type', () => {
    const out = new Map<string, Spellings[]>();
    for (const actor of registry.actors.values()) {
      const spellings = [actor.name, ...actor.aliases, ...actor.variants].map((spelling) => {
        const s = normalize(spelling);
        return { s, sw: s.split(/\s+/) };
      });
      const list = out.get(actor.type);
      if (list) list.push({ actor, spellings });
      else out.set(actor.type, [{ actor, spellings }]);
    }
    return out;
  });
}

function computeCloseActors(registry: Registry, mention: ActorMention, limit: number): RegistryActor[] {
  const w = normalize(mention.text);
  const words = w.split(/\s+/);
  const type = mention.type;
  const scored: { actor: RegistryActor; d: number }[] = [];
  for (const { actor, spellings } of spellingsByType(registry).get(type) ?? []) {
    let best = Infinity;
    for (const { s, sw } of spellings) {
      const close = Math.max(1, Math.floor(Math.max(w.length, s.length) / 4));
      // The distance is at least the difference in length: past `close`, it counts only for a shared surname or words
      // (as 10 more; within `close` the distance itself is less).
      let d = -1;
      if (Math.abs(w.length - s.length) <= close) {
        d = editDistance(w, s);
        if (d <= close) {
          best = Math.min(best, d);
          continue;
        }
      }
      const sameSurname = type === 'person' && words.length > 1 && sw.length > 1 && words[words.length - 1] === sw[sw.length - 1];
      const contains = words.length !== sw.length && (words.every((x) => sw.includes(x)) || sw.every((x) => words.includes(x)));
      if (sameSurname || contains) best = Math.min(best, 10 + (d < 0 ? editDistance(w, s) : d));
    }
    if (best < Infinity) scored.push({ actor, d: best });
  }
  return scored.sort((a, b) => a.d - b.d).slice(0, limit).map((s) => s.actor);
}

/** Fix: add the spelling as an alias of a registered actor. */
export function addAliasFix(registry: Registry, mention: ActorMention, actor: RegistryActor): Fix | undefined {
  return remember(registry, mention.text, `s\u0000${actor.id}`, () => computeAddAliasFix(registry, mention, actor));
}

function computeAddAliasFix(registry: Registry, mention: ActorMention, actor: RegistryActor): Fix | undefined {
  const edits = addSpellingEdits(registry, actor.id, mention.text, 'aliases');
  return edits.length ? { title: `Add \`${mention.text}\` as an alias of \`${actor.name}\``, edits } : undefined;
}

/** The sentence as registry text: one line, markers left out. */
function quoteOf(claim: Claim, article: Article): string {
  let text = article.text.slice(claim.start, claim.end);
  for (const m of [...claim.markers].sort((a, b) => b.start - a.start)) text = text.slice(0, m.start - claim.start) + text.slice(m.end - claim.start);
  return text.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
}

/**
 * Fix: add a fact built from the sentence: a slug id, its date, the registered
 * actors and place it names, the sentence as the claim, and this article with
 * the sentence as its source.
 */
export function addFactFix(registry: Registry, claim: Claim, article: Article, reference: string, target?: string): Fix | undefined {
  if (!registry.files.length && !target) return undefined;
  // The fix reads the claim's text (its sentence's, `claim.text`), dates, named actors and markers (offsets within it), the article's uri and the reference date.
  // Fact fixes by the claim's text (hashed once while it lives), with the rest of their inputs (compared, not joined into a key).
  const memo = memoOf(registry).table<{ deps: (string | number | undefined)[]; fix: Fix | undefined }[]>('fact fixes by claim text');
  let entries = memo.get(claim.text);
  if (!entries || entries.length >= 16) entries = memo.remember(claim.text, []);
  for (const e of entries) if (sameFactFixDeps(e.deps, claim, article.uri, target, reference)) return e.fix;
  const fix = computeAddFactFix(registry, claim, article, reference, target);
  entries.push({ deps: factFixDeps(claim, article.uri, target, reference), fix });
  return fix;
}

/** What a fact fix reads besides the registry and the claim's text. */
function factFixDeps(claim: Claim, uri: string, target: string | undefined, reference: string): (string | number | undefined)[] {
  const deps: (string | number | undefined)[] = [uri, target, reference, claim.dates.length, claim.actors.length, claim.places.length, claim.markers.length];
  for (const d of claim.dates) deps.push(d.value);
  for (const a of claim.actors) deps.push(a.form, a.id);
  for (const a of claim.places) deps.push(a.form, a.id);
  for (const m of claim.markers) deps.push(m.start - claim.start, m.end - claim.start);
  return deps;
}

function sameFactFixDeps(deps: readonly (string | number | undefined)[], claim: Claim, uri: string, target: string | undefined, reference: string): boolean {
  if (deps[0] !== uri || deps[1] !== target || deps[2] !== reference) return false;
  if (deps[3] !== claim.dates.length || deps[4] !== claim.actors.length || deps[5] !== claim.places.length || deps[6] !== claim.markers.length) return false;
  let i = 7;
  for (const d of claim.dates) if (deps[i++] !== d.value) return false;
  for (const a of claim.actors) if (deps[i++] !== a.form || deps[i++] !== a.id) return false;
  for (const a of claim.places) if (deps[i++] !== a.form || deps[i++] !== a.id) return false;
  for (const m of claim.markers) if (deps[i++] !== m.start - claim.start || deps[i++] !== m.end - claim.start) return false;
  return true;
}

function computeAddFactFix(registry: Registry, claim: Claim, article: Article, reference: string, target?: string): Fix | undefined {
  const date = claim.dates.find((d) => /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/.test(d.value))?.value;
  if (!date) return undefined;
  const actors = [...new Set(claim.actors.filter((a) => a.form !== 'unregistered' && registry.actors.has(a.id)).map((a) => a.id))];
  const places = claim.places.filter((p) => p.form !== 'unregistered' && registry.actors.has(p.id));
  // The most specific place named: one that no other named place lies inside.
  const place = places.find((p) => !places.some((q) => q !== p && q.id !== p.id && isWithin(registry, q.id, p.id)))?.id;
  const text = quoteOf(claim, article);
  // The fix also links the sentence with a marker, before its final punctuation; the quote is what precedes it,
  // so it is found again once the marker is in. Only a single-line sentence can be quoted verbatim.
  const at = markerOffset(article.text, claim);
  const verbatim = article.text.slice(claim.start, at);
  const quote = !/\n/.test(verbatim) && !claim.markers.length ? verbatim.trim() : undefined;
  const id = uniqueId(registry, claimSlug(text));
  const edits = addFactEdits(
    registry,
    {
      id,
      claim: text,
      date,
      ...(actors.length ? { actors } : {}),
      ...(place ? { place } : {}),
      status: 'developing',
      asOf: reference,
      sources: [{ file: article.uri, ...(quote ? { quote } : {}) }],
    },
    target,
  );
  // One behaviour with *Add the claim under the cursor*: the same fact and id, and the marker that links the sentence.
  if (edits.length) edits.push({ uri: article.uri, span: { start: at, end: at }, newText: ` [@${id}]` });
  return edits.length ? { title: `Add a fact \`${id}\` from this sentence to the registry`, edits, adds: { kind: 'fact', id } } : undefined;
}
