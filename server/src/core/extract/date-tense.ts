import { daysBetween, makeDay } from '../iso.js';
import type { Sentence } from '../types.js';

/** Among candidate days, the one the tense points to: the last on or before the reference (past), the first on or after it (coming), else the nearest. */
export function pickDay(candidates: readonly string[], reference: string, tense: number): string | undefined {
  if (tense < 0) return [...candidates].reverse().find((d) => d <= reference);
  if (tense > 0) return candidates.find((d) => d >= reference);
  let best: string | undefined;
  let gap = Infinity;
  for (const d of candidates) {
    const g = Math.abs(daysBetween(reference, d));
    if (g < gap) (gap = g), (best = d);
  }
  return best;
}

/**
 * Cue words of the future and of the past, after HeidelTime's tense rules for news
 * (Strötgen & Gertz): the nearest cue before the date in its clause decides, else the
 * first one after it in the sentence.
 */
/** Past forms of common irregular English verbs that news copy reports with (those that are no present form too: not `hit`, `cut`, `set`). */
const IRREGULAR_PAST = String.raw`rewrote|overtook|undertook|withdrew|withheld|upheld|forgot|got|grew|threw|knew|flew|blew|shook|froze|stole|drove|rode|hid|built|spent|lent|meant|felt|slept|dealt|fought|caught|taught|thought|sought|hung|stuck|swung|spun|sank|sang|rang|drank|overcame|forgave|ate|sat|lay|laid|heard|wound|bound|fed|sped|understood|woke|wore|tore|swore|slid|lit|dug|swam|shrank|sprang|strove|froze`;
/** (A later word of a cue of more than one word belongs in {@link CUE_LATER_WORD} too.) */
const FUTURE_CUE = String.raw`(?:hoped|wanted|aimed|intended|meant|supposed)\s+to|warn(?:s|ed|ing)?\s+of|forecasts?|predicted|predicts|will|could|might|may|should|must|needs?\s+to|ha(?:s|ve)\s+to|won['’]t|shall|would|can|['’]ll|due|scheduled|slated|expected|set\s+to|plans?|planned|planning|intends?\s+to|aims?\s+to|expects?|expecting|hop(?:e|es|ing)\s+to|wants?\s+to|seeks?\s+to|upcoming|next|tomorrow|to\s+be\s+held|is\s+to|are\s+to|going\s+to|until|till|likely|possible`;
/** Verbs in the present that news copy uses for what is scheduled ("the show closes on Friday", "Preston host Middlesbrough on Tuesday", "Acme reports its results on Tuesday"). */
const PRESENT_CUE = String.raw`is|are|resume|reopen|(?<!\b(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept|be|been|being|is|are|was|were)\s)(?:open|close)|end|begin|start|begins|starts|opens|closes|ends|meets|meet|votes|resumes|hosts|host|travels|travel|faces|plays|returns|holds|kicks\s+off|falls|takes|expires|launches|reopens|lands|sits|rules|hears|releases|publishes|goes|visits|arrives|leaves|enters|announces|unveils|presents|delivers|testifies|convenes|reconvenes|debates|reconvene|convene|reports|posts|stages|marks|celebrates|submits|pays|issues`;
const PAST_CUE = String.raw`(?:up|down)\s+from|according\s+to|said|told|met|was|were|had|did|held|signed|announced|reported|wrote|added|began|ended|went|came|took|gave|made|left|won|lost|rose|fell|saw|ran|sent|spoke|broke|struck|hit|beat|led|paid|sold|bought|brought|found|kept|stood|fled|quit|became|chose|drew|${IRREGULAR_PAST}|last|ago|earlier|yesterday|since|\w{3,}ed`;
/** One of the present's cues alone (a whole match). */
const PRESENT_ONE = new RegExp(String.raw`^(?:${PRESENT_CUE})$`, 'i');
const CUE_ALL = new RegExp(String.raw`\b(?:(?<future>${FUTURE_CUE}|${PRESENT_CUE})|(?<past>${PAST_CUE}))\b`, 'gi');
/** Participles that speak of what is to come ("expected", "scheduled"), which the past's `-ed` would take. */
const NOT_PAST = /^(?:expected|scheduled|planned|slated|proposed|intended|due)$/i;
/** Right before a date: the day a change starts from. */
const STARTING = /\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$/i;
/** A verb that moves a thing to a new date, up to three words of object, then "to" or "until" right before the date. */
const RESCHEDULED_TO = /\b(?:moved|postponed|pushed\s+back|put\s+off|deferred|rescheduled|shifted|brought\s+forward|moved\s+up)\s+(?:[a-z'’-]+\s+){0,3}?(?:to|until|till)\s+(?:the\s+)?$/i;
/** A weekday or day in apposition to "tomorrow" or "yesterday" ("tomorrow, Monday"). */
const APPOSITION = /\b(?:(?<future>tomorrow|tonight)|(?<past>yesterday|last\s+night))\s*,\s*$/i;

/**
 * The tense around a date in its sentence: 1 coming, -1 past, 0 unknown (no sentence, no cue).
 * The cue nearest to the date in its clause decides (before it or after it), else the first
 * one after it in the sentence; "tomorrow, Monday" is coming.
 */
export function tenseAt(sentence: Sentence | undefined, start: number, length: number): number {
  if (!sentence) return 0;
  const text = sentence.text;
  const at = start - sentence.start;
  // The tense depends on the sentence's text and the date's place in it only: the date's resolution and the passes
  // after it over the same block (years, ranges) ask again, so the last answers are kept (a ring: no allocation).
  for (let i = 0; i < RING; i++) {
    if (ringSentence[i] === sentence && ringText[i] === text && ringAt[i] === at && ringLength[i] === length) return ringTense[i]!; // in range: i < RING
  }
  const tense = tenseIn(text, at, length);
  ringSentence[ringNext] = sentence;
  ringText[ringNext] = text;
  ringAt[ringNext] = at;
  ringLength[ringNext] = length;
  ringTense[ringNext] = tense;
  ringNext = (ringNext + 1) % RING;
  return tense;
}

/** The last answers of {@link tenseAt} (a block's dates, about): its sentence, text, offset and length, and tense. */
const RING = 16;
const ringSentence: (Sentence | undefined)[] = new Array<Sentence | undefined>(RING).fill(undefined);
const ringText: string[] = new Array<string>(RING).fill('');
const ringAt = new Float64Array(RING);
const ringLength = new Float64Array(RING).fill(-1);
const ringTense: number[] = new Array<number>(RING).fill(0);
let ringNext = 0;

/** {@link tenseAt} of a date at `at` in a sentence's text. */
function tenseIn(text: string, at: number, length: number): number {
  const from = Math.max(0, at - 100);
  // "added 30 flights starting Saturday", "effective Monday": a change announced from a day lies ahead.
  if (STARTING.test(text.slice(Math.max(from, at - 20), at))) return 1;
  // "has been moved to January", "postponed the vote until March": the new date a thing is moved to lies ahead.
  if (RESCHEDULED_TO.test(text.slice(Math.max(from, at - 50), at))) return 1;
  if (APPOSITION.test(text.slice(Math.max(from, at - 24), at))) return /tomorrow|tonight/i.test(text.slice(Math.max(from, at - 24), at)) ? 1 : -1;
  // The clause before the date: after the last comma (not one inside a number), semicolon or "that".
  // A date right after a comma is in apposition to what the comma closes ("opened it on Founding Day, Feb. 22, and plans ..."): its clause is that one's.
  // (Only a closed apposition after a name or a figure: not a date that opens its own clause, "After the strike ended, Monday's talks will ...".)
  let clauseStart = clauseBefore(text, from, at);
  if (clauseStart > from && text.charCodeAt(clauseStart - 1) === 44 && !text.slice(clauseStart, at).trim() && APPOSED_TO.test(text.slice(Math.max(from, clauseStart - 16), clauseStart - 1)) && APPOSITION_CLOSED.test(text.slice(at + length, at + length + 2))) {
    clauseStart = clauseBefore(text, from, clauseStart - 1);
  }
  // A clause opened by "that" (no comma) hangs on the one before it, whose cue of the future counts when it has none of its own.
  const outer = text.startsWith('that ', clauseStart - 4) ? clauseBefore(text, from, clauseStart - 4) : clauseStart;
  const clause = text.slice(clauseStart, at);
  // A deadline set by a wish or an order ("she wanted the budget signed by the Fourth of July") is to come.
  // So is one of an infinitive's ("met the sponsors to find the money by Thursday").
  if (DEADLINE.test(text.slice(Math.max(clauseStart, at - 12), at)) && (WISH.test(clause) || INFINITIVE.test(clause))) return 1;
  // What usually happens ("the festival, usually held in September", "losses usually come in April") has no tense: the nearest.
  if (HABITUAL.test(clause)) return 0;
  // A condition ("would lock workers out if no deal was reached by Friday") takes the tense of the clause it conditions.
  const condition = CONDITION.exec(clause);
  const cuesEnd = condition ? clauseStart + condition.index : at;
  let last = 0;
  let lastEnd = -1;
  let lastStart = -1;
  let pastVerbOnly = false;
  let lastWord = '';
  let pastAction = false;
  let futureInPast = false;
  const beforeCuesEnd = upTo(text, cuesEnd);
  CUE_ALL.lastIndex = clauseStart;
  // A quotation closed inside the clause ("hung a banner reading "X is not for sale" on Sunday") is another speaker's tense.
  const quoted = quotedSpans(text, clauseStart, cuesEnd);
  for (let m = CUE_ALL.exec(beforeCuesEnd); m && m.index < cuesEnd; m = CUE_ALL.exec(beforeCuesEnd)) {
    if (m.index + m[0].length > cuesEnd) break;
    if (quoted && quoted.some(([a, b]) => m!.index > a && m!.index < b)) continue;
    // (With no cue before it, an infinitive is a headline's or a plan's: "Tobacco Commission to meet buyers on Thursday".)
    const c = cueOf(m, text) || (last === 0 && !futureInPast && infinitivePresent(m, text) ? 1 : 0);
    // "sheltered in a school until Monday": "until" after a past verb and no cue of the future in its clause keeps the past, unless the verb holds something over ("adjourned until").
    // (Not after a present perfect, whose state holds now: "have added a weekly ship until December".)
    // A deadline given holds over too, with its infinitive after the day ("gave creditors until May 9 to file"; not "were allowed in until January, when ...").
    if (c > 0 && pastVerbOnly && UNTIL.test(m[0]) && !holdsOver(text.slice(clauseStart, m.index), text.slice(at + length, at + length + 24)) && !PRESENT_PERFECT.test(text.slice(clauseStart, m.index))) continue;
    // What was due or scheduled at the time of a past action ("missed a payment due on Tuesday", "was called off before it
    // was due to begin on Sunday") lies near that action, on either side of the report: the nearest such day. (Not after a
    // verb of saying alone: "said the vote was expected on Friday" reports what is to come.)
    // (Only a verb that acts on what fell due, or "before it was due": what a past action postpones or calls off is still ahead.)
    if (c > 0 && pastVerbOnly && FUTURE_IN_PAST.test(m[0]) && (pastAction || BEFORE_IT_WAS.test(text.slice(Math.max(clauseStart, m.index - 40), m.index)))) {
      (last = 0), (lastEnd = -1), (lastStart = -1), (futureInPast = true);
      continue;
    }
    if (c < 0 && FALL_DUE.test(m[0])) pastAction = true;
    if (c) pastVerbOnly = (lastStart < 0 || pastVerbOnly) && c < 0 && !NOT_A_VERB.test(m[0]);
    if (c) (last = c), (lastEnd = m.index + m[0].length), (lastStart = m.index), (lastWord = m[0]);
  }
  if (futureInPast && !last) return 0;
  // "asked the bank to give evidence in March", "had been asked to extend loans until April", "summoned him to a hearing on Sunday": what a past request or plan asks for lies ahead of it.
  // (Not when a past verb about the sitting follows it in the sentence: "summoned to a hearing on Monday, where he apologised".)
  if (last < 0 && (REQUEST_TO.test(text.slice(lastStart, at)) || DECIDED_TO.test(text.slice(lastStart, at)) || (SUMMONED_TO.test(text.slice(lastStart, at)) && !sittingHeld(text.slice(at + length, at + length + 80))))) last = 1;
  if (condition && last) return last;
  // "If we go dark on Tuesday, …": a condition in the present speaks of what is to come.
  if (condition && !hasPast(text, clauseStart + condition.index, at)) return 1;
  // A date right before "that" dates a report ("told the council, the Sakrebulo, on Wednesday that
  // inspectors would ...", "forecast Monday that the river would ..."): the reported clause's tense is not
  // the date's. A prediction made that day is past; a clause with no cue takes the sentence's before it.
  if (THAT_AFTER.test(text.slice(at + length, at + length + 6))) {
    if (last > 0) return PREDICTION.test(lastWord) ? -1 : 1;
    if (last < 0) return -1;
    return lastCue(text, Math.max(0, clauseStart - 150), clauseStart);
  }
  // A date of an event noun ("called the spill an issue for the election on Aug. 13"): the verb before it dates the report, not the event.
  const eventNoun = last < 0 && EVENT_NOUN_ON.test(text.slice(Math.max(clauseStart, at - 40), at));
  if (eventNoun) (last = 0), (lastEnd = -1);
  const end = at + length;
  const limit = Math.min(text.length, end + 60);
  const after = text.slice(end, limit);
  const stop = after.search(CLAUSE_END);
  CUE_ALL.lastIndex = end;
  for (let m = CUE_ALL.exec(text); m && m.index < limit; m = CUE_ALL.exec(text)) {
    const c = cueOf(m, text);
    if (!c) continue;
    const d = m.index - end;
    // "ordered the army on Tuesday to open …": an infinitive after the date is what was ordered, not the date's tense.
    if (last && INFINITIVE_MARK.test(text.slice(Math.max(end, m.index - 4), m.index))) continue;
    // A pronoun after the date opens the reported clause ("told parliament on Monday she would ..."): its cue is not the date's.
    if (last && NEW_SUBJECT.test(text.slice(end, m.index))) break;
    // "for passengers booked on Abay": a participle after its noun (a reduced relative clause) has no tense of its own.
    if (last && c < 0 && REDUCED_RELATIVE.test(text.slice(Math.max(end, m.index - 30), m.index + m[0].length + 6))) continue;
    // "a report it received in May warning of floods", "a memo sent in June expecting cuts": a participle in -ing after a past
    // clause's date tells what the noun said, not when.
    if (last < 0 && c > 0 && ING_PARTICIPLE.test(m[0])) continue;
    // With no cue before it, a cue past the end of its clause is another clause's: a coordinate one with a subject of its
    // own ("cut the rate on May 2, and the board meets again ..."), or the main clause a relative one closes into
    // ("the bank, which cut its rate in May, is due to ..."). The date then takes the nearest such day.
    if (!last && stop >= 0 && d > stop && (COORDINATE_CLAUSE.test(after.slice(stop)) || (RELATIVE_OPEN.test(text.slice(clauseStart, at)) && after.charCodeAt(stop) === 44))) break;
    // Within the clause, the nearer cue wins ("said the strike on Friday would ..." is coming).
    if (!last || (d < (stop < 0 ? Infinity : stop) && d < at - lastEnd)) return c;
    break;
  }
  // Only a cue of what is to come: the past of a verb of saying ("said on Thursday that ...") is not the tense of what was said.
  if (last || eventNoun) return last;
  if (outer < clauseStart) return Math.max(0, lastCue(text, outer, clauseStart));
  // No cue in its clause: the sentence's, as HeidelTime reads a sentence's tense ("The cabinet is due to
  // meet on the 8th, after the holidays on Monday"); only one of what is to come, as above, and not
  // from inside a quotation (another speaker's tense).
  if (clauseStart === 0) return 0;
  // A coordinate clause with no verb of its own ("…, and again briefly in November") shares its first conjunct's verb,
  // past or future: the gapped verb is that one.
  if (GAPPED.test(clause)) return lastCue(text, Math.max(0, clauseStart - 200), clauseStart);
  const sentenceFrom = Math.max(0, clauseStart - 200);
  const quote = Math.max(text.lastIndexOf('"', clauseStart), text.lastIndexOf('”', clauseStart));
  return Math.max(0, lastCue(text, Math.max(sentenceFrom, quote + 1), clauseStart));
}

/** The quotations that open and close between two offsets, as [open, close] pairs (undefined when none: most clauses). */
function quotedSpans(text: string, from: number, to: number): [number, number][] | undefined {
  let out: [number, number][] | undefined;
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 ? open < 0 : c === 0x201c) open = i;
    else if ((c === 0x22 || c === 0x201d) && open >= 0) (out ??= []).push([open, i]), (open = -1);
  }
  return out;
}

/** Whether a cue of the past lies between two offsets. */
function hasPast(text: string, from: number, to: number): boolean {
  const before = upTo(text, to);
  CUE_ALL.lastIndex = from;
  for (let m = CUE_ALL.exec(before); m && m.index + m[0].length <= to; m = CUE_ALL.exec(before)) if (cueOf(m, text) < 0) return true;
  return false;
}

/** Where the clause that ends at `at` starts: after the last comma (not one inside a number), semicolon or "that". */
function clauseBefore(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) && !inNameList(text, i)) || c === 59) return i + 1;
    if (c === 32 && text.startsWith('that ', i + 1) && i + 5 < at) return i + 5;
  }
  return from;
}

/** The last cue between two offsets: the tense of the clause a cueless one hangs on ("must map every farm that supplies them from Dec. 30"). */
function lastCue(text: string, from: number, to: number): number {
  let last = 0;
  const before = upTo(text, to);
  CUE_ALL.lastIndex = from;
  for (let m = CUE_ALL.exec(before); m && m.index + m[0].length <= to; m = CUE_ALL.exec(before)) last = cueOf(m, text) || last;
  return last;
}

/**
 * The text up to `end`, so that a scan for cues stops there instead of reading on to the sentence's
 * end; the whole text where a cue could run over the cut: between two word characters (`\b`), or
 * before a later word of a cue of more than one word ("wanted | to", "kicks | off").
 */
function upTo(text: string, end: number): string {
  if (end >= text.length || (isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end)))) return text;
  CUE_LATER_WORD.lastIndex = end;
  return CUE_LATER_WORD.test(text) ? text : text.slice(0, end);
}
/** The words that follow the first in the cues of more than one word ({@link FUTURE_CUE}, {@link PRESENT_CUE}). */
const CUE_LATER_WORD = /\s*(?:to|of|off|be|held)\b/iy;
/** A character of `\w`. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether the date is a day appointed for something ("set oral arguments for Thursday",
 * "adjourned the case until Monday"): a weekday so appointed lies ahead of the report.
 */
export function appointedAt(sentence: Sentence | undefined, start: number): boolean {
  if (!sentence) return false;
  const at = start - sentence.start;
  return APPOINTED.test(sentence.text.slice(Math.max(0, at - 60), at));
}

/** A comma inside a list of names ("in Casablanca, Rabat and Marrakech from Monday"), which opens no clause. */
function inNameList(text: string, comma: number): boolean {
  if (WORD_LIST_AFTER.test(text.slice(comma + 1, comma + 60))) return true;
  return NAME_BEFORE.test(text.slice(Math.max(0, comma - 30), comma)) && NAME_LIST_AFTER.test(text.slice(comma + 1, comma + 80));
}
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;
const NAME_LIST_AFTER = /^\s+\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)*,?\s+(?:and|or)\s+\p{Lu}/u;

/** A verb that appoints a day, then the day's preposition right before the date. */
const APPOINTED = /\b(?:set|fixed|adjourned|postponed|deferred|rescheduled|pushed\s+back|brought\s+forward|called|summoned|listed)\b[^,;.]{0,40}\b(?:for|to|until|till)\s+(?:the\s+)?$/i;
/** "the election on": a date after "the" and a noun (not the object of a verb of telling, "told the court on"), after a preposition
 * ("a boycott of the referendum on"; not a partitive's "of", "paid half of the arrears on"). */
const EVENT_NOUN_ON = /\b(?:for|(?<!\b(?:half|all|some|most|part|rest|much|many|none|share|bulk|portion|each|any|lot|lots|number|majority|remainder|one|two|three)\s)of|before|after|about|over|during|ahead\s+of|until)\s+the\s+[a-z]+\s+on\s+$/;
/** A comma inside a list of one-word items ("will meet producers, distributors and the union"). */
const WORD_LIST_AFTER = /^\s+[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)*,?\s+(?:and|or)\s/u;
/** A conditional conjunction inside the clause before a date. */
// "once" opens a condition only before its clause's subject, not as an adverb ("once more", "once again", "once a year", "once before").
const CONDITION = /\b(?:if|unless|once(?!\s+(?:more|again|a|an|every|each|or|and|before|in|upon|twice|already|agreed|approved)\b))\b/i;

const UNTIL = /^(?:until|till)$/i;
/** Adverbs of what happens as a rule, whatever the year. */
const HABITUAL = /\b(?:usually|normally|traditionally|typically|customarily|habitually)\b/i;
/** A present perfect: "has" or "have", then a participle. */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:\w+ed|been|built|kept|put|set|made|sent|run|begun)\b/i;
/** Verbs whose "until" sets the day something is held over to, which lies ahead of the report. */
const HOLDS_OVER = /\b(?:set|fixed|adjourned|postponed|deferred|rescheduled|pushed\s+back|extended|suspended|delayed|remanded|stayed|closed|shut|banned|barred|halted|cancell?ed)\b/i;
/** Verbs that give a deadline: only with the deadline's infinitive after the day ("gave creditors until May 9 to file"). */
const GIVES_UNTIL = /\b(?:gave|given|granted|allowed)\b/i;
/** A deadline's infinitive right after a date: "to" and a verb, not a noun's determiner or a number. */
const DEADLINE_INFINITIVE = /^\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)\p{Ll}{2,}/u;
/** Whether the verbs before "until" hold something over to the day (`after`: the text after the date). */
function holdsOver(before: string, after: string): boolean {
  return HOLDS_OVER.test(before) || (GIVES_UNTIL.test(before) && DEADLINE_INFINITIVE.test(after));
}
/** What a date in apposition follows: a capitalised word or a figure (`Founding Day`, `May 4`). */
const APPOSED_TO = /(?:\p{Lu}[\p{L}.'’-]*|\d)$/u;
/** A closed apposition: a comma, a stop or the sentence's end after the date. */
const APPOSITION_CLOSED = /^(?:[,.;:]|$)/;
/** "up from", "down from": a past cue of its own. */
const UP_DOWN_FROM = /^(?:up|down)\s+from$/i;
/** A word of a forecast or of the future anywhere in a sentence. */
const FORECAST_WORD = /\b(?:will|would|could|might|may|shall|forecasts?|forecaster|projected|projects|expects?|expected|predicts?|predicted|seen\s+at|likely)\b/;
/** Past cues that are no verb: "last", "ago", "earlier", "since", "yesterday". */
const NOT_A_VERB = /^(?:last|ago|earlier|since|yesterday)$/i;
/**
 * A verb of asking or planning, then "to" and a verb (a lowercase word that is no determiner):
 * the infinitive's date ("urged them to pay by Friday") lies after the request.
 */
const REQUEST_TO = /\b(?:asked|urged|invited|summoned|requested|pressed|encouraged|advised|planned|promised|pledged|vowed)\b[^,;]{0,60}?\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|be|about|around)\b)[a-z]{2,}\b/i;
/**
 * A decision taken ("voted to close the market from March 1"): only a start or a deadline the decision
 * sets lies ahead; a plain day ("voted to approve the merger on Tuesday") dates the vote itself.
 */
const DECIDED_TO = /\b(?:voted|agreed|decided|resolved)\b[^,;]{0,60}?\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|be|about|around)\b)[a-z]{2,}\b(?:[^,;]|(?<=\d),(?=\d))*\b(?:from|by|before|until|till|starting|effective)\s+$/i;
/** A summons or an invitation to a sitting ("summoned the minister to a hearing on Sunday"): the sitting lies after it. */
const SUMMONED_TO = /\b(?:summoned|invited|called|convened)\b[^,;]{0,60}?\bto\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:hearing|meeting|session|summit|vote|ceremony|inquiry|trial|briefing|talks)\s+(?:on|in|for)\s+$/i;
/** A past verb about the sitting after its date, in a clause that "where", "at which" or "and" opens ("…, where he apologised", "… and questioned him"). */
const SITTING_HELD = /^[^.;!?]{0,40}?\b(?:where|when|at\s+which|during\s+which|and)\s+(?:(?:he|she|they|we|it|members|lawmakers|officials|(?:the|his|her|their)\s+[a-z]+)\s+)?(?:[a-z]+ly\s+)?([a-z]+ed|told|said|gave|spoke|took|made|heard|met|sat|faced|left|went|came|was|were|did|read|put|withdrew|admitted|apologi[sz]ed)\b/i;

/** Whether the sentence after a summoned sitting's date tells what happened at it: then the sitting is past. */
function sittingHeld(after: string): boolean {
  const m = SITTING_HELD.exec(after);
  return m !== null && !NOT_PAST.test(m[1] ?? '');
}
const DEADLINE = /\b(?:by|before)\s+(?:the\s+)?$/i;
/** An infinitive: "to" and a verb (a lowercase word that is no determiner, pronoun or "be"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|be|about|around|work|school|court|power|office)\b)[a-z]{3,}\s/;
/** "to" right before a verb. */
const INFINITIVE_MARK = /\bto\s+$/i;
/** "that" opening a reported clause right after a date. */
const THAT_AFTER = /^\s+that\s/;
const WISH = /\b(?:wants?|wanted|hop(?:e|es|ed|ing)\s+to|aim(?:s|ed|ing)?\s+to|agreed|promised|pledged|vowed|urged|asked|demanded|ordered|needs?|needed|expects?|must)\b/i;
/** A subject pronoun alone between a date and the next cue: the reported clause of a verb of saying, with no "that". */
const NEW_SUBJECT = /^\s+(?:he|she|it|they|we|i|you)\s+$/i;
/** A preposition or determiner, a lowercase noun, then a participle in -ed and a preposition: "for passengers booked on". */
const REDUCED_RELATIVE = /\b(?:for|to|of|with|from|by|on|at|in|the|a|an|its|their|his|her|some|many|all|more)\s+[a-z]{3,}\s+[a-z]{3,}ed\s+(?:on|in|at|by|for|from|with|to|under|into|through)\b/;
/** A coordinate clause with a subject of its own after the end of a date's clause: ", and the board", "; its chief". */
const COORDINATE_CLAUSE = /^(?:;|,\s+(?:and|but|while|whereas))\s+(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z])/;
/** Cues of what is to come that a past action can hold in its own time ("a payment due on", "was scheduled to"). */
const FUTURE_IN_PAST = /^(?:due|scheduled|slated|expected|supposed\s+to|set\s+to)$/i;
/** Past verbs that act on a thing that fell due ("missed a payment due on", "repaid a loan due in"). */
const FALL_DUE = /^(?:missed|paid|repaid|skipped|defaulted|made|met)$/i;
/** "before it was " right before a cue of what was due: the due time is the past action's own. */
const BEFORE_IT_WAS = /\bbefore\s+(?:it|they|he|she|the\s+[a-z]+)\s+(?:was|were|had\s+been)\s+$/i;
/** A relative clause's opening word at the start of a date's clause ("which cut its rate in May"). */
const RELATIVE_OPEN = /^\s*(?:which|who)\b/;
/** The opening of a coordinate clause with no verb before the date ("and again in", "but only briefly in", "or by a smaller amount in"). */
const GAPPED = /^\s*(?:and|or|but)\s+(?:(?:also|again|once|more|then|only|later|briefly|twice|still|even|by|for|a|an|the|smaller|larger|few|two|three|four|weeks?|days?|months?|amount|margin|[a-z]+ly)\s+)*(?:in|on|during|until|till|at)\s*$/i;
/** A finite "proposed" takes an object: a determiner after it. */
const PROPOSED_OBJECT = /^\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|new)\s/i;
/** A date the proposal is to take effect from ("proposed a levy from May", "starting May"): the plan's date lies ahead. */
const FROM_DATE = /\b(?:from|by|until|till|starting|effective|beginning)\s+(?:the\s+)?(?:\d|[A-Z][a-z]{2})/;
const CLAUSE_END = /[,;]|\b(?:that|after|before|when|while|because|which|who|where|if|but|and)\b/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Words in -ed that are no verb's past ("greed" alone: "agreed" is a past). */
const NOT_A_PAST_ED = /^(?:\w*(?:speed|feed|seed|weed|bleed|breed|heed)|greed|indeed|proceed|exceed|succeed|hundred|sacred|kindred|naked|wicked|beloved|rugged|wretched|embed)$/i;
const PREDICTION = /^(?:forecasts?|predicted|planned)$/i;

/** "by" and a name: the agent of a participle ("made by Mobilo"). */
const AGENT_AFTER = /^\s+by\s+\p{Lu}/u;
/** A lowercase noun-like word (no pronoun or auxiliary) right before a participle. */
const NOUN_WORD_BEFORE = /(?:^|\s)(?!(?:he|she|it|they|we|i|you|who|which|that|and|or|was|were|had|has|have|is|are)\s)[a-z]{3,}\s+$/;
const AUXILIARY = /^(?:was|were|had|did)$/i;
/** A passive participle after "be" or "been" ("will be tabled") takes its tense from the auxiliary before it. */
const PASSIVE = /\b(?:be|been|being)\s+$/i;
/** "is", "are" (and an adverb in -ly) right before a participle: a passive in the present. */
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:(?:also|still|now|not|only|[a-z]+ly)\s+)?$/i;
/** "of" or "with" and a verb in -ing right after a participle ("accused of robbing", "charged with stealing"): an act the passive reports. */
const ING_ACT_AFTER = /^\s+(?:of|with)\s+(?!\w*thing\b)[a-z]{2,}ing\b/i;

/** A noun, not a verb: "plan" after a determiner or a possessive ("Keystone's plan on March 26"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|whose)|['’]s)\s+$/i;

const PLAN_VERB_AFTER = /^\s+(?:to|a|an|the|their|its|his|her|our|more|further|new|no)\b/i;
const PLAN_VERB_BEFORE = /\b(?:we|they|i|you|to)\s+$/i;

/** A word after "reports", "posts" or "issues" that makes it a noun ("media reports on Tuesday said"). */
const NOUN_PLURAL_AFTER = /^(?:\s+(?:on|in|of|that|from|by|at|about|for|to|and|or|said|say|says|show|showed|suggest|suggested|were|are|have|had)\b|\s*[,.;:])/i;
/** A count: figures (no year) or a number word. */
const COUNT = String.raw`(?:(?!(?:19|20)\d\d\s)\d[\d,.]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens?|hundreds?|thousands?|millions?)`;
/**
 * A count right before a word, itself after a word that takes a count ("by 58 votes", "won two
 * starts", "the 12 debates") or opening the sentence; not a label after a noun ("Phase 2 begins",
 * "stage 3 starts", "Apollo 11 launches") nor a year ("in 2027 begins").
 */
const NUMBER_BEFORE = new RegExp(String.raw`\b(?:by|of|with|to|than|the|its|their|his|her|our|and|or|only|just|some|about|nearly|almost|over|under|from|for|all|won|took|got|lost|had|has|have|cast|\p{Ll}{2,}ed)\s+${COUNT}\s+$`, 'u');
const NUMBER_OPENS = new RegExp(String.raw`^\s*${COUNT}\s+$`, 'u');
/** A present cue that also names things counted ("votes", "returns", "starts"): never "begins", "opens", "closes". */
const COUNTED_PLURAL = /^(?:votes|returns|starts|ends|meets|hosts|travels|faces|plays|holds|falls|takes|launches|lands|rules|releases|visits|leaves|presents|debates|reports|posts|stages|marks|issues)$/i;
/** Whether a count stands right before offset `i` of `text`. */
function countBefore(text: string, i: number): boolean {
  return i <= 24 ? NUMBER_OPENS.test(text.slice(0, i)) || NUMBER_BEFORE.test(text.slice(0, i)) : NUMBER_BEFORE.test(text.slice(i - 32, i));
}
const NOUN_OR_VERB = /^(?:reports|posts|issues|marks)$/i;

/** Verbs of a schedule that also name things (`Open`, `End`). */
const SCHEDULE_WORD = /^(?:open|close|end|begin|start)$/i;
/** A cue of what is to come written as a participle in -ing ("warning of", "expecting", "planning"). */
const ING_PARTICIPLE = /^(?:warning\s+of|expecting|planning|hoping\s+to)$/i;
/** A capitalised word in -ed ("Mohammed") (hoisted: esbuild compiles a `\p{}` literal to a `new RegExp` where it stands). */
const CAPITALISED_ED = /^\p{Lu}\p{Ll}+ed$/u;
/** A modal or "to" right before a word. */
const MODAL_BEFORE = /\b(?:will|would|could|should|might|must|can|to)\s+$/i;

/** Whether a cue is a present that schedules, written as an infinitive ("to end", "to meet"). */
function infinitivePresent(m: RegExpMatchArray, text: string): boolean {
  return m.groups?.future !== undefined && PRESENT_ONE.test(m[0]) && INFINITIVE_MARK.test(text.slice(Math.max(0, m.index! - 4), m.index));
}

function cueOf(m: RegExpMatchArray, text: string): number {
  if (m.groups?.future) {
    if (m[0] === 'May') return 0;
    // An infinitive of a verb that schedules in the present ("the union voted to end the strike on Tuesday", "was forced to
    // close on Friday") is no present: the verb it hangs on gives the tense.
    if (infinitivePresent(m, text)) return 0;
    // A capitalised verb-like word inside a sentence is a name's (`the Almaty Open on Sunday`).
    // "the end of July", "an open letter": a noun or an adjective, no verb.
    if (SCHEDULE_WORD.test(m[0]) && (/^\s+of\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) || NOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index)))) return 0;
    if (SCHEDULE_WORD.test(m[0]) && m[0].charCodeAt(0) < 97 && m.index! > 0 && !/[.!?"“]\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index))) return 0;
    // "by 58 votes", "two returns": a present's word after a number is a noun.
    // (Only a count before a plural: "Phase 2 begins on Monday" and "the 10 are due" still schedule.)
    if (COUNTED_PLURAL.test(m[0]) && countBefore(text, m.index!)) return 0;
    if (NOUN_OR_VERB.test(m[0]) && (NOUN_PLURAL_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)) || NOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index)))) return 0;
    // "had forecast in March": a prediction made in the past.
    // Not what a plan was for ("had planned to ship before Christmas").
    if (PREDICTION.test(m[0]) && /\bhad\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index)) && !/^\s+to\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) return -1;
    // "We planned for this in March": a pronoun's "planned" with no "to" after it tells what was done.
    if (/^planned$/i.test(m[0]) && PLAN_VERB_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index)) && !/^\s+to\b/i.test(text.slice(m.index! + 7, m.index! + 11))) return -1;
    if (/^(?:plans?|forecasts?)$/i.test(m[0]) && NOUN_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) return 0;
    // "plan" is a verb with "to" or an object's determiner after it ("plan a protest") or a pronoun before it: else a noun ("the financing plan on Monday").
    if (/^plan$/i.test(m[0]) && !PLAN_VERB_AFTER.test(text.slice(m.index! + 4, m.index! + 16)) && !PLAN_VERB_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index))) return 0;
    return 1;
  }
  // "proposed the levy in May", "first proposed a cap": a finite verb with its object is a past act; the participle
  // ("the proposed levy", "proposed for May") and the plan ("proposed to raise ... from May") stay ahead.
  if (/^proposed$/i.test(m[0]) && PROPOSED_OBJECT.test(text.slice(m.index! + 8, m.index! + 24)) && !NOUN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index)) && !FROM_DATE.test(text)) return -1;
  if (NOT_PAST.test(m[0])) return 1;
  // "down from 4% in May" is past, but not in a forecast, whose figures all lie ahead ("will ease to 3% by June, down from 4% in May, the bank forecast").
  if (UP_DOWN_FROM.test(m[0]) && FORECAST_WORD.test(text)) return 0;
  // After a modal or "to" a verb is a bare infinitive, no past ("would lay up three trawlers", "to cut costs").
  if (MODAL_BEFORE.test(text.slice(Math.max(0, m.index! - 9), m.index))) return 0;
  // Words in -ed that are no past ("speed", "exceed", "indeed", "hundred"), and names in -ed ("Mohammed", "Ahmed") inside a sentence.
  if (NOT_A_PAST_ED.test(m[0]) || (m.index! > 0 && CAPITALISED_ED.test(m[0]) && !/[.!?"“]\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index)))) return 0;
  if (PASSIVE.test(text.slice(Math.max(0, m.index! - 8), m.index))) return 0;
  // "an audit is completed by Oct. 30", "bonuses are paid in March": a passive in the present has the tense of its auxiliary, no past.
  // Not one whose participle takes an act in -ing ("are accused of robbing a bank on Monday", "is charged with stealing"):
  // the charge tells of a past act, which the date dates.
  if (PRESENT_PASSIVE.test(text.slice(Math.max(0, m.index! - 16), m.index)) && !ING_ACT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) return 0;
  // "buses made by Mobilo", "a plant built by Acme": a participle after a noun, with its agent, has no tense.
  if (!AUXILIARY.test(m[0]) && AGENT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8)) && NOUN_WORD_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index))) return 0;
  return -1;
}

export function nearestYear(refYear: number, month: number, refMonth: number): number {
  const diff = month - refMonth;
  if (diff > 6) return refYear - 1;
  if (diff < -6) return refYear + 1;
  return refYear;
}

/**
 * The year of a year-less day: the nearest (within half a year), unless the tense
 * says otherwise by more than a month (a past event in April read in November is
 * this April, not the next). The tense may be given as a function, called only for
 * a day more than a month away (most days news copy names are nearer: no tense read).
 */
export function yearOf(month: number, day: number, reference: string, tense: number | (() => number)): number {
  const y = nearestYear(+reference.slice(0, 4), month, +reference.slice(5, 7));
  const at = makeDay(y, month, Math.min(day, 28))!;
  const gap = daysBetween(reference, at);
  if (gap <= 31 && gap >= -31) return y;
  const t = typeof tense === 'number' ? tense : tense();
  if (t < 0 && gap > 31) return y - 1;
  if (t > 0 && gap < -31) return y + 1;
  return y;
}
