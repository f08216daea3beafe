// Places and their bodies, session 16: one describe per rule, each with invented names in invented sentences
// (no evaluation article's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('a place\'s body named after it (session 16)', () => {
  it('takes the leading words alone for the place, not the body\'s short form', () => {
    has('Residents of Turda and Velmosk protested on Monday. "We wait for hours," said Ana Pop, a nurse at the Velmosk Municipal Hospital.', 'Velmosk:place', 'Velmosk Municipal Hospital:organization');
    has('Lakemoor County Council said on Monday it would close two schools. Lakemoor has lost a fifth of its people since 2010.', 'Lakemoor:place', 'Lakemoor County Council:organization');
  });

  it('keeps the body where a mention has a strong cue for it', () => {
    has('Orvento Municipal Hospital said it was full. Orvento said in a statement that it had no beds.', 'Orvento:organization');
  });

  it('leaves a fund\'s or an opera\'s short form a body, whose "municipal" or "metropolitan" no local organ follows', () => {
    has('Investors pulled money from the Velmar Municipal Bond Fund in March. Velmar manages 3 billion dollars for retirees.', 'Velmar:organization');
    has('Brightwater Metropolitan Opera cancelled its tour. Brightwater had sold 40,000 tickets.', 'Brightwater:organization');
    for (const body of ['Investors pulled money from the Velmar Municipal Bond Fund in March. Velmar manages 3 billion dollars for retirees.', 'Brightwater Metropolitan Opera cancelled its tour. Brightwater had sold 40,000 tickets.']) {
      const names = typed(body);
      assert.ok(!names.includes('Velmar:place') && !names.includes('Brightwater:place'), names.join(', '));
    }
  });

  it('leaves the town\'s lone name its club in sport copy', () => {
    const names = typed('Kellerton City Council approved the new stadium on Monday. Kellerton beat Brashford 2-0 on Saturday, and the league leaders\' coach praised the fans. Kellerton host Ornet in the derby next week.');
    assert.ok(!names.includes('Kellerton:place'), names.join(', '));
  });

  it('still takes the town before "Metropolitan Police" or a lone "Municipal"', () => {
    has('Dravenport Metropolitan Police said on Monday two men were held. Dravenport has had six thefts this year.', 'Dravenport:place');
  });
});

describe('a lone given name in a list of places (session 16)', () => {
  it('is a place named like a person', () => {
    has('Mzuzu, Rosa and Dedza grow most of the country\'s tobacco, the board said on Monday.', 'Rosa:place');
  });
});

describe('rivers by what they do and where they run (session 16)', () => {
  it('take a name that bursts its banks, swells or overflows for a place', () => {
    has('Officials warned that the Kembari could burst its banks by Thursday.', 'Kembari:place');
    has('Villages emptied as the Olonde swelled on Monday.', 'Olonde:place');
  });

  it('take a name after "along the", "a bridge over the" or "a town on the" for a place', () => {
    has('Villages along the Tsuvani reported losses on Friday, police said.', 'Tsuvani:place');
    has('Sayaluk, a market town on the Orimba, grew by a third, the census said.', 'Orimba:place');
  });

  it('leave a firm that swells or a name before "route" a body', () => {
    const bodies = [
      ['Orders at Vantrel swelled in March, and Vantrel said it would hire 300 workers.', 'Vantrel'],
      ['Digital lending grew fast in Kenya. Kolabo swelled to 3 million users in two years, and Kolabo now plans to list in Nairobi.', 'Kolabo'],
      ['Trucks queued along the Brennik route on Monday, and Brennik said it would add drivers.', 'Brennik'],
    ];
    for (const [body, name] of bodies) {
      const names = typed(body!);
      assert.ok(names.includes(`${name}:organization`) && !names.includes(`${name}:place`), names.join(', '));
    }
  });
});

describe('a dateline\'s town in the body (session 16)', () => {
  it('is the town where the body\'s own words typed it a body, outside sport copy', () => {
    has('KAVUMBO, Tanzania, Nov 5 (Reuters) - Refugees crossed into Kavumbo on Monday, officials said. Kavumbo said it needed food.', 'Kavumbo:place');
    const names = typed('KAVUMBO, Tanzania, Nov 5 (Reuters) - Refugees crossed into Kavumbo on Monday, officials said. Kavumbo said it needed food.');
    assert.ok(!names.includes('Kavumbo:organization'), names.join(', '));
  });
});

describe('a unit\'s post after its name (session 16)', () => {
  it('takes the name before "Regional Commissioner" or "Provincial Governor" for the place, without the adjective', () => {
    has('Velmosk Regional Commissioner Amina Juma said on Friday the camp was full.', 'Velmosk:place', 'Amina Juma:person');
    has('Orvento Provincial Governor Ana Pop said on Friday the road was shut.', 'Orvento:place', 'Ana Pop:person');
  });

  it('leaves a firm\'s regional director\'s employer a body', () => {
    has('Acme Regional Director Jane Doe said so on Monday.', 'Acme:organization');
  });
});

describe('a body\'s other name in brackets, its words joined by short connectors (session 16)', () => {
  it('is that body, also where a short word or a given name opens it', () => {
    has('The agency, the Road Fund Board (Bodi ya Mfuko wa Barabara), said on Monday it would pay.', 'Bodi ya Mfuko wa Barabara:organization');
  });

  it('leaves a person\'s particle alone', () => {
    const names = typed('The Workers Union (Maria da Silva) said on Monday it would strike.');
    assert.ok(!names.includes('Maria:organization'), names.join(', '));
  });
});
