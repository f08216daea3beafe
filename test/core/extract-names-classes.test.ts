// Issue 15's name classes, each on invented sentences (no article's text): spans after
// a body's head word, surnames with particles, romanised given names, titles before
// particles, towns standing for their clubs in sport copy, holidays.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);

describe('names no registry knows: issue 15 classes', () => {
  it('cut "X of the University of Y" into the person and the body', () => {
    assert.deepEqual(typed('The survey was led by Dr. Lena Marsh of the University of Leeds, who spoke on Monday.'), [
      'Lena Marsh:person:lena-marsh',
      'University of Leeds:organization:university-of-leeds',
    ]);
  });

  it('find a person again by the surname after a particle', () => {
    assert.deepEqual(typed('Joana Beatriz da Costa Lemos won the vote. Costa Lemos thanked her staff.'), [
      'Joana Beatriz da Costa Lemos:person:joana-beatriz-da-costa-lemos',
      'Costa Lemos:person:joana-beatriz-da-costa-lemos',
    ]);
  });

  it('keep a romanised given name whole and find the family name again', () => {
    assert.deepEqual(typed('Chief executive Park Ji-hoon resigned on Friday. Park said the board agreed.'), [
      'Park Ji-hoon:person:park-ji-hoon',
      'Park:person:park-ji-hoon',
    ]);
  });

  it('read a particle after a title as the start of a name, not as a title complement', () => {
    const names = typed('Councillor Pieter van der Merwe voted no. On Tuesday Cr van der Merwe told reporters he was disappointed.');
    assert.deepEqual(names.filter((n) => n.startsWith('Pieter')), ['Pieter van der Merwe:person:pieter-van-der-merwe']);
    assert.ok(names.slice(1).every((n) => n.endsWith(':person:pieter-van-der-merwe')), names.join(', '));
  });

  it('take a town for its club in sport copy, but not where a place preposition leads', () => {
    const body =
      'The Leeds Falcons beat the Bristol Herons 24-17 on Saturday in the league. Leeds coach Mara Olsen said the squad had improved all season. ' +
      'Fans in Leeds celebrated the win, the first of the season, after a penalty and a late goal. Bristol host the Falcons in the return match.';
    const names = typed(body);
    assert.ok(names.includes('Leeds Falcons:organization:leeds-falcons'), names.join(', '));
    assert.ok(names.includes('Leeds:organization:leeds-falcons'), names.join(', '));
    assert.ok(names.includes('Leeds:place:leeds'), names.join(', '));
    assert.ok(names.includes('Bristol:organization:bristol-herons'), names.join(', '));
  });

  it('leave towns as places outside sport copy', () => {
    assert.deepEqual(typed('Leeds Council met on Monday. Residents in Leeds said the Bristol Road plan was late.').filter((n) => n.startsWith('Leeds:')), ['Leeds:place:leeds']);
  });

  it('take a birthday holiday for no actor', () => {
    assert.deepEqual(typed("Offices close for the Queen's Birthday holiday, said Ada Moreau."), ['Ada Moreau:person:ada-moreau']);
  });

  it('take a name with an ampersand for a firm', () => {
    assert.deepEqual(typed('Lawyers for the family, Brandt & Oyelaran, said the ruling was wrong.'), ['Brandt & Oyelaran:organization:brandt-oyelaran']);
  });

  it('take people at a workplace for a body, even when a given name leads it', () => {
    assert.deepEqual(typed('Analysts at Morgan Ashby expect a cut, said Ada Moreau.'), ['Morgan Ashby:organization:morgan-ashby', 'Ada Moreau:person:ada-moreau']);
  });

  it('take a name of several words after "the" for a body', () => {
    assert.deepEqual(typed('The Consejo Minero Regional said output fell.'), ['Consejo Minero Regional:organization:consejo-minero-regional']);
  });

  it('take a name after a common noun for a body that opens the sentence for that body', () => {
    assert.deepEqual(typed('Carmaker Veltrona Autos said sales rose. Veltrona said it would hire.'), [
      'Veltrona Autos:organization:veltrona-autos',
      'Veltrona:organization:veltrona-autos',
    ]);
  });

  it('take a lone name that "said it" for a body', () => {
    assert.deepEqual(typed('Kessler raised the score on Monday. Kessler said it could raise it again.'), ['Kessler:organization:kessler', 'Kessler:organization:kessler']);
  });

  it('give a short form shared by a company and its unit to the one named first', () => {
    assert.deepEqual(typed('Talvik Systems Inc said profit rose. Its logistics arm, Talvik Freight, grew. Talvik said it was pleased.'), [
      'Talvik Systems Inc:organization:talvik-systems-inc',
      'Talvik Freight:organization:talvik-freight',
      'Talvik:organization:talvik-systems-inc',
    ]);
  });

  it('take a sport governing body by its sport word', () => {
    assert.deepEqual(typed('Coach Ana Ruiz said World Hockey and Kenya Netball had agreed.'), [
      'Ana Ruiz:person:ana-ruiz',
      'World Hockey:organization:world-hockey',
      'Kenya Netball:organization:kenya-netball',
    ]);
  });

  it('take a lone name for a club where sport copy writes a result around it', () => {
    const body =
      'Varnholm, who beat the Leeds Falcons 24-17 last season, lost 19-17 to the Bristol Herons on Saturday. ' +
      'The coach said the squad missed a late penalty, and the league will review the match. Fans of Varnholm were angry.';
    const names = typed(body).filter((n) => n.startsWith('Varnholm'));
    assert.deepEqual(names, ['Varnholm:organization:varnholm', 'Varnholm:organization:varnholm']);
  });

  it('keep a romanised name a person beside votes for a body', () => {
    assert.deepEqual(typed("The company's chief executive, Seo Ha-eun, told analysts on Friday that the company would appeal.").filter((n) => n.startsWith('Seo')), ['Seo Ha-eun:person:seo-ha-eun']);
  });

  it('take a lone name that "said ... that it" for a body', () => {
    assert.deepEqual(typed('Kessler said three weeks ago that it could raise the rating.'), ['Kessler:organization:kessler']);
  });
});
