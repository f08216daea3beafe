// Clustering, session 20: features named with and without their kind's word, founders beside
// their family firms, firms' tails without their legal form, ministries named by one of their fields. Invented names and
// sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The type and id of the mentions written `text`. */
const of = (names: readonly string[], text: string): string[] => names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.slice(text.length + 1));

describe('a natural feature named with its kind\'s word, then without it', () => {
  it('is one place: a lake, a mountain, a river', () => {
    const names = typed('Herders near Lake Varnok said on Monday that wells around Varnok had dried up. Buses pass beneath Mount Oskelin, and Oskelin draws climbers. Levels in the Tarvel River rose, and water from the Tarvel is clean. Lake Miravo has swollen since 2020 and Miravo\'s flamingos have left.');
    assert.deepEqual(of(names, 'Varnok'), ['place:lake-varnok'], names.join(', '));
    assert.deepEqual(of(names, 'Oskelin'), ['place:mount-oskelin'], names.join(', '));
    assert.deepEqual(of(names, 'Tarvel'), ['place:tarvel-river'], names.join(', '));
    assert.deepEqual(of(names, 'Miravo'), ['place:lake-miravo'], names.join(', '));
  });

  it('leaves a body whose name the bare word leads that body', () => {
    const names = typed('Lake Tarvo froze early this year, and the Tarvo Water Board said on Friday that Tarvo would cut supply to farms.');
    assert.deepEqual(of(names, 'Tarvo'), ['organization:tarvo-water-board'], names.join(', '));
  });

  it('leaves a country or a city of the gazetteer its own place', () => {
    const names = typed('Snow fell on Mount Kenya on Tuesday while Kenya sweltered. Flamingos left Lake Nakuru on Monday, and Nakuru closed its markets.');
    assert.deepEqual(of(names, 'Kenya'), ['place:kenya'], names.join(', '));
    assert.deepEqual(of(names, 'Nakuru'), ['place:nakuru'], names.join(', '));
  });

  it('leaves a person whose surname or given name the word is that person', () => {
    const names = typed('Ivo Marsh, who fishes on the Marsh River, said on Monday that Marsh had seen such floods before. Lake Marta rose, Marta Kaleva said. "It has never been this high," Marta said.');
    assert.deepEqual(of(names, 'Marsh'), ['person:ivo-marsh'], names.join(', '));
    assert.ok(!of(names, 'Marta').includes('place:lake-marta'), names.join(', '));
  });
});

describe('a person named in full beside a firm that bears the name', () => {
  it('stays the person where the name\'s own words say so', () => {
    const names = typed('The council hired tankers from Ion Dumitru and Sons, a haulier now run by Ion Dumitru\'s grandsons, on Friday.');
    assert.deepEqual(of(names, 'Ion Dumitru'), ['person:ion-dumitru'], names.join(', '));
    assert.deepEqual(of(names, 'Ion Dumitru and Sons'), ['organization:ion-dumitru-and-sons'], names.join(', '));
  });

  it('leaves a firm\'s leading words the firm where nothing says a person', () => {
    const names = typed('Danjuma Hartley Pharmaceuticals said on Monday that Danjuma Hartley would raise prices in March.');
    assert.deepEqual(of(names, 'Danjuma Hartley'), ['organization:danjuma-hartley-pharmaceuticals'], names.join(', '));
  });

  it('leaves a different person of the same surname that person', () => {
    const names = typed('Tankers came from Ion Dumitru and Sons on Friday. Councillor Ilinca Dumitru, who is not related to the firm\'s owners, said the contracts had no tender. Dumitru asked for an audit.');
    assert.deepEqual(of(names, 'Dumitru'), ['person:ilinca-dumitru'], names.join(', '));
  });
});

describe('a firm\'s tail without its legal form', () => {
  it('is the firm', () => {
    const names = typed('Regulators fined Minera Cerro Blanco S.A. on Wednesday. Inspectors said Cerro Blanco had pumped brine for months. Cerro Blanco said it would appeal.');
    assert.deepEqual(of(names, 'Cerro Blanco'), ['organization:minera-cerro-blanco-sa', 'organization:minera-cerro-blanco-sa'], names.join(', '));
  });

  it('leaves another firm of the same tail words, and a firm without a legal form, apart', () => {
    const names = typed('Grupo Tarvo Holdings SA bought Oskel Energy on Monday. Tarvo Holdings said Oskel Energy would grow.');
    assert.deepEqual(of(names, 'Oskel Energy'), ['organization:oskel-energy', 'organization:oskel-energy'], names.join(', '));
  });
});

describe('a ministry named by the fields it joins, then by one of them', () => {
  it('is one body', () => {
    const names = typed('The Ministry of Climate and Environment said on Friday that ferries emit carbon. The Climate Ministry wants that halved by 2030. The Department of Water and Sanitation (DWS) said on Friday it had sent engineers; the Water Department will take over repairs.');
    assert.deepEqual(of(names, 'Climate Ministry'), ['organization:ministry-of-climate-and-environment'], names.join(', '));
    assert.deepEqual(of(names, 'Water Department'), ['organization:department-of-water-and-sanitation'], names.join(', '));
  });

  it('leaves a field that only opens a longer name apart', () => {
    const names = typed('The Ministry of Foreign Trade said on Monday that exports rose, and the Foreign Ministry summoned an envoy.');
    assert.ok(!of(names, 'Foreign Ministry').includes('organization:ministry-of-foreign-trade'), names.join(', '));
  });

  it('leaves a field that two ministries join apart', () => {
    const names = typed('The Ministry of Energy and Mines said on Monday that output rose. Separately, the Ministry of Water, Energy and Irrigation said dams were full. The Energy Ministry declined to comment.');
    const ids = of(names, 'Energy Ministry');
    assert.ok(!ids.some((n) => n.includes('mines') || n.includes('irrigation')), names.join(', '));
  });
});
