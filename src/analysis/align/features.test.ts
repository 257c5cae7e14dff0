import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from './features.ts';

describe('sentenceFeatures', () => {
  it('gives "nobody" and "no one" one term, and no count', () => {
    const terms = (text: string) => [...sentenceFeatures(text, []).terms.keys()].sort();
    expect(terms('Nobody was hurt.')).toEqual(terms('No one was injured.'));
    expect(terms('Nobody was hurt.')).not.toContain('#1');
  });
  it("keeps the claim's times and leaves out those of its attribution frame, tagged in the whole sentence", () => {
    const times = (text: string) => sentenceFeatures(text, [], '2025-03-10').times.map((t) => `${t.text}|${t.value}`);
    expect(times('The plant closed at 3 p.m. on Friday, the company said in a statement on Monday.')).toEqual(['3 p.m. on Friday|2025-03-07T15:00']);
    expect(times('Police said on Sunday that the bridge collapsed at 4:10 p.m. on Saturday.')).toEqual(['4:10 p.m. on Saturday|2025-03-08T16:10']);
  });
  it('reads the second day of "March 12 and 13" as a day of March, not a count; a count after a date stays one', () => {
    const read = (text: string) => sentenceFeatures(text, [], '2025-03-10');
    const strikes = read('Strikes planned for March 12 and 13 have been called off.');
    expect(strikes.days).toEqual(['march 12', 'march 13']);
    expect(strikes.quantities).toEqual([]);
    expect(read('The talks are set for May 3-4 in Geneva.').days).toEqual(['may 3', 'may 4']);
    const hurt = read('Two died on March 12 and 13 people were hurt.');
    expect(hurt.days).toEqual(['march 12']);
    expect(hurt.quantities.map((q) => q.value)).toContain(13);
  });

  it('tells the weekday a dated report means by "yesterday" or "this afternoon", apart from the weekdays it names', () => {
    const evening = sentenceFeatures('A fire broke out at the factory this afternoon.', [], '2025-03-11T17:00:00Z');
    const morning = sentenceFeatures('Firefighters fought a blaze at the factory yesterday afternoon.', [], '2025-03-12T07:00:00+00:00');
    expect(evening.relativeDays).toEqual(['tuesday']);
    expect(morning.relativeDays).toEqual(['tuesday']);
    expect(morning.weekdays).toEqual([]);
    expect(sentenceFeatures('A fire broke out yesterday.', []).relativeDays).toEqual([]);
  });
});
