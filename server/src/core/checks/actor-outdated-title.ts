import type { Check, CheckFinding } from './check.js';
import type { Registry, RegistryActor } from '../registry/model.js';
import type { Sentence, Span } from '../types.js';
import { roleHeld, roleWords, titleAround, titleFits, type TitlePhrase } from './titles.js';

/** A title found around a person's mention: the actor, the mention's offsets and the title's span relative to the sentence. */
interface TitleMemo {
  id: string;
  start: number;
  end: number;
  title: TitlePhrase | null;
}

/** Titles found around persons' mentions, per registry, by the sentence (a sentence names few persons: a list, searched). */
const titleMemo = new WeakMap<Registry, Map<string, TitleMemo[]>>();

/** {@link titleAround} with the actor's role words, remembered: it reads only the sentence. */
function titleOf(registry: Registry, actor: RegistryActor, text: string, mention: Span, sentence: Sentence): TitlePhrase | undefined {
  let bySentence = titleMemo.get(registry);
  if (!bySentence) titleMemo.set(registry, (bySentence = new Map()));
  let memo = bySentence.get(sentence.text);
  if (!memo) {
    if (bySentence.size >= 10_000) bySentence.clear();
    bySentence.set(sentence.text, (memo = []));
  }
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

const message = (title: string, name: string, day: string, held: string | undefined): string =>
  held
    ? `Title \`${title}\` is outdated for \`${name}\` at ${day}, expected \`${held}\``
    : `Title \`${title}\` is outdated for \`${name}\` at ${day}, expected \`former ${title}\``;

/**
 * `actor.outdated-title`: a title written next to a person (before the name or
 * in an apposition after it) fits one of the person's registry roles, but none
 * that they held at the reference date. Titles the registry does not know are
 * not reported, nor titles marked as past ("former").
 */
export const actorOutdatedTitle: Check = {
  code: 'actor.outdated-title',
  run({ actors, registry, article, reference }) {
    const out: CheckFinding[] = [];
    const seen = new Set<number>();
    let s = 0;
    for (const mention of actors) {
      if (mention.form === 'unregistered' || mention.type !== 'person') continue;
      const actor = registry.actors.get(mention.id);
      if (!actor?.roles.length) continue;
      while (s < article.sentences.length && article.sentences[s]!.end <= mention.start) s++;
      const sentence = article.sentences[s];
      if (!sentence || sentence.start > mention.start) continue;
      const title = titleOf(registry, actor, article.text, mention, sentence);
      if (!title || title.past || seen.has(title.span.start)) continue;
      const fitting = actor.roles.filter((r) => titleFits(title.words, r));
      if (!fitting.length || fitting.some((r) => roleHeld(r, reference))) continue;
      seen.add(title.span.start);
      const held = actor.roles.find((r) => roleHeld(r, reference))?.title;
      out.push({
        span: title.span,
        message: message(title.text, mention.text, reference, held),
        expected: [held ?? `former ${title.text}`],
        related: [{ location: fitting[0]!.location, message: `Role \`${fitting[0]!.title}\` of \`${actor.id}\`` }],
      });
    }
    return out;
  },
};
