import { isDemonymKey, isLanguageWord } from '../extract/demonyms.js';
import { isDemonym, isGivenName } from '../extract/gazetteer.js';
import { CAPITAL_LEGAL_FORMS, KNOWN_ORGS, ORG_AFTER, ORG_BEFORE, ORG_ENDING, ORG_WORDS, PERSON_AFTER, PERSON_BEFORE, isAcronym, isLongAcronym } from '../extract/names.js';
import { NAME_TITLES, POSITION_TITLES, TITLE_HEADS } from '../extract/title-words.js';
import { normalize } from '../extract/tokens.js';
import { BODY_APPOSITION, BODY_BEFORE, BODY_NOUN_SET, BODY_PLURAL_SET, ORG_POSSESSIVE, isRoleNoun } from '../extract/unregistered-cues.js';
import type { ActorMention } from '../types.js';
import { isGoodsNoun, isThingNoun, thingApposition, thingByWords, thingMention } from './thing-evidence.js';

// Which names no registry knows are sure enough to report as `actor.unregistered`.
//
// The name finder reads every capitalised word it cannot explain as an actor, and types a lone word
// with no evidence by default, so that hovers, highlighting and clustering see it. A finding is a
// claim to the writer that a person or body is missing from the registry; on copy nobody tuned on,
// most false findings were lone words the finder typed by default: villages ("Golte"), festivals
// ("Valborg"), products ("Rafiki"), a sentence's opening noun ("Samples"). So a name of one word is
// reported only when something in the article says it names a person or a body (the finder's own
// cues where it has them, unregistered-cues.ts); a name of two words or more, an acronym, a known
// given name, an organisation's head word or legal form is such evidence by itself.

/** A stake, a share or an analyst's desk in a body ("shares in X", "analysts at X"); the finder's body nouns do the rest ("the lender X"). */
const HOLDING_BEFORE =
  /\b(?:shares in|shares of|stake in|(?:analysts?|economists?|strategists?|workers|employees|staff|customers|shareholders|investors) (?:at|of)|statement,|beat|beating|drew with|lost to|joined)\s+$/i;

/** An apposition before the name that a body's or a role's noun heads ("the country's parliament, the X,", "the labour ministry, X,"). */
const APPOSITION_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+),\s+(?:the\s+)?$/u;

/** A speech verb or a preposition of speech just before a name ("said X", "according to X"), or a medium ("posted on X"). */
const SPEAKER_BEFORE = /\b(?:said|says|according to|told|(?:posted|wrote|said|announced|shared|published|streamed) on)\s+$/i;

/** Verbs after a name that a person or a body does, its shares, a firm's legal form. */
const ACTOR_AFTER = /^(?:,\s+whose\b|\s+(?:shares|stock|announced|confirmed|declined|agreed|signed|posted|filed|plans|wants|won|beat|lost|drew|Inc|Ltd|Plc|SA|AG)\b)/u;

/** An age in apposition ("X, 52,"). */
const AGE_AFTER = /^,\s+\d{1,3},/;

/** The words of an apposition or after a possessive, up to four ("X, the state miner", "X's lawyer"). */
const APPOSITION_WORDS = /^(?:,\s+(?:the|a|an|its|their)|['’]s)((?:\s+[\p{Ll}'’-]+){1,5})/u;

/** A possessive before a body's name ("X's Sustainable Development Committee"). */
const POSSESSIVE_NAME = /^['’]s((?:\s+\p{Lu}[\p{L}-]*){1,4})/u;

/** A name coordinated with another capitalised name ("Paystack and OPay", "Dole and Chiquita"). */
const COORDINATED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*,?\s+(?:and|or)\s+$/u;
const COORDINATED_AFTER = /^,?\s+(?:and|or)\s+\p{Lu}/u;
/** The other name of a coordination before the mention ("Spanish and X"). */
const PARTNER_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*),?\s+(?:and|or)\s+$/u;
/** The other name of a coordination after the mention, as a noun: no lowercase noun after it ("X and Spanish,"; not "X and Spanish carrier Y"). */
const PARTNER_AFTER = /^,?\s+(?:and|or)\s+(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-]|\s+\p{Ll})/u;
/** The lowercase noun after a coordination's last name, past a model's number ("X and Y 8 phones", "X and Y scooters"). */
const NOUN_AFTER_PAIR = /^(?:,?\s+(?:and|or)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}|\s+)(\d{1,4}\s+)?(\p{Ll}+)\b/u;

/**
 * Whether a coordination is no sign of an actor: the other name is a language's, a people's or a nationality's word ("in
 * Spanish and X", "Estonian, X and Y choirs"), or a noun of goods or models follows the pair, which the names then modify
 * ("X and Y scooters", "X and Y 8 phones"). A pair of bodies or people takes a verb, a clause, a role's noun ("X and Y
 * officials") or what two bodies make or play together ("the X and Y deal", "the X and Y game").
 */
function thingPair(before: string, after: string, mentionBefore: boolean): boolean {
  const partner = (mentionBefore ? PARTNER_BEFORE.exec(before) : PARTNER_AFTER.exec(after))?.[1];
  if (partner !== undefined) {
    const p = normalize(partner);
    // Not where a clause after the pair calls both bodies ("X and Ethiopian, the two airlines said": Ethiopian is the airline's short name).
    if ((isDemonym(p) || isDemonymKey(p) || isLanguageWord(p)) && !bodiesNamedAfter(after, mentionBefore)) return true;
  }
  // After a model's number ("X and Y 8 tournaments") the names are a model's, before any thing's noun; else only goods.
  const m = NOUN_AFTER_PAIR.exec(after);
  return m !== null && (m[1] ? isThingNoun(m[2]!) : isGoodsNoun(m[2]!)); // in range: group 2 always takes part in a match
}

/** ", the two airlines", ", both carriers": a clause after a pair that calls its names bodies (the pair's partner after the mention is skipped first). */
const PAIR_BODIES = /^,\s+(?:the\s+)?(?:two|both|three)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
const PARTNER_SKIP = /^,?\s+(?:and|or)\s+\p{Lu}[\p{L}\p{M}'’-]*/u;

function bodiesNamedAfter(after: string, mentionBefore: boolean): boolean {
  const rest = mentionBefore ? after : after.slice(PARTNER_SKIP.exec(after)?.[0].length ?? 0);
  const m = PAIR_BODIES.exec(rest);
  return m !== null && (BODY_PLURAL_SET.has(m[1]!) || (m[2] !== undefined && BODY_PLURAL_SET.has(m[2]))); // in range: group 1 always takes part in a match
}

/** An agency's name in brackets after a dateline ("KIGALI, Aug 4 (Reuters) -"). */
const BRACKETED = /\(\s*$/;

const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*)\s+$/u;
/** A body's head right after its name ("X CEO Jane Doe", "X chief executive Ilse Brandt"). */
const HEAD_AFTER = /^\s+(?:CEO|chief executive|chairman|chairwoman|founder|boss|spokes(?:man|woman|person))\b/;
/**
 * Nouns for a body that the finder's body nouns lack ({@link BODY_NOUN_SET}): institutions and kinds of firm, as they head
 * an apposition ("the country's parliament, the X,", "X, a game studio") or stand before the name ("the state investor X").
 */
const MORE_BODY_NOUNS: ReadonlySet<string> = new Set(['parliament', 'ministry', 'council', 'assembly', 'senate', 'congress', 'court', 'tribunal', 'police', 'army', 'commission', 'committee', 'authority', 'bureau', 'directorate', 'inspectorate', 'federation', 'investor', 'platform', 'board', 'service', 'studio']);
/** Whether a lowercase noun names a person's role or a kind of body. */
const isBodyOrRole = (w: string): boolean => isRoleNoun(w) || BODY_NOUN_SET.has(w) || MORE_BODY_NOUNS.has(w);
/** One of those nouns right before the name. */
const MORE_BODY_BEFORE = new RegExp(String.raw`\b(?:${[...MORE_BODY_NOUNS].join('|')})\s+$`, 'i');
const SPACES = /\s+/;

/** How far around a mention its words are read. */
const SPAN = 80;

/** Whether an apposition or a possessive after a name speaks of a person's role or a body ("X, the state miner", "X, the parliament", "X's lawyer"), or a possessive before a body's name ("X's Audit Committee"). */
function actorApposition(after: string): boolean {
  const words = APPOSITION_WORDS.exec(after)?.[1];
  // (After the name, also an organisation's word: "X, the business chamber". Not before it, where a place's apposition
  // holds some of them: "the provincial capital, X".)
  if (words !== undefined) {
    return words
      .trim()
      .split(SPACES)
      .some((w) => {
        const noun = w.replace(/['’]s$/, '');
        return isBodyOrRole(noun) || ORG_WORDS.has(noun);
      });
  }
  const name = POSSESSIVE_NAME.exec(after)?.[1];
  return name !== undefined && name.trim().split(SPACES).some((w) => ORG_WORDS.has(normalize(w)));
}

/**
 * Whether one mention of a name carries a person's or a body's evidence: its own words (a one-word name's) and the words
 * around it. `loose` also counts a coordination with another name ("X and Y"), which places share.
 */
function mentionEvidence(text: string, m: ActorMention, loose = true): boolean {
  const word = normalize(m.text);
  if (isAcronym(m.text) || isLongAcronym(m.text) || ORG_WORDS.has(word) || CAPITAL_LEGAL_FORMS.has(word) || ORG_ENDING.test(word) || KNOWN_ORGS.has(word)) return true;
  if (m.type === 'person' && isGivenName(word)) return true;
  const before = text.slice(Math.max(0, m.start - SPAN), m.start);
  const after = text.slice(m.end, m.end + SPAN);
  // A title before a person's name ("Judge X"), or a body's head after its name ("X CEO Jane Doe", "X chief executive").
  const previous = WORD_BEFORE.exec(before)?.[1];
  const title = previous === undefined ? undefined : normalize(previous).replace(/\.$/, '');
  if ((title !== undefined && (NAME_TITLES.has(title) || POSITION_TITLES.has(title) || TITLE_HEADS.has(title))) || HEAD_AFTER.test(after)) return true;
  const head = APPOSITION_BEFORE.exec(before)?.[1];
  if (head !== undefined && isBodyOrRole(head)) return true;
  return (
    PERSON_BEFORE.test(before) ||
    ORG_BEFORE.test(before) ||
    BODY_BEFORE.test(before) ||
    HOLDING_BEFORE.test(before) ||
    MORE_BODY_BEFORE.test(before) ||
    SPEAKER_BEFORE.test(before) ||
    BRACKETED.test(before) ||
    (loose && COORDINATED_BEFORE.test(before) && !thingPair(before, after, true)) ||
    PERSON_AFTER.test(after) ||
    ORG_AFTER.test(after) ||
    ACTOR_AFTER.test(after) ||
    AGE_AFTER.test(after) ||
    ORG_POSSESSIVE.test(after) ||
    BODY_APPOSITION.test(after) ||
    (loose && COORDINATED_AFTER.test(after) && !thingPair(before, after, false)) ||
    (actorApposition(after) && (loose || !thingApposition(after)))
  );
}

const ONE_WORD = /^\S+$/;
/** A Roman numeral, as a ship's or a monarch's name ends ("X II"): no acronym. */
const ROMAN = /^[IVXL]+$/;

/** Whether a name of several words holds a body's word or a legal form ("X Development Fund", "X Holdings SA"): a body's name by itself. */
function bodyWords(text: string): boolean {
  return text.split(SPACES).some((w) => {
    const n = normalize(w);
    return ORG_WORDS.has(n) || CAPITAL_LEGAL_FORMS.has(n) || ORG_ENDING.test(n) || (isAcronym(w) && !ROMAN.test(w));
  });
}

/**
 * Whether a mention's own words make it a thing's name whatever its entity ("the X Film Awards" beside "the X Film Awards
 * Foundation", whose short form the finder may make it): no finding on it, though its body is reported. Not a person's
 * name that a given name opens.
 */
export function thingByOwnWords(m: ActorMention): boolean {
  return !ONE_WORD.test(m.text) && thingByWords(m.text) && !(m.type === 'person' && isGivenName(normalize(m.text.split(SPACES)[0] ?? '')));
}

/**
 * The ids of the unregistered people and bodies of an article that are sure enough to report:
 * every name with a mention of two words or more, and a one-word name with a mention that carries
 * evidence ({@link mentionEvidence}).
 */
export function reportableIds(text: string, actors: readonly ActorMention[]): Set<string> {
  const sure = new Set<string>();
  const weak = new Map<string, ActorMention[]>();
  // Names of several words and no body's word: reported unless a mention shows a place, an event, a product or a title
  // and none shows a person or a body (thing-evidence.ts).
  let several: Set<string> | undefined;
  for (const a of actors) {
    if (a.form !== 'unregistered' || a.type === 'place' || sure.has(a.id)) continue;
    if (!ONE_WORD.test(a.text)) {
      if (!bodyWords(a.text) || thingByWords(a.text)) {
        (several ??= new Set()).add(a.id);
        continue;
      }
      sure.add(a.id);
      weak.delete(a.id);
      several?.delete(a.id);
      continue;
    }
    const list = weak.get(a.id);
    if (list) list.push(a);
    else weak.set(a.id, [a]);
  }
  if (several) {
    const byId = new Map<string, ActorMention[]>();
    for (const a of actors) if (a.form === 'unregistered' && several.has(a.id)) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
    for (const [id, all] of byId) {
      if (sure.has(id)) continue;
      // (A mention that the words around it show to be a thing lends no evidence of an actor: "in the village of X, said".)
      // (A person's own evidence outweighs a thing's cue: a given name and a person's verb or pronoun, "After the race,
      // Faith X told reporters she".)
      const things = all.filter((m) => thingMention(text, m) && !(m.type === 'person' && isGivenName(normalize(m.text.split(SPACES)[0] ?? '')) && mentionEvidence(text, m, false)));
      if (things.length === 0 || all.some((m) => !things.includes(m) && mentionEvidence(text, m, false))) {
        sure.add(id);
        weak.delete(id);
      }
    }
  }
  for (const [id, mentions] of weak) if (mentions.some((m) => mentionEvidence(text, m))) sure.add(id);
  return sure;
}
