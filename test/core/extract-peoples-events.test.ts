// Peoples and contests are no actors: invented sentences, no eval article's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './extract-helpers.js';

describe('names no registry knows: peoples are no actors', () => {
  it('drops a compound of a demonym joined by hyphens', () => {
    assert.deepEqual(typed('Indo-Fijian shopkeepers and Afro-Colombian fishers met in Suva on Monday, Tomasi Vuniwai, 54, said.'), [
      'Suva:place',
      'Tomasi Vuniwai:person',
    ]);
  });

  it('drops both peoples coordinated before a noun of their collectives', () => {
    assert.deepEqual(typed('Many Ovatjimba and Zemba families moved their cattle north, councillor Petrus Kamati said.'), ['Petrus Kamati:person']);
  });
});

describe('names no registry knows: contests are no actors', () => {
  it('drops a cup in another language and its distinctive word alone', () => {
    assert.deepEqual(typed('Deportivo Quillacollo will play in the Copa Ventisqueros next month. The Ventisqueros draw is on Friday, coach Ramiro Ayala said.'), [
      'Deportivo Quillacollo:organization',
      'Ramiro Ayala:person',
    ]);
  });

  it('keeps a sponsor\'s name taken from its event\'s when it speaks', () => {
    const actors = typed('Equitel sponsored the Equitel Regatta in Kilifi on Sunday. Equitel said 300 sailors took part.');
    assert.equal(actors.filter((a) => a.startsWith('Equitel:')).length, 2, actors.join(', '));
  });
});
