import { COUNTRY_GENITIVES, LEGAL_FORMS, ORG_HEADS, ORG_NAMES, SHORT_LEGAL_FORMS } from './gazetteer-data.js';
import { NAME_TITLES } from './title-words.js';
import { placeNamed } from './gazetteer.js';
import type { Token } from './tokens.js';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that are never names: function words, months, weekdays, pronouns, boilerplate. */
export const NOT_NAMES = words(`a an the this that these those and or but if then so yet for nor as at by in on of to from with without into onto over under after before
  during since until while when where why how what which who whom whose there here it its he she they we you i me my our your their his her them us
  mr mrs ms dr prof sir madam january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight related post posts read more share comment comments reply leave back top
  according meanwhile however also still now not no yes all some many most more other another each every both either neither one two three
  mins min hours hour ago updated published photo video watch listen click subscribe sign log menu home search next previous advertisement
  is are was were be been has have had will would can could should may might must do does did said says
  any such only even just despite although though because instead several few much very whether unlike amid including following
  once perhaps indeed moreover furthermore nevertheless thus therefore yet again already almost`);

/**
 * Indefinite pronouns ("Nobody told us", "Everyone agreed"): no name when alone, yet a firm's or a charity's name may
 * begin with one ("Nothing Technology", "Everyone, a charity"), so they are no {@link NOT_NAMES}: a lone one is dropped
 * by notActor unless the article names a body by it.
 */
export const INDEFINITE_PRONOUNS = words('nobody somebody everybody anybody noone someone everyone anyone nothing something everything anything');

/** Months, weekdays and their abbreviations ("Jan" also opens a name: "Jan van der Berg"): no function word that opens a place's name. */
export const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|yesterday)$/;

/** Adjectives that start with a capital but name no actor ("Western allies"). */
export const ADJECTIVES = words(`western eastern northern southern european asian african arab arabic latin nordic baltic balkan scandinavian
  transatlantic caucasian slavic soviet christian muslim jewish catholic orthodox islamic`);

/** Words that make a region of a continent or country ("Latin America", "North Africa", "Western Europe"). */
export const REGION_ADJECTIVES = words(`north south east west central northern southern eastern western latin upper lower greater northeast northwest southeast southwest`);

/** Title words dropped from the front of a person's name (one list for the whole project: `title-words.ts`). */
export const TITLES = NAME_TITLES;

/** First words of clubs in the languages that lead with them (see {@link CLUB_LEADS}). */
const CLUB_LEAD_WORDS = 'deportivo deportes atletico sporting dinamo dynamo olympique clube esporte independiente';

/**
 * The words of firms' own names for a cooperative, a factory, textiles, chemicals, fertiliser, real estate, building,
 * insurance, cement, securities and shipping in Italian, Portuguese, Spanish, French, Turkish, Polish, Norwegian, Swedish,
 * German and Dutch (`Cooperativa`, `Tekstil`, `Eiendom`, `Rederi`, `Menkul Değerler`), diacritics folded. Typed by hand: no
 * package ships such a list (FreeDict's eng-X dictionaries give noisy translations, cleanco only legal forms). The words are
 * the languages' ordinary words for these firms, as their own names open or end with them; the list was begun from the
 * firms of the firms helper's own fresh set (session 20) and widened to the same trades in the other languages. None is
 * a given name or a surname of the name data (checked when added), and none an English word that English place and
 * event names carry (not "cooperative", as in "Cooperative Republic of Guyana", nor "textile(s)"); a place's word ending
 * the name wins over them ("Usina River", unregistered-typing.ts).
 */
export const FIRM_WORDS = words(`cooperativa cooperativas cooperativo kooperatif kooperatifi kooperativ kooperativet spoldzielnia genossenschaft andelslag samvirkelag
  tessile tessitura costruzioni immobiliare chimica chimiche fabbrica cementi acciaierie ceramiche assicurazioni cartiera
  textil texteis fiacao tecidos quimica quimicos imobiliaria inmobiliaria construtora constructora fabrica usina refinaria
  seguros seguradora aseguradora cimentos cementos fertilizantes adubos laticinios
  tekstil gubre emlak menkul degerler fabrikasi fabrika sigorta insaat cimento yatirim gida enerji madencilik
  fabryka nawozy maklerski nieruchomosci budownictwo ubezpieczenia cukrownia browar mleczarnia
  eiendom eiendommer rederi fondsmegling fabrikk fabrik forsikring bryggeri meieri verft selskap fastigheter forsakring
  chemie immobilien versicherung brauerei vastgoed verzekeringen brouwerij engrais immobilier usine raffinerie ciments`);

/**
 * Head words of organizations ("Foreign Ministry", "Bank of England", "Supreme Court"), with companies' legal
 * forms (faker's `company.legal_entity_type` and `prefix` of its locales, generated: `LEGAL_FORMS`; by hand the
 * registers' forms faker lacks, `JSC`, `Bhd`, `Pte`, `Oyj`, `KGaA`, `LLP`), and
 * the same head words in Spanish, Portuguese, French, Italian, German, Polish and Turkish, as they are
 * written in names (diacritics folded: `Partido`, `Movimento`, `Parti`, `Partei`, `Ministério`, `Câmara`,
 * `Metalurgia`, `Zakłady`, `Koleji`, `Bankası`; firms' own words of other languages, {@link FIRM_WORDS}; Spanish and Portuguese offices, `Fiscalía`, `Procuraduría`, `Prefeitura`; Romanian
 * heads with their article, `Curtea`, `Fondul`, `Ministerul`; a holding company's `Holding`; a sport's word in a club's
 * name, `Basket`, `Calcio`; no package lists them). German compounds end in theirs (`Landgericht`, `Bundeskartellamt`: {@link ORG_ENDING}).
 */
export const ORG_WORDS = words(`ministry council agency bank party company corporation corp inc ltd llc plc group university college school court commission committee
  department office union organization organisation association institute fund foundation authority parliament congress senate assembly government
  administration army navy force forces police service services news times post journal press network television radio club federation league board
  bureau cabinet kremlin pentagon reserve exchange airlines airways motors holdings partners capital securities trust coalition alliance front movement
  tribunal prosecutors secretariat directorate guard guards brigade regiment battalion command fc rovers wanderers
  athletic olympic olympics cup championship institute laboratory laboratories labs hospital clinic church mission embassy consulate
  telegraph tribune herald gazette guardian observer chronicle daily weekly magazine broadcasting broadcaster media channel studios records systems technologies
  energy industries petroleum oil gas pharmaceuticals pharma bancorp financial insurance united town semiconductor semiconductors microsystems
  terminals logistics shipping mining metals steel chemicals electronics telecom telecommunications communications entertainment pictures brands foods
  beverages retail stores properties realty ventures robotics dynamics aerospace automotive software technology tech solutions labs enterprises
  merchants ratings
  ag sa nv llp afc bros forum rugby cricket football hockey athletics netball
  jsc pjsc ojsc cjsc bhd berhad pte bv oyj kgaa
  chamber archdiocese diocese parish synod
  partido partidos partito parti partei partij partia movimento movimiento mouvement bewegung frente fronte alianza alianca alleanza
  union uniao unione consejo conselho consiglio ministerio ministero ministerium banco banca compania companhia compagnie
  gesellschaft verband verein stiftung fundacion fundacao fondazione instituto istituto universidad universidade universita universitat
  camara senado asamblea assembleia assemblee sociedad sociedade societa empresa grupo gruppo gruppe groupe federacion federacao
  confederacion sindicato comision comissao commissione kommission comite comitato agencia agenzia autoridad autoridade
  secretaria departamento policia polizia polizei ejercito exercito tribunale corte bundestag landtag
  works mill mills plant plants factory factories refinery refineries smelter foundry foundries shipyard shipyards dockyard
  mine mines colliery quarry firm brewery distillery cannery sawmill ironworks steelworks gasworks waterworks
  commodities trading traders exporters importers
  holding telekom telecom telecomunicacoes telecomunicaciones metalurgia metalurgica metalurgico siderurgia siderurgica mineracao minera
  industria industrias industrie construcciones construcoes zakłady zaklady społka spolka przedsiebiorstwo grupa huta kopalnia stocznia
  koleji kolej universitesi bankası bankasi sanayi ticaret sirketi vakfı vakfi dernegi partisi bakanlıgı bakanligi belediyesi kurumu kulubu spor
  basket basketball volley calcio futebol futbol sportif racing motorsport motorsports cycling stable stables
  liga ligue lega
  ${CLUB_LEAD_WORDS}
  stichting vereniging maatschappij cooperatie
  fiscalia procuraduria contraloria defensoria personeria registraduria veeduria superintendencia gobernacion alcaldia prefeitura
  ministerul consiliul curtea fondul agentia autoritatea inspectoratul guvernul parlamentul tribunalul parchetul compania societatea uniunea partidul institutul
  rechnungshof komitee
  ${[...FIRM_WORDS].join(' ')}
  ${ORG_HEADS.replace(/\|/g, ' ')} ${LEGAL_FORMS.replace(/\|/g, ' ')}`);

/**
 * Trades' words that firms' names compound into their last word, in English copy: biotech, medtech, fintech, agritech
 * ("-tech"), biopharma ("-pharma"), airways, skyways, railways, waterways ("-ways"), a store's mart ("Mart", "Hypermart").
 * A word class, not a list of names: such a word ends firms' names, and the name lists hold none as a person's.
 */
export const SECTOR_ENDING = /^(?:\p{Ll}{2,}tech|\p{Ll}*pharma|\p{Ll}{2,}ways|\p{Ll}*mart)$/u;

/**
 * The ending of French trades' houses ("Huilerie", "Brasserie", "Fromagerie"), which open a firm's name before "de", "du",
 * "des", "d'" or a name ("Huilerie de X", "Brasserie X"); not a place's word so ending ("Nickerie River", "Nieuw Nickerie").
 */
export const HOUSE_ENDING = /^\p{Ll}{3,}erie$/u;

/**
 * Endings of German compound head words ("Landgericht", "Bundeskartellamt", "Bundesnetzagentur", "Finanzministerium"), of Italian
 * factories' nouns ("Oleificio", "Pastificio", "Lanificio").
 */
export const ORG_ENDING = /\p{Ll}(?:ificio|gericht|gerichtshof|rechnungshof|ministerium|amt|agentur|anstalt|behorde|kammer|verband|gesellschaft|partei|werke|komitee|stichting|vereniging|maatschappij)$/u;

/**
 * Legal forms that are also people's names or initials ("Asa Hutchinson"; faker's forms of two
 * letters, `KG`, `PT`, `CV`): a body's head word only in capitals at the end of its name ("Equinor ASA"). ("Chambers", a surname too, heads a body only
 * before "of": `OF_HEADS` in unregistered-words.ts.)
 */
export const CAPITAL_LEGAL_FORMS = words(`asa ${SHORT_LEGAL_FORMS.replace(/\|/g, ' ')}`);

/** Native names of countries in their genitive in -s ("Norges", "Sveriges", "Danmarks"): the first word of a national body's name ("Norges Bank"). */
export const COUNTRY_GENITIVE = new Set(COUNTRY_GENITIVES.split('|'));

/**
 * Organization head words that name one body when they stand alone ("the Kremlin",
 * "Congress"; in English copy a state's office called by its own language's word, "the Fiscalía"); every other
 * head word alone is a common noun ("the Cabinet", "the Board").
 */
export const INSTITUTIONS = words(`kremlin pentagon congress senate house parliament bundestag knesset duma politburo interpol rovers wanderers athletic albion hotspur fc afc
  fiscalia procuraduria contraloria defensoria personeria registraduria veeduria rechnungshof`);

/** Last words of clubs named after their town ("Coventry City", "Bristol Rovers", "Preston North End"): the town alone then stands for the club. */
export const CLUB_WORDS = words(`city united town rovers wanderers county athletic albion rangers end hotspur fc afc villa orient argyle wednesday`);

/** First words of clubs named after their town ("Atlético Pereira", "Deportivo Cali", "Dinamo Tbilisi"), in the languages that lead with them; organisation words too ({@link ORG_WORDS}). */
export const CLUB_LEADS = words(CLUB_LEAD_WORDS);

/** Weekdays, which also name a club after its town's name ("Sheffield Wednesday"). */
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Organizations and sports teams a general-purpose lexicon knows (compromise: "goldman sachs", "aston villa"). */
export const KNOWN_ORGS = new Set(ORG_NAMES.split('|'));

/**
 * Last words of documents, laws and treaties ("Paris Declaration", "Clean Air Act"), and of plans a government lays out
 * ("X Sector Blueprint", "X Development Model", "X Roadmap"): no actors.
 */
export const DOCUMENT_WORDS = words(`declaration memorandum agreement agreements act accord accords treaty treaties convention charter protocol pact
  resolution constitution doctrine statute directive amendment communique communiqué manifesto code plan bill law
  regulation regulations ordinance decree strategy policy framework blueprint roadmap model`);

/**
 * Last words of newsletters, briefings and podcasts ("Africa Briefing", "The Daily Brief"): a closed class of
 * heads, typed by hand; publications that are outlets (newspapers, bulletins, dispatches) are not among them.
 */
export const NEWSLETTER_WORDS = words('briefing briefings brief digest newsletter newsletters podcast roundup');

/**
 * Words of wars, events and contests ("World War II", "Arab Spring", "World Cup"; a cup in other languages, "Copa
 * Libertadores", "Coupe de France", and a Latin American season's halves, "Apertura", "Clausura"): no actors unless a
 * body's head word is there too.
 */
export const EVENT_WORDS = words(`war wars revolution uprising crisis summit games olympics cup championship championships tournament festival
  marathon election elections referendum airshow expo exhibition hurricane typhoon cyclone storm earthquake pandemic
  series invitational regatta gala jubilee carnival fiesta festa feria fete feast festivities celebration celebrations parade procession pilgrimage
  apertura clausura olympiad finals`);

/**
 * "Cup" in other languages ("Copa Libertadores", "Coupe de France", "DFB-Pokal"): an event's word only inside a name of
 * two or more words; alone it is as often a firm's or a person's name ("Copa" for "Copa Airlines", "Lucas Puchar").
 */
export const CUP_WORDS = words('copa coupe coppa taca pokal kupa puchar');

/** Holidays ("Christmas Eve", "New Year's Day"): dates, no actors. */
export const HOLIDAY_WORDS = words(`christmas easter eve halloween thanksgiving ramadan eid diwali hanukkah passover pentecost lent advent birthday`);

/** Number words ("Billion Dollars"): amounts, no actors. */
export const AMOUNT_WORDS = words('hundred thousand million billion trillion hundreds thousands millions billions');

/** Ordinals alone ("the Fourth of July"): no actors. */
export const ORDINALS = words('first second third fourth fifth sixth seventh eighth ninth tenth');

/** Head words of places ("Donetsk Oblast", "Kharkiv region"). */
export const PLACE_WORDS = words(`oblast province region state republic kingdom island islands river mountains mountain sea ocean gulf bay valley district
  county city village square street avenue strait peninsula coast desert lake highlands lowlands plains plateau hills delta basin heights
  territory territories prefecture governorate canton emirate archipelago regency station airport terminal parish`);

/**
 * Last words of a built structure's or a crossing's name ("Kafue Bridge", "Kariba Dam", "Nakonde Border", "Tema Port",
 * "Moses Kotane Stadium"): a place, as the annotation's convention has buildings and venues (optional places), not a body.
 * Only at the end of a name of two words or more; alone, or before a body's word ("Port Authority", "Dam Safety Board"), the
 * name is left to the other rules.
 */
export const STRUCTURE_HEADS = words(`bridge bridges dam barrage stadium arena border crossing checkpoint port harbour harbor pier wharf jetty quay
  tunnel canal highway motorway expressway freeway`);

/** Head words of a place named by "of" and a name ("Strait of Hormuz", "Gulf of Guinea", "Isle of Wight"). */
export const PLACE_OF_HEADS = words('gulf bay bight strait straits sea isle island islands lake cape mount horn');

/**
 * Words that open the name of a natural feature or a settlement, in English and in the languages whose place names copy keeps
 * untranslated ("Lake Kivu", "Mount Oruvela", "Loch Ness", "Pulau Ubin", "Gunung Agung", "Kampung Serindit", "Douar Ait Merzouk",
 * "Kafr Saad", "Wadi Rum", "Jebel Ali"): before one or more other words, none a body's, the name is a place's. Not "Rio", "Monte",
 * "San", "Villa", "Glen", which also open firms' and people's names ("Rio Tinto", "Monte dei Paschi", "Glen Johnson").
 */
export const FEATURE_HEADS = words(`lake mount mt loch lough lac lago laguna isla ilha ile pulau nusa gunung bukit tanjung sungai kampung kampong desa
  douar kafr kfar kufr wadi jebel jabal djebel cerro`);

/** Head words after which an unknown capitalised word is a place ("in Dnipropetrovsk"). */
export const PLACE_CUES = words(`in near nearby neighbouring neighboring outside across throughout around from via into inside toward towards`);

/** Lowercase words before a capitalised word that mark an organization ("according to Reuters", "told Axios"). */
export const ORG_BEFORE = /(?:told|reported by|quoted by|cited by|in an interview with|interviewed by|published by|via|newspaper|agency|outlet|broadcaster|daily|website|magazine)\s+["“‘']?$/;

/** Lowercase words after a capitalised word that mark an organization ("Axios reported"). */
export const ORG_AFTER = /^["”’']?,?\s+(?:reported|reports|published|news agency|newspaper|broadcast|cited|quoted|wrote|noted|said in a report|first reported|which)\b/;

/** Words after a lone name that mark a person ("Zelensky stressed", "Smith, who"). */
export const PERSON_AFTER = /^["”’']?,?\s+(?:said|says|told|added|stressed|admitted|emphasi[sz]ed|explained|insisted|urged|warned|argued|believes|denied|promised|vowed|replied|recalled|acknowledged|who)\b/;

/** Lowercase nouns for a settlement ("township", "village"), as a pattern's alternatives. */
const SETTLEMENT_NOUNS = 'townships?|towns?|villages?|suburbs?|municipality|municipalities|communes?|neighbou?rhoods?|settlements?';

/** Lowercase nouns of local divisions after a name ("the Ruacana constituency", "the Baixa quarter"). */
const DIVISION_NOUNS = 'constituency|constituencies|wards?|parish|parishes|governorates?|prefectures?|quarters?';

/** Lowercase nouns of a stop on a route after a name ("the X terminus"; not "the X terminal" or "X station", as often its operator's: "the Vopak terminal"). */
const STOP_NOUNS = 'terminus';

/**
 * Lowercase words after a capitalised word that mark a place ("the Kharkiv region", "the Gobi desert", "the X volcano").
 * ("ruins" only where no object follows, as the verb takes one: "the X ruins near", not "X ruins Chelsea's night".)
 */
export const PLACE_AFTER = new RegExp(
  `^\\s+(?:region|regions|oblast|oblasts|province|provinces|district|districts|county|counties|border|desert|valley|valleys|basin|plateau|highlands|peninsula|coast|coastline|delta|mountains|rivers?|lakes?|islands?|archipelago|volcano|volcanoes|crater|glaciers?|lagoons?|reefs?|gorges?|canyons?|estuary|wetlands|marshes|ruins(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|of|on|near|at|north|south|east|west|outside|along|beside|and|or|were|was|are|is|which|that|where|date|dating|lie|lies|remain)\\b)|${SETTLEMENT_NOUNS}|${DIVISION_NOUNS}|${STOP_NOUNS})\\b(?!-)`,
);

/** Lowercase nouns for a settlement or an area after a name ("Kabwata township", "the Mbezi area"): the name is a place. */
export const SETTLEMENT_AFTER = new RegExp(`^\\s+(?:${SETTLEMENT_NOUNS}|districts?|province|region|area)\\b`);

/** Words before a name that mark a person ("Mr. Smith"). */
export const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+$/;

/** Whether a token starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return token.shape === 'upper';
}

/** Whether a token is an acronym or initialism ("NATO", "DTEK"). */
export function isAcronym(text: string): boolean {
  const letters = text.replace(NOT_A_LETTER, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase();
}

/** Anything but a letter, to strip from a name (hoisted: esbuild compiles a `\p{}` literal to a `new RegExp` where it stands). */
export const NOT_A_LETTER = /[^\p{L}]/gu;
const LONG_ACRONYM = /^\p{Lu}{7,10}$/u;
/** Whether a word is all capitals of 7 to 10 letters: an acronym longer than {@link isAcronym}'s ("COCOBOD") where context says so, else a label. */
export const isLongAcronym = (text: string): boolean => LONG_ACRONYM.test(text);

/** Whether a token may be part of a proper name. */
export function isNameWord(token: Token): boolean {
  if (!isCapitalised(token)) return false;
  if (NOT_NAMES.has(token.norm) && !(token.text.length === 2 && token.text === token.text.toUpperCase())) return false;
  // All-caps words longer than an acronym are section labels ("WORLD", "POLITICS"), or a dateline's place ("HARRISBURG").
  if (token.text.length > 6 && token.text === token.text.toUpperCase()) return placeNamed(token.norm) !== undefined;
  return true;
}

/** Function words that stay lowercase in Title Case headlines. */
const TITLE_FUNCTION = words('a an the and or but nor of to in on at by for from with as vs via into over per up out off');

/**
 * Marks the tokens that sit on a Title Case or all-caps line (headlines, section
 * labels, boilerplate such as "Related Post" or "5 Mins Read"), where a capital
 * letter says nothing about a name. Lines are the text between newlines inside a block.
 */
export function titleCaseTokens(text: string, tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  for (let head = tokens[i]; head; head = tokens[i]) {
    // One line: tokens of the same block with no newline between them.
    let j = i + 1;
    let last = head;
    for (let t = tokens[j]; t && t.block === head.block && !t.lineStart; t = tokens[++j]) last = t;
    let capital = 0;
    let lower = 0;
    let shouted = true;
    let long = false;
    for (let k = i; k < j; k++) {
      const t = tokens[k];
      if (!t) break;
      if (shouted && t.text !== t.text.toUpperCase()) shouted = false;
      if (t.text.length >= 4) long = true;
      if (t.shape === 'digit') continue;
      if (t.shape === 'upper') capital++;
      // (A possessive's "s" is no lowercase word: "Drought Grips Morocco's Grain Belt".)
      else if (!TITLE_FUNCTION.has(t.norm) && !(t.norm === 's' && /['’]/.test(text[t.start - 1] ?? ''))) lower++;
      // Two lowercase words and one that is not in capitals: no title line, whatever the rest (most lines of prose end here).
      if (lower >= 2 && !shouted) break;
    }
    const lineEnd = text.slice(last.end, last.end + 2);
    const sentenceLike = /^[.!?]/.test(lineEnd) && lower > 0;
    const label = shouted && long;
    if (label || (capital >= 2 && !sentenceLike && lower <= (capital >= 8 ? 1 : 0))) for (let k = i; k < j; k++) flags[k] = true;
    i = j;
  }
  return flags;
}

/** Folds transliteration variants of a slug ("zelenskiy", "zelenskyy", "zelensky" → "zelensky"). */
export function foldSpelling(slug: string): string {
  return slug.replace(/(?:iy|yy|yi|ij|ii)(?=-|$)/g, 'y');
}
