import type { Check, CheckFinding } from './check.js';
import { roleHeld, roleWords, titleAround, titleFits } from './titles.js';

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
  defaultLevel: 'warning',
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
      const title = titleAround(article.text, mention, sentence, roleWords(actor.roles));
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
