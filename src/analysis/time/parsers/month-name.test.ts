import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/month-name', () => {
  it('resolves "in June" by tense against the DCT', () => {
    tags('Voters went to the polls in June.').are(['June=DATE:2014-06']);
    tags('Voters will go to the polls in June.').are(['June=DATE:2015-06']);
  });
  it('writes XXXX without a DCT', () => {
    tags('Voters went to the polls in June.', { dct: null }).are(['June=DATE:XXXX-06']);
  });
  it('uses the nearest year without a tense cue', () => {
    tags('Talks in December.').are(['December=DATE:2014-12']);
  });
  it('honours last/next and mid-', () => {
    tags('Since last October and until mid-January.').are(['last October=DATE:2013-10', 'mid-January=DATE:2015-01']);
  });
  it('keeps capitalised modifiers at the start of a sentence', () => {
    tags('Last June, prices fell. Early March was cold.').are(['Last June=DATE:2014-06', 'Early March=DATE:2014-03']);
  });
  it('reads a capitalised month before a dated event noun: "the March deadline"', () => {
    tags('The March deadline passed without a deal.').are(['March=DATE:2014-03']);
    tags('The May government fell and the march organisers met.', { source: 'parser/month-name' }).are([]);
  });
  it('needs a cue for May, March, April, August', () => {
    tags('May I ask? April Ryan will march. August bodies.', { source: 'parser/month-name' }).are([]);
  });
});
