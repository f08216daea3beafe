// Types of names no registry knows (issue 15, session 14): a lone word whose one cue for a person is one any body's name
// takes as well. Each case is an invented sentence of a phenomenon of news copy.
import { describe, it } from 'node:test';
import { has } from './extract-helpers.js';

describe('a lone word that speaks once and is never introduced', () => {
  it('is a body, not a person, when a verb of saying is its one cue', () => {
    has('Traffic at the crossing fell by half in May, Umunyamabanga said on Tuesday.', 'Umunyamabanga:organization');
    has('Fares will rise in June. Velorail said the rise would pay for new trains.', 'Velorail:organization');
  });

  it('keeps a person a person when a person\'s own evidence or a second cue speaks', () => {
    has('The talks had failed, Oduyanke said on Monday. The union would strike, Oduyanke told reporters.', 'Oduyanke:person');
    has('Talks failed on Monday, Oduyanke said, and he would strike.', 'Oduyanke:person');
    has('"We will not sign," said Oduyanke, 54, a driver at the depot.', 'Oduyanke:person');
  });

  it('keeps a person\'s name a person where a known surname or a given name is all it has', () => {
    has('The talks failed, Kowalczyk said on Monday.', 'Kowalczyk:person');
  });

  it('reads the last part of a hyphened name as that person\'s', () => {
    // (Session 15: the name is now read whole, its lowercase link inside it, as ANNOTATION.md spans "Fakhar-ud-Din Qazi".)
    has('Finance Secretary Noor Ahmed-ud-Din said on Monday the levy would stay.', 'Noor Ahmed-ud-Din:person');
  });
});
