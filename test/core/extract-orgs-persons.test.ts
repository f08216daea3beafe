// Bodies typed as persons and persons typed as bodies (session 12): each case is an invented
// sentence of a phenomenon of news copy, not a name of an evaluation article.
import { describe, it } from 'node:test';
import { has } from './extract-helpers.js';

describe('bodies and persons by the words around them: session 12', () => {
  it('read an owner\'s or a parent\'s country in the possessive as a firm\'s cue', () => {
    has('Valdora Carnes, owned by Argentina\'s Tembrel, said it would shut the plant.', 'Tembrel:organization');
    has('The plant is a unit of Japan\'s Okumara Kessen, the union said.', 'Okumara Kessen:organization');
  });

  it('give ", said" to the subject, not to the name that ends its apposition', () => {
    has('Marbelle Oil, owned jointly by the state and Taldor Maun, said on Monday that output fell.', 'Taldor Maun:organization');
  });

  it('read a dateline\'s agency credit as a body', () => {
    has('QUITO, May 3 (Marla) - The council said on Friday it would close the road.', 'Marla:organization');
  });

  it('read an owner\'s modifier in an apposition as a body, a title as a person', () => {
    has('Exports by Zamdex, the state copper trader, fell 12% in May.', 'Zamdex:organization');
    has('Tuvok Rangi, the state governor, said on Monday the road would open.', 'Tuvok Rangi:person');
  });

  it('read a bare title heading an apposition, and a trade at a workplace, as a person', () => {
    has('Chanta Veasna, president of the drivers\' union, said fares would rise.', 'Chanta Veasna:person');
    has('"Buyers held back," said Rukshan Pathirage, a broker at Hollin Marsh, on Tuesday.', 'Rukshan Pathirage:person');
  });

  it('read a trade that firms ply at a site as no person, and a people noun after an owner\'s modifier as a person', () => {
    has('Tarvok, the terminal operator at Beira, said it would add two tanks.', 'Tarvok:organization');
    has('Holmbrand, a contractor at the Kafue site, said the work was late.', 'Holmbrand:organization');
    has('Chilufya, a state witness, told the court the money was paid.', 'Chilufya:person');
  });

  it('read "X posted" as a body only before a result', () => {
    has('The video, which Ilze Vītola posted on Facebook on Monday, spread fast.', 'Ilze Vītola:person');
  });
});

describe('lists of names that a plural noun for bodies opens', () => {
  it('type every name of the list a body, and leave the noun out of the first', () => {
    has('Exporters Varo Cacao and Telmont said trucks had begun arriving at the port.', 'Varo Cacao:organization', 'Telmont:organization');
    has('Rivals Kessova and Dunmore Valley have also expanded abroad.', 'Kessova:organization', 'Dunmore Valley:organization');
    has('The ministry fined exporters Dakri Cacao, Ostrel and Telmont on Monday.', 'Dakri Cacao:organization', 'Ostrel:organization', 'Telmont:organization');
  });
});
