// Capitalised words that name no actor, on invented sentences (no eval article's text):
// common English words capitalised by their place, codes of models and events.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, has, typed } from './extract-helpers.js';

describe('names no registry knows: common words and codes are no actors', () => {
  it('drops a common word alone with no evidence of a person or a body', () => {
    assert.deepEqual(typed('The Bench noted the delay on Monday. Orders on the Varnok exchange\'s Venture market fell, and the Silver for Schools scheme was cut.'), [
      'Varnok:organization',
    ]);
  });

  it('drops a common word that is also a given name when no context makes it one', () => {
    assert.deepEqual(typed('"Win or lose on Tuesday, we go home," the captain said.'), []);
  });

  it('drops shouted common words in capitals', () => {
    assert.deepEqual(typed('Picket signs read "HUNGER HURTS" and "SAFE STREETS" on Monday.'), []);
  });

  it('drops codes of models and events unless their context names a body', () => {
    assert.deepEqual(typed('The probe flew on a K7 rocket after the COP31 summit, which Ruritania hosted.'), ['Ruritania:organization']);
  });

  it('keeps a common word when its context says person or body', () => {
    assert.deepEqual(typed('Baker, 54, said on Monday the plan would fail. Analysts at Harvest said the plan would work. Shell\'s chief executive disagreed.'), [
      'Baker:person',
      'Harvest:organization',
      'Shell:organization',
    ]);
  });
});

describe('names no registry knows: holidays are days, not actors', () => {
  it('drops names inside a holiday the date extractor finds', () => {
    const { actors, dates } = extract('MANILA, Oct 20 (Reuters) - Offices will close on All Saints\' Day, and ferry operators expect crowds before Eid al-Fitr next year, the port authority said.', { registry: EMPTY, date: '2026-10-20' });
    assert.deepEqual(dates.map((d) => d.text), ['Oct 20', "All Saints' Day", 'Eid al-Fitr', 'next year']);
    assert.deepEqual(actors.map((a) => `${a.text}:${a.type}`), ['MANILA:place', 'Reuters:organization']);
  });
});

describe('names no registry knows: a holiday\'s other name and a festive night', () => {
  it('drops a holiday\'s other name after "… Day or" or in brackets after "… Day"', () => {
    assert.deepEqual(typed("Banks shut on Harvest Day or Kolvenda Mirek, and again on Founders' Day (Tarvo Uhkem), said Ada Moreau."), ['Ada Moreau:person']);
  });

  it('keeps a name after "Day or" that is a speaker', () => {
    assert.deepEqual(typed('Staff worked on Labour Day or Vesna Halloran, the union said, told Vesna Halloran on Monday.').includes('Vesna Halloran:person'), true);
  });

  it('drops a festive night named after its patron, as it drops a day or an eve', () => {
    assert.deepEqual(typed('Sales of oatcakes rose before Tarrick Night, the Grocers Federation said.'), ['Grocers Federation:organization']);
  });
});

describe('names no registry knows: laws and regulations are no actors', () => {
  it('keeps a law\'s name whole across its "and" and drops regulations and strategies', () => {
    assert.deepEqual(typed('Under the Coastal Fishing and Harbour Dues Act, and the Plastic Packaging Regulation, the Kestrel Mining Strategy was shelved on Monday.'), []);
  });
});

describe('names no registry knows: a common word that only opens sentences', () => {
  it('needs a strong cue, not a verb any subject takes', () => {
    assert.deepEqual(typed('Commuters waited for hours on Monday. Passengers said the trains were late. Asked whether he would resign, the minister smiled.'), []);
  });
});

describe('names no registry knows: demonyms and headline capitals', () => {
  it('drops a demonym that only a general-purpose lexicon knows (compromise), also after a hyphen', () => {
    assert.deepEqual(typed('The Varnok Agency signed a deal with a Polish-Korean group on Monday.'), ['Varnok Agency:organization']);
  });

  it('keeps a demonym before one common word as part of a firm\'s name', () => {
    const names = typed('Korean Air said on Monday it would buy 20 jets, and Welsh Water said bills would rise.');
    assert.ok(names.includes('Korean Air:organization'), names.join(', '));
    assert.ok(names.some((n) => n.startsWith('Welsh Water:')), names.join(', '));
    assert.ok(!names.some((n) => /^(?:Air|Water):/.test(n)), names.join(', '));
  });

  it('takes no common word or demonym of a headline for the short form of a body named below', () => {
    const body = 'World Water Grid Talks Stall\n\nGerman Court Halts Sale\n\nThe World Bank, the German Medical Association and the Kestrel Power Grid said on Monday that water was short.';
    assert.deepEqual(typed(body), ['World Bank:organization', 'German Medical Association:organization', 'Kestrel Power Grid:organization']);
  });

  it('reads a headline with a possessive as Title Case', () => {
    assert.deepEqual(typed("Drought Grips Chile's Wheat Belt for a Second Year\n\nFarmers said on Monday that rain was late."), ['Chile:place']);
  });

  it('reads no given name before a common word of a headline as a person', () => {
    assert.deepEqual(typed('A Harbour Worth Saving\n\nThe port said on Monday that dredging would start soon.'), []);
  });

  it('takes no name word after a particle in a headline for a given name', () => {
    const body = 'Della Rosa Double Sinks Harbour Rovers\n\nMarco della Rosa scored twice on Monday as Lakeside beat the Harbour Rovers.';
    assert.deepEqual(typed(body), ['Della Rosa:person', 'Harbour Rovers:organization', 'Marco della Rosa:person', 'Lakeside:organization', 'Harbour Rovers:organization']);
  });
});

describe('names no registry knows: fields of posts, units, codes, newsletters', () => {
  it('takes no field of a post before its title for a body, but keeps an employer', () => {
    assert.deepEqual(typed('Federal IT Minister Rabia Khan said on Monday that Presiding Judge Anna Weber and Labour Minister Priya Cole had met. Shell CEO Tom Heller agreed. Harbour Safety Council Secretary Ana Ruiz did not.'), [
      'Rabia Khan:person',
      'Anna Weber:person',
      'Priya Cole:person',
      'Shell:organization',
      'Tom Heller:person',
      'Harbour Safety Council:organization',
      'Ana Ruiz:person',
    ]);
  });

  it('keeps a newspaper named by a dictionary word before a media title', () => {
    assert.deepEqual(typed('Sentinel Reporter Chika Obi said on Monday that the road was shut.'), ['Sentinel:organization', 'Chika Obi:person']);
  });

  it('drops units after a number, codes with a number and prefixes of hyphenated words', () => {
    assert.deepEqual(typed('The regulator set a price on Monday for 606 MHz of spectrum in the 700 and 3500 MHz bands for a model sold as BK-417, under a Re-organization order.'), []);
  });

  it('drops newsletters and the front of a law whose name brackets a word', () => {
    assert.deepEqual(typed('Under the Varnland Telecommunication (Re-organization) Act, spectrum is sold on Monday. Sign up here for Kestrel Briefing, our free newsletter.'), []);
  });

  it('drops the country prefix of a currency, a hashtag and a temperature\'s scale', () => {
    assert.deepEqual(typed('The winner took NZ$350,000 on Monday, and the sale raised HK$ 2 million and A$40 in Perth.'), ['Perth:place']);
    assert.deepEqual(typed('Fans signed a petition under the hashtag #PierForAll on Monday as it reached 41 degrees Fahrenheit.'), []);
  });

  it('reads no apposition in a report that follows a clause', () => {
    assert.deepEqual(typed('Later, the regulator said speeds fell on Monday. Kestrel, the utility, said prices would rise.'), ['Kestrel:organization']);
  });
});

describe('names no registry knows: things named by the noun after them are no actors', () => {
  it('drops a name whose mentions a thing noun follows or introduces', () => {
    assert.deepEqual(typed('The Zarvex index rose 2.1% on Monday. Under the KOMBAT law, prices are set. The Tarvin-Ostrel line, a 900-km link, would start in 2029.'), []);
  });

  it('keeps a name with a body\'s or a person\'s evidence elsewhere, and an acronym before a scheme', () => {
    // (A word never introduced whose one cue is a verb of saying is a body's name: session 14.)
    assert.deepEqual(typed('Zarvex said on Monday the Zarvex index rose. The country signed the IMF programme in May.'), ['Zarvex:organization', 'Zarvex:organization', 'IMF:organization']);
  });

  it('drops a scheme\'s short form in brackets with the scheme', () => {
    assert.deepEqual(typed('Prices under the Verdant Jobs for Wales (VJW) scheme rose, and Cardiff spent more under VJW in May.'), ['Wales:place', 'Cardiff:place']);
  });

  it('drops a storm whose name shares a body\'s second letter but not its first', () => {
    // "Kiro" is no syllable acronym of "Ministry of Roads and Oceans": its first word gives no "K".
    assert.deepEqual(typed('The Ministry of Roads and Oceans opened cyclone shelters on Monday.\n\nCyclone Kiro, which struck the coast in 2009, killed 900 people.'), [
      'Ministry of Roads and Oceans:organization',
    ]);
  });

  it('drops a horse named by its trainer', () => {
    assert.deepEqual(typed('Halvex Gold, also trained by the stable, had shown cobalt above the limit.'), []);
  });

  it('drops the runners of horse-racing copy by their people and the favourite', () => {
    const race = "Silver Tarn won the Harbour Cup by a neck on Saturday. The 4-year-old filly, ridden by Aroha Kemp, beat Copper Kettle and the favourite, Grey Ridge, and earned $90,000. Silver Tarn's owners, a syndicate of 12, said the jockey had done well. Grey Ridge had run third in Perth.";
    assert.deepEqual(typed(race), ['Aroha Kemp:person', 'Perth:place']);
    // Outside racing copy the favourite is a candidate's.
    assert.deepEqual(typed('Jane Morrow and the favourite, Tom Heller, spoke on Monday.'), ['Jane Morrow:person', 'Tom Heller:person']);
  });

  it('drops a name that an apposition headed by a thing noun follows', () => {
    assert.deepEqual(typed('Sign up for Harbour Lights, our free weekly newsletter on fisheries and the coast.'), []);
    assert.deepEqual(typed('Troops arrived on Monday under Plan Costa Verde, a security and housing programme launched in 2024.'), []);
    assert.deepEqual(typed('Buyers want the catalogue, which includes Kestrel Gold, the drama that won a prize in 2001.'), []);
  });

  it('drops a name that a determiner and a thing noun introduce, or that is sold as a product', () => {
    assert.deepEqual(typed("The court barred sales of the drugmaker's blood thinner Veloxa on Monday."), []);
    assert.deepEqual(typed('The comedy Les Amis du port drew 2 million viewers on Monday. The critic wrote in her Saturday column, Open Water, on 3 May that the studio was doomed.'), []);
    assert.deepEqual(typed('Tests on Monday found a solvent in the syrup, which is sold as Calmix Kids.'), []);
    assert.deepEqual(typed('At least 11 firms closed after the Visit Tarvania campaign relaunched in 2023.'), []);
  });

  it('drops a prize won, a storm named by a relative clause and a horse whose name ends in a title word', () => {
    assert.deepEqual(typed('The film won the Golden Harp in 1999, and its star won the Silver Reel at Venice on Monday.'), ['Venice:place']);
    assert.deepEqual(typed('The storm, which the weather office named Orla, cut power on Monday.'), []);
    assert.deepEqual(typed('The board said on Friday that Harbour Prince, also trained by the stable, had shown cobalt.'), []);
  });

  it('drops a title in another language whose later words are lowercase', () => {
    assert.deepEqual(typed('The catalogue includes La Marée basse, the drama that won a prize in 1987, buyers said on Monday.'), []);
  });

  it('drops a quoted title before or after a thing noun', () => {
    assert.deepEqual(typed('On Monday shoppers started an online campaign, "Adj vissza mindent", to win refunds. The union\'s "Muelle Vivo" campaign has since July demanded a raise.'), []);
  });

  it('drops the names of a list of things, a ship of a kind, and a law opened by its word in another language', () => {
    assert.deepEqual(typed('Organisers of two other festivals, Harbour Lights in Szeged, said on Monday they would hire more stewards.'), ['Szeged:place']);
    assert.deepEqual(typed('Wines sold under labels such as Monte Velho and Casa Nova gained 11% since January.'), []);
    assert.deepEqual(typed('The trading house diverted the bulk carrier Northern Tern to Bahía Blanca on Monday. The carrier Kestrel said fares would rise.'), ['Bahía Blanca:place', 'Kestrel:organization']);
    assert.deepEqual(typed('The exporters said on Monday that the Ley de Empleo Rural does not require it.'), []);
  });

  it('keeps bodies beside a clause or a report, and a person after a thing', () => {
    assert.deepEqual(typed('The bank lent money to Kestrel and Varnok Capital, its filings show. Sales of the film rose, Jane Morrow said on Monday.'), [
      'Kestrel and Varnok Capital:organization',
      'Jane Morrow:person',
    ]);
  });
});

describe('names no registry knows: the words around a name', () => {
  it('takes no apposition from a report after a sentence\'s adverb', () => {
    assert.deepEqual(typed('Later, the regulator said network speeds were slow.'), []);
  });
});

describe('names no registry knows: a treatment or a therapy is a thing', () => {
  it('drops a drug named as a treatment or a therapy in every mention', () => {
    assert.deepEqual(typed('The regulator rejected its asthma treatment Brelvana on Friday. Sales of Brelvana had been expected to reach $1 billion.'), []);
    assert.deepEqual(typed('The gene therapy Oclavir was approved in May, and doctors began using Oclavir in June.'), []);
  });
});

describe('names no registry knows: brands, apps and record labels are firms', () => {
  it('keeps a brand, an app and record labels as bodies', () => {
    assert.deepEqual(typed('The outdoor brand Corvane raised its prices in May, the company said.'), ['Corvane:organization']);
    assert.deepEqual(typed('Record labels such as Harmona and Brightline sued the platform.'), ['Harmona:organization', 'Brightline:organization']);
  });
});

describe('names no registry knows: names introduced as things stay things', () => {
  it('keeps a thing a thing when a later mention has only anyone\'s pronoun beside it', () => {
    assert.deepEqual(typed('Growers were paid under Rinda Tani, a seed scheme for smallholders. Rinda Tani will also grow next year, she said.'), []);
  });

  it('takes plans, races, events and payments in an apposition, with a body\'s name among its modifiers', () => {
    assert.deepEqual(typed('Farm support under Costa Alta, a rural development plan for the poorest areas, was cut.'), []);
    assert.deepEqual(typed('Riders will start Volta Maresme, a one-day race around Girona, on June 6.'), ['Girona:place']);
    assert.deepEqual(typed('Traders can join Cedi Lift, a Bank of Ghana campaign that pays cashback.'), ['Bank of Ghana:organization']);
  });

  it('takes a thing noun after a name that a determiner opens, past a number or a hyphenated modifier', () => {
    assert.deepEqual(typed('Students were paid through the Talento 21 scholarship program, and the county runs the Tani Maju road-safety campaign.'), []);
    // A lowercase word without a hyphen is as often the name's verb.
    assert.deepEqual(typed('The law lets the Varnok order urgent line works.'), ['Varnok:organization']);
  });

  it('reads a plural of those nouns after a name as a verb', () => {
    assert.deepEqual(typed('Analysts said Varnok plans to cut 200 jobs, and Varnok races to sell its unit.'), ['Varnok:organization', 'Varnok:organization']);
  });
});

describe('names no registry knows: demonyms of regions', () => {
  it('drops the names of languages that copy writes for a region\'s people', () => {
    assert.deepEqual(typed('Galician fishermen and Basque riders protested on Monday, and many Catalans and Walloons joined them.'), []);
  });

  it('drops a region\'s demonym made by an English ending, and proper adjectives in -ish and -ese', () => {
    assert.deepEqual(typed('Bavarian and Calabrian officials met on Monday; Sicilians and Balinese workers marched, and the Flemish stayed away.'), []);
  });

  it('keeps a given name that looks like a demonym at the head of a person\'s name', () => {
    assert.deepEqual(typed('Lawyer Tarvish Okonkwo said the deal was fair.'), ['Tarvish Okonkwo:person']);
  });

  it('keeps a surname made like a region\'s demonym where the article names the person by it', () => {
    // The whole name elsewhere in the article ("Hossein Mazandarani" … "Mazandarani").
    assert.deepEqual(typed('On Sunday, lawmaker Hossein Mazandarani tabled the bill. Mazandarani is expected to defend it next week.'), ['Hossein Mazandarani:person', 'Mazandarani:person']);
    // A person's verb after the lone word ("Gilani said") and a pronoun, or a title before it.
    assert.ok(typed('The ruling was a blow to the family, Gilani said on Tuesday, and he would appeal.').includes('Gilani:person'));
    assert.ok(typed('The ruling was a blow to the family, Mr Gilani said on Tuesday.').includes('Gilani:person'));
    // Plurals stay demonyms.
    assert.deepEqual(typed('Mazandaranis and Gilanis travelled to the capital on Friday.'), []);
  });
});

describe('names no registry knows: an acronym before an event\'s noun is the body that holds it', () => {
  it('keeps the acronym of a body before event, rally or competition', () => {
    assert.deepEqual(typed('The WTA event in Doha was cancelled on Friday. The UEFA competition resumes on Tuesday. Police broke up a PTI rally in Lahore.'), [
      'WTA:organization',
      'Doha:place',
      'UEFA:organization',
      'PTI:organization',
      'Lahore:place',
    ]);
  });
});

describe('names no registry knows: the field of a post', () => {
  it('drops a field noun before a minister\'s or secretary\'s title also when the common words lack it', () => {
    assert.deepEqual(typed('Growers were offered loans, Forestry Minister Ana Lopes said on Monday, and Aviation Secretary Joy Bello agreed.'), [
      'Ana Lopes:person',
      'Joy Bello:person',
    ]);
  });
});

describe('names no registry knows: a minister\'s portfolio', () => {
  it('drops a portfolio of dictionary words, of a body\'s words, and one a body\'s name opens', () => {
    assert.deepEqual(typed('The Labour Relations Tribunal met on Monday. Labour Minister Ines Maro spoke first, Livestock Minister Adel Farouk agreed, and so did Water Resources Minister Tendai Moyo.'), [
      'Labour Relations Tribunal:organization',
      'Ines Maro:person',
      'Adel Farouk:person',
      'Tendai Moyo:person',
    ]);
  });
});

describe('names no registry knows: holidays, events, kinds and numbered documents', () => {
  it('drops a saint\'s or a plural\'s name before a holiday\'s possessive', () => {
    assert.deepEqual(typed("Shops shut for St Ambrose's Day, and the Vadim Brothers' Night drew crowds, Lina Voss said."), ['Lina Voss:person']);
  });

  it('drops names of events by their last word in several languages', () => {
    assert.deepEqual(typed('The Kestrel Invitational and the Andean Series drew crowds, and the Harbour Celebration was cancelled, Mira Lenk said.'), ['Mira Lenk:person']);
  });

  it('keeps a person whose family name is an event\'s word', () => {
    assert.deepEqual(typed('Coach Tomas Feast said on Monday the Harbour Celebration would go ahead.'), ['Tomas Feast:person']);
  });

  it('drops a name that classifies a harvest, a crop, a people or a church', () => {
    assert.deepEqual(typed('Many Orvani families left after the Drelo harvest failed, Kessa grapes rotted and the Vantic church closed, Mira Lenk said. Tolek villagers stayed.'), ['Mira Lenk:person']);
  });

  it('keeps such a name where another mention has an actor\'s cue', () => {
    assert.deepEqual(typed('The Drelo harvest failed. Drelo said on Monday it would cut jobs.'), ['Drelo:organization', 'Drelo:organization']);
  });

  it('drops a name an apposition glosses as a deity, a dish or a stretch of the calendar, and a feast\'s saint', () => {
    assert.deepEqual(typed('The fair honours Velko, the Aymara god of plenty, and sells Drava, a local dish, said Mira Lenk. Boats raced before Orin Vessa, the end of the rains, and at the feast of St Ambrose on Monday.'), ['Mira Lenk:person']);
  });

  it('drops an annex or a schedule numbered by a letter or a number', () => {
    assert.deepEqual(typed('Annex D of the treaty and Schedule 3 of the act were signed, Tomas Rel said.'), ['Tomas Rel:person']);
  });
});

describe('a known name or an actor before an event or a payment noun is its organiser or eponym', () => {
  const names = (body: string): string[] => extract(body).actors.map((a) => a.text);
  it('a known surname before a singular event or payment noun stays an actor', () => {
    const found = names('Hundreds queued for a Sandoval rally in Tijuana. The Tanaka race was called off, and a Kowalczyk grant paid for the roof.');
    assert.ok(['Sandoval', 'Tanaka', 'Kowalczyk'].every((n) => found.includes(n)), found.join(', '));
  });
  it('a name with an actor cue elsewhere stays an actor in every mention', () => {
    const found = names('Guests filled the Zorvaki rally in Kisumu. Zorvaki told reporters she would stand again.');
    assert.equal(found.filter((a) => a === 'Zorvaki').length, 2, found.join(', '));
  });
});

describe('a name before hyphenated modifiers and a thing noun that is known or cued elsewhere stays an actor', () => {
  const names = (body: string): string[] => extract(body).actors.map((a) => a.text);
  it('a known surname owns the project it modifies', () => {
    const found = names('Protesters blocked the Lindqvist coal-export project near Narvik, and the Anselm gas-export pipeline was shut.');
    assert.ok(found.includes('Lindqvist') && found.includes('Anselm'), found.join(', '));
  });
  it('a name with an actor cue in another mention keeps every mention', () => {
    const found = names('The Brannick iron-ore pipeline was halted. Brannick, which employs 300, will appeal.');
    assert.equal(found.filter((a) => a === 'Brannick').length, 2, found.join(', '));
  });
});

describe('session 17: animals and chatbots named like people', () => {
  it('a name an apposition or a determiner glosses as an animal or a chatbot is no actor', () => {
    const zoo = typed('Tembo II, an Asian elephant that spent 30 years in circuses, left Lima on Tuesday. A keeper said Tembo ate hay all night.');
    assert.ok(!zoo.some((n) => n.startsWith('Tembo')), zoo.join(', '));
    const bot = typed('The watchdog fined the bank after its customer chatbot, Mirae, leaked phone numbers.');
    assert.ok(!bot.some((n) => n.startsWith('Mirae')), bot.join(', '));
  });

  it('a person named like an animal, or glossed with a person\'s noun, stays a person', () => {
    const names = typed('Sara Whale, a nurse, said she was tired. Kibo Mwangi, the robot designer, said he was pleased.');
    assert.ok(names.includes('Sara Whale:person') && names.includes('Kibo Mwangi:person'), names.join(', '));
  });

  it('a name before an animal or a machine is its maker\'s or owner\'s, still an actor (review R22)', () => {
    has('Millions of users downloaded the DeepSeek chatbot in January.', 'DeepSeek:organization');
    has('Investors cheered the Tesla robot on Thursday.', 'Tesla:organization');
    assert.ok(typed('Keepers said the Chester Zoo elephant had calved on Monday.').some((n) => n.startsWith('Chester Zoo:')));
  });
});
