import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const claimsOf = (body: string): string[] => extract(body).claims.map((c) => c.text);

describe('dated claims and the sentence boundaries under them', () => {
  it('survives abbreviations: U.S., Jan., Mr., p.m.', () => {
    const body = 'U.S. officials met Mr. Dūmiņš on Jan. 22 at 3 p.m. in the capital. The talks ended on Friday.';
    assert.deepEqual(claimsOf(body), ['U.S. officials met Mr. Dūmiņš on Jan. 22 at 3 p.m. in the capital.', 'The talks ended on Friday.']);
  });

  it('keeps every sentence whole in a paragraph too long to parse in one piece', () => {
    const sentence = 'The harbour board said on Monday that the ferry would run again.';
    const claims = claimsOf(Array.from({ length: 600 }, () => sentence).join(' '));
    assert.equal(claims.length, 600);
    assert.ok(claims.every((c) => c === sentence));
  });

  it('ends a sentence at a number followed by a full stop and a capital', () => {
    assert.deepEqual(claimsOf('The plant opens on March 1. Chief executive Ilze Berzina said so on Thursday.'), [
      'The plant opens on March 1.',
      'Chief executive Ilze Berzina said so on Thursday.',
    ]);
  });

  it('keeps a quotation and its attribution in one sentence', () => {
    const body = '"We are ready to sign," Dūmiņš said on Sunday. Nothing else was agreed.';
    assert.deepEqual(claimsOf(body), ['"We are ready to sign," Dūmiņš said on Sunday.']);
  });

  it('finds claims in bullets but not in headings', () => {
    const body = '# Harbour Board Meets on January 22\n\n- On January 22, the Harbour Board approved the new tariffs.\n- Nothing was said about wages.\n';
    assert.deepEqual(claimsOf(body), ['On January 22, the Harbour Board approved the new tariffs.']);
  });

  it('ignores bylines, datelines, navigation and comment forms', () => {
    const body = [
      'Home » World » Europe',
      '26.01.2026 5,60 B 5 Mins Read',
      'By Jane Whitfield | January 26, 2026',
      'Posted on January 26, 2026 by Jane Whitfield',
      'Related Post',
      'Leave a Reply',
      'The Harbour Board said on Monday that the port would reopen.',
    ].join('\n\n');
    assert.deepEqual(claimsOf(body), ['The Harbour Board said on Monday that the port would reopen.']);
  });

  it('splits a scraped line that ends in a full stop from the next line', () => {
    const body = 'Talks will resume on February 9.\nMinister Ilze Berzina confirmed it on Sunday.';
    assert.deepEqual(claimsOf(body), ['Talks will resume on February 9.', 'Minister Ilze Berzina confirmed it on Sunday.']);
  });

  it('a sentence without a date is no claim, nor is one whose date sits in a URL', () => {
    assert.deepEqual(claimsOf('The board met in the capital. See https://example.org/2026-01-22 for the record.'), []);
  });

  it('lists the persons and organizations of a claim apart from its places', () => {
    const { claims } = extract('On January 22, Ārvis Dūmiņš told the European Union in Riga that Latvia was ready.');
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0]!.actors.map((a) => a.id), ['arvis-dumins', 'european-union']);
    assert.deepEqual(claims[0]!.places.map((a) => a.id), ['riga', 'latvia']);
    assert.deepEqual(claims[0]!.dates.map((d) => d.value), ['2026-01-22']);
  });
});
