// Typing by context: what the words around a name say it is ("X's chief executive",
// "shares in X", "X, the utility,", "X, 54,", "told X", "in X"), as votes per type.
import { isGivenName, isLocalTown, isPlaceHead, isSurname, placeNamed } from './gazetteer.js';
import { HONORIFICS } from './gazetteer-data.js';
import { DOTTED_TITLES, POST_NOMINALS } from './title-data.js';
import { isActorNoun, isCode, isCommonWord, isEnglishWord } from './common-words.js';
import { libraryVote } from './library-vote.js';
import { CLUB_WORDS, FEATURE_HEADS, INSTITUTIONS, ORG_AFTER, ORG_BEFORE, ORG_WORDS, PERSON_AFTER, PERSON_BEFORE, PLACE_AFTER, PLACE_CUES, SETTLEMENT_AFTER, TITLES, foldSpelling } from './names.js';
import { POSITION_TITLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_QUALIFIERS } from './title-words.js';
import { nameTokens, normalize, slug } from './tokens.js';
import { HONOUR_HEADS, claim, givenLeads, givenNameOf, matchCue, scoreAfter, type FirstNames } from './unregistered-clusters.js';
import { suffixEnd } from './unregistered-acronyms.js';
import type { Known } from './unregistered-titled.js';
import type { Part } from './runs.js';
import { CONNECTORS, HOLDING_IN, PARTICLES, PATRONYMIC, endOf, firstOf, isGiven, isSpace, keyOf, landAfter, lastOf, lowerWordBefore, placeAppositionAt, placeContext, placeOf, placeOfBefore, riverAfter, strongPlaceContext, surnameAt, type Cand, type Ctx, type Surnames } from './unregistered-words.js';

/** Common nouns for a body, right before its name. */
const BODY_NOUN_LIST = 'group firm company charity party union agency campaign network lender insurer carmaker automaker chipmaker retailer broadcaster newspaper outlet club side team band startup watchdog regulator tank airline carrier bank fund gallery broker publisher nonprofit organisation organization utility association cooperative foundation registry conglomerate manufacturer maker operator miner brewer developer supplier giant chain provider producer exchange consultancy brokerage journal magazine tabloid daily weekly arm subsidiary affiliate exporter importer shipper refiner roaster distributor wholesaler builder contractor mill factory bottler distillery'.split(' ');
const BODY_NOUNS = BODY_NOUN_LIST.join('|');

/** The same nouns, for a capitalised first word of a sentence ("Consultancy X said"). */
export const BODY_NOUN_SET: ReadonlySet<string> = new Set(BODY_NOUN_LIST);

/** Nouns for a body that also name people by their trade ("miners X and Y", "film producers X and Y"): no plural of theirs types a name. */
const TRADES = new Set('miner producer developer builder contractor brewer maker operator broker publisher supplier roaster distributor wholesaler band side team'.split(' '));

/** A noun's plural ("firms", "companies", "brokerages"). */
const plural = (n: string): string => (/[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : /(?:ch|sh|x|s)$/.test(n) ? `${n}es` : `${n}s`);
/** The nouns but the trades in the plural, before the names of a list ("ride-hailing firms X and Y"). */
const BODY_PLURALS = BODY_NOUN_LIST.filter((n) => !TRADES.has(n)).map(plural).join('|');

/**
 * The same nouns in the plural, and rivals and peers, for a capitalised first word of a sentence before a list of names
 * ("Exporters X and Y said", "Rivals X and Y"): each name of the list is a body's.
 */
export const BODY_PLURAL_SET: ReadonlySet<string> = new Set([...BODY_NOUN_LIST.filter((n) => !TRADES.has(n)).map(plural), 'rivals', 'competitors', 'peers']);

/** A plural noun for bodies right before a list's first name ("exporters X and Y", "rivals X, Y and Z"). */
const BODY_PLURAL_BEFORE = new RegExp(`\\b(?:${BODY_PLURALS}|rivals|competitors|peers),?\\s+$`);

/** A common noun for a body right before a name makes it one ("victims' group Kingsmead Action", "the lender Northwind", "shippers, X and Y"). */
export const BODY_BEFORE = new RegExp(`\\b(?:${BODY_NOUNS}|${BODY_PLURALS}),?\\s+$`);

/** Body nouns that may also stand for something else before a name, besides the trades: a tank, a carrier, a giant, a daily, an arm, an exporter. */
const NOT_ONLY_BODIES = new Set('tank carrier giant daily weekly arm exporter importer shipper refiner'.split(' '));
const BODY_ONLY = BODY_NOUN_LIST.filter((n) => !TRADES.has(n) && !NOT_ONLY_BODIES.has(n));
/**
 * Nouns before a name that no person's trade shares ("the union X", not "builder X" or "producer X"): they type a name a
 * given name leads. Right before it, no comma: a name set off by one is an apposition or a clause's subject, someone of the
 * body ("a lawyer for the company, Jane Doe, said"; "Nobody had warned the union, Amara said").
 */
const BODY_ONLY_BEFORE = new RegExp(`\\b(?:${[...BODY_ONLY, ...BODY_ONLY.map(plural)].join('|')})\\s+$`);

/** After a name led by a given name that a body's noun precedes: what a body's name is followed by, not a clause it opens ("the union Jane Doe leads"). */
// (A conjunction that opens a clause about the body ends the name too, "the firm X until it repays"; only with "it" or
// "its" next: "left the club Ana Costa because the pay was late" is a person's. Not a preposition, whose phrase a clause
// the name opens may carry: "the union X in 2019 helped found".)
const BODY_NAME_ENDS = /^(?:\s*[,.;:)]|['’]s\b|\s+(?:said|says|has|had|is|was|will|would|announced|told|declined|did|does|and)\b|\s+(?:until|unless|because)\s+its?\b)/;

/** A determiner before the noun (and up to two modifiers) right before a name ("whose" too: "whose campaign Jane Doe runs" is a clause). */
const DETERMINED_NOUN = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ww]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|\p{L}+['’]s?)\s+(?:[\p{L}-]+\s+){1,3}$/u;
/**
 * A trade that names a firm when a lowercase noun of its goods or services stands before it and a lone given name after it
 * ("shoes maker X", "coffee roaster X", "parts supplier X"): a person so described is named in full. Not a maker of
 * films, laws or peace (PERSON_COMPOUND).
 */
const GOODS_TRADE_BEFORE = /\b(\p{L}\p{Ll}{2,})\s+(?:maker|roaster|supplier|distributor|wholesaler|manufacturer)\s+$/u;

/**
 * After a name, "had" or "has" and a participle that takes no object, a preposition or the clause's end next: a relative
 * clause with the noun its object ("the gallery Jane Doe had painted for the city", "the union Jane Doe has led since 2019"),
 * the name a person's; a body's name is the subject of a participle with its object ("the gallery Jane Doe had sold the statue").
 */
const RELATIVE_GAP = /^\s+(?:has|had)\s+(?:(?:long|once|never|already|just|recently)\s+)?\p{Ll}+(?:ed|en|wn|lt|ght|un|ng)(?=\s*[,.;:)]|\s+(?:for|in|on|at|since|from|with|during|over|until|before|after|by|and|but|decades|years)\b)/u;

/** After a name: its apposition or the next sentence's anaphor names a body ("X, the utility, said"; "X fell. The company said"). */
// (Not the subject of a report that follows a clause: "Later, the regulator said …", "… in Karachi, the company said";
// nor a body's possessive before a person's post: "X, the company's operations director".)
/** Verbs of a report: after "the regulator" they make it a clause's subject, not an apposition ("Later, the regulator said network …"). */
const REPORT_VERBS = '(?:said|says|told|added|announced|reported|warned|noted|estimated|expects|expected|confirmed|wrote)';
/**
 * An apposition that ranks the name among bodies ("X, one of the largest olive oil mills in …", "X, one of Norway's biggest lenders,"):
 * only the nouns no person is called by, not the trades nor exporters, giants, arms ("Y, one of the producers of the film",
 * "Z, one of the largest cocoa exporters", "W, one of the miners trapped underground" are people), nor providers (of care).
 */
const ONE_OF_BODIES = new RegExp(`^,\\s+one\\s+of\\s+(?:the|its|\\p{Lu}[\\p{L}-]*['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${BODY_ONLY.filter((n) => n !== 'provider').map(plural).join('|')})\\b`, 'u');
/** A rating's action after a name ("X cut the bank's rating", "X affirmed its credit ratings", "X downgraded Zedland's sovereign rating"): an agency's. */
const RATING_ACTION_AFTER = /^(?:['’]s)?\s+(?:cut|cuts|lowered|lowers|raised|raises|downgraded|downgrades|upgraded|upgrades|affirmed|affirms|rates|rated|assigned|assigns|withdrew)\s+(?:the|its|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+['’]s?\s+){0,3}?ratings?\b/u;
export const BODY_APPOSITION = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:(?!${REPORT_VERBS}\\b)[\\p{L}-]+(?:['’]s?)?\\s+){0,3}?(?:${BODY_NOUNS})\\b(?!['’]s\\b|\\s+${REPORT_VERBS}\\b)`, 'u');
/**
 * An apposition that names a firm by a noun no person is called with "the" ("X, the Dublin broker and underwriting agency,", "X, the law firm"):
 * strong, also against a given name; the noun heads it (not "X, the company founder").
 */
const FIRM_APPOSITION = new RegExp(`^,\\s+the\\s+(?:(?!${REPORT_VERBS}\\b)[\\p{L}-]+\\s+){0,5}?(?:firm|company|agency|brokerage|stockbroker|lender|insurer|bank|consultancy|utility|conglomerate|subsidiary|partnership|carmaker|automaker|chipmaker|airline|retailer|manufacturer)(?=\\s*[,.;:)—–]|\\s+(?:that|which|whose|based|owned|in|of|for|with|founded|run|led|and)\\b)`, 'u');
/** The next sentence's subject pronoun for a person before a verb that is no report's ("She joined", "He has run"). */
const PERSON_ANAPHOR = /["”’']?\s+(?:She|He)\s+(?!(?:said|says|added|told|noted|warned|stressed|explained|argued|wrote)\b)\p{Ll}/uy;
const BODY_ANAPHOR = new RegExp(`["”’']?\\s+(?:The|the|That|that)\\s+(?:${BODY_NOUNS})\\b`, 'y');

/** A possessive before a company's or club's people and things ("Veltra's chief executive", "X's shares"). */
export const ORG_POSSESSIVE = /^['’]s\s+(?:chief executive|chief financial|chief operating|ceo|cfo|coo|board|shares|shareholders|stock|employees|staff|workers|customers|clients|subsidiary|parent|headquarters|revenue|revenues|profit|profits|earnings|sales|results|chairman|chairwoman|chair|founder|founders|owner|owners|unit|division|brands?|products|factory|plants?|stores|squad|manager|coach|captain|players|fans|stadium|striker|midfielder|goalkeeper|defender|president|bid|offer|takeover|bonds|debt|creditors|auditors|share price|market value)\b/;

/**
 * Before a name in apposition: a body's or a person's firm of advisers ("Its lawyers, X,", "Y's auditor, X,", "Z's management, X,"):
 * the providers a firm retains are firms (a lawyer alone may be a person: the plural or a firm's trade, not "its lawyer").
 */
const RETAINED_BY = /(?:\b(?:[Ii]ts|[Tt]heir)|['’]s?)\s+(?:auditors?|lawyers|law firm|legal advisers|advisers|advisors|financial advisers|bankers|brokers|stockbrokers?|management|underwriters|accountants|solicitors|public relations firm|insurers?)\s*,\s+$/;

/** After a name: trading, filings and results, an owner ("X shares fell", "X Inc", "X posted a loss", "X is owned by"). */
// ("Posted" only before a result: people post on social media, "X posted on Facebook".)
const ORG_FOLLOWS = /^\s+(?:shares|stock|stocks|shareholders|bonds|said in a (?:statement|filing|note|research note)|posted (?:a|an|its|net|record|higher|lower|weaker|stronger|first|second|third|fourth|quarterly|annual|full-year|half-year|pre-tax|operating|revenue|sales|profits?|loss|losses|earnings)|reported (?:a|an|net|revenue|sales|profit|quarterly|annual|earnings)|is (?:(?:wholly|majority|partly|jointly|state|family)[- ])?(?:owned|controlled) by)\b/;

/**
 * After a name, or after ", which" behind it: what only a body does or is ("X employs 400 people", "X, which was founded in
 * 1921", "X is listed in Warsaw"). Not "employs a tactic", "was listed as missing", "was set upon": a head count, a market
 * after the listing, a founding's word. Nor anyone's: "was quoted in the paper as saying", "was set up by the police" (framed),
 * "was established as the favourite".
 */
const BODY_PREDICATE = /^(?:,\s+which)?\s+(?:(?:now|still|also)\s+)?(?:employs\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?\d|(?:is|was|are|were|has\s+been)\s+listed\s+(?:in|on)\s+(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){0,2}(?:exchange|bourse|market|board)\b)|(?:was|were|has\s+been|had\s+been)\s+(?:(?:founded|established|incorporated)\s+(?:in|by|on)\b|set\s+up\s+(?:in\s+(?:the\s+)?\d|by\s+\p{Lu})))/u;
/** A body's own people and things in the possessive, which no person has ("X's chief executive", "X's goalkeeper"; not "X's coach", "X's shares"). */
const BODY_OWN_POSSESSIVE = /^['’]s\s+(?:chief executive|chief financial|chief operating|ceo|cfo|coo|board|shareholders|subsidiary|parent|headquarters|chairman|chairwoman|unit|division|factory|plants?|stores|squad|stadium|striker|midfielder|goalkeeper|defender|captain|share price|market value)\b/;
/** A plural verb right after a name ("X were fined", "X have won six in a row", "X are third"). */
const PLURAL_AFTER = /^\s+(?:are|were|have|aren['’]t|weren['’]t|haven['’]t)\b(?!\s+(?:to|been\s+to)\b)/;
/**
 * A list's joint right before a name: the plural verb after it is the list's ("Smith and Jones were"); or a preposition, after
 * which the name is a complement and the verb the head noun's ("Relatives of X were told", "Lawyers for X have appealed").
 */
const LIST_BEFORE = /(?:\b(?:and|or|nor|&|of|for|to|by|with|from|against|behind)|,)\s+$/;
/** "X said it would …", "X said its …": a body's report of itself; "X said it was hard" is anyone's. */
const SAID_IT_BODY = /^\s+(?:said|says)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:its\b|it\s+(?:would|will|had|has|planned|plans|intends|intended|expects|expected)\b(?!\s+(?:be|been|take|make|give|help|not\s+be)\b))/;
/**
 * A body's spokesperson and the preposition before its name ("a spokesman for X", "a spokeswoman for the X"): one cue, read here
 * for the org vote (ORG_PRECEDES, "for" only) and by an initialism's body cue (bodyCueAt, also "of", "at", "from").
 */
export const SPOKESPERSON = String.raw`spokes(?:man|woman|person)`;
/** Before a name: a workplace, a deal or a match ("an analyst at X", "joined X", "beat X 2-1"). */
const ORG_PRECEDES = new RegExp(String.raw`\b(?:at|joined|joining|rival|rivals|owned by|acquired|acquire|bought|buy|statement from|${SPOKESPERSON} for)\s+(?:the\s+)?$`);

/** Before a name: people at their workplace ("economists at X", "lawyers at X"): strong, also against a given name. */
const ROLE_AT = /\b(?:analysts?|economists?|administrators?|strategists?|lawyers?|partners?|auditors?|accountants?|researchers?|bankers?|brokers?|traders?|consultants?|advisers?|advisors?|employees|staff|workers|executives|solicitors|barristers|engineers|scientists)\s+(?:at|from)\s+(?:the\s+)?$/i;

/**
 * Right before a name of several words, "the" ("the Coordinador Eléctrico Nacional said"); after a name, "said it", "said its", and
 * "said in a statement [when] that it would/had" (not "that it was", whose "it" is anyone's): a body, not a person.
 */
const THE_BEFORE = /\b(?:the|The)\s+$/;
const SAID_IT = /^\s+(?:said|says|added|warned|expects?|expected)(?:(?: on \w+)?|(?:\s+[\w-]+){0,4}?\s+that)\s+its?\b/;
const SAID_STATEMENT_IT = /^\s+(?:said|says)\s+in\s+a\s+(?:statement|filing)(?:\s+[\w-]+){0,4}?\s+that\s+(?:its\b|it\s+(?:would|will|had|has|planned|plans|intends|intended)\b(?!\s+(?:be|been)\b))/;

/** Before a name: a holding or a part of a company ("shares in X", "a unit of X"): strong. */
// (A company's officers "of" it: "managing director of X", "founder of X".)
const ORG_HOLDING = /\b(?:shares in|stake in|stakes in|holding in|invest in|invested in|investment in|subsidiary of|unit of|division of|customers of|clients of|shareholders of|chief executive of|chief financial officer of|chief operating officer of|managing director of|general manager of|chairman of|chairwoman of|founder of|co-founder of|owner of|executives of|directors of|employees of|board of|creditors of|bondholders of|liquidators of|administrators of|listed on|listing on|traded on|quoted on)\s+$/i;

/** Before a name: one of a group of bodies ("banks led by X", "lenders including X", "rivals such as X"): strong, also against a given name. */
const AMONG_BODIES = /\b(?:banks|lenders|insurers|companies|firms|groups|funds|brokerages|airlines|carriers|retailers|exporters|importers|manufacturers|carmakers|clubs|teams|utilities|agencies|outlets|broadcasters|publishers)\s+(?:led by|including|such as|like|from|among them|backed by)\s+$/;

/** The same before one of a group that people belong to as well ("investors including X", "rivals such as X"): weak. */
const AMONG_PEERS = /\b(?:brokers|miners|traders|sides|rivals|competitors|peers|investors|shareholders|creditors|operators)\s+(?:led by|including|such as|like|from|among them|backed by)\s+$/;

/**
 * Before a name, its owner's or its rival's country in the possessive ("owned by Brazil's X", "a unit of Thailand's X",
 * "rival France's X"): a firm, strong. A person is "Brazil's X" only as a country's leader, whom no one owns or spins off.
 */
const OWNED_BY_LAND = /\b(?:owned by|controlled by|acquired by|bought by|sold to|unit of|subsidiary of|division of|arm of|rival|rivals)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+$/u;

/** After a name in brackets, the dash of a dateline: the agency's credit ("LISBON, June 12 (Lusa) -"): strong. */
const CREDIT_AFTER = /^\)\s*[-—–]\s/;

/**
 * Before a name, a preposition or "and" that makes it an object inside an apposition or a clause, where a comma and a
 * report verb follow ("X, owned by Y's Z, said"; "X, president of the Z union, said"): the verb is the subject's, not Z's.
 */
const OBJECT_BEFORE = /\b(?:by|of|for|from|with|and|to|in|on|at|including|between)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

/**
 * After a name, an apposition that a bare title heads ("X, president of the union,", "X, head of research at Y", "X, chief executive
 * of Y"): a person; bodies are no one's president.
 */
const TITLE_APPOSITION = /^,\s+(?:(?:former|deputy|vice|acting|interim|outgoing|incoming|chief|general|executive|managing|senior|co-)[\s-]?)*(?:president|chairman|chairwoman|chairperson|chair|head|leader|director|director-general|governor|secretary|secretary-general|minister|mayor|ceo|founder|co-founder|spokesman|spokeswoman|spokesperson|coach|captain|manager|editor|professor|officer)\s+(?:of|at|for)\s/;

/**
 * In an apposition, a modifier that says who owns or runs what the noun names ("X, the state diamond trader", "X, a family-owned
 * producer", "X, the listed operator"): a body, whatever the noun, unless a title heads it ("X, the state governor").
 */
const OWNED_MODIFIER = /^,\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:state|state-owned|state-run|state-controlled|government-owned|government-run|publicly traded|publicly listed|listed|family-owned|family-run|privately held|privately owned|municipal|city-owned)\s+/u;

/** After a name, a speaker's words to the press in person ("told reporters", "told a news conference", "said in an interview"). */
const PRESS_AFTER = /^\s+(?:told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference|a\s+briefing)|said\s+in\s+an\s+interview)\b/;

/** After a name, an apposition that founds it ("X, founded in 1987 by", "X, set up by", "X, established as"): a body. */
const FOUNDED_AFTER = /^,\s+(?:founded|co-founded|established|set up|incorporated)\s+(?:in|by|on|as|at|from|after)\b/;

/** After a name, in its sentence: "its" says a body, "he"/"she"/"his"/"her" a person. */
const ITS = /\bits\b/;
/** Right before a name, a verb of saying after a quote or a comma: the speaker's inversion ("…," said X). */
const SAID_BEFORE = /[,"”]\s*(?:said|says)\s+$/;
const HIS_HER = /\b(?:he|she|his|her|him)\b/;

/** "in the X", "across the X": a land more often than anything else. */
const IN_THE = /\b(?:in|across|throughout|around|near)\s+the\s+$/;

/** A player's transfer: the club he came from ("joined from X"). */
const TRANSFER_FROM = /\b(?:joined|signed|moved|transferred|arrived|loan)\s+from\s+$/;

/** After a lone name, a lowercase title that serves it ("X chief executive Y", "X coach"): a body. */
const TITLE_AFTER = /^\s+(?:chief executive|chief financial officer|chief operating officer|chairman|chairwoman|ceo|spokesperson|spokesman|spokeswoman|head coach|coach|manager|captain|owners?)\s+(?:\p{Lu}|said|says|told)/u;

/** A preposition of rest before a name: where something is, not whence. */
/** Before a name: the end of a route or a journey ("from Ain Defla to X", "flew to X", "reached X"). */
const WAY_TO = /(?:\bfrom\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+to|\b(?:flew|fled|travell?ed|drove|moved|returned|headed|marched|walked|sailed|evacuated|sent|deployed|trip|journey|flights?|road|route|way)\s+(?:(?:back|on)\s+)?to|\b(?:reach(?:ed|ing)?|left|leaving))\s+$/u;

/** Between a route's start and its end: no sentence's end ("from X on the Red Sea to "). */
const ROUTE_TO = /^[^.;!?\n]{0,40}\sto\s+$/;

const BETWEEN_BEFORE = /\bbetween\s+$/;
const AND_NAME_AFTER = /^\s+and\s+\p{Lu}/u;
const LAND_BEFORE = /\b(?:in|near|outside|across|throughout|around)\s+(?:the\s+)?$/;

/**
 * A lowercase title or a noun for a person right before a name ("lawmaker X", "farmer X", "striker X"):
 * the title words that are no qualifier or modifier of another ("senior", "foreign"), and common nouns for people.
 */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...POSITION_TITLES,
  ...[...TITLES].filter((w) => !TITLE_QUALIFIERS.has(w) && !TITLE_MODIFIERS.has(w) && !['general', 'forward', 'additional', 'official', 'lord', 'lady'].includes(w)),
  ...`villager shopkeeper herder homeowner commuter protester motorist shopper voter farmer lawmaker legislator activist resident student teacher worker nurse doctor driver trader investor businessman businesswoman entrepreneur
    engineer researcher scientist veteran candidate player winger batter batsman bowler fisherman pensioner widow widower novelist author actor actress
    singer rapper artist photographer designer architect journalist historian physician surgeon pilot soldier farmworker campaigner
    wrestler boxer jockey fighter referee umpire`.split(/\s+/),
  // Kin ("his daughter X", "her husband X"): a relative is a person ("sister" is left out: "its sister airline X").
  ...'daughter son wife husband mother father brother grandson granddaughter grandfather grandmother nephew niece cousin uncle aunt stepson stepdaughter'.split(' '),
]);

/** A member of a body's board or staff right before a name ("board member X", "crew member X"; not "EU member Latvia"). */
const MEMBER_OF_BODY = /\b(?:board|staff|crew|team|family|cabinet|committee|council|faculty|jury|panel|band|cast)\s+member\s+$/;

/** Nouns for people that head an apposition but name firms as often: the providers and partners a body has, its owner, an ombudsman's office. */
const NOT_ROLES = new Set('auditor auditors adviser advisor advisers advisors broker brokers stockbroker insurer underwriter partner owner ombudsman general official customer buyer bidder seller'.split(' '));

/**
 * Nouns for people (compromise's Actor nouns) that firms, clubs and towns fill as often ("X, the defending champion", "X, the
 * landlord of the centre", "X, the tournament host", "X, a pioneer of rooftop solar", "X, an affiliate of Y"): no person's evidence.
 */
const SHARED_ROLES = new Set('affiliate administrator champion contributor creator host icon idol innovator landlord parent patron pioneer sponsor tenant'.split(' '));

/** Nouns for things and bodies that end like a person's noun ("chamber", "newspaper"), besides the body nouns. */
const THING_ERS = new Set('chamber center centre computer container tower river water paper border order number quarter matter letter charter register corner chapter cluster layer power barrier'.split(' '));

/** A lowercase noun for a person: a title, a role, a trade ("spokeswoman", "analyst", "forwarder", "activist"), not a body's noun. */
export function isRoleNoun(w: string): boolean {
  // "a mother-of-three", "a father-of-two".
  const of = w.indexOf('-of-');
  if (of > 0) w = w.slice(0, of);
  if (NOT_ROLES.has(w) || BODY_NOUN_SET.has(w) || THING_ERS.has(w)) return false;
  if (PERSON_NOUNS.has(w) || TITLE_HEADS.has(w) || ROLE_WORDS.has(w) || (isActorNoun(w) && !SHARED_ROLES.has(w))) return true;
  return /(?:[^aeiou]er|ist|ian|man|woman|person)$/.test(w) && !(BODY_COMPOUND.test(w) && !PERSON_COMPOUND.test(w));
}

/** A noun for a person of the closed lists (titles' heads, trades, kin: "novelist", "farmer", "widow"), which may open a sentence before a name. */
export function isPersonNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || ROLE_WORDS.has(w);
}

/**
 * A compound whose last part is a firm's noun names a firm as often ("drugmaker", "steelmaker", "shipbuilder",
 * "bookmaker", "homebuilder"); those of a person's own making stay roles ("filmmaker", "policymaker", "bodybuilder").
 */
const BODY_COMPOUND = /^\p{Ll}{3,}-?(?:maker|builder|producer|supplier|provider|refiner|retailer|exporter|importer|shipper|manufacturer|wholesaler|distributor|lender|insurer)$/u;
const PERSON_COMPOUND = /^(?:film|law|policy|peace|play|match|dress|home|shoe|watch|king|trouble|deal|decision|rain|merry|body|money|dream)-?(?:maker|builder|lender)$/;

/** Roles that are no title words: "head", "partner", "founder", "owner", kin. */
const ROLE_WORDS = new Set(
  `head chief founder co-founder mother father son daughter wife husband grandmother grandfather grandson granddaughter brother sister
  man woman boy girl child nurse midwife clerk cook chef vendor tailor janitor mechanic housewife retiree graduate pupil volunteer
  survivor victim witness neighbour neighbor widow nun priest monk pastor imam waitress maid nanny guard sergeant constable accountant
  assistant attendant migrant refugee pilgrim passenger resident student trader worker doctor dentist vet paramedic cashier porter`.split(/\s+/),
);

/**
 * After a name, an apposition a person's noun heads ("X, a spokeswoman for …", "X, the company's operations director,", "X, a teacher who"),
 * the noun before a participle too ("X, a 29-year-old nurse queuing at …", "X, a farmer turned activist").
 */
const ROLE_APPOSITION = /^,\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2}['’]s?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*)(?=\s*[,.;:)—–]|\s+(?:at|for|of|in|with|from|who|whose|and|to|on|since)\b|\s+\p{Ll}{2,}(?:ing|ed)\b)/u;

/** Before a name, a person's noun in apposition ("its chairman, X,", "the agency's head, X", "Another fisherman, X,"). */
const ROLE_BEFORE = /(?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]nother|[Aa]n?)|\p{L}['’]s?)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*),\s+$/u;

/** An honorific written with its full stop, which ends the run of capitals before a name ("Prof. X", "Gen. X", "Sen. X"; a profession's, "Ing. X", "Lic. X", "Eng. X"). */
const upperFirst = (h: string): string => h.charAt(0).toUpperCase() + h.slice(1);
const HONORIFIC_DOT = new RegExp(`\\b(?:${HONORIFICS.split('|').map(upperFirst).join('|')})\\.\\s+$`);
/** A profession's abbreviation with its stop ("Ing.", "Eng."), which may also end a sentence ("said Eng. Shares fell"): a title only before no common word. */
const PROFESSION_DOT = new RegExp(`\\b(?:${DOTTED_TITLES.split('|').map(upperFirst).join('|')})\\.\\s+$`);

/** A degree or post-nominal letters after a name ("X KC, counsel to …", "X MP said", "X PhD"): a person's (`title-data.ts`). */
const POST_NOMINAL_AFTER = new RegExp(`^\\s+(?:${POST_NOMINALS})(?![\\p{L}\\p{N}&])`, 'u');
/** A determiner or possessive before a name: "a Labour MP", "the Safaricom MD", "its X MD" are a body's member, not a name's letters. */
const DETERMINER_BEFORE = /(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|['’]s?)\s+$/u;
/** Whether a name's first word is a common word or its plural and no given name ("Shares", "Deposits", "Revenue"): after "Eng." a new sentence's. */
export function sentenceWord(name: string): boolean {
  const word = normalize(/^[\p{L}'’-]+/u.exec(name)?.[0] ?? '');
  return (isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)))) && !isGivenName(word);
}
/** Whether a name before post-nominal letters is a person's: a given name and at least one more word ("Gregory Ang SC"), after no determiner; not a club ("Simba SC"). */
function postNominalName(name: string, before: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && isGivenName(normalize(name.slice(0, space))) && !DETERMINER_BEFORE.test(before);
}

/** A credit line's label before its people ("With assistance from X", "Photo by X", "Editing by X and Y"); not a source ("data compiled by X"). */
const CREDIT_BEFORE = /\b(?:[Ww]ith assistance from|(?:[Aa]dditional )?[Rr]eporting by|[Ee]diting by|[Ww]ritten by|(?<!\p{Ll}\s)[Cc]ompiled by|[Pp]hotos? by|[Pp]hotograph by)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(?:(?:and|,)\s+)?$/u;

/**
 * A bare apposition, no determiner, that a person's noun opens before its body's preposition ("X, chief executive of the
 * exchange,", "X, finance director at Y", "X, spokeswoman for"): copy introduces people so; a body's apposition takes a
 * determiner ("X, the maker of"), and firms' trades are no person's nouns ("X, operator of the mine").
 */
const BARE_ROLE_APPOSITION = /^,\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:of|at|for|with)\s/u;

/**
 * A reporter's credit line after a name: "X in Bangkok contributed to this report", "X contributed reporting", "X in Lusaka at
 * xy@example.com" (a wire story's contact line). A firm contributes money, not reporting.
 */
const CREDIT_AFTER_PERSON = /^(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:also\s+)?contributed\s+(?:to\s+this|reporting)\b|^\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+at\s+[\w.+-]+@/u;
/**
 * The commonest subject of a credit line is a wire agency or an outlet ("Reuters in London contributed to this report", "Kyodo
 * News contributed reporting"): the line makes a person only of a name of two words or more with no outlet's word in it.
 */
const OUTLET_WORD = /\b(?:News|Press|Presse|France-Presse|Agency|Agence|Agencia|Times|Post|Journal|Herald|Tribune|Radio|Television|TV|Network|Service|Wire|Media|Telegraph|Daily|Gazette|Mail|Monitor|Observer|Express|Bureau|Trust|Broadcasting|Corporation)\b/;
function reporterCredit(text: string, start: number, end: number, after: string): boolean {
  if (!CREDIT_AFTER_PERSON.test(after)) return false;
  const name = text.slice(start, end);
  return /\s/.test(name) && !OUTLET_WORD.test(name);
}

/** A partner's post that only a person holds ("the fund's managing partner, X,"; a firm is a "partner" or a "general partner"). */
const PARTNER_POST = /\b(?:managing|senior|founding|name)\s+partner,\s+$/;
const PARTNER_APPOSITION = /^,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:managing|senior|founding)\s+partner\b/u;

/**
 * A photo's credit before a name ("Photo: X", "Photo: BNS / X", "Credit: X"): a photographer or an agency. A name no list
 * types either way is the photographer's; an agency's own words make a body of it ("Photo: Anadolu Agency").
 */
// (After an agency's acronym and a slash only, "Photo: BNS / X": "Photo: X/Antara" names the agency last. And only a name that
// ends the credit, at the line's end or before a slash or a comma: "Photo: Exposed shoreline at …" is a caption.)
const PHOTO_CREDIT_BEFORE = /\b(?:Photo|Photos|Photograph|Picture|Credit)\s*:\s+(?:\p{Lu}{2,}\s*[\/–—-]\s*)?$/u;
const CREDIT_ENDS = /^\s*(?:$|\n|[\/,;)–—-])/;

/** A byline's "By" opening its line before a name ("By X Y"). */
const BYLINE_BEFORE = /(?:^|\n)[ \t*_]*By\s+$/;

/**
 * A ring name's or a pen name's bearer named before the name ("whose real name is X", "his full name is X", "he was born X",
 * "Y, born X,"): a person. Not a body's former name ("the airline, born X in 1980", "whose full name is Banco X").
 */
const REAL_NAME_BEFORE = /(?:\b(?:real|birth|given)\s+name\s+(?:is|was)|\b(?:[Hh]is|[Hh]er)\s+full\s+name\s+(?:is|was)|\b(?:[Hh]e|[Ss]he|who)\s+was\s+born|\p{Lu}[\p{L}'’.-]*,\s+born|(?:^|[.!?"“]\s+)Born)\s+$/u;

/**
 * A post of the closed lists heading a bare apposition (no determiner): a deal's or a market's role ("X, arranger of the loan",
 * "X, member of the bourse") fills it as often as a person's, so not the `-er` fallback of isRoleNoun, and "member" only of a
 * body of people ("X, member of parliament", "member of the central committee").
 */
const MEMBER_OF_PEOPLE = /^,\s+member\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:parliament|board|committee|council|cabinet|senate|assembly|politburo|congress|jury|panel|band)\b/iu;
function bareRole(w: string, apposition: string): boolean {
  if (NOT_ROLES.has(w) || BODY_NOUN_SET.has(w) || THING_ERS.has(w)) return false;
  if (w === 'member') return MEMBER_OF_PEOPLE.test(apposition);
  return PERSON_NOUNS.has(w) || TITLE_HEADS.has(w) || ROLE_WORDS.has(w);
}

/** Whether the words around a name say a person by an apposition of a person's noun, before or after it. */
function roleApposition(before: string, text: string, end: number, limit: number, comma: boolean): boolean {
  // (ROLE_BEFORE ends with a comma and whitespace.)
  const b = comma ? ROLE_BEFORE.exec(before)?.[1] : undefined;
  if (b !== undefined && (isRoleNoun(b) || (b === 'partner' && PARTNER_POST.test(before)))) return true;
  if (text.charCodeAt(end) !== 44) return false;
  const apposition = text.slice(end, Math.min(limit, end + 80));
  if (TITLE_APPOSITION.test(apposition) || TRADE_AT.test(apposition) || PARTNER_APPOSITION.test(apposition)) return true;
  const bare = BARE_ROLE_APPOSITION.exec(apposition)?.[1];
  if (bare !== undefined && bareRole(bare, apposition)) return true;
  const a = ROLE_APPOSITION.exec(apposition)?.[1];
  if (a === undefined || !isRoleNoun(a) || ownedApposition(apposition) || MARKET_LEADER.test(apposition)) return false;
  const owner = POSSESSIVE_OPENS.exec(apposition)?.[1];
  return owner === undefined || possessivePost(owner, a);
}

/** A name's possessive opening an apposition ("X, Kivuli's head of research,", "X, Kivuli Labs' chief operating officer,"). */
const POSSESSIVE_OPENS = /^,\s+(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})['’]s?\s/u;

/**
 * Whether a possessive's noun is a post a person holds where the possessive says: after a body's, a title or a noun for people
 * (no firm's trade, not the `-er` fallback); after a place's, a title only ("X, Zedland's finance minister,"). "X, Zedland's
 * state oil marketer," "X, Zedland's biggest employer," and "X, Acme's sole marketer," introduce firms.
 */
function possessivePost(owner: string, noun: string): boolean {
  if (placeNamed(normalize(owner)) !== undefined) return TITLE_HEADS.has(noun) || TITLES.has(noun);
  return TITLE_HEADS.has(noun) || personHead(noun);
}

/**
 * An apposition that ranks a firm in its market ("X, the market leader,", "X, the industry leader in tyres"): no person's noun.
 * It ends right after "leader" or at its goods; not a physical market's leader ("the market leader at Oyingbo", "of the
 * traders"), nor a possessive whose next noun heads it ("the industry leader's founder").
 */
const MARKET_LEADER = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:market|industry|sector|segment|category)[\s-]+leaders?(?=\s*[,;:.)—–]|\s+in\s+\p{Ll})/u;

/** Trades that firms ply as often as people ("the state diamond trader", "a family-owned producer", "the terminal operator"). */
const FIRM_TRADES = new Set('broker trader dealer operator developer builder contractor supplier producer publisher distributor consultant investor lender insurer retailer exporter importer manufacturer carrier'.split(' '));

/** A head noun that only a person fills, even after an owner's modifier ("a state witness", "a municipal employee"): a title or a noun for people, no firm's trade. */
function personHead(a: string): boolean {
  return TITLES.has(a) || ((ROLE_WORDS.has(a) || PERSON_NOUNS.has(a) || isActorNoun(a)) && !FIRM_TRADES.has(a) && !SHARED_ROLES.has(a));
}

/**
 * An apposition of a desk trade at a workplace ("X, a broker at Y", "X, a trader at Y"): a person there. Not the trades a firm
 * plies at a site as often ("X, the terminal operator at Durban", "X, a contractor at the mine"): operator, contractor, supplier ...
 */
const TRADE_AT = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:broker|trader|dealer)\s+at\s/u;

/** Whether an apposition is a body's by an owner's modifier ("X, the state diamond trader"), its head no title ("the state governor"). */
function ownedApposition(apposition: string): boolean {
  if (!OWNED_MODIFIER.test(apposition)) return false;
  const a = ROLE_APPOSITION.exec(apposition)?.[1];
  return a === undefined || !personHead(a);
}

/** A possessive before a person's own people and events ("X's wife", "X's lawyers", "X's arrest"). */
const PERSON_POSSESSIVE = /^['’]s\s+(?:wife|husband|son|sons|daughter|daughters|children|family|mother|father|brother|sister|widow|grandfather|grandmother|grandson|granddaughter|grandchildren|uncle|aunt|nephew|niece|cousin|partner|lawyer|lawyers|attorney|attorneys|death|funeral|arrest|conviction|sentencing|resignation|birthday|wedding)\b/;

/** An age before a noun in apposition ("X, a 38-year-old grower near …"): the noun says whether a person's ("a 150-year-old brewery" is not). */
const AGED_NOUN = /^,\s+an?\s+\d{1,3}-year-old\s+(\p{Ll}[\p{Ll}-]*)/u;
function agedRole(after: string): boolean {
  const noun = AGED_NOUN.exec(after)?.[1];
  return noun !== undefined && isRoleNoun(noun);
}

/** An age in apposition says a person ("X, 54, said", "X, aged 54,", "X, a 29-year-old from …"; not "a 150-year-old brewery", which the apposition's noun reads). */
const AGE = /^,\s+(?:\d{1,3},(?!\d)|aged\s+\d{1,3}\b|an?\s+\d{1,3}-year-old(?=\s*[,.;:)—–]|\s+(?:from|of|who|in|at|with|and)\b))/;

/**
 * Before a name, a verb done to people in news copy, its object a person ("Police arrested X", "gunmen kidnapped X"), or
 * after it in the passive ("X was jailed"): a person's vote. Verbs whose object is a firm or a party as often (fined,
 * charged, sued, convicted, appointed, elected, hired) are {@link PERSON_OR_BODY_DONE}.
 */
const PERSON_DONE_VERBS = 'arrested|detained|jailed|imprisoned|sentenced|pardoned|extradited|deported|kidnapped|abducted|killed|murdered|assassinated|stabbed|injured|wounded|interviewed|sacked|impeached|executed|tortured|rearrested';
const PERSON_DONE = new RegExp(`\\b(?:${PERSON_DONE_VERBS})\\s+$`);
const PERSON_DONE_AFTER = new RegExp(`^\\s+(?:was|were|has been|had been|is being|was being|is to be|will be)\\s+(?:${PERSON_DONE_VERBS})\\b`);
/** "released X from custody". */
const RELEASED = /\breleased\s+$/;
const FROM_CUSTODY = /^\s+from\s+(?:custody|prison|jail|detention|hospital)\b/;

/**
 * Before a name, a verb done to people and to firms or parties alike ("fined X", "charged X", "elected X", "appointed X",
 * "named X as"): a person's evidence only where nothing in the article says a body ("regulators fined Barclays"; see personEvidence).
 */
const PERSON_OR_BODY_DONE = /\b(?:fined|charged|convicted|acquitted|indicted|sued|elected|re-elected|appointed|hired|fired|named)\s+$/;

/** Whether the sentence after the name's opens with "the company", "the bank" (within 240 characters). */
function bodyAnaphorNext(text: string, end: number, limit: number): boolean {
  const window = text.slice(end, Math.min(limit, end + 240));
  const dot = window.search(/[.!?]/);
  if (dot < 0) return false;
  BODY_ANAPHOR.lastIndex = dot + 1;
  return BODY_ANAPHOR.test(window);
}

/** Votes for each type from a name's context. */
export interface Cues {
  person: number;
  organization: number;
  place: number;
  /** Whether a strong cue for a body spoke (a possessive of its people, a holding, a role at it, "X said it", an apposition). */
  strongOrg?: boolean;
  /** Whether a body's cue that no person shares spoke: an apposition, a holding, a role at it, "X employs 400", "X said it would", "X's chief executive". */
  bodyOnly?: boolean;
  /** Whether a plural verb follows the name ("X were fined", "X have won"): a club's, a band's or a firm's, never one person's. */
  collective?: boolean;
  /** Whether a person's own evidence spoke: an honorific or a noun for a person before, an age, a possessive of kin, "who" ("X, 54,", "bowler X"). */
  strongPerson?: boolean;
  /** Whether a verb done to people and bodies alike stands before the name ("fined X"): a person's evidence where no body's cue speaks. */
  doneTo?: boolean;
  /** Whether the place's one vote is only a lone word's "to" or "at": weak, and a body's cue elsewhere in the article wins over it. */
  toward?: boolean;
}

/** Where the trailing whitespace of `s` before `end` starts. */
function spaceStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The run of ASCII letters of `s` that ends at `end`. */
function lettersBefore(s: string, end: number): string {
  let j = end;
  for (let k = s.charCodeAt(j - 1); j > 0 && ((k >= 65 && k <= 90) || (k >= 97 && k <= 122)); k = s.charCodeAt(j - 1)) j--;
  return s.slice(j, end);
}

// The checks on the text before a name are anchored at its end, which V8 tries from every position of it: each can only
// match where the word before the trailing whitespace (or the comma, the full stop) is one of its last words, so a Set
// lookup of that word decides whether to run it.
const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/));
const PERSON_BEFORE_LAST = words('Mr Mrs Ms Dr Sir Dame');
const ORG_BEFORE_ENDS = 'told by with via newspaper agency outlet broadcaster daily website magazine'.split(' ');
const ORG_PRECEDES_LAST = words('at joined joining rival rivals by acquired acquire bought buy from for the');
const ORG_HOLDING_LAST = words('in of on');
const ROLE_AT_LAST = words('at from the');
const AMONG_LAST = words('by including as like from them');
const PERSON_DONE_LAST = words(PERSON_DONE_VERBS.replace(/\|/g, ' '));
const PERSON_OR_BODY_DONE_LAST = words('fined charged convicted acquitted indicted sued elected appointed hired fired named');
const SAID_LAST = words('said says');

/**
 * Business, transfer and work before "to" or "at", with up to three words of object between ("sold its stake to X", "the
 * contract was awarded to X", "Ndlovu's move to X", "worked at X", "job cuts at X"): the name is a firm's, a club's or a
 * body's, not a place's.
 */
const BUSINESS_TO = /\b(?:sold|sells?|selling|awarded|awards?|handed|hands?|handing|switch(?:ed|es|ing)?|outsourced?|outsourcing|seconded|referred|refers?|referring|complain(?:ed|s|ing)?|reported|reports?|moves?|moved|transfers?|transferred|loan(?:ed|s)?|deals?|contracts?|tenders?|bids?|offers?|takeover|merger|stakes?)\s+(?:[\p{L}\d'’-]+\s+){0,3}?to\s+$/iu;
/** "at the" right before a name, and a lowercase noun of a site on the ground after it ("at the X crossing"). */
const AT_THE = /\bat\s+the\s+$/;
/** After a name that "from" opens, the end of a route: "to" and a capitalised name ("from X to Y"). */
const ROUTE_ON = /^\s+to\s+\p{Lu}/u;
/** Verbs of reaching a place, right before a lone name ("would reach X", "reached X on Monday"). */
const REACH_LAST = words('reach reaches reached reaching');
/** After a name a verb of reaching takes: a person reached by a means or for a word ("reached X by phone", "reached X for comment"). */
/** Before a verb of reaching, a try that failed or an effort: the press's no-comment line ("could not reach X", "efforts to reach X"). */
const REACH_TRIED = /\b(?:could\s+not|couldn['’]t|cannot|can['’]t|unable\s+to|(?:failed|fails?|failing)\s+to|efforts?\s+to|attempts?\s+to|(?:tried|tries|try|trying)\s+to|sought\s+to|seeking\s+to)\s+(?:(?:immediately|independently|directly|yet|also)\s+)?reach(?:ed)?\s+$/i;
const REACHED_PERSON_AFTER = /^\s+(?:by\s+(?:phone|telephone|email|e-mail|text|letter)|for\s+(?:comment|a\s+comment|an\s+interview))\b/;
const SITE_AFTER = /^\s+(?:crossing|border|checkpoint|junction|bridge|market|camp|port|harbour|pier|dam|terminus|roundabout|intersection|square|settlement|estate|township|ford|pass)\b(?!-)/;
const SIGNED_FOR = /\b(?:(?:re-?)?signed\s+(?:for|with)|(?<!\b(?:was|were|been|be|being)\s)transferred\s+to|loaned\s+(?:out\s+)?to|on\s+loan\s+(?:to|at))\s+$/;
const TRANSFER_VERB_LAST = words('for with to at');
const TRANSFER_TO = /(?:\b(?:a|an|the|his|her|their|its)|['’]s)\s+(?:\p{L}+\s+)?(?:transfer|move|loan|switch)\s+to\s+$/iu;
/** A facility's noun after a name ("the X terminal", "the X airport"). */
const FACILITY_AFTER = /^\s+(?:terminals?|stations?|depots?|airport|port|harbour)\b(?!-)/;
/** Where cargo or a ship is bound, before a name ("bound for X", "destined for X"). */
const BOUND_FOR = /\b(?:bound|destined)\s+for\s+$/;
/** A player bound for a club, in transfer copy ("The winger, bound for X,", "the striker is bound for X"): no place (session 18 review). */
const PLAYER_BOUND_FOR = /\b(?:player|striker|winger|midfielder|defender|goalkeeper|keeper|forward|playmaker|signing|full-back|centre-back|center-back|youngster|teenager)s?,?\s+(?:\p{Ll}+\s+){0,2}(?:bound|destined)\s+for\s+$/u;
/** A border's crossing or checkpoint after a name ("the X crossing", "the X border crossing"). */
const CROSSING_AFTER = /^\s+(?:border\s+)?(?:crossing|checkpoint)s?\b(?!-)/;
/** The facility's own place after its noun ("the X terminal in Durban"): then the name before the noun is its operator's. */
const FACILITY_PLACED = /^\s+[a-z]+\s+(?:in|at|near|outside)\s+(?:the\s+)?\p{Lu}/u;
const WORK_AT = /\b(?:work(?:s|ed|ing)?|employed|jobs?|cuts|lay-?offs|strikes?|walkouts?|stoppages?|prices|sales|profits?|shares|union|shifts?|stints?|spells?|career|internships?|tenure|rose|fell|climbed|dropped)\s+(?:[\p{L}\d'’-]+\s+){0,2}?at\s+$/iu;
/** Before "to": what is given, sold, said or lost to a body or a club, not a way to a place ("according to X", "sold to X", "lost 2-1 to X"). */
const NOT_TOWARD = /(?:\b(?:according|owing|due|thanks|close|compared|similar|related|sold|sells?|selling|lent|lends?|lending|owed|owes|paid|pays|supplied|supplies|supplying|submitted|wrote|writes|letter|complaint|appeal(?:ed)?|appl(?:y|ied)|belong(?:s|ed|ing)?|spoke|speaks?|speaking|talk(?:s|ed|ing)?|lost|loses?|losing|fell|falls?|beaten|defeat|ceded|transferred|signed|joined|loan(?:ed)?|linked|tied|ties|rights|access|exposure|approval|licen[cs]es?|answer|alternative|successor|heir)|\d)\s+to\s+$/i;
/** Before "at": a result away from home, which names the club ("lost 2-1 at X", "a draw at X"). */
const RESULT_AT = /(?:\d|\b(?:won|win|wins|lost|loses?|drew|draw|victory|defeat|beaten|beat))\s+at\s+(?:the\s+)?$/;
/** A lowercase adjective of a compass point or of the centre right before a name ("in eastern X", "northern X"). */
const COMPASS_BEFORE = /(?:^|[^\p{L}-])(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central)\s+$/u;
/** The same after a place's preposition ("in eastern ", "across north-western "). */
const PLACE_PREP_COMPASS = /\b(?:in|across|throughout|around|near|from|into|of)\s+(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central)\s+$/;
/** A comma and an article after a name: an apposition, or the subject of a report's clause. */
const APPOSITION_OPENS = /^,\s+(?:a|an|the)\s/;
const REPORT_CLAUSE = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${REPORT_VERBS}\\b`, 'u');
/** Whether the name at `start`–`end` is one word: no space inside it, and no capitalised word right after it. */
function oneWord(text: string, start: number, end: number, after: string): boolean {
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return false;
  return !CAPITAL_NEXT.test(after);
}
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/** Whether `before` ends with an owner's or a rival's country in the possessive ("owned by Brazil's "). */
function ownedByLand(before: string): boolean {
  if (!before.endsWith('s ')) return false;
  const m = OWNED_BY_LAND.exec(before);
  const kind = m?.[1] === undefined ? undefined : placeNamed(nameTokens(m[1]).join(' '))?.kind;
  return kind === 'country' || kind === 'continent';
}

/** Those who serve a person right before the name ("aides to X", "an aide to X"): bodies have staff, not aides. */
const AIDE_TO = /\baides?\s+to\s+$/i;

/** ORG_BEFORE's test: its last words have no word boundary before them ("foretold"), so the run of letters ends with one. */
function orgBefore(before: string): boolean {
  let e = before.length;
  const q = before.charCodeAt(e - 1);
  if (q === 34 || q === 0x201c || q === 0x2018 || q === 39) e--;
  const space = spaceStart(before, e);
  if (space === e) return false;
  const w = lettersBefore(before, space);
  return ORG_BEFORE_ENDS.some((end) => w.endsWith(end)) && ORG_BEFORE.test(before);
}

/** The votes of the words around a name (its first token, or the whole name, at `start`–`end`), reading no further than `limit`. */
export function cuesAt(text: string, start: number, end: number, sentenceStart: boolean, limit: number): Cues {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // The last word before the name's whitespace (none where no whitespace ends `before`), and the mark before that whitespace.
  const space = spaceStart(before, before.length);
  const spaced = space < before.length;
  const last = spaced ? lettersBefore(before, space) : '';
  const lower = last.toLowerCase();
  const mark = spaced ? before.charCodeAt(space - 1) : -1;
  let person = 0;
  let organization = 0;
  let place = 0;
  if (
    ((mark === 46 || PERSON_BEFORE_LAST.has(last)) && PERSON_BEFORE.test(before)) ||
    (mark === 46 && (HONORIFIC_DOT.test(before) || (PROFESSION_DOT.test(before) && !sentenceWord(text.slice(start, end))))) ||
    ((before.includes('by') || before.includes('from')) && CREDIT_BEFORE.test(before)) ||
    (before.includes(':') && PHOTO_CREDIT_BEFORE.test(before) && CREDIT_ENDS.test(text.slice(end, end + 4))) ||
    (last === 'By' && BYLINE_BEFORE.test(before)) ||
    (lower === 'to' && AIDE_TO.test(before))
  )
    person += 2;
  // "an analyst at X, said": the verb is the person's before the workplace.
  const holding = ORG_HOLDING_LAST.has(lower) && ORG_HOLDING.test(before);
  // (Not the start of a route, "flew engineers from X to Y": people go from a place to a place, not from their employer.)
  const roleAt = ROLE_AT_LAST.has(lower) && ROLE_AT.test(before) && !(lower === 'from' && ROUTE_ON.test(after));
  // A lone word after "to" or "at" with no one's role before it is where something goes or stands ("trips to X", "a terminal
  // at X"), as for a word no list knows copy writes it most: measured on the three dev sets, 17 places of 20 after "to", and
  // after "at" 26 places of 32, the bodies all after a person's role ("analysts at X"). Not names of several words: firms'
  // names follow "at" and "to" as often ("at Stonehaven Commodities", "sold to X Y").
  // (Not "at the X", as often a body's seat as a place: "a session at the Knesset"; but "at the X crossing" is a place's.)
  // (So is one that a way reaches: "bulldozers would reach X", "the column reached X"; not a person reached by phone or for comment,
  // nor one the press tried and failed to reach: "could not reach X on Monday", "efforts to reach X".)
  const reached = REACH_LAST.has(lower) && !REACHED_PERSON_AFTER.test(after) && !REACH_TRIED.test(before);
  const lone = (lower === 'to' || lower === 'at' || reached || (lower === 'the' && AT_THE.test(before) && SITE_AFTER.test(after))) && !roleAt && oneWord(text, start, end, after);
  // (An apposition after the name says what it is, "at X, a Danish drugmaker,"; not a report's clause, "at X, the fund said".)
  const toward = lone && !(after.charCodeAt(0) === 44 && APPOSITION_OPENS.test(after) && !REPORT_CLAUSE.test(after)) && (reached || lower === 'to' ? !NOT_TOWARD.test(before) && !BUSINESS_TO.test(before) : !holding && !RESULT_AT.test(before) && !WORK_AT.test(before));
  // (Before a facility's noun, "at the" is the facility's: "at the X terminal" is no workplace of X's, unless the facility's
  // own place follows, "at the X terminal in Durban", where X runs it.)
  const facility = lower === 'the' && FACILITY_AFTER.test(after);
  const operated = facility && FACILITY_PLACED.test(after);
  const workplace = !toward && (holding || (ORG_PRECEDES_LAST.has(last) && ORG_PRECEDES.test(before) && (!facility || operated)));
  const next = after[0];
  // The rest of its sentence, within the 40 characters read.
  const stop = after.search(/[.!?]/);
  const rest = stop < 0 ? after : after.slice(0, stop);
  if (next === ',' && (AGE.test(after) || agedRole(after))) person += 2;
  // A speaker before reporters or in an interview ("X told reporters", "X said in an interview"): bodies speak by statements.
  if (PRESS_AFTER.test(after) || reporterCredit(text, start, end, after) || (lower === 'is' || lower === 'was' || lower === 'born' ? REAL_NAME_BEFORE.test(before) : false)) person += 2;
  if (next === ' ' && POST_NOMINAL_AFTER.test(after) && postNominalName(text.slice(start, end), before)) person += 2;
  if ((PERSON_DONE_LAST.has(last) && PERSON_DONE.test(before)) || PERSON_DONE_AFTER.test(after) || (last === 'released' && RELEASED.test(before) && FROM_CUSTODY.test(after))) person++;
  if ((next === "'" || next === '’') && PERSON_POSSESSIVE.test(after)) person += 2;
  // (After a place's preposition, a pronoun is another subject's: "prices in X fell, he said".)
  const prev = lowerWordBefore(before);
  const afterPlaceWord = prev !== undefined && PLACE_CUES.has(prev) && !(ORG_PRECEDES_LAST.has(last) && ORG_PRECEDES.test(before));
  // (Votes so far are a person's own evidence; a pronoun after it ("X said he") and "X said" below are anyone's.)
  let own = person > 0 || /^,\s+who\b/.test(after);
  // (Nor after a title that a person's name follows: "X coach Y said his team" is Y's pronoun.)
  const titled = TITLE_AFTER.test(after);
  if (HIS_HER.test(rest) && !afterPlaceWord && !titled) person++;
  // The speaker after a quote or a clause ("…," said X; "…, says X"): copy names bodies so only before the verb ("X said").
  if (SAID_LAST.has(last) && SAID_BEFORE.test(before)) person++;
  // A company's or club's people and things, trading, an apposition: strong; a workplace, a match, "its", the next sentence's anaphor: weaker.
  const possessive = (next === "'" || next === '’') && ORG_POSSESSIVE.test(after);
  const predicate = (next === ' ' || next === ',') && BODY_PREDICATE.test(after);
  if (possessive || ORG_FOLLOWS.test(after) || holding || ownedByLand(before) || predicate || (next === ' ' || next === "'" || next === '’' ? RATING_ACTION_AFTER.test(text.slice(end, end + 72)) : false)) organization += 2;
  // The agency's credit of a dateline: "(Lusa) -".
  const credit = next === ')' && /\($/.test(before) && CREDIT_AFTER.test(after);
  if (credit) organization += 2;
  if (roleAt) organization += 3;
  const retained = mark === 44 && RETAINED_BY.test(before);
  if (retained) organization += 2;
  if (titled) organization += 2;
  const amongWord = AMONG_LAST.has(last);
  const among = amongWord && AMONG_BODIES.test(before);
  if (among) organization += 3;
  const saidIt = SAID_IT.test(after) || (ORG_FOLLOWS.test(after) && SAID_STATEMENT_IT.test(text.slice(end, Math.min(limit, end + 100))));
  if (saidIt) organization += 2;
  let appositive = false;
  if (next === ',') {
    const apposition = text.slice(end, Math.min(limit, end + 80));
    appositive = true;
    if (FIRM_APPOSITION.test(apposition) || ownedApposition(apposition)) organization += 3;
    // A body's founding in an apposition ("X, founded in 1987 by …", "X, set up by"): no one founds a person.
    else if (FOUNDED_AFTER.test(apposition)) organization += 2;
    else if ((BODY_APPOSITION.test(apposition) && !TRADE_AT.test(apposition)) || ONE_OF_BODIES.test(apposition)) organization += 2;
    else appositive = false;
  }
  // A sport's or a firm's transfer to the name ("a transfer to X", "Ndlovu's move to X"): a club or a firm.
  if (lower === 'to' && TRANSFER_TO.test(before)) organization += 2;
  // A player's or an employee's signing ("signed for X", "was loaned to X", "transferred to X"; not "was transferred to X", a
  // prisoner's or a post's): a club or a firm, whatever else the name may be.
  if (TRANSFER_VERB_LAST.has(lower) && SIGNED_FOR.test(before)) organization += 2;
  const strongOrg = organization > 0;
  // The cues no person shares (not "X's coach", "X's shares", "X said in a statement", "X said it was hard", "X coach Y": a
  // boxer's, an investor's, a speaker's), and a plural verb right after the name ("X were fined", "X have won six"), as copy
  // writes after a club, a band or a firm and never after one person, for the article-wide vote of typeBodiesByEntityVotes.
  const bodyOnly = (possessive && BODY_OWN_POSSESSIVE.test(after)) || predicate || holding || credit || roleAt || retained || among || appositive || (saidIt && SAID_IT_BODY.test(after));
  const collective = next === ' ' && PLURAL_AFTER.test(after) && !LIST_BEFORE.test(before);
  // "the X terminal in Durban": the name is the operator's, as the facility's place is written after it; with no place
  // after it, the name says where the facility is ("the X terminal", "the X station", "the X airport").
  if (operated) organization++;
  else if (facility) place++;
  // One of a group that people belong to as well: weak.
  if (!among && amongWord && AMONG_PEERS.test(before)) organization++;
  // (After a place's preposition, "its" is another subject's: "cuts in X from Monday, its director said".)
  if (workplace || (ITS.test(rest) && !afterPlaceWord)) organization++;
  // The next sentence's "the company" speaks of this sentence's subject most of all; so does its "She" or "He" before a
  // verb that is no report's ("X covers science. She joined in 2021"; not "He said", often another speaker's).
  if (!/^\s+(?:for|of|at|in|from|with|to|on)\b/.test(after)) {
    const window = text.slice(end, Math.min(limit, end + 240));
    const dot = window.search(/[.!?]/);
    if (dot >= 0) {
      BODY_ANAPHOR.lastIndex = dot + 1;
      if (BODY_ANAPHOR.test(window)) organization += sentenceStart ? 2 : 1;
      else if (sentenceStart) {
        PERSON_ANAPHOR.lastIndex = dot + 1;
        if (PERSON_ANAPHOR.test(window)) person++;
      }
    }
  }
  if ((prev !== undefined && (PERSON_NOUNS.has(prev) || (prev === 'member' && MEMBER_OF_BODY.test(before)))) || roleApposition(before, text, end, limit, mark === 44)) {
    person += 2;
    own = true;
  }
  // (Also where goods are bound: "shipments bound for X".)
  const placed = ((prev !== undefined && PLACE_CUES.has(prev)) || toward || (lower === 'for' && BOUND_FOR.test(before) && !PLAYER_BOUND_FOR.test(before))) && !workplace && !/^['’]s\b/.test(after);
  // "Commuters who …" opens many sentences: at a sentence start, "who" alone proves no name;
  // after a place's preposition the verb is another subject's ("Business groups in X said").
  // "X said that it": the verb is a body's.
  // "Analysts at X said": the verb is the analysts'.
  // "Y, owned by Z, said": the verb is Y's, whose apposition Z ends.
  if (!saidIt && PERSON_AFTER.test(after) && !placed && !(sentenceStart && /^\s+who\b/.test(after)) && !((workplace || OBJECT_BEFORE.test(before)) && /^,/.test(after)) && !roleAt) person++;
  if (orgBefore(before) || ORG_AFTER.test(after) || (/\($/.test(before) && /^\)/.test(after))) organization++;
  // "in the X" of a land ("growers in the Y", "a heatwave in the Y"), not of a holding ("shares in the Y").
  // "the X area" (a determiner before it: not "a euro area bond"); a settlement's or a land's noun after a name is two votes ("X township").
  const area = /^\s+area\b/.test(after) && THE_BEFORE.test(before);
  if (area || SETTLEMENT_AFTER.test(after)) place++;
  // "the X crossing", "the X checkpoint": a border's crossing is named after the place it stands in.
  if (lower === 'the' && CROSSING_AFTER.test(after)) place++;
  // A compass point's or the centre's adjective right before a name ("eastern X", "north-western X", "central X"): a land's part.
  // After a place's preposition ("in eastern X", "across northern X") it is a land's part whatever clause follows ("X, who had").
  if (COMPASS_BEFORE.test(before)) place += PLACE_PREP_COMPASS.test(before) ? 2 : 1;
  // "the port of X", "X, an island in …", "the X burst its banks": two votes.
  if (placeOfBefore(text, start) || (next === ',' && placeAppositionAt(text, end)) || riverAfter(text, start, end)) place += 2;
  // "X, Chile,", "X-based".
  if (placed || area || PLACE_AFTER.test(after) || (next === ',' && landAfter(text, end)) || /^-based\b/.test(after) || (last === 'the' && IN_THE.test(before) && !holding && !workplace && !/\b(?:shares|stakes?|holdings?|invest(?:ed|ment)?|interest)\s+in\s+the\s+$/.test(before))) place++;
  const cues: Cues = { person, organization, place };
  if (strongOrg) cues.strongOrg = true;
  if (bodyOnly) cues.bodyOnly = true;
  if (collective) cues.collective = true;
  if (own) cues.strongPerson = true;
  if (toward && place === 1 && !(prev !== undefined && PLACE_CUES.has(prev))) cues.toward = true;
  // (Not where the next sentence's "the bank" speaks of it, whatever the preposition after it: "fined X in May. The bank said".)
  if (PERSON_OR_BODY_DONE_LAST.has(last) && PERSON_OR_BODY_DONE.test(before) && (!/named\s+$/.test(before) || /^\s+as\b/.test(after)) && !bodyAnaphorNext(text, end, limit)) cues.doneTo = true;
  return cues;
}

/** Definite articles of French, Spanish, Italian, German and Dutch that open the names of newspapers and firms ("Le Matin", "El País", "Die Zeit"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set('le la les el los las il lo gli der die das het'.split(' '));

/**
 * Whether a body's noun before a name that a given name leads makes it the body: a noun no person's trade shares, the
 * name then ending where a body's name does ("the union Jane Doe said", not "the union Jane Doe leads"); for a lone given
 * name also a trade after the noun of its goods ("coffee roaster X agreed"), and only where no one of the article is
 * named in full with that given name (then it is that person's).
 */
function givenBody(c: Cand, near: string, candidates: readonly Cand[], text: string): boolean {
  const p = c.part;
  // (Not a name set off by a comma after the noun, "a lawyer for the company, Jane Doe, said": BODY_ONLY_BEFORE and
  // GOODS_TRADE_BEFORE end in white space only, so neither holds there.)
  // (Only a determiner lets a clause follow: "the union Jane Doe leads"; a bare noun is the name's label, "coffee roaster X agreed".)
  if (!BODY_NAME_ENDS.test(text.slice(endOf(c), endOf(c) + 12)) && DETERMINED_NOUN.test(near)) return false;
  if (p.length > 1) return BODY_ONLY_BEFORE.test(near) && !RELATIVE_GAP.test(text.slice(endOf(c), endOf(c) + 40));
  const goods = GOODS_TRADE_BEFORE.exec(near)?.[1]?.toLowerCase();
  if (!BODY_ONLY_BEFORE.test(near) && !(goods && !PERSON_COMPOUND.test(`${goods}maker`) && !isPersonNoun(goods))) return false;
  // (A person's cue on this mention keeps a lone given name a person: "cheese maker X, 52, said", "X said she sells".)
  const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit));
  if (cues.strongPerson || cues.person > cues.organization) return false;
  const norm = firstOf(p.tokens).norm;
  return !candidates.some((o) => o.part.length > 1 && firstOf(o.part.tokens).norm === norm);
}

/** A common noun for a body right before a name makes it one ("victims' group Kingsmead Action", "the lender Northwind"). */
export function typeByBodyNoun(candidates: readonly Cand[], ctx: Ctx): void {
  const { text } = ctx;
  // Names of several words so typed: one entity has one type, so their other mentions are the body too ("Lakhani Rauf had forecast").
  let bodies: Set<string> | undefined;
  // The end of the last name of a list that a plural noun for bodies opens ("exporters X and Y"): its next names are bodies too.
  let listEnd = -1;
  for (const c of candidates) {
    const p = c.part;
    const listed = listEnd >= 0 && c.start - listEnd <= 7 && LIST_GAP.test(text.slice(listEnd, c.start));
    listEnd = -1;
    // A name opened by an article of another language is no given name's ("the daily La Voz"; La, El and Der are given names too).
    const article = p.length > 1 && NAME_ARTICLES.has(firstOf(p.tokens).norm);
    // (A given name leads a body's name where nothing opens a clause after it: "drivers' association Sari Jaya said".)
    const near = text.slice(Math.max(0, c.start - 30), c.start);
    const opensList = (): boolean => listed || BODY_PLURAL_BEFORE.test(near);
    if (c.type === 'organization' && opensList()) listEnd = endOf(c);
    if (c.type === 'place' || c.type === 'organization' || p.afterTitle || p.common) continue;
    if (!article && givenLeads(p, ctx) && !givenBody(c, near, candidates, text)) continue;
    if (listed || (c.at.body ??= BODY_BEFORE.test(near))) {
      c.type = 'organization';
      c.id = p.nameSlug ??= slug(p.name);
      if (p.length > 1) (bodies ??= new Set()).add(p.key);
      if (opensList()) listEnd = endOf(c);
    }
  }
  if (!bodies) return;
  for (const c of candidates) {
    const p = c.part;
    if (c.type === 'person' && !p.afterTitle && bodies.has(p.key)) {
      c.type = 'organization';
      c.id = p.nameSlug ??= slug(p.name);
    }
  }
}

/** Feature heads that open a settlement's name ("Kampung X", "Kafr X"), whose reports are its council's. */
const SETTLEMENT_HEADS = new Set('kampung kampong desa douar kafr kfar kufr'.split(' '));

/** Prepositions before a name whose verb after it is another subject's ("fishermen on Lake X said"). */
const FEATURE_PREPOSITIONS = new Set('on in near at from of up down to by over under below above beside across around along off onto into towards toward'.split(' '));

/**
 * A name that a natural feature's or a settlement's word opens ("Mount X", "Lake X", "Cerro X"), typed a place by its words
 * alone (classify), that its mentions call a body: a body's report ("X said it would cut 200 jobs"), a body's noun before it
 * ("the club X"), or a result or fixture around it ("X beat Y 2-1", "drew with X"). Hospitals, schools and clubs take a
 * mountain's or a hill's name; the body's cues win over the head word where they outvote a place's.
 */
export function typeFeatureBodies(candidates: readonly Cand[], text: string, sport: boolean): void {
  let votes: Map<string, { organization: number; place: number; person: number }> | undefined;
  for (const c of candidates) {
    const p = c.part;
    const head = firstOf(p.tokens).norm;
    if (c.type !== 'place' || p.length < 2 || p.place || p.afterTitle || !FEATURE_HEADS.has(head)) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit));
    const body = (c.at.body ??= BODY_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)));
    // (Not a mention that a place's word or another preposition leads: "fishermen on Lake X said it", where the verb is
    // another subject's.)
    const prep = FEATURE_PREPOSITIONS.has(lowerWordBefore(text.slice(Math.max(0, c.start - 12), c.start)) ?? '');
    // A village that reports speaks for its council, a place still ("Kampung X said it had no water"): only a body's noun
    // before it makes a body of it. A result's verb counts only in a match report or before a score: lakes "draw" visitors
    // and peaks "beat" snowfall records.
    const settlement = SETTLEMENT_HEADS.has(head);
    const organization = cues.place > 0 || prep ? 0 : (cues.strongOrg && !settlement ? cues.organization : 0) + (body ? 2 : 0) + (!settlement && matchCue(text, c.start, endOf(c)) && (sport || scoreAfter(text, endOf(c))) ? 2 : 0);
    // A person's own evidence (an age or a person's noun in apposition, a title before it): a ring name or a nickname
    // ("Lake Storm, a 31-year-old from X", "the wrestler Mount Ida").
    const person = cues.strongPerson === true && !prep ? cues.person : 0;
    const v = (votes ??= new Map()).get(p.key);
    if (v) {
      v.organization += organization;
      v.place += cues.place;
      v.person += person;
    } else votes.set(p.key, { organization, place: cues.place, person });
  }
  if (!votes) return;
  for (const c of candidates) {
    const v = c.type === 'place' ? votes.get(c.part.key) : undefined;
    if (v && v.person >= 2 && v.person > v.place && v.person >= v.organization) {
      c.type = 'person';
      c.id = foldSpelling(c.part.nameSlug ??= slug(c.part.name));
      continue;
    }
    if (!v || v.organization < 2 || v.organization <= v.place) continue;
    c.type = 'organization';
    c.id = c.part.nameSlug ??= slug(c.part.name);
  }
}

/**
 * Lowercase words of a sport fought one against one (wrestling, boxing, judo, fencing), where the fighters, not clubs, beat
 * each other. Not racing copy, where horses beat horses (and are no actors).
 */
// (Not "fighter(s)" nor "bout(s)": rebels' fighters fill war copy, a bout of flu or of violence any copy, and a footballer is
// "a fighter" in quotes.)
const SOLO_SPORT_WORDS = 'wrestler wrestlers wrestling boxer boxers boxing undercard judoka grappler grapplers kickboxer kickboxing sumo fencer fencers featherweight bantamweight flyweight welterweight middleweight cruiserweight'.split(' ');
/** Words of horse-racing copy (also unregistered-filters' `racingCopy`): where they stand, the runners are horses. */
export const RACING_WORDS: readonly string[] = 'mare filly gelding colt stallion jockey furlong furlongs racecourse thoroughbred'.split(' ');
function soloSportCopy(ctx: Ctx): boolean {
  return SOLO_SPORT_WORDS.some((w) => ctx.lowercaseSeen.has(w)) && !RACING_WORDS.some((w) => ctx.lowercaseSeen.has(w));
}
/** A result right after a name and a capital next, or right before it ("X pinned Y", "beat X", "lost to X"; not "against X", no result). */
const DUEL_AFTER = /^\s+(?:beat|defeated|pinned|outpointed|outpoints|stopped|knocked out|submitted|edged|upset|dethroned|floored|threw)\s+\p{Lu}/u;
const DUEL_BEFORE = /\b(?:beat|beating|defeated|defeating|pinned|pinning|outpointed|knocked out|lost to|losing to|edged|upset|dethroned)\s+$/;
/** (A score says a team's match, "beat Y 2-1", in copy that mixes sports; a sentence holds one result.) */
const SCORE_IN = /\b\d{1,3}[-–]\d{1,3}\b/;
/**
 * A team's name, whose results in team events (team boxing, judo teams' finals) are written with no score: a team's word
 * opens or ends it ("Team X", "X United"), or a common noun's plural ends it after no given name ("Golden Lions", "Red
 * Bulls"; not "Mike Banks").
 */
const TEAM_WORDS = new Set('team united city club fc sc ac'.split(' '));
function teamName(p: Part): boolean {
  const first = firstOf(p.tokens).norm;
  const last = lastOf(p.tokens).norm;
  if (TEAM_WORDS.has(first) || TEAM_WORDS.has(last)) return true;
  if (last.length < 4 || !last.endsWith('s') || /(?:ss|us|is)$/.test(last) || isGivenName(first)) return false;
  return isEnglishWord(last.slice(0, -1)) || (last.endsWith('es') && isEnglishWord(last.slice(0, -2)));
}
function duelCue(text: string, start: number, end: number, p: Part): boolean {
  if (teamName(p)) return false;
  if (!(DUEL_AFTER.test(text.slice(end, end + 24)) || DUEL_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) return false;
  const stop = text.slice(end, end + 60).search(/[.!?]/);
  return !SCORE_IN.test(text.slice(end, stop < 0 ? end + 60 : end + stop));
}

/** Between a person's name and their employer's: "of", "of the". */
const OF_EMPLOYER = /^\s+of\s+(?:the\s+)?$/;

/** A name typed a person for want of a better reason takes the type its mentions' contexts agree on ("Harlow Brothers shares", "the club"). */
export function typeWeakByVotes(candidates: readonly Cand[], ctx: Ctx, sport = false, countries?: ReadonlySet<string>): Map<Cand, { id: string; type: 'organization' | 'place' }> {
  const { text } = ctx;
  // Weakly typed names, and two-word names led by a given name or ended by a surname ("Grant Thornton"), which only strong votes turn.
  // And a given name alone ("Rory"), which names a person by a given name only in a few kinds of copy: strong votes turn it too.
  const weak = (c: Cand): c is Cand & { id: string } =>
    c.type === 'person' && !c.part.afterTitle && c.id !== undefined && (c.part.words.length > 1 ? c.part.weak || (c.part.words.length === 2 && (c.part.given || isSurname(lastOf(c.part.tokens).norm))) : c.part.given);
  const votes = new Map<string, Cues>();
  const solo = soloSportCopy(ctx);
  let loneGivenPlaces: Map<string, number> | undefined;
  let listedPlaces: Set<Cand> | undefined;
  // (The members of those lists that a place a gazetteer or a lexicon knows comes before: "in Lilongwe, Mzuzu and X Y".)
  const anchoredInList = new Set<Cand>();
  // The names that a mention's words say a place of ("in X", "from X", "the village of X", "X province"): a word that opens
  // many places' names is also a name's first word, a given name or a surname elsewhere ("Chiang", "Béla", "Bol").
  const placed = new Set<string>();
  let routeFrom = -1;
  let restPlaced: Set<string> | undefined;
  let restPerson: Set<string> | undefined;
  let prev: Cand | undefined;
  for (const c of candidates) {
    const before = prev;
    prev = c;
    if (!weak(c)) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit));
    // (Also a later member of a list that such a name opens: "reached Sungai Buloh and Tanjung Malim".)
    const listed = before?.id !== undefined && placed.has(before.id) && LIST_GAP.test(text.slice(endOf(before), c.start));
    // (And the end of a route whose start a place's "from" names: "from Ain Sokhna on the Red Sea to X".)
    const route = routeFrom >= 0 && ROUTE_TO.test(text.slice(routeFrom, c.start));
    if (cues.place > 0 || listed || route || WAY_TO.test(text.slice(Math.max(0, c.start - 60), c.start))) placed.add(c.id);
    if (placed.has(c.id) && /\bfrom\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start))) routeFrom = endOf(c);
    // A person's employer after "of" ("economist Vikram Rao of Halden Marsh"): strong, as no one is "of" a person; the person is named by a given name or a title.
    const employer = before !== undefined && before.type === 'person' && (before.part.given || before.part.afterTitle) && before.part.length > 1 && OF_EMPLOYER.test(text.slice(endOf(before), c.start)) ? 3 : 0;
    // In sport copy, a result or a fixture around the name ("X players", "X lead the series 2-0", "joined from X").
    // In the copy of a sport fought one against one, a result between names is two people's ("X pinned Y", "lost to X"), no club's.
    const duel = solo && c.part.words.length > 1 && duelCue(text, c.start, endOf(c), c.part);
    const match = sport && !duel && matchCue(text, c.start, endOf(c)) ? 2 : 0;
    // A place's preposition of rest ("in", "near"; not "from", "a header from X") right before the name.
    // Or a settlement's noun after it ("the Ouled Teima village").
    const end = endOf(c);
    // Or, for a name typed a person only by default, "between" it and another name ("between Beni Suef and X"): two places.
    const between = c.part.weak && BETWEEN_BEFORE.test(text.slice(Math.max(0, c.start - 9), c.start)) && AND_NAME_AFTER.test(text.slice(end, end + 8));
    // Or a noun of places and "of" before it, or an apposition that says a place ("the village of X", "X, a district north of").
    const strong = between || placeOfBefore(text, c.start) || placeAppositionAt(text, end) || riverAfter(text, c.start, end) || DIVISION_NOUN_AFTER.test(text.slice(end, end + 40));
    if (strong) placed.add(c.id);
    // (A place's preposition of rest that no holding or trust opens: "in X", not "confidence in X".)
    if (strong || (!c.part.weak && placeContext(text, c.start, end))) (restPlaced ??= new Set()).add(c.id);
    // (But a person's set phrase or relative clause at any mention vetoes: "found a champion in X", "X, who".)
    if (!strong && !c.part.weak && c.part.words.length === 2 && c.id && personInAt(text, c.start, end)) (restPerson ??= new Set()).add(c.id);
    // (Or a land's noun after it: "the X river", "the X valley".)
    // (Or a later member of a list a place's preposition opens, or of a list of places: "in A, B and X Y"; not a name an English
    // word or a place ends, as firms' and clubs' names are: "in Kisumu and Brandtner Mobility", "Dynamos Harare".)
    const inList = c.part.words.length > 1 && !c.part.tokens.some((t) => isEnglishWord(t.norm) || ORG_WORDS.has(t.norm)) && placeOf([lastOf(c.part.tokens)]) === undefined && (listedPlaces ??= placeLists(candidates, text, countries, anchoredInList)).has(c) && anchoredInList.has(c);
    if (inList) placed.add(c.id);
    const land = strong || inList || (cues.place > 0 && (LAND_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) || SETTLEMENT_AFTER.test(text.slice(end, end + 16)) || PLACE_AFTER.test(text.slice(end, end + 16)))) ? 1 : 0;
    // A determiner before a name of several words (not "in the X", which says a land).
    const the = !land && THE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)) ? 2 : 0;
    // (A lone given name's own place cues: "tickets to X", "near X"; or a list of places it stands in: "Mzuzu, X and Dedza".)
    const among = c.part.words.length === 1 && (listedPlaces ??= placeLists(candidates, text, countries, anchoredInList)).has(c) ? 1 : 0;
    if (c.part.words.length === 1 && cues.place + among > 0) (loneGivenPlaces ??= new Map()).set(c.id, (loneGivenPlaces.get(c.id) ?? 0) + cues.place + among);
    const v = votes.get(c.id);
    if (v) {
      v.person += cues.person + (duel ? 1 : 0);
      v.organization += cues.organization + the + employer + match;
      v.place += land;
      if (cues.strongOrg) v.strongOrg = true;
      if (cues.doneTo) v.doneTo = true;
    } else votes.set(c.id, { person: cues.person + (duel ? 1 : 0), organization: cues.organization + the + employer + match, place: land, strongOrg: cues.strongOrg === true, doneTo: cues.doneTo === true });
  }
  weakBodiesByPersonCues(candidates, text, solo);
  // A body of several words by its own words alone ("X Town" as a club's name, "X Bay" a common word's) whose whole name
  // is a town or village of the article's country, with no strong cue for a body: the place ("Lionel Town" in a Jamaican
  // story), as copy names a club after its town with more words ("Harrogate Town" is no town's name).
  if (countries) {
    for (const c of candidates) {
      if (c.type !== 'organization' || c.part.words.length < 2 || !isLocalTown(c.part.key, countries)) continue;
      if ((c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit)).strongOrg) continue;
      c.type = 'place';
      c.id = c.part.nameSlug ??= slug(c.part.name);
    }
  }
  // One word of hyphened parts typed a person only by default ("X-Tash"), where a noun of places and "of" or a settlement's noun
  // stands beside a mention ("the village of X-Y", "X-Y district"), or a place's preposition of rest ("in X-Y") and no mention has
  // a person's cue: a place, as a double surname stands there only with a person's cue somewhere.
  let hyphened: Set<string> | undefined;
  let spoken: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || !c.id || !c.part.weak || c.part.afterTitle || c.part.length < 2 || c.part.words.length !== 1) continue;
    if (strongPlaceContext(text, c.start, endOf(c)) || placeContext(text, c.start, endOf(c))) (hyphened ??= new Set()).add(c.id);
    // (A person's cue on any mention keeps it a person's: "X-Y, 54, said"; so does "he" or "she" right after it, "in X-Y when he
    // returned", and a firm's plural noun after it makes it the noun's owner, "in X-Y plants": session 18 review.)
    const after = text.slice(endOf(c), endOf(c) + 24);
    if ((c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit)).person > 0 || HE_AFTER.test(after) || OWNED_PLURAL_AFTER.test(after)) (spoken ??= new Set()).add(c.id);
  }
  if (hyphened && spoken) for (const id of spoken) hyphened.delete(id);
  if (hyphened) {
    for (const c of candidates) {
      if (c.type !== 'person' || !c.id || !hyphened.has(c.id) || c.part.afterTitle) continue;
      c.type = 'place';
      c.id = c.part.nameSlug ??= slug(c.part.name);
    }
  }
  const evidence = personEvidence(candidates, ctx, votes);
  // A lone word typed a person only as a given name, with a place's preposition around it and nothing for a person or a body,
  // is a place named like a person ("tickets to X", "cases near X"), unless a person named in full here bears it first.
  let firstOfPersons: Set<string> | undefined;
  if (loneGivenPlaces) {
    firstOfPersons = new Set();
    for (const c of candidates) if (c.type === 'person' && c.part.length > 1) firstOfPersons.add(firstOf(c.part.tokens).norm);
  }
  const unevidenced = new Map<Cand, { id: string; type: 'organization' | 'place' }>();
  let unnamed: Set<string> | undefined;
  for (const c of candidates) {
    const v = weak(c) ? votes.get(c.id) : undefined;
    if (v && c.part.words.length === 1 && v.person === 0 && v.organization === 0 && v.doneTo !== true && c.id !== undefined && (loneGivenPlaces?.get(c.id) ?? 0) > 0 && !firstOfPersons?.has(c.part.key)) {
      c.type = 'place';
      c.id = c.part.loneSlug ??= slug(firstOf(c.part.tokens).text);
      continue;
    }
    // No person's evidence anywhere in the article: typed once the article-wide passes are done (typeUnevidenced).
    if (v && c.id && c.part.weak && !evidence.has(c.id) && !(v.organization >= 2 && v.organization > v.person)) unevidenced.set(c, { id: c.id, type: v.place > 0 ? 'place' : 'organization' });
    // Two words that no given name leads and a surname ends ("Pereira Lobato") name a firm as often as a person (firms take their
    // founders' surnames): a strong cue for a body and none for a person turn them; a given name needs three votes.
    const bySurnames = v !== undefined && c.part.words.length === 2 && !c.part.weak && !c.part.given;
    if (v && (c.part.weak ? v.organization >= 2 && v.organization > v.person : v.person === 0 && (v.organization >= 3 || (bySurnames && v.organization >= 2 && v.strongOrg === true)))) {
      c.type = 'organization';
      c.id = c.part.nameSlug ??= slug(c.part.name);
    } else if (v && (c.part.weak || (c.part.words.length === 2 && v.person === 0 && v.organization === 0 && v.doneTo !== true && c.id !== undefined && restPlaced?.has(c.id) === true && restPerson?.has(c.id) !== true && !(unnamed ??= personNamedElsewhere(candidates, text)).has(c.id))) && v.place > v.person && v.place > v.organization) {
      // A place's preposition and nothing for a person or a body ("a conference in Da Nang"); also for two words that a given
      // name leads or a surname ends ("in Santa Cruz", "near Costa Mesa"), where no mention of them has a title and no mention
      // has a person's cue, nor does the last word stand alone elsewhere, as copy calls a person by the surname.
      c.type = 'place';
      c.id = c.part.nameSlug ??= slug(c.part.name);
    } else if (v && v.person === 0 && c.part.words.length > 1 && (libraryVote(c.part.key) === 'place' || (placeByItsWords(c.part, countries, c.id !== undefined && placed.has(c.id)) && !/["“‘']/.test(text[c.start - 1] ?? '')))) {
      // No cue for a person: a region a general-purpose lexicon knows ("Minas Gerais") is a place; so is a town or village of the
      // article's country ("Santa Rosa del Sur" in a Colombian story) and a name that a word opening many places' names leads,
      // unless quoted (a campaign's or a programme's name: the union's "Puerto X" campaign).
      c.type = 'place';
      c.id = c.part.nameSlug ??= slug(c.part.name);
    }
  }
  return unevidenced;
}

/**
 * A lowercase noun for a division or an island right after a name ("the X district", "X province"), not a post's title after it
 * ("X district commissioner"): a place, as no person is one.
 */
const DIVISION_NOUN_AFTER = /^\s+(?:district|province|region|county|island|municipality|township|governorate|prefecture|oblast|regency)\b(?!-)(?!\s+(?:commissioners?|officers?|governors?|chiefs?|heads?|administrators?|councils?|courts?|hospitals?|assembly|secretary|director|managers?|police|officials?|authorit(?:y|ies)|chairm[ae]n|executives?|health|education|agricultur\w*)\b)/;

/**
 * A verb of finding or having, an indefinite noun and "in" before a name ("found a champion in X", "has a friend in X"), or
 * one of putting and a possessive's noun ("put their hopes in X"): what one finds or puts in a person.
 */
const FOUND_IN = /\b(?:(?:find|finds|found|finding|see|sees|saw|seen|seeing|have|has|had|having)\s+an?|(?:put|puts|putting|placed|places|pinned|pins)\s+(?:their|his|her|its|our|my|your))\s+(?:[\p{Ll}-]+\s+){1,2}in\s+$/u;
/** A relative clause for a person after a name ("X, who won"). */
const WHO_AFTER = /^,?\s+who\b/;

/** Whether the words around a name at `start`–`end` after "in" say a person ("found a champion in X", "in X, who won"). */
function personInAt(text: string, start: number, end: number): boolean {
  return WHO_AFTER.test(text.slice(end, end + 6)) || FOUND_IN.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * The ids of persons named after a title somewhere ("Governor X Y"), and of names of several words whose last word the article
 * also writes alone, as copy calls a person by the surname ("X Y ... Y said").
 */
function personNamedElsewhere(candidates: readonly Cand[], text: string): Set<string> {
  const out = new Set<string>();
  const lone = new Set<string>();
  // (Not a lone word that its own words make a place: "the island of X" beside "the East X district".)
  for (const c of candidates) if (c.part.length === 1 && !strongPlaceContext(text, c.start, endOf(c))) lone.add(c.part.key);
  for (const c of candidates) if (c.id && c.type === 'person' && (c.part.afterTitle || (c.part.length > 1 && lone.has(lastOf(c.part.tokens).norm)))) out.add(c.id);
  return out;
}

/**
 * The ids of the names typed a person for want of a better reason (several words, no given name first, no title, no known
 * surname last) that have a person's evidence in the article: a cue for a person by a mention (an apposition, an age, an
 * honorific, "X said", "he"), coordination with a name its own words make a person's, a given name after the first word ("Imam Yusuf Kaya", "DJ Marcus Vell"), a patronymic
 * particle ("bin"), or the last word standing alone elsewhere, as news copy calls a person by the surname ("Lehtinen").
 * News copy introduces a person so; a firm or an office named by words that no list knows ("Brandtner Mobility",
 * "Aargauer Kreditbank") has none of them.
 */
function personEvidence(candidates: readonly Cand[], ctx: Ctx, votes: ReadonlyMap<string, Cues>): Set<string> {
  let lone: Set<string> | undefined;
  const out = new Set<string>();
  // A mention after a title, or otherwise typed a person by its own words, speaks for the others ("Secretary X Y … X Y reported").
  for (const c of candidates) if (c.type === 'person' && c.id && !c.part.weak) out.add(c.id);
  for (const [i, c] of candidates.entries()) {
    if (c.type !== 'person' || !c.id || !c.part.weak || out.has(c.id)) continue;
    const v = votes.get(c.id);
    // A verb done to people and bodies alike ("fined X") speaks for a person where nothing speaks for a body.
    if ((v?.person ?? 0) > 0 || (v?.doneTo === true && v.organization === 0 && v.place === 0) || coordinatedWithPerson(candidates, i, ctx.text, votes)) {
      out.add(c.id);
      continue;
    }
    if (!lone) {
      lone = new Set();
      // (Also a surname that opens with its particle, "De los Santos", alone elsewhere.)
      for (const d of candidates) if (d.part.length === 1 || (d.part.length > 1 && PARTICLES.has(firstOf(d.part.tokens).norm))) lone.add(d.part.key);
    }
    const toks = c.part.tokens;
    const surnameTail = (k: number): boolean => k > 0 && PARTICLES.has(toks[k]?.norm ?? '') && lone?.has(keyOf(toks.slice(k))) === true;
    if (lone.has(lastOf(toks).norm) || toks.some((t, k) => PATRONYMIC.has(t.norm) || (k > 0 && t.shape === 'upper' && isGiven(t, ctx)) || surnameTail(k))) out.add(c.id);
  }
  return out;
}

/** Between names of a list: a comma, or "and"/"or" (after a comma or not). */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/** A plural noun for people or their trade right before a list of names ("Two trapped miners, X and Y", "film producers X and Y"). */
const PEOPLE_BEFORE = /\b\p{Ll}+(?:ers|ors|ists|ians|men|women|people)\s*,?\s+$/u;

/**
 * Whether the candidate at `i` is coordinated with a person's name: one that a title or a given name and a surname make a
 * person's, or, after a plural noun for people, any person's ("X Y and Sipho Dube"; `votes`: the cues of names typed by default).
 */
function coordinatedWithPerson(candidates: readonly Cand[], i: number, text: string, votes: ReadonlyMap<string, Cues>): boolean {
  const c = candidates[i];
  if (!c) return false;
  for (const d of [candidates[i - 1], candidates[i + 1]]) {
    // A person by a title, or by a given name and a known surname; a given name or a surname alone leads or ends firms' names
    // too ("Leo Freight"), so it counts where a plural noun for people opens the list ("two miners, X Y and Sipho Dube").
    if (!d || d.type !== 'person' || (d.part.weak && !((d.id && votes.get(d.id)?.person) ?? 0))) continue;
    const [first, second] = d.start < c.start ? [d, c] : [c, d];
    const gap = text.slice(endOf(first), second.start);
    if (gap.length > 7 || !LIST_GAP.test(gap)) continue;
    if (d.part.afterTitle || (d.part.given && isSurname(lastOf(d.part.tokens).norm)) || PEOPLE_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))) return true;
  }
  return false;
}

/**
 * A name typed a person for want of a better reason, with no person's evidence in the article (`unevidenced`, from
 * typeWeakByVotes) and still that person after the article-wide passes (no surname, short form or acronym made it
 * anything else): a body, or a place where a place's preposition of rest stands before a mention ("Brandtner Mobility",
 * "Aargauer Kreditbank", "a jetty near Tanjung Uban"). A body named in full elsewhere with more words ("X Infratech Ltd")
 * is the one this names.
 */
export function typeUnevidenced(candidates: readonly Cand[], unevidenced: ReadonlyMap<Cand, { id: string; type: 'organization' | 'place' }>, text: string): void {
  let leads: Map<string, string> | undefined;
  for (const [c, { id, type }] of unevidenced) {
    if (c.type !== 'person' || c.id !== id) continue;
    c.type = type;
    c.id = (type === 'organization' ? fullerBody(candidates, c) : undefined) ?? (c.part.nameSlug ??= slug(c.part.name));
    if (type === 'organization') (leads ??= new Map()).set(firstOf(c.part.tokens).norm, c.id);
  }
  if (!leads) return;
  // The body's first word alone, typed a person only as a given name that no one named in full bears here, is the body
  // ("Abay" for "Abay Skyways"), unless a person's own evidence speaks ("Abay, 54,").
  for (const c of candidates) {
    const p = c.part;
    const id = p.length === 1 && c.type === 'person' && !p.afterTitle ? leads.get(p.key) : undefined;
    if (!id || c.id !== foldSpelling(slug(p.name)) || (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit)).strongPerson) continue;
    c.type = 'organization';
    c.id = id;
  }
}

/**
 * The id of a body named elsewhere in the article by the words of `c` and more before or after them ("X Infratech" of
 * "X Infratech Ltd", "National Waterways" of "Ruritanian National Waterways").
 */
function fullerBody(candidates: readonly Cand[], c: Cand): string | undefined {
  const toks = c.part.tokens;
  for (const d of candidates) {
    const more = d.part.length - toks.length;
    if (d.type !== 'organization' || !d.id || more <= 0) continue;
    if (toks.every((t, k) => d.part.tokens[k]?.norm === t.norm) || toks.every((t, k) => d.part.tokens[k + more]?.norm === t.norm)) return d.id;
  }
  return undefined;
}

/**
 * Whether a name of several words is a town or a village of one of `countries` ({@link isLocalTown}), or, where a mention's
 * words say a place (`placed`: "in X", "from X", "the village of X"), one that a word opening many places' names leads
 * ("Kampung X", "Kafr X", "Ain X", "Sidi X") that no surname ends ("Sidi Bel Abbès", not a person's "Béla Kovács"), or two
 * places' names ("Marsa Matrouh"). Without such a cue those words open people's names as often ("Chiang Wan-an won",
 * "mourned Béla Tarr", "Bol Bol scored"): no name list knows every culture's given names and surnames.
 */
function placeByItsWords(p: Part, countries: ReadonlySet<string> | undefined, placed: boolean): boolean {
  if (isLocalTown(p.key, countries)) return true;
  if (!placed) return false;
  const head = firstOf(p.tokens);
  const tail = lastOf(p.tokens);
  // (Not a given name before a surname that is also a town: "Jordan Henderson", "Chelsea Clinton".)
  if (p.length === 2 && placeOf([head]) !== undefined && placeOf([tail]) !== undefined && !isGivenName(head.norm)) return true;
  return isPlaceHead(head.norm) && !isSurname(tail.norm);
}

/**
 * After a sentence's first word, the comma of an introduction: a relative clause, an
 * apposition or a participle clause about it ("X, whose plant …", "X, the local unit of …",
 * "X, knocked out by …", "X, based in …"). News copy introduces a name so; a word that opens
 * a sentence for no other reason is an adverb ("Meanwhile, the …"), which the lexicon knows.
 */
const INTRODUCED = /^,\s+(?:whose|which|(?:the|a|an)\s+\p{Ll}|\p{Ll}+ed\s+(?:\p{Ll}+\s+)?(?:by|in|on|at|from|with|after|as)\b|based\s+in\b)/u;

/**
 * A given name and a body's head word ("Derek Holding", "Nadia Church"), typed a body by its head word, is a person
 * where a person's own evidence speaks (an honorific or a noun for a person before it, an age, ", who") and
 * the person's votes outnumber the body's across the article's mentions.
 */
function weakBodiesByPersonCues(candidates: readonly Cand[], text: string, solo: boolean): void {
  let votes: Map<string, Cues> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.part.weak || !c.id) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit));
    // (A fighter's ring name of English words, "Iron Fist", beaten or beating in a bout: "X pinned Y".)
    const duel = solo && c.part.words.length > 1 && duelCue(text, c.start, endOf(c), c.part);
    const person = cues.person + (duel ? 1 : 0);
    const v = (votes ??= new Map()).get(c.id);
    if (v) {
      v.person += person;
      v.organization += cues.organization;
      if (cues.strongPerson || duel) v.strongPerson = true;
    } else votes.set(c.id, { person, organization: cues.organization, place: 0, strongPerson: cues.strongPerson === true || duel });
  }
  if (!votes) return;
  for (const c of candidates) {
    const v = c.type === 'organization' && c.part.weak && c.id ? votes.get(c.id) : undefined;
    if (!v?.strongPerson || v.person <= v.organization) continue;
    c.type = 'person';
    c.id = foldSpelling(c.part.nameSlug ??= slug(c.part.name));
  }
}

/** Right before a name: a determiner or a possessive ("the Bench", "the exchange's Growth market"). */
const DETERMINED = /(?:\b(?:the|The|its|their|our|his|her)|['’]s?)\s+$/;

/**
 * A common word or a code standing alone ("Gold", "the Bench", "Growth", "COP25") with no
 * evidence of a person or a body: no person's cue, and for a body two votes, or one where
 * a mention's capital says something (mid-sentence, no determiner, not shouted).
 */
function commonAlone(p: Part, v: Cues & { plain: number; mid: number }): boolean {
  const t = firstOf(p.tokens);
  if (p.length > 1 || INSTITUTIONS.has(t.norm) || (!isCommonWord(t.norm) && !isCode(t.text))) return false;
  // Only ever a sentence's first word ("Residents said", "Asked whether he"): any subject says, so only strong cues count.
  if (v.mid === 0) return v.person < 2 && v.organization < 2;
  return v.person === 0 && v.organization < 2 && !(v.organization === 1 && v.plain > 0);
}

/** "he" or "she" right after a name, or after a conjunction that opens a clause ("X when he returned"). */
const HE_AFTER = /^,?\s+(?:(?:when|after|as|before|because|since|while|until|once)\s+)?(?:he|she)\b/;
/** A firm's plural noun right after a name ("X plants", "X shares", "X workers"). */
const OWNED_PLURAL_AFTER = /^\s+(?:plants|factories|mills|mines|stores|shops|outlets|shares|workers|employees|staff|offices|subsidiaries|products|brands)\b/;
/** A hyphen right before a word. */
const HYPHEN_BEFORE = /[-‐‑]$/;

/**
 * Whether the one cue for a person that a lone word has across its mentions is a cue any body's name takes as well: it is
 * the subject of a verb of saying or a pronoun follows it ("Korail said", "Ubugenzacyaha told …", "… Cubavisión said he"),
 * with no person's own evidence (an age, an honorific, a noun for a person, ", who") and nothing a name list knows (no given
 * name, no known surname, no place), never named in full in the article and no piece of a hyphened name ("Zafar-ul-Haq").
 * News copy names a person in full, or with a title, before it uses a single word; a word it never introduces, that speaks
 * once, is a body's name: an acronym written as a word, a firm's or a body's name in the local language, a brand.
 * Measured on dev and the fresh sets: of 23 such words none was a person (bodies, villages, holidays, a brand), while a person
 * named by the surname alone and never in full ("Zelensky") has a cue for a person at more mentions than one.
 */
function anyonesCue(p: Part, v: Cues & { own: number; joined: number }, named: ReadonlySet<string>): boolean {
  return p.length === 1 && v.person === 1 && v.own === 0 && v.joined === 0 && !p.given && !p.place && !isSurname(p.key) && !named.has(p.key);
}

/** The words of the people named in full: a lone one is theirs ("Periasamy" of "Selvakumar a/l Periasamy"). */
function namedWords(candidates: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) if (c.type === 'person' && c.part.length > 1) for (const t of c.part.tokens) out.add(t.norm);
  return out;
}

/**
 * Single unknown words: a known surname, a name typed elsewhere in the article
 * (`known`), or the votes of the words around all their mentions. News copy names
 * a person in full before it uses the surname alone, so a lone word with no full
 * name in the article is an organization unless its context says otherwise.
 */
export function typeLoneWords(candidates: readonly Cand[], ctx: Ctx, known: Known, surnames: Surnames, [firstWords, looseFirstWords]: [FirstNames, FirstNames], sport = false): void {
  const { text } = ctx;
  const placeGroups = new Set<number>();
  const orgGroups = new Set<number>();
  for (const c of candidates) {
    // (A region the library knows counts already: "in Bavaria and X".)
    if (c.type === 'place' || (!c.type && !c.part.common && libraryVote(c.part.key) === 'place')) placeGroups.add(c.group);
    else if (c.type === 'organization') orgGroups.add(c.group);
  }
  const listed = placeLists(candidates, text, ctx.countries);
  let ends: Map<string, string | null> | undefined;
  let named: Set<string> | undefined;
  // Words typed a person by a name list alone, no cue around any mention.
  let byLibrary: Set<string> | undefined;
  const votes = new Map<string, Cues & { mid: number; plain: number; strong: number; intro: number; weakPlace: number; bodyCues: number; own: number; joined: number }>();
  for (const c of candidates) {
    if (c.type || c.part.common) continue;
    const p = c.part;
    let v = votes.get(p.key);
    if (!v) votes.set(p.key, (v = { person: 0, organization: 0, place: 0, mid: 0, plain: 0, strong: 0, intro: 0, weakPlace: 0, bodyCues: 0, own: 0, joined: 0 }));
    const cues = (c.at.cues ??= cuesAt(text, c.start, c.start + c.at.firstEnd - c.at.start, p.sentenceStart, c.limit));
    if (!p.sentenceStart) v.mid++;
    // A sentence's first word introduced by the comma after it ("X, whose plant …"): a name, not a capital of position.
    else if (p.length === 1 && INTRODUCED.test(text.slice(endOf(c), endOf(c) + 24))) v.intro++;
    // A mid-sentence mention whose capital says something: not after a determiner or a possessive, not shouted.
    if (!p.sentenceStart && !DETERMINED.test(text.slice(Math.max(0, c.start - 6), c.start)) && firstOf(p.tokens).text !== firstOf(p.tokens).text.toUpperCase()) v.plain++;
    v.person += cues.person;
    v.organization += cues.organization;
    v.place += cues.place;
    if (cues.toward) v.weakPlace++;
    v.bodyCues += cues.organization;
    if (cues.strongOrg) v.strong++;
    if (cues.strongPerson) v.own++;
    // (A word hyphened to the name before it is that name's last part: "Zafar-ul-Haq".)
    if (HYPHEN_BEFORE.test(text.slice(Math.max(0, c.start - 1), c.start))) v.joined++;
    // In sport copy, a result or a fixture around the word ("win over X", "X, who beat").
    // A transfer's "from" is the club's, not a place's ("joined from X").
    if (sport && (cues.place === 0 || TRANSFER_FROM.test(text.slice(Math.max(0, c.start - 20), c.start))) && matchCue(text, c.start, endOf(c))) {
      v.organization += 2;
      v.bodyCues += 2;
    }
    // Coordinated with a place ("the Dnipropetrovsk and Zaporizhia regions").
    // A later member of a list after a place's preposition ("in Casablanca, Rabat and X", "from Y and X").
    if (listed.has(c)) v.place++;
    if (!p.sentenceStart && placeGroups.has(c.group)) v.place++;
    // Coordinated with a body ("Barclays and the Bank of America", "the Bank of England and Barclays").
    // (Not before a land's noun, which makes the pair two places: "the X and Y valleys" beside "X Sugar Company".)
    else if (orgGroups.has(c.group) && (/^\s+and\s/.test(text.slice(endOf(c), endOf(c) + 6)) || /\sand\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start))) && !landNounAfter(text, endOf(c))) v.organization++;
  }
  for (const c of candidates) {
    if (c.type || c.part.common) continue;
    const p = c.part;
    const surname = surnames.get((p.fullKey ??= foldSpelling(slug(p.words.join(' ')))));
    const other = known.get(p.key);
    const v = votes.get(p.key);
    if (surname) {
      c.id = surnameAt(surname, c.start);
      c.type = surname.type;
    }
    else if (p.length === 1 && ((isLocalTown(p.key, ctx.countries) && placeContext(text, c.start, endOf(c))) || strongPlaceContext(text, c.start, endOf(c)))) {
      // A town below the gazetteer's cities where a place's preposition or its country says so ("the plant in X"),
      // though a body named after it stands for it elsewhere.
      c.type = 'place';
      c.id = p.loneSlug ??= slug(firstOf(p.tokens).text);
    } else if (other) ({ id: c.id, type: c.type } = other);
    else if (v && (v.mid > 0 || v.intro > 0 || v.person + v.organization + v.place > 0) && !commonAlone(p, v)) {
      // With no cue at all, a general-purpose lexicon votes (its regions are places: "Bahia").
      // So does a town below the gazetteer's cities ("Radomsko"), which also wins a tie between a place's cue and a body's or a
      // person's where a list of places gives its place ("Residents of Sidi Bouzid, Regueb and X said": the list's place against the
      // verb's person; but not a bare "to": "Aides to X said he", where a village of the country may be a surname).
      const town = p.length === 1 && isLocalTown(p.key, ctx.countries);
      const person = anyonesCue(p, v, (named ??= namedWords(candidates))) ? 0 : v.person;
      const library = person + v.organization + v.place === 0 ? (libraryVote(p.key) ?? (town ? 'place' : undefined)) : undefined;
      // A known surname takes a person's cue over one vote more for a body ("Okonkwo told …", "at the plant, Okonkwo said").
      // Not against a strong cue for a body: firms bear surnames ("Ferrari's chairman", "Porsche's chief executive").
      const lean = p.length === 1 && !p.place && isSurname(p.key) && v.strong === 0 ? 1 : 0;
      // A given name alone after the one person named in full with it and no strong cue for a body around it ("Abiy" of
      // "Abiy Ahmed"): a person, as much of the world's copy calls people by the given name.
      // (A cue for a body, "said in a statement", yields to a person's cue beside it; a full name typed a person only by
      // default counts then too.)
      const called = p.length === 1 && v.place === 0 ? ((v.strong === 0 ? givenNameOf(c, ctx, firstWords) : undefined) ?? (v.person > 0 ? givenNameOf(c, ctx, looseFirstWords) : undefined)) : undefined;
      // (A lone word's "to" or "at" yields to a body's cue elsewhere: "a session at the X … The X passed the bill".)
      // (Not a coordination's vote: "trips to X and Y" of a Y typed a body.)
      const place = v.bodyCues > 0 ? v.place - v.weakPlace : v.place;
      if (!called && library === 'person') (byLibrary ??= new Set()).add(p.key);
      c.type = called ? 'person' : library ?? ((place > person || (town && listed.has(c) && place === person)) && (place > v.organization || (town && place === v.organization)) ? 'place' : person > 0 && person + lean >= v.organization ? 'person' : 'organization');
      const lone = (p.loneSlug ??= slug(firstOf(p.tokens).text));
      // A person's given name alone, after the one person named in full with it ("Somchai" for "Somchai Wongsawat").
      // (A full name typed a person only by default counts when the word's own context says a person and nothing a body.)
      const given = called ?? (c.type === 'person' ? (givenNameOf(c, ctx, firstWords) ?? (v.organization === 0 ? givenNameOf(c, ctx, looseFirstWords) : undefined)) : undefined);
      // A word its own context makes a body, the first or last word of one body named in full, is that body's short form
      // ("Dalmacija said it expected" of "Dalmacija Trgovina"; "Licey manager" of "Tigres del Licey").
      c.id = c.type === 'person' ? (given ?? (p.lonePerson ??= foldSpelling(lone))) : ((c.type === 'organization' && p.length === 1 ? ((ends ??= bodyEnds(candidates)).get(p.key) ?? undefined) : undefined) ?? lone);
      known.set(p.key, c);
    }
  }
  coordinatedWithBodies(candidates, byLibrary, text, () => (ends ??= bodyEnds(candidates)));
}

/**
 * A word that only a name list made a person (no cue around any of its mentions: no title, no verb of saying, no age),
 * coordinated with a body ("X and Stellantis, which assemble cars", "Gaumont and X"), is a body: copy lists like with like,
 * and a person so named alone would be called by a title or a verb somewhere.
 */
function coordinatedWithBodies(candidates: readonly Cand[], keys: ReadonlySet<string> | undefined, text: string, ends: () => Map<string, string | null>): void {
  let bodies: Set<string> | undefined;
  for (const [i, c] of candidates.entries()) {
    if (c.type !== 'person' || c.part.length !== 1 || c.part.afterTitle || !(keys?.has(c.part.key) || c.part.given)) continue;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const end = endOf(c);
    // (Not parties that pair a person with a body by nature: "between X and Y", "went to X and Y", "either X or Y".)
    const paired = (first: Cand): boolean => PARTIES_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
    if ((next && next.group === c.group && next.type === 'organization' && AND_BETWEEN.test(text.slice(end, next.start)) && !paired(c)) || (prev && prev.group === c.group && prev.type === 'organization' && AND_BETWEEN.test(text.slice(endOf(prev), c.start)) && !paired(prev))) (bodies ??= new Set()).add(c.part.key);
  }
  if (!bodies) return;
  // (A given name alone is the person's where anyone is named in full with it, or where any mention has a person's cue.)
  for (const c of candidates) {
    const p = c.part;
    const first = firstOf(p.tokens).norm;
    if (p.length > 1) {
      if (c.type === 'person' && bodies.has(first)) bodies.delete(first);
      continue;
    }
    if (!bodies.has(p.key) || c.type !== 'person') continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit));
    if (p.afterTitle || cues.person > 0 || cues.strongPerson) bodies.delete(p.key);
  }
  for (const c of candidates) {
    if (c.type !== 'person' || c.part.length !== 1 || !bodies.has(c.part.key)) continue;
    c.type = 'organization';
    c.id = ends().get(c.part.key) ?? (c.part.loneSlug ??= slug(firstOf(c.part.tokens).text));
  }
}

/** Before the first of two names: words whose two parties are a person and a body as often as like and like. */
const PARTIES_BEFORE = /\b(?:between|to|from|with|against|versus|[Ee]ither|[Nn]either)\s+(?:the\s+)?$/;

/** "and" (or "or") alone between two names, with "the" at most. */
const AND_BETWEEN = /^\s+(?:and|or)\s+(?:the\s+)?$/;

/** The first and last words of the bodies named in full → the body's id (null where two bodies share the word; first words first). */
function bodyEnds(candidates: readonly Cand[]): Map<string, string | null> {
  const first: Map<string, string | null> = new Map();
  const last: Map<string, string | null> = new Map();
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type !== 'organization' || !c.id || toks.length < 2) continue;
    claim(first, firstOf(toks).norm, c.id);
    if (!ORG_WORDS.has(lastOf(toks).norm)) claim(last, lastOf(toks).norm, c.id);
  }
  for (const [k, id] of last) if (!first.has(k)) first.set(k, id);
  return first;
}

const AND_GAP = /(?:and|or)\s+$/;

/** A plural noun of places and "such as", "like" or "including" before a list ("villages such as X and Y", "islands including X"). */
const PLACES_SUCH_AS = /\b(?:villages|towns|cities|islands|districts|provinces|regions|ports|municipalities|suburbs|counties|communes|neighbou?rhoods|settlements)\s+(?:such\s+as|like|including)\s+$/;

/**
 * A way, a stretch of land or traffic on it, or a thing that lies or is stranded somewhere, before "between" ("the road between X
 * and Y", "trucks stranded between", "a village halfway between"): the pair are places, not the parties of a final or a deal.
 */
const WAY_BETWEEN = /\b(?:(?:roads?|highways?|routes?|motorway|railway|rail\s+line|stretch|border|frontier|lies|lying|located|situated|halfway|midway|ferry|ferries|flights?|buses|trains|traffic|commute|drive|walk|sail(?:s|ed|ing)?|shuttles?)\s+(?:\p{Ll}+\s+){0,2}?|(?:strand(?:ed|ing)|stuck|trapped)\s+(?:[\p{L}\d,]+\s+){0,4}?)between\s+$/u;

/** A lone word typed a person only as a given name (no title before it). */
const lonelyGiven = (c: Cand): boolean => c.type === 'person' && c.part.length === 1 && c.part.given === true && !c.part.afterTitle;

/**
 * The members of lists of names that say places: the later members of a list a place's preposition opens ("in Casablanca,
 * Rabat and X", "from Y and X"), every member after "between" or a plural noun of places ("between X and Y", "villages
 * such as X and Y"), and the other members of a list where a place stands and no person or body ("to Naxos, Paros and X":
 * copy lists like with like). Lists of two or more whose last member follows "and" or "or", in one pass in text order.
 */
function placeLists(candidates: readonly Cand[], text: string, countries: ReadonlySet<string> | undefined, anchored?: Set<Cand>): Set<Cand> {
  const out = new Set<Cand>();
  let list: Cand[] = [];
  const close = (): void => {
    const head = list[0];
    const last = list[list.length - 1];
    if (head && last && list.length > 1 && AND_GAP.test(text.slice(Math.max(0, last.start - 6), last.start))) {
      const before = text.slice(Math.max(0, head.start - 30), head.start);
      const prev = lowerWordBefore(before.slice(-12));
      // (A region a general-purpose lexicon knows, or a town, counts as typed: "Naxos", "Paros".)
      // (A word typed a person only as a given name counts as untyped: "Mzuzu, X and Dedza", of a town named like a person.)
      const known = list.map((m) => (m.type && !lonelyGiven(m) ? m.type : !m.part.common && (libraryVote(m.part.key) === 'place' || (m.part.length === 1 && isLocalTown(m.part.key, countries))) ? 'place' : undefined));
      const kinds = known.filter((k) => k !== undefined);
      // (A holding's, a market's or a trust's noun before "in" opens a list of firms or people: "shares in A and X Y", "faith in A, B and C".)
      const holding = prev === 'in' && HOLDING_IN.test(before);
      // ("between" joins clubs, firms and people as often, "the final between X and Y": only beside a place it says places.)
      let placed = true;
      if ((prev === 'between' && (kinds.includes('place') || WAY_BETWEEN.test(text.slice(Math.max(0, head.start - 60), head.start)))) || PLACES_SUCH_AS.test(before) || (kinds.length > 0 && kinds.every((k) => k === 'place'))) for (const m of list) out.add(m);
      // (So does a noun for a place or a part of a land and "of" before the first: "the islands of A and X", "residents of A and X".)
      else if (prev !== undefined && !holding && (PLACE_CUES.has(prev) || (prev === 'for' && BOUND_FOR.test(before)) || (prev === 'of' && placeOfBefore(text, head.start)))) for (const m of list.slice(1)) out.add(m);
      else placed = false;
      // (Members after a place a gazetteer or a lexicon knows: the list is of places, not a name's own kind guessed from its words.)
      if (placed && anchored && !holding) {
        const first = list.findIndex((m, i) => known[i] === 'place' && (placeOf(m.part.tokens) !== undefined || libraryVote(m.part.key) === 'place' || isLocalTown(m.part.key, countries)));
        if (first >= 0) for (const m of list.slice(first + 1)) if (out.has(m)) anchored.add(m);
      }
    }
    list = [];
  };
  let prev: Cand | undefined;
  for (const c of candidates) {
    const gap = prev && c.start > endOf(prev) && c.start - endOf(prev) <= 7 ? text.slice(endOf(prev), c.start) : undefined;
    if (prev && gap !== undefined && LIST_GAP.test(gap)) {
      if (!list.length) list.push(prev);
      list.push(c);
    } else close();
    prev = c;
  }
  close();
  return out;
}

/**
 * A firm named after its family and called by the family's name ("Kiggundu" of "Kiggundu Coffee Exporters", whose founder
 * "Joseph Kiggundu" the article also names): a lone surname that the surname pass gave the person and that leads the name
 * of a body named in full (not one named in someone's honour, "Nelson Mandela Foundation") is the firm before the person is
 * named in full, as copy names a person in full before it uses the surname alone (unless an honorific or an age says the
 * person: "Let Mr X sit …"); after, its own words decide ("Høgsbro,
 * 71, told staff" the person, "Høgsbro's bid" the firm), and where they say nothing, the one of the two named first.
 */
export function typeFamilyFirms(candidates: readonly Cand[], text: string): void {
  // Bodies named in full by their leading word → the body's id and first mention (null where two bodies share the word).
  let firms: Map<string, { id: string; start: number } | null> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type !== 'organization' || !c.id || toks.length < 2 || HONOUR_HEADS.has(lastOf(toks).norm)) continue;
    const key = firstOf(toks).norm;
    const had = (firms ??= new Map()).get(key);
    if (had === undefined) firms.set(key, { id: c.id, start: c.start });
    else if (had && had.id !== c.id) firms.set(key, null);
  }
  if (!firms) return;
  // People named in full whose last word leads a firm's name → where each is first named.
  let people: Map<string, number> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type === 'person' && c.id && toks.length > 1 && firms.get(lastOf(toks).norm) && !people?.has(c.id)) (people ??= new Map()).set(c.id, c.start);
  }
  if (!people) return;
  // Where each firm is named in full (its mentions of two words or more), to find a surname in the sentence that names it.
  let full: Map<string, number[]> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.id || c.part.length < 2) continue;
    const starts = (full ??= new Map()).get(c.id);
    if (starts) starts.push(c.start);
    else full.set(c.id, [c.start]);
  }
  for (const c of candidates) {
    const firm = c.part.length === 1 && c.type === 'person' && c.id ? firms.get(c.part.key) : undefined;
    const named = firm && c.id ? people.get(c.id) : undefined;
    if (!firm || named === undefined) continue;
    // A title or an honorific before it ("Mr Asanov"), or an event of a life after it ("X died in 2024"), says the person,
    // wherever the person is named in full; and a sentence that names the firm in full calls it so, not by the family's
    // name ("X Racing was formed when X went into partnership with …").
    if (c.part.afterTitle || LIFE_AFTER.test(text.slice(endOf(c), endOf(c) + 24)) || full?.get(firm.id)?.some((at) => sameSentence(text, at, c.start))) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit));
    // Before the full name, the firm, unless the mention's own words say a person and no strong cue a body ("Let Mr X sit …", "X, 71,"; the next
    // sentence's "the company" is weak).
    let body = c.start < named && !cues.strongPerson && !(cues.person >= 2 && !cues.strongOrg && cues.person > cues.organization);
    // (A person's own evidence wins a tie: "Halvorsen's grandfather founded the firm. The company …".)
    if (!body) body = cues.organization > cues.person || (cues.organization === cues.person && !cues.strongPerson && firm.start < named);
    if (!body) continue;
    c.type = 'organization';
    c.id = firm.id;
  }
}

/**
 * A firm's trading or its premises after its name ("X shares fell", "X's stores"): a firm's, no person's. Not a possessive's
 * staff, board, shares or sales: people have those too ("the mayor's staff", "Brenner's shares").
 */
const FIRM_AFTER = /^(?:\s+(?:shares|stock|bonds|shareholders)\b|['’]s\s+(?:stores|shops|outlets|factory|factories|plants?|subsidiary|subsidiaries)\b)/;
/** An apposition that a body's noun heads ("X, the Graz-based bakery chain,", "X, a family-owned brewer which"): not "the company founder". */
const FIRM_HEADED = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${BODY_ONLY.join('|')})(?=\\s*[,.;:)—–]|\\s+(?:that|which|whose|based|owned|founded|run|in|with)\\b)`, 'u');

/**
 * A firm named after its founder ("Hartwig" of a chain that "Anna Hartwig" founded, "Hartwig NV", "Anna Hartwig Ltd"): a lone
 * surname of a person named in full, where one of its mentions has a firm's own words (trading, a firm's premises, an
 * apposition a body's noun heads or that founds it, "X said it") and no person's, is a firm besides the person. Each such
 * mention is the firm unless its own words say a person (a title or an honorific, an age, a role, "X said he", an event of a
 * life); a mention that says nothing is the firm where the firm's mentions outnumber the person's own. The firm is the body
 * of the article whose name holds the surname, where one does ("Claessen" of "Hendrik Claessen NV"), else the word alone.
 * A lone surname whose person's full name the article gives only to the firm ("Anna Hartwig" as the firm's short name) is
 * the firm.
 */
export function typeFoundersFirms(candidates: readonly Cand[], text: string): void {
  // People named in full → their surname (the last word); bodies → the ids of the firms whose names hold each word.
  let surnames: Map<string, string> | undefined;
  let firmWords: Map<string, string> | undefined;
  let firmNames: Map<string, string> | undefined;
  for (const c of candidates) {
    if (!c.id) continue;
    if (c.type === 'person' && c.part.length > 1) (surnames ??= new Map()).set(c.id, lastOf(c.part.tokens).norm);
    else if (c.type === 'organization') {
      const toks = c.part.tokens;
      for (const t of toks) if (!(firmWords ??= new Map()).has(t.norm) && !ORG_WORDS.has(t.norm)) firmWords.set(t.norm, c.id);
      // (The name a firm's short form shares with its founder: "Anna Hartwig" for "Anna Hartwig Ltd".)
      if (toks.length > 1) (firmNames ??= new Map()).set(foldSpelling(slug(c.part.name)), c.id);
    }
  }
  if (!surnames && !firmNames) return;
  let firms: Map<string, { firm: number; person: number }> | undefined;
  const lone: Cand[] = [];
  for (const c of candidates) {
    if (c.type !== 'person' || !c.id || c.part.length !== 1) continue;
    const surname = surnames?.get(c.id);
    if (surname === undefined) {
      // A surname whose person's full name is only the firm's (no mention of it left a person): the firm.
      const firm = firmNames?.get(c.id);
      if (firm && firmWords?.get(c.part.key) === firm) {
        const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit));
        // (Not a sentence's first word that no body's cue calls the firm: "Textile exports rose" after "X Textile".)
        if (c.part.afterTitle || cues.strongPerson || cues.person > cues.organization || (c.part.sentenceStart && !cues.strongOrg)) continue;
        c.type = 'organization';
        c.id = firm;
      }
      continue;
    }
    if (surname !== c.part.key) continue;
    lone.push(c);
    const end = endOf(c);
    const after = text.slice(end, Math.min(c.limit, end + 80));
    const cues = (c.at.cues ??= cuesAt(text, c.start, end, c.part.sentenceStart, c.limit));
    const own = c.part.afterTitle === true || cues.strongPerson === true || LIFE_AFTER.test(after);
    const v = (firms ??= new Map()).get(c.id) ?? { firm: 0, person: 0 };
    if (own) v.person++;
    // (A founding apposition or a body's report counts only where a firm of the article bears the word: "send X to the
    // finals, it said" names an athlete.)
    else if (FIRM_AFTER.test(after) || FIRM_HEADED.test(after) || (firmWords?.has(c.part.key) === true && (FOUNDED_AFTER.test(after) || (cues.strongOrg === true && cues.organization > cues.person)))) v.firm++;
    firms.set(c.id, v);
  }
  if (!firms) return;
  for (const c of lone) {
    const v = firms.get(c.id ?? '');
    if (!v || v.firm === 0) continue;
    const cues = c.at.cues;
    const end = endOf(c);
    if (!cues || c.part.afterTitle || cues.strongPerson || LIFE_AFTER.test(text.slice(end, end + 24))) continue;
    if (cues.person > cues.organization || (cues.person === cues.organization && v.firm <= v.person)) continue;
    c.type = 'organization';
    c.id = firmWords?.get(c.part.key) ?? (c.part.loneSlug ??= slug(firstOf(c.part.tokens).text));
  }
}

/** Events of a life after a name ("X died", "X was born in"): a person's, never a firm's. */
const LIFE_AFTER = /^,?\s+(?:died|was\s+born|was\s+buried|married|retired|resigned)\b/;

/** Whether no sentence ends between `a` and `b`. */
function sameSentence(text: string, a: number, b: number): boolean {
  return !/[.!?]["”’)]?\s|\n/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * A firm named after a town and called by it ("Mineração Tupã" and "Tupã shares
 * jumped"): a town's name that is a word of a body named in this article, and whose
 * mentions' contexts give the body two votes or more, and more than to a person or a place, is that body;
 * so is, where no cue says a place or a person, the firm's distinctive word before its corporate suffix
 * ("Tupã" of "Mineração Tupã S.A."). The one rule for towns that name firms.
 */
export function typeTownsActingAsBodies(candidates: readonly Cand[], text: string): void {
  // Words of bodies named in full → the body's id (null when two bodies share the word).
  let words: Map<string, string | null> | undefined;
  // A firm's distinctive word before its corporate suffix ("Tupã" of "Mineração Tupã S.A."): its name says the town's name is the firm's.
  let suffixed: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.id || c.part.length < 2) continue;
    const toks = c.part.tokens;
    for (const t of toks) {
      if (t.shape !== 'upper') continue;
      words ??= new Map();
      claim(words, t.norm, c.id);
    }
    const end = suffixEnd(toks);
    const distinctive = toks[end - 1];
    if (end < toks.length && end >= 2 && distinctive && !CONNECTORS.has(distinctive.text) && !ORG_WORDS.has(distinctive.norm)) (suffixed ??= new Set()).add(distinctive.norm);
  }
  if (!words) return;
  const votes = new Map<string, Cues>();
  for (const c of candidates) {
    if (c.type !== 'place' || c.part.length !== 1 || !words.get(c.part.key)) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit));
    const v = votes.get(c.part.key);
    if (v) {
      v.person += cues.person;
      v.organization += cues.organization;
      v.place += cues.place;
    } else votes.set(c.part.key, { ...cues });
  }
  for (const c of candidates) {
    const v = c.type === 'place' ? votes.get(c.part.key) : undefined;
    // (Not where a place's preposition leads this mention: "fans in X".) A firm's distinctive word is the firm wherever no cue says a place or a person.
    const cues = c.at.cues;
    const firm = suffixed?.has(c.part.key) === true && cues?.person === 0;
    const id = v && (firm || (v.organization >= 2 && v.organization > v.person && v.organization > v.place)) && cues?.place === 0 ? words.get(c.part.key) : undefined;
    if (id) {
      c.type = 'organization';
      c.id = id;
    }
  }
}

/** An owner's or an investor's noun and "in"/"of" before a name ("investors in X", "a 5% stake in X", "shares of X"): a firm's context, not a place's. */
const STAKE_IN_BEFORE = /\b(?:investors?|invest(?:s|ed|ing|ment|ments)?|stakes?|shares?|holdings?|shareholders?|stakeholders?|stockholders?|interest|confidence|ownership|control)\s+(?:in|of)\s+$/i;
/** A coordinated name right after a name ("X and Y valleys"), which a land's noun may follow. */
const AND_WORD_AFTER = /^\s+and\s+\p{Lu}[\p{L}\p{M}'’-]*/u;
/** Whether a land's or a division's noun follows the name ending at `end`, also after a coordinated name ("the X valley", "the X and Y valleys"). */
function landNounAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (PLACE_AFTER.test(after)) return true;
  const and = AND_WORD_AFTER.exec(after);
  return and !== null && PLACE_AFTER.test(after.slice(and[0].length));
}

/** Head words that make a body a place's own government or service ("X Municipality", "X Metropolitan Police", "X Municipal Hospital"). */
const LOCAL_BODY_HEADS = new Set(['municipality', 'municipal', 'metropolitan', 'prefecture', 'governorate']);
/** A unit of local government, then an organ of it ("X City Council", "X District Administration Office", "X Town Hall"). */
const LOCAL_UNITS = new Set(['city', 'town', 'county', 'district', 'borough', 'shire', 'parish', 'village', 'provincial', 'regional']);
const LOCAL_ORGANS = new Set(['council', 'hall', 'government', 'assembly', 'administration', 'corporation']);
/**
 * "Municipal" and "metropolitan" also open a fund's, a bank's, an insurer's or an opera's name ("X Municipal Bond Fund", "X Metropolitan
 * Opera"): a place's body only where they end the name or a local government's organ or service follows them.
 */
const LOCAL_ADJECTIVES = new Set(['municipal', 'metropolitan']);
const LOCAL_SERVICES = new Set([...LOCAL_ORGANS, 'council', 'councils', 'police', 'hospital', 'hospitals', 'clinic', 'authority', 'authorities', 'district', 'area', 'region', 'water', 'waterworks', 'sewerage', 'transport', 'transit', 'bus', 'buses', 'railway', 'fire', 'court', 'courts', 'office', 'offices', 'department', 'services', 'service', 'board', 'committee', 'school', 'schools', 'market', 'abattoir', 'cemetery', 'stadium', 'library', 'planning', 'development', 'housing', 'emergency', 'health', 'waste', 'sanitation', 'roads', 'works', 'mayor', 'chamber', 'commission', 'cabinet', 'executive', 'municipality', 'city']);

/**
 * A place's body named after it ("Velmosk Municipal Hospital", "X County Council", "X District Administration Office"): its
 * leading words alone are the place, which the body's own name says is a town or a division (a place also stands for its
 * government: "Residents of Turda and Velmosk"), not the body's short form; unless a mention has a strong cue for a body
 * ("X said in a statement", "X's chief executive"). One type for all mentions of the words.
 */
export function townsOfLocalBodies(candidates: readonly Cand[], text: string): void {
  // The leading words of such bodies (normalised, space-joined) → the body's id.
  let towns: Map<string, string> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type !== 'organization' || !c.id || toks.length < 2) continue;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k];
      if (!t || t.shape !== 'upper') break;
      if ((LOCAL_BODY_HEADS.has(t.norm) && (!LOCAL_ADJECTIVES.has(t.norm) || k + 1 === toks.length || LOCAL_SERVICES.has(toks[k + 1]?.norm ?? ''))) || (LOCAL_UNITS.has(t.norm) && LOCAL_ORGANS.has(toks[k + 1]?.norm ?? ''))) {
        (towns ??= new Map()).set(keyOf(toks.slice(0, k)), c.id);
        break;
      }
      if (ORG_WORDS.has(t.norm)) break;
    }
  }
  // The first word of a body named in full that the article also writes alone as a place, after a place's preposition or
  // with a place's noun ("dealers in X", "stones pass through X" beside "the X Gem Traders Association"), or that the
  // library's lexicon knows for a city or a region: the word alone is that place too.
  let leads: Map<string, string> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type === 'organization' && c.id && toks.length > 1 && toks[1]?.shape === 'upper' && !CLUB_WORDS.has(lastOf(toks).norm)) (leads ??= new Map()).set(keyOf(toks.slice(0, 1)), c.id);
  }
  if (leads) {
    for (const c of candidates) {
      const p = c.part;
      const id = leads.get(p.key);
      if (c.type === 'person' || p.length !== 1 || p.afterTitle || p.common || id === undefined || towns?.has(p.key)) continue;
      // (Not a mention after an owner's or an investor's noun: "investors in X", "a stake in X", "shares of X" read a firm.)
      if (STAKE_IN_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
      const end = endOf(c);
      if (libraryVote(p.key) === 'place' || placeContext(text, c.start, end) || strongPlaceContext(text, c.start, end) || lowerWordBefore(text.slice(Math.max(0, c.start - 12), c.start)) === 'through' || landNounAfter(text, end)) (towns ??= new Map()).set(p.key, id);
    }
  }
  if (!towns) return;
  const lone = (c: Cand): boolean => c.type === 'organization' && towns!.has(c.part.key) && c.id !== undefined;
  // (A strong cue for a body on any mention keeps them all the body's.)
  const bodies = new Set<string>();
  for (const c of candidates) if (lone(c) && (c.at.cues ??= cuesAt(text, c.start, endOf(c), c.part.sentenceStart, c.limit)).strongOrg) bodies.add(c.part.key);
  for (const c of candidates) {
    if (!lone(c) || bodies.has(c.part.key) || STAKE_IN_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
    c.type = 'place';
    c.id = c.part.nameSlug ??= slug(c.part.name);
  }
}

/**
 * One entity, one type, from all its mentions' words: a name typed a person only by default (no title, no given name leading a
 * name of several words, no name of several words typed a person by its own words) whose mentions give no person's cue at all
 * (no "said", no "he" or "his", no age, no role, no honorific) and a body's strong cue somewhere ("X said it would", "X's
 * coach", "X employs 400 people", "X, which was founded in", "shares in X"), two votes or more and more than a place's, is a
 * body: a club or a firm named in another language or like a person ("Champions X were fined. X said it would appeal."). A
 * body named in full elsewhere with more words ("Y X") is the one this names.
 */
export function typeBodiesByEntityVotes(candidates: readonly Cand[], text: string): void {
  let votes: Map<string, { organization: number; place: number; strong: number; voted: number; named: boolean; barred: boolean; widest: Cand }> | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || !c.id) continue;
    const p = c.part;
    let v = (votes ??= new Map()).get(c.id);
    if (!v) votes.set(c.id, (v = { organization: 0, place: 0, strong: 0, voted: 0, named: false, barred: false, widest: c }));
    if (v.barred) continue;
    if (p.afterTitle) {
      v.barred = true;
      continue;
    }
    // (A name of several words that a given name leads or its own words typed a person needs more: see below.)
    if (p.length > 1 && (p.given || !p.weak)) v.named = true;
    const cues = (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit));
    if (cues.strongPerson || cues.person > 0) {
      v.barred = true;
      continue;
    }
    v.organization += cues.organization + (cues.collective ? 2 : 0);
    v.place += cues.place;
    if (cues.bodyOnly || cues.collective) v.strong++;
    if (cues.organization > 0 || cues.collective) v.voted++;
    if (p.length > v.widest.part.length) v.widest = c;
  }
  if (!votes) return;
  // Bodies named by one word ("X" typed a body by its own mentions): a name of several words that it opens and a town or a
  // land ends, with no person's cue anywhere, is that body named with its seat, as clubs and firms are ("X de Luanda", "X
  // Tbilisi" beside "X coach Z said"; not "Maria Duarte" beside a body "Maria").
  let loneBodies: Map<string, string> | undefined;
  for (const c of candidates) if (c.type === 'organization' && c.id && c.part.length === 1 && !c.part.common) (loneBodies ??= new Map()).set(c.part.key, c.id);
  const ids = new Map<string, string>();
  for (const c of candidates) {
    const v = c.type === 'person' && c.id ? votes.get(c.id) : undefined;
    if (!v || v.barred) continue;
    const opened = v.widest.part.length > 1 && placeOf([lastOf(v.widest.part.tokens)]) !== undefined ? loneBodies?.get(firstOf(v.widest.part.tokens).norm) : undefined;
    // A name that reads as a person's (a given name and more, "X de Y") needs four votes from three mentions or more.
    if (opened === undefined && (v.strong === 0 || v.organization < (v.named ? 4 : 2) || (v.named && v.voted < 3) || v.organization <= v.place)) continue;
    let id = ids.get(c.id as string);
    if (id === undefined) {
      id = opened ?? fullerBody(candidates, v.widest) ?? (v.widest.part.nameSlug ??= slug(v.widest.part.name));
      ids.set(c.id as string, id);
    }
    c.type = 'organization';
    c.id = id;
  }
}
