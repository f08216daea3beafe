// Teams named after their town or country in sport copy (session 20): a result, a fixture, a score line or a standing
// makes the name the team in that mention; a place's own cues keep the place. Invented sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
/** Each mention as `text@offset:type`, so that two mentions of one name can be told apart. */
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}@${a.start}:${a.type}`);
/** The types of the mentions of `name`, in order. */
const typesOf = (body: string, name: string): string[] => typed(body).filter((n) => n.startsWith(`${name}@`)).map((n) => n.split(':').at(-1) ?? '');

// Four words of match reports make the article sport copy.
const SPORT = ' The coach praised the striker after the match, the first of the season in the league.';

describe('national teams named by their country', () => {
  it('are the team where a result or a score names them', () => {
    const body = `Ghana beat Togo 2-1 on Sunday.${SPORT}`;
    assert.deepEqual(typesOf(body, 'Ghana'), ['organization']);
    assert.deepEqual(typesOf(body, 'Togo'), ['organization']);
  });

  it('are the team in a standing ("a point behind X", "X are bottom") and in every mention no place cue claims', () => {
    const body = `Ghana beat Togo 2-1 on Sunday.${SPORT} The result leaves Ghana two points behind Benin. Togo are bottom of the group.`;
    assert.deepEqual(typesOf(body, 'Benin'), ['organization']);
    assert.deepEqual(typesOf(body, 'Togo'), ['organization', 'organization']);
  });

  it('stay the country where a place cue names it, also in a match report', () => {
    // Must not fire: the venue, a minister's trip, a dateline's country.
    const body = `ACCRA, Ghana — Ghana beat Togo 2-1 in Accra on Sunday.${SPORT} Togo's sports minister flew to Ghana on Saturday to watch the game.`;
    assert.deepEqual(typesOf(body, 'Ghana'), ['place', 'organization', 'place']);
    assert.deepEqual(typesOf(body, 'Accra'), ['place']);
    assert.deepEqual(typesOf(body, 'Togo'), ['organization', 'place']);
  });

  it('stay the country outside sport copy ("X beat forecasts", "X won independence")', () => {
    // Must not fire: business and history copy.
    assert.deepEqual(typesOf('Ghana beat forecasts on Monday as growth rose 6% in the quarter, the statistics office said.', 'Ghana'), ['place']);
    assert.deepEqual(typesOf(`Ghana won independence in 1957.${SPORT}`, 'Ghana'), ['place']);
  });
});

describe('clubs named after their town', () => {
  it('are the club on a score line and after "had levelled"', () => {
    const body = `Results: Ferrara 2 Parma 1; Cremona 0 Lucca 0.${SPORT} Parma had levelled before the break.`;
    for (const town of ['Ferrara', 'Cremona', 'Lucca']) assert.deepEqual(typesOf(body, town), ['organization'], town);
    assert.deepEqual(typesOf(body, 'Parma'), ['organization', 'organization']);
  });

  it('are the club after "the side" and in a transfer ("joined X from Y")', () => {
    const body = `The forward, who joined Parma from Lucca in 2023, came from the Swiss side Lugano.${SPORT}`;
    for (const town of ['Parma', 'Lucca', 'Lugano']) assert.deepEqual(typesOf(body, town), ['organization'], town);
  });

  it('stay the town where the match is played or a date follows it', () => {
    // Must not fire: a venue, a date written as "3 March 2024", a town's own fans.
    const body = `Parma beat Lucca 2-1 in Ferrara on 3 March 2024.${SPORT} Fans in Parma celebrated until dawn.`;
    assert.deepEqual(typesOf(body, 'Ferrara'), ['place']);
    assert.deepEqual(typesOf(body, 'Parma').at(-1), 'place');
  });
});
