// Capitalised common nouns alone reported as bodies (session 19): a dictionary word that WordNet has only as a common noun
// or adjective, left capitalised by a ministry's list of portfolios, a cut name or a heading, is no actor unless a mention
// shows one. Each case is an invented sentence of a phenomenon of news copy, not a sentence of an evaluation article.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonNounWord } from '../../server/src/core/extract/unregistered-filters.js';
import { has, lacks, unregisteredReport } from './extract-helpers.js';

describe('capitalised common nouns alone: session 19', () => {
  it('reads WordNet: a common noun or an adjective written only capitalised, not a proper noun', () => {
    for (const w of ['vaccine', 'sport', 'welfare', 'fisheries', 'processing', 'olympic']) assert.ok(isCommonNounWord(w), w);
    for (const w of ['congress', 'senate', 'treasury', 'labour', 'kestrel', 'nordvik']) assert.ok(!isCommonNounWord(w), w);
  });

  it('drops a common noun no mention shows acting', () => {
    lacks('The trust said on Monday that Welfare had to come before price, its chair told reporters.', 'Welfare:organization');
    lacks('Her deputy said Science and Trade should have met before the quota was set.', 'Science:organization');
    lacks('The minister said Tourism in the region could not afford another bad season.', 'Tourism:organization');
    lacks('The cyclist Ines Varga, a former Olympic sprinter, turned to coaching last year.', 'Olympic:organization');
    assert.deepEqual(unregisteredReport('The board chair, Ana Rivas, said Welfare had to come before price.').findings, ['Ana Rivas']);
  });

  it('keeps a body named by a common word where a mention shows it acting or named', () => {
    // Its own report, its people, its trade noun, a list of bodies, a report past a relative clause.
    has('Anchor said on Tuesday it would shut two of its bakeries before winter.', 'Anchor:organization');
    has('Meadow, which is owned by 300 farming families, said milk intake had fallen.', 'Meadow:organization');
    has('Ride-hailing firms Kojek and Harbour raised fares on Monday.', 'Harbour:organization');
    has('The opposition Progressives party tabled amendments on Tuesday.', 'Progressives:organization');
    has('He moved to radio in 2021 after years of writing for Compass.', 'Compass:organization');
    // A word of a longer name: a short form ("Skyline" of "Skyline Builders"), cut by a capitalised word or a mark.
    has('Skyline Builders lost the case. Creditors filed against Skyline in March.', 'Skyline:organization');
  });
});

describe('capitalised common nouns alone: match reports (review R11)', () => {
  it('keeps a club named by a common noun where a match cue speaks', () => {
    has('Arsenal beat Chelsea 2-1 on Sunday. Chelsea had beaten Arsenal in May.', 'Arsenal:organization');
    has('Chelsea drew 1-1 with Arsenal on Sunday.', 'Arsenal:organization');
    has('Tottenham Hotspur beat Arsenal 2-1 on Sunday. Fans of Spurs celebrated in north London.', 'Spurs:organization');
    has('Liverpool host Arsenal at Anfield on Saturday, and Everton face Wolves.', 'Wolves:organization');
    has('Ireland beat the All Blacks 24-20. The Springboks lost to the Wallabies, and the Pumas beat the Brumbies.', 'Pumas:organization');
    has('Ireland beat the All Blacks 24-20. The Springboks lost to the Wallabies, and the Pumas beat the Brumbies.', 'Brumbies:organization');
    has('Rangers beat Celtic 2-0 on Saturday. Wolves lost to Spurs.', 'Spurs:organization');
  });

  it('reads no match where a common noun beats a forecast or loses to a cut', () => {
    lacks('The minister said Tourism beat forecasts in March.', 'Tourism:organization');
    lacks('Officials said Science lost to budget cuts this year.', 'Science:organization');
    lacks('The report said Welfare faced a 2-1 vote in committee.', 'Welfare:organization');
  });
});

describe('capitalised common nouns alone: outlets and lenders cited (review R12)', () => {
  it('keeps a newspaper or a lender that copy cites by a light cue', () => {
    has('In an interview with Vanguard, the minister said on Monday that fuel prices would rise.', 'Vanguard:organization');
    has('Rents in the capital will rise by a fifth this year, according to Beacon.', 'Beacon:organization');
    has('The governor told the Beacon on Friday that rents would rise.', 'Beacon:organization');
    has('The mayor said on Friday that Beacon reported that the mine had shut.', 'Beacon:organization');
    has('Shares in Zenith rose 3% on Monday in Lagos.', 'Zenith:organization');
    // A stake's other nouns, as HOLDING_IN reads them (session 20).
    has('The pension fund bought a 5% stake in Beacon on Monday.', 'Beacon:organization');
  });

  it('reads no firm after a noun or a verb of trust before "in"', () => {
    lacks('Voters said they had lost faith in Welfare, the minister said.', 'Welfare:organization');
    lacks('The minister said he had invested in Tourism for a decade.', 'Tourism:organization');
    lacks('Officials said trust in Science had fallen.', 'Science:organization');
  });

  it('reads no cite where a common noun names rules, a board or a report', () => {
    lacks('Benefits are paid according to Welfare rules set in 2019.', 'Welfare:organization');
    lacks('The minister told the Tourism board on Monday that fees would rise.', 'Tourism:organization');
    lacks('The minister said Tourism reports were late again this year.', 'Tourism:organization');
  });
});

describe('capitalised common nouns alone: surnames of people named in full (review R13)', () => {
  it('keeps a surname that is an English word after the full name', () => {
    has('Joe Root made 120 on Sunday. England captain Ben Stokes praised Root after the match.', 'Root:person');
    has('The striker Mateo Crane scored twice on Saturday, and the coach later praised Crane for his work.', 'Crane:person');
  });

  it('still drops the word where no person of the article bears it', () => {
    lacks('The board chair, Ana Rivas, said Welfare had to come before price.', 'Welfare:organization');
    lacks('Ana Rivas said on Monday that Tourism could not afford another bad season.', 'Tourism:person');
    lacks('Ana Rivas said on Monday that Tourism could not afford another bad season.', 'Tourism:organization');
  });
});
