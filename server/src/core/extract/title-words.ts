import { HONORIFICS } from './gazetteer-data.js';
import { ENGLISH_HONORIFICS } from './title-data.js';

/**
 * Every title word Factmark knows, in one list (issue 19), each with what it
 * does:
 * - `name`: dropped from the front of a person's name, and no name alone
 *   ("President Donald Trump" → "Donald Trump"; "Justice BR Gavai" → "BR Gavai");
 * - `head`: heads a title phrase that the outdated-title check compares with
 *   the registry's roles ("Defence Minister", "chief executive");
 * - `qualifier`: qualifies a title in such a phrase ("Prime", "Deputy", "Foreign");
 * - `modifier`: a title only before another title word ("Finance Minister";
 *   "Finance" alone is no title).
 * The Malay honorifics of the last `name` row (Datuk, Tun, Tengku, Haji, Encik, Puan) are no one's given
 * name or surname in the name data; "Tan Sri" and "Sri" are left out, as "Tan" and "Sri" are both. So are the
 * honorifics of the next line: Indian (Shrimati, Smt; not "Shri", which also opens firms' names: "Shri Renuka Sugars"), West African (Alhaji, Alhaja), Malay religious (Ustaz,
 * Ustazah), Bhutanese (Dasho, Lyonpo), Arab (Sayyid, Sayyida), German (Herr), Spanish (Sra, Srta), Khmer (Oknha, Samdech)
 * and Georgian (Batono, Kalbatono: Mr, Ms); legislators' and officials' posts (Legislator, Lawmaker, Congresswoman,
 * Undersecretary) and religious styles (Ayatollah, Venerable, Monsignor); military ranks (Commodore, Brigadier, Corporal),
 * styles (Mufti, Pastor, Ven, Deacon, Father, Sister) and Barrister are `position` titles (see POSITION_TITLES); "Don", "Doña"
 * ("Dona"), "Frau" and "Eng" are left out, as given names or surnames.
 * Besides these, faker's English honorifics ("Miss", `title-data.ts`) and compromise's honorifics ("Capt", "Gov", "Prof"), generated into
 * `gazetteer-data.ts` by `scripts/gazetteer.mjs`, are `name` titles.
 */
const TABLE: [string, string][] = [
  ["name head", `president minister secretary chancellor senator representative governor mayor king queen prince
    princess pope chair chairman chairwoman ceo director spokesperson spokesman spokeswoman ambassador
    envoy adviser advisor captain commander marshal officer leader speaker premier coach manager
    attorney prosecutor controller inspector commissioner councillor councilor treasurer editor`],
  ["name qualifier modifier", `vice prime deputy acting interim senior foreign defence defense interior finance economy health
    trade energy`],
  ["name", `ministers justices judges sen rep gov chairperson cfo coo founder judge lord lady gen colonel col capt sergeant sgt
    lieutenant lt admiral adm official president-elect striker midfielder defender goalkeeper forward
    economist analyst lawyer cji sheikh sheikha emir sultan crown imam rabbi bishop archbishop cardinal
    reverend professor solicitor advocate registrar magistrate comptroller auditor councilmember
    alderman cr cllr clerk sheriff constable detective additional writer correspondent reporter columnist
    datuk dato datin tun tunku tengku haji hajjah encik puan
    shrimati smt alhaji alhaja ustaz ustazah dasho lyonpo sayyid sayyida herr sra srta oknha samdech batono kalbatono
    legislator lawmaker congressman congresswoman assemblyman assemblywoman undersecretary
    ayatollah venerable monsignor msgr`],
  ["position", `commodore brigadier corporal mufti pastor ven archdeacon deacon father sister barrister`],
  ["name qualifier", `chief justice`],
  ["name head qualifier", `general`],
  ["name modifier", `former junior`],
  ["head qualifier", `executive`],
  ["head", `head member master administrator superintendent coordinator consul delegate negotiator counsel
    principal dean rector provost`],
  ["qualifier", `special first home security national operations operation communications press managing state
    assistant associate`],
];

const withRole = (role: string): Set<string> => new Set(TABLE.flatMap(([roles, ws]) => (roles.split(' ').includes(role) ? ws.split(/\s+/).filter(Boolean) : [])));

/** Title words dropped from the front of a person's name, with the honorifics. */
export const NAME_TITLES: ReadonlySet<string> = new Set([...withRole('name'), ...HONORIFICS.split('|'), ...ENGLISH_HONORIFICS.split('|')]);

/**
 * Ranks and religious styles that are also common surnames ("Mehbooba Mufti", "Ana Pastor", "Gareth Deacon", "Ven"):
 * titles only in title position, before another capitalised word of a name and after no given name; alone, or after
 * a given name, they are the surname. Not in `NAME_TITLES`.
 */
export const POSITION_TITLES: ReadonlySet<string> = withRole('position');

/** Words that head a title phrase: a title phrase must contain one. */
export const TITLE_HEADS: ReadonlySet<string> = withRole('head');

/** Words that qualify a title ("Prime", "Defence", "Interim"). */
export const TITLE_QUALIFIERS: ReadonlySet<string> = withRole('qualifier');

/** Title words that are titles only before another title word ("Finance Minister", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = withRole('modifier');
