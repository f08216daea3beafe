// Cases a review of session 15's typing rules found (issue 15): cues for a place or a body's report that also read
// an outlet, a firm's capital or a person's impersonal "it". Each case is an invented sentence of a phenomenon of news copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY, extract, has } from './extract-helpers.js';

describe('a place\'s apposition or "capital of" that says something else', () => {
  it('leaves an outlet called a site a body', () => {
    has('Kahawa Tungu, a news site in Nairobi, reported the arrests on Friday.', 'Kahawa Tungu:organization');
  });

  it('still reads a site that is a place as a place', () => {
    has('Soldiers patrolled Kolvana, a former mining site near the border, on Friday.', 'Kolvana:place');
  });

  it('leaves a firm a body after its registered capital', () => {
    has('Regulators raised the registered capital of Zhenhua Dredging on Wednesday.', 'Zhenhua Dredging:organization');
  });

  it('still reads "the capital of" a land as its place', () => {
    has('Protests spread to the capital of Taruvia on Monday.', 'Taruvia:place');
  });
});

describe('a statement that "it would be" ...', () => {
  it('is anyone\'s impersonal "it", not a body\'s report', () => {
    has('Rania Jordan said in a statement issued late on Monday that it would be wrong to cut the subsidy.', 'Rania Jordan:person');
  });

  it('still reads "it would cut" as a body\'s report', () => {
    has('Ganbold Mining said in a statement on Monday that it would cut 200 jobs.', 'Ganbold Mining:organization');
  });
});

describe('a hyphen after a place\'s name', () => {
  it('makes an adjective of the place, not a romanised given name ("Abu Dhabi-based")', () => {
    has('Abu Dhabi-based Orvela Group said on Thursday it would sell.', 'Abu Dhabi:place', 'Orvela Group:organization');
    has('Doha-based Orvela Group said it would sell.', 'Doha:place', 'Orvela Group:organization');
  });

  it('still joins a romanised given name\'s syllables', () => {
    has('Prosecutors named Jang Min-seo and Kim Soo-young on Monday.', 'Jang Min-seo:person', 'Kim Soo-young:person');
    has('Lin Hsiu-lan said on Monday she would run.', 'Lin Hsiu-lan:person');
  });
});

describe('a result\'s verb that weather or war also writes, in sport copy', () => {
  const report = (s: string): string => `${s} The club said the league and the season were over, and the derby will be replayed.`;

  it('leaves a town a place after rain, storms or floods', () => {
    has(report('Heavy rain hammered Durban on Saturday, forcing organisers to postpone the match.'), 'Durban:place');
    has(report('Storms sweeping Colombo also delayed the second Test.'), 'Colombo:place');
    has(report('Floods swept Galle on Sunday, officials said.'), 'Galle:place');
  });

  it('still reads the verb as a result beside a round or a score', () => {
    has(report('Tofaş reached the final after sweeping Osijek last week.'), 'Osijek:organization');
    has(report('Hajduk thrashed Rijeka 5-0 on Sunday.'), 'Rijeka:organization');
  });
});

describe('two English names that share a stem', () => {
  it('stay two bodies', () => {
    const ids = (s: string): string[] => extract(s, { registry: EMPTY }).actors.filter((a) => a.type === 'organization').map((a) => a.id);
    const a = ids('The Nationalist Party won 40 percent of the vote, while the National Party, a new group, won 2 percent.');
    assert.equal(new Set(a).size, 2, a.join(' '));
    const b = ids('Bank of America agreed on Friday to buy American Bank, a lender based in Pennsylvania.');
    assert.equal(new Set(b).size, 2, b.join(' '));
  });

  it('still join a name in its own language to its English', () => {
    const ids = extract('The Banco Central del Ecuador cut rates. The Central Bank of Ecuador said inflation eased.', { registry: EMPTY }).actors.filter((a) => a.type === 'organization').map((a) => a.id);
    assert.equal(new Set(ids).size, 1, ids.join(' '));
  });
});

describe('a town that shares a person\'s surname, or meets officials in business copy', () => {
  it('stays a place when it hosts or lies somewhere', () => {
    has('ESBJERG - Mette Horsens, the port\'s chief executive, said on Monday the quay was full. Horsens hosts a wind power fair every spring, and Horsens lies 50 km north of Vejle.', 'Horsens:place');
  });

  it('still becomes the person when it acts as one', () => {
    has('The utility\'s director, Anna Lund, said the plant was safe. Lund joined the utility in 2024.', 'Lund:person');
  });

  it('stays a place after "clash with" in copy about a betting industry', () => {
    has('Industry players told investors the pitch was simple: fans bet on every tournament. In a clash with Kano officials last month, the firms lost a licence appeal.', 'Kano:place');
  });
});
