import type { Check, CheckFinding } from './check.js';
import { normalize } from '../extract/tokens.js';
import { valueBounds } from '../iso.js';
import type { Registry, RegistryActor, Role } from '../registry/model.js';
import type { Claim, Fix, Sentence, Span } from '../types.js';
import { memoOf } from './memo.js';
import { roleHeld, roleWords, titleAround, titleFits, type TitlePhrase } from './titles.js';

/** A title found around a person's mention: the actor, the mention's offsets and the title's span relative to the sentence. */
interface TitleMemo {
  id: string;
  start: number;
  end: number;
  title: TitlePhrase | null;
}

/** {@link titleAround} with the actor's role words, remembered: it reads only the sentence. */
function titleOf(registry: Registry, actor: RegistryActor, text: string, mention: Span, sentence: Sentence): TitlePhrase | undefined {
  // Titles found around persons' mentions, by the sentence (a sentence names few persons: a list, searched).
  const bySentence = memoOf(registry).table<TitleMemo[]>('actor.outdated-title: titles by sentence');
  const memo = bySentence.get(sentence.text) ?? bySentence.remember(sentence.text, []);
  const base = sentence.start;
  const start = mention.start - base;
  const end = mention.end - base;
  let entry: TitleMemo | undefined;
  for (const m of memo) {
    if (m.start === start && m.end === end && m.id === actor.id) {
      entry = m;
      break;
    }
  }
  if (!entry) {
    const found = titleAround(text, mention, sentence, roleWords(actor.roles));
    entry = { id: actor.id, start, end, title: found ? { ...found, span: { start: found.span.start - base, end: found.span.end - base } } : null };
    memo.push(entry);
  }
  const title = entry.title;
  return title ? { ...title, span: { start: title.span.start + base, end: title.span.end + base } } : undefined;
}

const message = (title: string, name: string, day: string, act: boolean, held: string | undefined, holders: string): string =>
  `Title \`${title}\` is outdated for \`${name}\` at ${day}${act ? ' (the date of the act)' : ''}, expected \`${held ?? `former ${title}`}\`${holders}`;

/** Who held each role title (normalised), per registry: the title's holders with their roles. */
function holdersOf(registry: Registry): Map<string, { actor: RegistryActor; role: Role }[]> {
  return memoOf(registry).once('actor.outdated-title: holders by title', () => {
    const m = new Map<string, { actor: RegistryActor; role: Role }[]>();
    for (const actor of registry.actors.values()) {
      if (actor.type !== 'person') continue;
      for (const role of actor.roles) {
        const key = normalize(role.title).trim();
        const list = m.get(key);
        if (list) list.push({ actor, role });
        else m.set(key, [{ actor, role }]);
      }
    }
    return m;
  });
}

/** The other persons who held one of these roles' titles on a day (as the registry knows), with the title. */
function heldBy(registry: Registry, roles: readonly Role[], day: string, not: string): { title: string; actor: RegistryActor }[] {
  const out: { title: string; actor: RegistryActor }[] = [];
  const all = holdersOf(registry);
  const seen = new Set<string>();
  for (const r of roles) {
    const key = normalize(r.title).trim();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const h of all.get(key) ?? []) if (h.actor.id !== not && roleHeld(h.role, day) && !out.some((o) => o.actor === h.actor)) out.push({ title: h.role.title, actor: h.actor });
  }
  return out;
}

/**
 * The day that matters for a title in a sentence: the day of the act the sentence
 * reports when it is a dated claim whose day lies before the reference date ("President
 * Joe Biden blocked the deal on January 3"), else the reference date.
 */
function actDay(claim: Claim | undefined, reference: string): string | undefined {
  if (!claim) return undefined;
  for (const d of claim.dates) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    const b = valueBounds(d.value);
    if (b && b.last < reference) return b.first;
  }
  return undefined;
}

/**
 * `actor.outdated-title`: a title written next to a person (before the name or
 * in an apposition after it) fits one of the person's registry roles, but none
 * that they held at the date that matters: the day of a dated past act the
 * sentence reports, else the reference date. Titles the registry does not know
 * are not reported, nor titles marked as past ("former"). The message names who
 * held the title that day where the registry knows, and a fix puts that name in.
 */
export const actorOutdatedTitle: Check = {
  code: 'actor.outdated-title',
  run({ actors, registry, article, reference, claims }) {
    const out: CheckFinding[] = [];
    const seen = new Set<number>();
    let s = 0;
    let c = 0;
    for (const mention of actors) {
      if (mention.form === 'unregistered' || mention.type !== 'person') continue;
      const actor = registry.actors.get(mention.id);
      if (!actor?.roles.length) continue;
      while (s < article.sentences.length && article.sentences[s]!.end <= mention.start) s++; // in range: s < length is tested first
      const sentence = article.sentences[s];
      if (!sentence || sentence.start > mention.start) continue;
      const title = titleOf(registry, actor, article.text, mention, sentence);
      if (!title || title.past || seen.has(title.span.start)) continue;
      const fitting = actor.roles.filter((r) => titleFits(title.words, r));
      const [role] = fitting;
      if (!role) continue;
      while (c < claims.length && claims[c]!.end <= sentence.start) c++; // in range: c < length is tested first
      const act = actDay(claims[c]?.start === sentence.start ? claims[c] : undefined, reference);
      const day = act ?? reference;
      if (fitting.some((r) => roleHeld(r, day))) continue;
      seen.add(title.span.start);
      const held = actor.roles.find((r) => roleHeld(r, day))?.title;
      const holders = heldBy(registry, fitting, day, actor.id);
      const named = holders.length ? `; ${holders.map((h) => `${h.title} on ${day}: ${h.actor.name}`).join('; ')}` : '';
      const fixes: Fix[] = holders.map((h) => ({ title: `Name the holder at ${day}: \`${h.actor.name}\``, edits: [{ uri: article.uri, span: { start: mention.start, end: mention.end }, newText: h.actor.name }] }));
      out.push({
        span: title.span,
        message: message(title.text, mention.text, day, act !== undefined, held, named),
        // Both honest rewrites: the title held that day, and the old title marked as past.
        expected: held ? [held, `former ${title.text}`] : [`former ${title.text}`],
        ...(fixes.length ? { fixes } : {}),
        related: [{ location: role.location, message: `Role \`${role.title}\` of \`${actor.id}\`` }],
      });
    }
    return out;
  },
};
