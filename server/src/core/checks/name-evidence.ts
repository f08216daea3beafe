import { isGivenName } from '../extract/gazetteer.js';
import { CAPITAL_LEGAL_FORMS, KNOWN_ORGS, ORG_AFTER, ORG_BEFORE, ORG_ENDING, ORG_WORDS, PERSON_AFTER, PERSON_BEFORE, isAcronym } from '../extract/names.js';
import { NAME_TITLES, TITLE_HEADS } from '../extract/title-words.js';
import { normalize } from '../extract/tokens.js';
import type { ActorMention } from '../types.js';

// Which names no registry knows are sure enough to report as `actor.unregistered`.
//
// The name finder reads every capitalised word it cannot explain as an actor, and types a lone word
// with no evidence by default, so that hovers, highlighting and clustering see it. A finding is a
// claim to the writer that a person or body is missing from the registry; on copy nobody tuned on,
// most false findings are lone words the finder typed by default: villages ("Golte"), festivals
// ("Valborg"), products ("Rafiki"), a sentence's opening noun ("Samples"). So a name of one word is
// reported only when something in the article says it names a person or a body; a name of two
// words or more, an acronym, a known given name, an organisation's head word or legal form is such
// evidence by itself.

/** Lowercase nouns for a kind of body written before its name ("the lender X", "shares in X", "analysts at X"). */
const BODY_BEFORE =
  /\b(?:shares in|shares of|stake in|analysts? at|economists? at|strategists? at|company|firm|group|maker|makers|lender|bank|insurer|operator|carrier|airline|agency|union|regulator|club|side|broadcaster|channel|newspaper|daily|tabloid|outlet|site|portal|platform|network|watchdog|party|miner|utility|producer|developer|distributor|retailer|chain|manufacturer|startup|start-up|exporter|importer|supplier|contractor|investor|brokerage|consultancy|conglomerate|subsidiary|unit|rival|rivals|owner|partner|sponsor|trader|processor|refiner|shipper|ministry|council|board|authority|court|department|service)\s+["“‘']?$/i;

/** A speech verb or a preposition of speech just before a name ("said X", "according to X"), or a medium ("posted on X"). */
const SPEAKER_BEFORE = /\b(?:said|says|according to|told|(?:posted|wrote|said|announced|shared|published|streamed) on)\s+$/i;

/** Words after a name that only a person or a body takes: a possessive, an apposition, an age, its shares. */
const ACTOR_AFTER = /^(?:['’]s?\b|,\s+(?:the|a|an|its|their|whose|which|who|\d{1,3},)\s|\s+(?:shares|stock|announced|confirmed|declined|agreed|signed|posted|filed|plans|wants|won|beat|lost|drew|Inc|Ltd|Plc|SA|AG)\b)/u;

/** A name coordinated with another capitalised name ("Paystack and OPay", "Dole and Chiquita"). */
const COORDINATED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*,?\s+(?:and|or)\s+$/u;
const COORDINATED_AFTER = /^,?\s+(?:and|or)\s+\p{Lu}/u;

/** An agency's name in brackets after a dateline ("KIGALI, Aug 4 (Reuters) -"). */
const BRACKETED = /\(\s*$/;

const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*)\s+$/u;

/** How far around a mention its words are read. */
const SPAN = 40;

/** Whether one mention of a one-word name carries a person's or a body's evidence. */
function mentionEvidence(text: string, m: ActorMention): boolean {
  const word = normalize(m.text);
  if (isAcronym(m.text) || ORG_WORDS.has(word) || CAPITAL_LEGAL_FORMS.has(word) || ORG_ENDING.test(word) || KNOWN_ORGS.has(word)) return true;
  if (m.type === 'person' && isGivenName(word)) return true;
  const before = text.slice(Math.max(0, m.start - SPAN), m.start);
  const after = text.slice(m.end, m.end + SPAN);
  const title = WORD_BEFORE.exec(before)?.[1];
  if (title) {
    const t = normalize(title).replace(/\.$/, '');
    if (NAME_TITLES.has(t) || TITLE_HEADS.has(t)) return true;
  }
  return (
    PERSON_BEFORE.test(before) ||
    ORG_BEFORE.test(before) ||
    BODY_BEFORE.test(before) ||
    SPEAKER_BEFORE.test(before) ||
    BRACKETED.test(before) ||
    COORDINATED_BEFORE.test(before) ||
    PERSON_AFTER.test(after) ||
    ORG_AFTER.test(after) ||
    ACTOR_AFTER.test(after) ||
    COORDINATED_AFTER.test(after)
  );
}

const ONE_WORD = /^[^\s]+$/;

/**
 * The ids of the unregistered people and bodies of an article that are sure enough to report:
 * every name with a mention of two words or more, and a one-word name with a mention that carries
 * evidence ({@link mentionEvidence}).
 */
export function reportableIds(text: string, actors: readonly ActorMention[]): Set<string> {
  const sure = new Set<string>();
  const weak = new Map<string, ActorMention[]>();
  for (const a of actors) {
    if (a.form !== 'unregistered' || a.type === 'place' || sure.has(a.id)) continue;
    if (!ONE_WORD.test(a.text)) {
      sure.add(a.id);
      weak.delete(a.id);
      continue;
    }
    const list = weak.get(a.id);
    if (list) list.push(a);
    else weak.set(a.id, [a]);
  }
  for (const [id, mentions] of weak) if (mentions.some((m) => mentionEvidence(text, m))) sure.add(id);
  return sure;
}
