// People whose names no name list knows, session 18: the article's own words (a bare apposition of a post, a reporter's
// credit line, a ring name's real name, a bout's result) make them people. Invented names in invented sentences, with the
// sentences where each rule must not fire.
import { describe, it } from 'node:test';
import { has, lacks } from './extract-helpers.js';

describe('a bare apposition of a post before its body\'s preposition (session 18)', () => {
  it('makes a person of a name no list knows', () => {
    has('Kasonde Mutapa, chief executive of the exchange, said on Monday that two firms would list.', 'Kasonde Mutapa:person');
    has('Ravo Andrianasolo, finance director at the cooperative, said prices fell.', 'Ravo Andrianasolo:person');
    has('Tiriza Mbweha, spokeswoman for the ministry, declined to comment.', 'Tiriza Mbweha:person');
  });

  it('leaves a firm whose apposition is a firm\'s trade or a place\'s', () => {
    lacks('Veltrano Kasuba, maker of the Zed handset, said it would cut 200 jobs on Monday.', 'Veltrano Kasuba:person');
    lacks('Korvane Mutapo, operator of the smelter, said its output fell.', 'Korvane Mutapo:person');
    lacks('Brenmor Tikoso, owner of the lodge, said its profit doubled.', 'Brenmor Tikoso:person');
    lacks('Mavuso Kaleba, home of the largest copper smelter, lies north of Lusaka.', 'Mavuso Kaleba:person');
  });
});

describe('a reporter\'s credit line after a name (session 18)', () => {
  it('makes a person of the reporter', () => {
    has('Prices rose on Monday.\n\nSomsri Kaewmanee in Bangkok contributed to this report.', 'Somsri Kaewmanee:person');
    has('Prices rose on Monday.\n\nVoahangy Ratsimbazafy in Antananarivo at vratsi@example.com', 'Voahangy Ratsimbazafy:person');
  });

  it('leaves a firm that contributes money', () => {
    lacks('Tandela Ruhoka contributed $5 million to the fund, the company said in a statement.', 'Tandela Ruhoka:person');
  });
});

describe('a ring name\'s bearer and a bout\'s result (session 18)', () => {
  it('makes a person of the name a real name introduces', () => {
    has('The champion, a wrestler whose real name is Kriangsak Meesuwan, kept his belt on Saturday.', 'Kriangsak Meesuwan:person');
  });

  it('makes people of fighters whose names no list knows in copy of a sport of one against one', () => {
    has('On the undercard on Saturday, Narongrit Phetsuk beat Wiraphon Saengdao in the second bout.', 'Narongrit Phetsuk:person', 'Wiraphon Saengdao:person');
    has('The wrestlers met on Saturday. Copper Cobra pinned Dune Hawk in four minutes, and the crowd cheered.', 'Copper Cobra:person', 'Dune Hawk:person');
  });

  it('leaves clubs a score or a team\'s sport makes, and horses in racing copy', () => {
    lacks('After the boxing bout, football fans saw Dinamo Varna beat Sturm Kolbe 2-1 on Saturday.', 'Sturm Kolbe:person');
    lacks('Vantor Trading beat Kellmont Mining to the contract on Monday.', 'Kellmont Mining:person');
    lacks('The mare Silver Karoo beat Thunder Road by a length on Saturday, the jockey said after the bout of rain.', 'Thunder Road:person');
  });
});

describe('a ring name that a lake\'s or a mountain\'s word opens (session 18)', () => {
  it('is a person where a mention has a person\'s own evidence', () => {
    has('The fight between Lac Vert, a 29-year-old from Thies, and Modou Ndiaye drew 20,000 fans on Sunday. Lac Vert\'s manager said the fighter had trained for months.', 'Lac Vert:person');
  });

  it('leaves lakes and mountains places', () => {
    has('Lake Oruvan, a lake on the border, rose on Monday. Fishermen on Lake Oruvan said it was high.', 'Lake Oruvan:place');
    has('Mount Kelvara, a 2,000-metre peak, was closed on Monday, and climbers near Mount Kelvara, 34, said so.', 'Mount Kelvara:place');
    lacks('Mount Kelvara Hospital\'s manager said on Monday that beds were full.', 'Mount Kelvara Hospital:person');
  });
});

describe('a firm\'s people named by the firm\'s possessive or its board (session 18)', () => {
  it('makes a person of an apposition that a body\'s possessive and a post open', () => {
    has('Kivuli Labs said on Monday its vaccine worked. "We are pleased," said Tsiry Randrianarisoa, Kivuli\'s head of research.', 'Tsiry Randrianarisoa:person');
    has('Nirina Rajaonarison, Kivuli Labs\' chief operating officer, said on Monday the plant was ready.', 'Nirina Rajaonarison:person');
    has('Shares fell on Monday, and Kivuli board member Tumaini Opiyo resigned.', 'Tumaini Opiyo:person');
  });

  it('leaves a firm that is another firm\'s customer, supplier or member', () => {
    lacks('Orders fell at Velmora Tandu, Acme\'s main supplier of steel.', 'Velmora Tandu:person');
    lacks('Korvane Mutapo, Acme\'s biggest customer, cut its orders on Monday.', 'Korvane Mutapo:person');
    has('The bloc said on Monday that EU member Latvia would join.', 'Latvia:place');
  });

  it('leaves a land\'s firm and a body\'s trade in a possessive apposition, and a promoter before a name', () => {
    lacks('Kwanzara, Angola\'s state oil marketer, said on Monday it would sell more crude.', 'Kwanzara:person');
    lacks('Velmora Tandu, Zambia\'s biggest copper exporter, said on Monday output rose.', 'Velmora Tandu:person');
    lacks('Korvane Mutapo, Acme\'s sole marketer in Kenya, said on Monday it would cut prices.', 'Korvane Mutapo:person');
    lacks('Brenmor Tikoso, Acme\'s oldest wholesaler, cut its prices on Monday.', 'Brenmor Tikoso:person');
    lacks('Velmora Tandu, Kenya\'s biggest employer, said on Monday it would hire.', 'Velmora Tandu:person');
    lacks('The fight will be staged by promoter Ringvale on Saturday, and promoter Tollcross agreed.', 'Ringvale:person', 'Tollcross:person');
    has('Nirina Rajaonarison, Acme\'s spokeswoman, said on Monday the plant was ready.', 'Nirina Rajaonarison:person');
    has('Tsiry Randrianarisoa, Kivuli\'s chief economist, said on Monday prices rose.', 'Tsiry Randrianarisoa:person');
    has('Kasuba, Zambia\'s chief negotiator, said on Monday talks ended.', 'Kasuba:person');
  });
});

describe('credits, bylines and a partner\'s post (session 18)', () => {
  it('makes a person of a photo\'s credit, a byline and a managing partner', () => {
    has('Patients wait at a clinic on Monday. Photo: BNS / Mindaugas Vaitkus', 'Mindaugas Vaitkus:person');
    has('Workers at the plant on Monday. Photo: Ieva Petrauskienė', 'Ieva Petrauskienė:person');
    has('The fund\'s managing partner, Arūnas Jonaitis, declined to comment on Monday.', 'Arūnas Jonaitis:person');
    has('Kovanta Seriu, a managing partner at the fund, said on Monday it was early.', 'Kovanta Seriu:person');
  });

  it('makes a person of a byline\'s writer in every mention', () => {
    has('By Tsilavina Rakotomalala\n\nPrices rose on Monday in the capital.\n\nTsilavina Rakotomalala covers the economy from the capital.\n', 'Tsilavina Rakotomalala:person');
    lacks('By Tsilavina Rakotomalala\n\nPrices rose on Monday in the capital.\n\nTsilavina Rakotomalala covers the economy from the capital.\n', 'Tsilavina Rakotomalala:organization');
    has('By Kestrel Holdings\n\nPrices rose on Monday.\n\nKestrel Holdings said it would cut jobs.\n', 'Kestrel Holdings:organization');
  });

  it('makes a person of a sentence\'s subject that the next sentence calls "She" or "He"', () => {
    has('Prices rose on Monday.\n\nRūtenė Kazlauvaitė covers health and science. She joined the site in 2021.', 'Rūtenė Kazlauvaitė:person');
  });

  it('leaves a firm that is a partner, an agency\'s credit, and a firm another speaker speaks of', () => {
    lacks('Genlita signed a deal on Monday with its partner, Korvane Mutapo, which makes vials.', 'Korvane Mutapo:person');
    lacks('Workers at the plant on Monday. Photo: Kestrel Studios', 'Kestrel Studios:person');
    lacks('Workers at the plant on Monday. Photo: Mwangi Kamotho/Antara', 'Antara:person');
    lacks('Photo: Exposed shoreline at the reservoir on Monday.', 'Exposed:person');
    lacks('Velmora Tandu raised prices on Monday. He said costs rose.', 'Velmora Tandu:person');
  });
});

describe('review of session 18: where the person rules must not fire', () => {
  it('R1: leaves a wire agency or an outlet that contributes reporting a body', () => {
    has('The minister told Reuters on Monday that prices would rise.\n\nReuters in London contributed to this report.', 'Reuters:organization');
    lacks('Prices rose on Monday, Bloomberg reported.\n\nBloomberg contributed reporting.', 'Bloomberg:person');
    lacks('Prices rose on Monday.\n\nXinhua in Beijing contributed to this report.', 'Xinhua:person');
  });

  it("R2: leaves a mountain or a lake whose height or area is in apposition a place", () => {
    has('Mount Kenya, 5,199 metres, was closed on Monday.', 'Mount Kenya:place');
    has('Lake Victoria, 68,800 square kilometres, is shared by three countries. Fishing on Lake Victoria fell on Monday.', 'Lake Victoria:place');
    lacks('Mount Elgon, 4,321 metres high, straddles the border. Climbers on Mount Elgon were rescued on Monday.', 'Mount Elgon:person');
  });

  it('R3: leaves armed groups and clubs bodies in copy of war or football that names fighters or a bout', () => {
    lacks('Rebel fighters seized the town on Monday. Clashes against Ansar Dine followed on Tuesday.', 'Ansar Dine:person');
    lacks('Government fighters entered the town on Monday, the day after Wagner Group lost to Ansar Dine near the border.', 'Ansar Dine:person');
    lacks('"He is a fighter," the coach said on Sunday after Nkana Rangers beat Zesco United in the derby.', 'Nkana Rangers:person');
  });

  it("R4: leaves a firm whose bare apposition is a deal's role a body", () => {
    lacks('Stanbic, arranger of the loan, said on Monday the deal was signed. Stanbic shares rose 3%.', 'Stanbic:person');
    lacks('Vumba, member of the Lusaka bourse since 2014, listed its shares on Monday.', 'Vumba:person');
    has('Tiriza Mbweha, member of parliament for Kabwe, said on Monday the bill would pass.', 'Tiriza Mbweha:person');
  });

  it('R5: leaves a body born under another name a body', () => {
    lacks('The airline, born Air Zimbabwe Rhodesia in 1980, cut flights on Monday.', 'Air Zimbabwe Rhodesia:person');
    has('The champion Iron Lion, born Tiriza Mbweha in 1990, kept his belt on Saturday.', 'Tiriza Mbweha:person');
    has('The singer said on Monday he was born Tiriza Mbweha in a village near Kabwe.', 'Tiriza Mbweha:person');
  });

  it('R6: leaves teams in the results of a team event in boxing copy bodies', () => {
    lacks('The boxers trained on Monday. Team Russia beat Team Georgia in the final, and Golden Lions beat Red Bulls on Sunday.', 'Golden Lions:person');
    has('The boxers weighed in on Friday. Mike Banks beat Tiriza Mbweha on points on Saturday.', 'Mike Banks:person', 'Tiriza Mbweha:person');
  });
});
