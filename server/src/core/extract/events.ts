import type { ActorMention, Article, Span } from '../types.js';
import { actorsOutsideDates } from './actors.js';
import type { ArticleUnits } from './blocks.js';
import { isCommonWord } from './common-words.js';
import { DAY_HEAD_WORDS, DAY_TAIL_WORDS } from './date-data.js';
import { isGivenName } from './gazetteer.js';
import { isHolidayName } from './locale.js';
import { ORG_WORDS, TITLES } from './names.js';
import { normalize } from './tokens.js';
import { BODY_APPOSITION } from './unregistered-cues.js';
import { isSpace } from './unregistered-words.js';

/**
 * Names of holidays and festivals that no table dates, found by what copy in any language writes
 * around them, so that they are not taken for actors ("Día del Campesino", "the Obon holiday",
 * "during Sanfermines", "Szent István napja"):
 * - the name opens with a word that opens holiday names in many languages (`Día`, `Fête`, `Dzień`;
 *   generated from date-holidays' names in every language, `DAY_HEAD_WORDS`), and a given name
 *   among them (`Hari`, `Dita`) only before a connector (`Dia do …`);
 * - a lowercase word that ends holiday names follows it (`napja`, `diena`: `DAY_TAIL_WORDS`);
 * - a noun of holidays follows it (`holiday`, `festivities`, `carnival`, `feast`, `pilgrimage`,
 *   `long weekend`, `eve`; not after a possessive: "Macy's parade" names its owner);
 * - it follows `during` or `the eve of`, is no possessive and ends its phrase (not `the eve of the X summit`).
 * Softer, as days and people share them (`SOFT`): it follows a preposition of time and ends its phrase at a stop or a
 * comma (`before Valborg,`, `since Hogmanay, when`, `went home for Dashain.`); a noun of festivities follows it
 * (`celebrations`, `festival`, `weekend`, `evening`); an apposition a holiday's noun heads introduces it (`X, the
 * Ethiopian New Year`, `X, Taiwan's national day`), and so does a holiday's other name after `… Day or` or `… Day (`. Such a name is kept as an actor where any of its mentions has an
 * actor's own cue (`X said`, `told X`), and a place keeps its type (`after Gaza,`).
 */
const RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|de la|de las|de los|do|da|dos|das|di|della|du|des|el|al|no|of|the)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/uy;
/** A name in capitals only (hoisted: esbuild compiles a `\p{}` literal to a `new RegExp` where it stands). */
const ALL_CAPITALS = /^\p{Lu}+$/u;
const CONNECTOR = /^\S+\s+(?:de|del|do|da|dos|das|di|della|du|des)\s/;
const NOUN_AFTER = /^\s+(?:holidays?|festivities|carnival|feast|pilgrimage|long\s+weekend|eve)\b/i;
const BEFORE = /(?:\b[Dd]uring|\b[Tt]he\s+eve\s+of(?:\s+the)?)\s+$/;
const POSSESSIVE = /^['’]s?\b/;
/** What may follow a name after `during` or `the eve of`: the phrase ends there ("during Obon, …", "during Obon the trains …", "more during Obon than"), not at a noun it modifies ("the eve of the NATO summit", "during Mercosur talks"). */
const CLOSES = /^(?:\s*(?:[,.;:!?)"”’—–]|$)|\s+(?:in|on|at|and|or|when|while|as|this|last|next|to|with|for|from|until|after|before|each|every|than|the)\b)/;
const OWNER = /['’]s?$/;
/** An indefinite article before a name and a holiday noun: a product or a trip ("a Thomas Cook holiday"), not the day. */
const INDEFINITE = /\b[Aa]n?\s+$/;
/** An actor's own cue around another mention of the name: it speaks, owns or is spoken to ("X said", "X's chief", "told X"). */
const CUE_AFTER = /^(?:['’]s?(?![\p{L}\p{M}])|\s+(?:said|says|told|added|announced|confirmed|denied|declined|apologi[sz]ed|stated|wrote|warned|argued|insisted|explained|spokes(?:man|woman|person)|chief|executive|director)\b)/u;
const CUE_BEFORE = /\b(?:told|asked|according\s+to|spokes(?:man|woman|person)\s+for|said)\s+$/;
/** A preposition of time right before a name (`before`, `since`, `ahead of`; `home for`, `closed for`). */
const TIME_BEFORE = /(?:\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Tt]ill|[Aa]head\s+of|[Ff]ollowing|[Ff]ollowed)|\b(?:home|shut|shuts|close|closes|closed)\s+for)\s+$/;
/**
 * After such a name: a stop, or a comma that no actor's apposition follows (`after X, who`, `after X, 54,`, `after X, a
 * lawyer`, `since X, the prime minister,`, `after X, owned by`; a holiday's apposition with `the` is read by HOLIDAY_APPOSITION).
 */
const TIME_CLOSES = /^(?:\s*(?:[.;:!?)"”—–]|$)|,(?!\s+(?:who|whose|whom|aged|a|an|the|its|his|her|their|owned|based|founded|led|run|headed|backed|listed|\d)\b))/u;
/** Nouns of festivities after a name, read softly (`the Phagwah celebrations`, `the Midsommar weekend`, `Bon Odori dances`). */
const SOFT_NOUN_AFTER = /^\s+(?:celebrations?|festivals?|dances|weekend|evening)\b/;
/**
 * A holiday's other name, after a name a holiday's noun ends and `or` or a bracket (`St. Brigid's Day or Lá Fhéile
 * Bríde,`, `Chakri Day (Wan Chakri)`, `Independence Day ("Den Nezalezhnosti")`); the name closes its phrase or bracket.
 */
const ALTERNATE_BEFORE = /\p{Lu}[\p{L}\p{M}'’.]*\s+(?:Day|Eve|Night)\s*(?:\s+or\s+|\(\s*)["“']?$/u;
/** ALTERNATE_BEFORE, tested only where the lead holds one of its nouns (the regex, unanchored, tries every position). */
const alternateBefore = (lead: string): boolean => (lead.includes('Day') || lead.includes('Eve') || lead.includes('Night')) && ALTERNATE_BEFORE.test(lead);
const ALTERNATE_CLOSES = /^["”']?(?:\s*[),.;:!?—–]|\s+(?:in|on|at|and|when|while|this|last|next|to|with|for|from|until|after|before)\b)/u;
/**
 * An apposition a holiday's noun heads (`X, the Ethiopian New Year`, `X, Taiwan's national day`, `X, the nine nights of
 * processions`): a determiner, up to four modifiers that are no function words, the noun, then a stop or a clause.
 */
const HOLIDAY_APPOSITION = /^,\s+(?:the|an?|[\p{L}]+['’]s)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?)(?:new\s+year|festival|feast|holiday|celebrations?|day|eve|nights?|carnival|fiesta|pilgrimage)(?=\s*[,.;:)—–]|\s+(?:of|on|that|which|when|marking|celebrating|honou?ring)\b)/iu;
/** A name a day is: "on" before it, a calendar day in apposition after it (`on São Martinho, Nov. 11`). */
const ON_BEFORE = /\bon\s+$/;
const DAY_APPOSITION = /^,\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
const FUNCTION_WORDS = new Set('of on in at to for by with from and or but as is was were be been has have had said says who which that after before since'.split(' '));

/** The name's first word: what `/^\S+/` matches (no match array; names open with a letter). */
function firstWord(name: string): string {
  // A walk by character codes: a regular-expression search per name cost more than the rest of this function.
  for (let i = 0; i < name.length; i++) if (isSpace(name.charCodeAt(i))) return name.slice(0, i);
  return name;
}

let heads: Map<string, boolean> | undefined;
let tails: RegExp | undefined;

/** The head words (as written), each with whether it is a given name (then only before a connector). */
function headWords(): Map<string, boolean> {
  return (heads ??= new Map(DAY_HEAD_WORDS.split('|').map((w) => [w, isGivenName(normalize(w))])));
}

/** A holiday's or festival's name (a span of prose); `soft` where only softer cues found it (see above). */
export interface EventSpan extends Span {
  soft?: boolean;
}

/** Whether an apposition after a name says it is a holiday (`, the Ethiopian New Year`). */
function holidayApposition(after: string): boolean {
  const m = HOLIDAY_APPOSITION.exec(after);
  return m !== null && !(m[1] ?? '').split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * Whether a name's words may be a holiday's: not all common English (`Hogmanay`, `Semana Santa`; not `Parliament`,
 * `Double Ten`), and no body's head word or title among them (`employer after X Supply Service.`).
 */
function holidayLike(name: string): boolean {
  const words = name.split(/[\s'’-]+/).filter((w) => w.length > 0).map(normalize);
  return words.some((w) => !isCommonWord(w)) && !words.some((w) => ORG_WORDS.has(w) || TITLES.has(w));
}

/**
 * Where the first {@link RUN} at or after `from` starts (-1: none), as a global search would find it, its end left in `RUN.lastIndex`: the sticky regex is tried only where a
 * run may start (not at an ASCII character other than a capital, nor inside a surrogate pair), which is most of the text.
 */
function nextRun(prose: string, from: number): number {
  for (let i = from; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? c < 65 || c > 90 : c >= 0xdc00 && c <= 0xdfff) continue;
    RUN.lastIndex = i;
    // (A test, not exec: no match array; the run ends at `RUN.lastIndex`.)
    if (RUN.test(prose)) return i;
  }
  return -1;
}

/** Spans (in `prose`) of holiday and festival names found by their context. */
export function eventNames(prose: string): EventSpan[] {
  const out: EventSpan[] = [];
  const words = headWords();
  tails ??= new RegExp(`^\\s+(?:${DAY_TAIL_WORDS})(?![\\p{L}\\p{M}])`, 'u');
  for (let from = 0; ; ) {
    let start = nextRun(prose, from);
    if (start < 0) break;
    from = RUN.lastIndex;
    let name = prose.slice(start, from);
    // A sentence's first word that is common English opens no name ("During Feria", "The Obon").
    const first = firstWord(name);
    if (name.length > first.length && isCommonWord(first.toLowerCase())) {
      const rest = name.slice(first.length).replace(/^\s+(?:(?:de|del|of|the)\s+)?/, '');
      start += name.length - rest.length;
      name = rest;
    }
    const end = start + name.length;
    const after = prose.slice(end, end + 24);
    if (POSSESSIVE.test(after) || OWNER.test(name)) continue;
    const head = firstWord(name);
    const given = words.get(head);
    const noun = NOUN_AFTER.test(after) && !INDEFINITE.test(prose.slice(Math.max(0, start - 4), start));
    const lead = prose.slice(Math.max(0, start - 16), start);
    if ((given !== undefined && name.length > head.length && (!given || CONNECTOR.test(name))) || noun || (BEFORE.test(lead) && CLOSES.test(after))) {
      out.push({ start, end });
      continue;
    }
    // The tail is read only where nothing else named the event.
    const tail = tails.exec(after)?.[0];
    if (tail) {
      out.push({ start, end: end + tail.length });
      continue;
    }
    if (alternateBefore(prose.slice(Math.max(0, start - 40), start)) && !ALL_CAPITALS.test(name) && ALTERNATE_CLOSES.test(after)) {
      out.push({ start, end, soft: true });
      continue;
    }
    if ((prose[end] === ',' && (holidayApposition(prose.slice(end, end + 80)) || (ON_BEFORE.test(lead) && DAY_APPOSITION.test(after) && holidayLike(name) && !isGivenName(normalize(head))))) || (((TIME_BEFORE.test(lead) && TIME_CLOSES.test(after)) || SOFT_NOUN_AFTER.test(after)) && holidayLike(name))) out.push({ start, end, soft: true });
  }
  return out;
}

/** The spans of holiday and festival names of an article's prose blocks (whole-text offsets, in order). */
export function articleEventNames(article: Article, units: ArticleUnits): EventSpan[] {
  const out: EventSpan[] = [];
  article.blocks.forEach((block, b) => {
    const unit = units.units[b];
    if (!unit) return;
    unit.events ??= eventNames(unit.prose);
    for (const e of unit.events) out.push({ start: e.start + block.start, end: e.end + block.start, soft: e.soft });
  });
  return out;
}

/**
 * The actors without names no registry knows that are written as the name of a holiday of some country's table
 * (date-holidays, in every language: `Weiberfastnacht`, `Jāņi`, `Semana Santa`, `Divali`) where the date extractor
 * dated none, as the holiday is another country's: persons and organizations only (`San Juan` the place stays),
 * not a given name alone, and none whose mentions have an actor's own cue (`Carnival said`).
 */
function actorsNotHolidays(actors: ActorMention[], cued: (a: ActorMention) => boolean): ActorMention[] {
  let names: Set<string> | undefined;
  for (const a of actors) {
    if (a.form === 'unregistered' && a.type !== 'place' && isHolidayName(a.text) && !(!a.text.includes(' ') && isGivenName(normalize(a.text)))) (names ??= new Set()).add(a.text);
  }
  if (!names) return actors;
  for (const a of actors) if (names.has(a.text) && cued(a)) names.delete(a.text);
  return names.size ? actors.filter((a) => a.form !== 'unregistered' || !names?.has(a.text)) : actors;
}

/**
 * The actors without names no registry knows that are holidays or festivals: inside an event's
 * name, or written as one of them elsewhere in the article (persons and organizations only; a
 * place keeps its evidence, and so does a mention with an actor's own cue: "X said", "X's chief", "told X").
 */
export function actorsOutsideEvents(actors: ActorMention[], events: readonly EventSpan[], text: string): ActorMention[] {
  const cued = (a: ActorMention): boolean => CUE_AFTER.test(text.slice(a.end, a.end + 16)) || CUE_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start));
  // A holiday's name that an apposition calls a body is the body's ("X, a software firm,").
  actors = actorsNotHolidays(actors, (a) => cued(a) || BODY_APPOSITION.test(text.slice(a.end, a.end + 80)));
  if (!events.length) return actors;
  // Names only softer cues found: none where a mention of the name has an actor's own cue.
  let soft: Set<string> | undefined;
  for (const ev of events) if (ev.soft) (soft ??= new Set()).add(text.slice(ev.start, ev.end));
  // Nor where a mention of it is the short form of a name written in full (`after Kowalczyk.` beside `Anna Kowalczyk`).
  if (soft) {
    const textOfId = new Map<string, string | null>();
    for (const a of actors) {
      const seen = textOfId.get(a.id);
      if (seen === undefined) textOfId.set(a.id, a.text);
      else if (seen !== a.text) textOfId.set(a.id, null);
    }
    for (const a of actors) if (a.form === 'unregistered' && a.type !== 'place' && soft.has(a.text) && (cued(a) || textOfId.get(a.id) === null)) soft.delete(a.text);
  }
  const names = new Set(events.filter((ev) => !ev.soft || soft?.has(text.slice(ev.start, ev.end)) === true).map((ev) => text.slice(ev.start, ev.end)));
  let e = 0;
  return actors.filter((a) => {
    if (a.form !== 'unregistered') return true;
    while (e < events.length && (events[e]?.end ?? 0) <= a.start) e++;
    const ev = events[e];
    if (ev !== undefined && ev.start <= a.start && a.end <= ev.end && (!ev.soft || (a.type !== 'place' && soft?.has(text.slice(ev.start, ev.end)) === true))) return false;
    if (a.type === 'place' || !names.has(a.text)) return true;
    return cued(a);
  });
}

/**
 * The actors of an article that name no day: outside the dates the date extractor found and the
 * holidays and festivals found by their context. The one step between extracting actors and dates
 * and extracting claims (analysis and the tests' pipeline both call it).
 */
export function actorsOutsideDays(named: ActorMention[], dates: readonly Span[], article: Article, units: ArticleUnits): ActorMention[] {
  return actorsOutsideEvents(actorsOutsideDates(named, dates), articleEventNames(article, units), article.text);
}
