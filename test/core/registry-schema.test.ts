import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { CORPUS, hasShared, ROOT } from '../helpers/paths.js';

// The shipped JSON Schema (for the YAML extension) and the server's own validator must agree.
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'registry.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

/** Whether the server finds a per-file schema problem (cross-file codes such as unknown ids are not the schema's business). */
function serverValid(text: string): boolean {
  const r = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', text)]);
  return ![...r.findings.values()].flat().some((f) => f.code === 'registry.schema' || f.code === 'registry.syntax');
}

const HEAD = 'version: 1\n';
const actor = (body: string): string => `${HEAD}actors:\n  a-1:\n${body.replace(/^/gm, '    ')}\n`;
const fact = (body: string): string => `${HEAD}facts:\n  f-1:\n${body.replace(/^/gm, '    ')}\n`;

const GOOD: Record<string, string> = {
  'empty sections': `${HEAD}actors:\nfacts:\n`,
  'full actor': actor('name: Ann Example\ntype: person\naliases: [Example]\nvariants: [Anne Example]\nroles:\n  - {title: Mayor, from: 2020-01-01, to: 2021-01-01}\n  - title: Senator'),
  'place within': actor('name: Town\ntype: place\nwithin: country-x'),
  'null lists': actor('name: Org\ntype: organization\naliases:\nvariants:\nroles:'),
  'full fact': fact('claim: Something happened\ndate: 2024-01-01/2024-01-03\nactors: [a-1]\nplace: p-1\nstatus: superseded\nsuperseded_by: f-2\nas_of: 2024-01-04\nreview_by: 2024-02-01\nkeywords: [thing]\nsources:\n  - {outlet: Wire, url: "https://example.org/x"}\n  - {file: articles/a.md, quote: it happened}'),
  'every status': ['confirmed', 'developing', 'disputed', 'false', 'retracted'].map((s, i) => `  f-${i}:\n    claim: C\n    date: 2024-01-01\n    status: ${s}`).reduce((a, b) => `${a}${b}\n`, `${HEAD}facts:\n`),
};

const BAD: Record<string, string> = {
  'no version': 'actors:\n',
  'version 2': 'version: 2\n',
  'version as text': 'version: "1"\n',
  'unknown top key': `${HEAD}people: {}\n`,
  'actors as a list': `${HEAD}actors: [a]\n`,
  'bad id': `${HEAD}actors:\n  Ann_Example:\n    name: A\n    type: person\n`,
  'missing name': actor('type: person'),
  'missing type': actor('name: A'),
  'bad type': actor('name: A\ntype: robot'),
  'name as list': actor('name: [A]\ntype: person'),
  'name as number': actor('name: 1984\ntype: person'),
  'empty name': actor('name: ""\ntype: person'),
  'unknown actor field': actor('name: A\ntype: person\nborn: 1970-01-01'),
  'aliases as text': actor('name: A\ntype: person\naliases: Ay'),
  'alias twice': actor('name: A\ntype: person\naliases: [Ay, Ay]'),
  'empty alias': actor('name: A\ntype: person\naliases: [""]'),
  'role without title': actor('name: A\ntype: person\nroles:\n  - {from: 2020-01-01}'),
  'role bad date': actor('name: A\ntype: person\nroles:\n  - {title: T, from: 2020-1-1}'),
  'role unknown field': actor('name: A\ntype: person\nroles:\n  - {title: T, since: 2020-01-01}'),
  'within on a person': actor('name: A\ntype: person\nwithin: town'),
  'within not an id': actor('name: A\ntype: place\nwithin: Big Town'),
  'missing claim': fact('date: 2024-01-01'),
  'missing date': fact('claim: C'),
  'bad date': fact('claim: C\ndate: 24-01-01'),
  'date with time': fact('claim: C\ndate: 2024-01-01T10:00'),
  'bad status': fact('claim: C\ndate: 2024-01-01\nstatus: rumour'),
  'superseded_by without superseded': fact('claim: C\ndate: 2024-01-01\nsuperseded_by: f-2'),
  'superseded_by on confirmed': fact('claim: C\ndate: 2024-01-01\nstatus: confirmed\nsuperseded_by: f-2'),
  'actor ref not an id': fact('claim: C\ndate: 2024-01-01\nactors: [Ann Example]'),
  'actor ref twice': fact('claim: C\ndate: 2024-01-01\nactors: [a-1, a-1]'),
  'place not an id': fact('claim: C\ndate: 2024-01-01\nplace: Big Town'),
  'bad as_of': fact('claim: C\ndate: 2024-01-01\nas_of: yesterday'),
  'source without url or file': fact('claim: C\ndate: 2024-01-01\nsources:\n  - {outlet: Wire}'),
  'source unknown field': fact('claim: C\ndate: 2024-01-01\nsources:\n  - {url: "https://x.org", page: 3}'),
  'source url not web': fact('claim: C\ndate: 2024-01-01\nsources:\n  - {url: "ftp://x.org/a"}'),
  'sources as a map': fact('claim: C\ndate: 2024-01-01\nsources: {url: "https://x.org"}'),
  'unknown fact field': fact('claim: C\ndate: 2024-01-01\nsummary: S'),
};

describe('the JSON Schema and the server validator agree', () => {
  for (const [name, text] of Object.entries(GOOD)) {
    it(`both accept: ${name}`, () => {
      assert.equal(validate(parse(text)), true, JSON.stringify(validate.errors));
      assert.equal(serverValid(text), true);
    });
  }
  for (const [name, text] of Object.entries(BAD)) {
    it(`both reject: ${name}`, () => {
      assert.equal(validate(parse(text)), false, 'the schema accepts it');
      assert.equal(serverValid(text), false, 'the server accepts it');
    });
  }
  it('both accept the example desk and the shared corpus registries', () => {
    const files = [join(ROOT, 'examples', 'desk', 'facts.yaml'), ...(hasShared ? [join(CORPUS, 'facts.yaml')] : [])];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.equal(validate(parse(text)), true, `${f}: ${JSON.stringify(validate.errors)}`);
      assert.equal(serverValid(text), true, f);
    }
  });
  it('the server is stricter where a schema cannot be: calendar dates and date spans', () => {
    for (const text of [fact('claim: C\ndate: 2024-02-30'), fact('claim: C\ndate: 2024-01-05/2024-01-01')]) {
      assert.equal(validate(parse(text)), true);
      assert.equal(serverValid(text), false);
    }
  });
});
