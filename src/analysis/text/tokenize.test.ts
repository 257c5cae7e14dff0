import { describe, expect, it } from 'vitest';
import { contentTerms, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('lower-cases and stems: "Meetings" and "meeting" share a stem', () => {
    expect(contentTerms('Meetings')).toEqual(contentTerms('meeting'));
  });
  it('gives British and American spellings one stem, but not words that only end alike', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('centre metres theatre colour favourite neighbours honoured')).toEqual(stems('center meters theater color favorite neighbors honored'));
    expect(stems('hours on tour, a detour')).toEqual(['hour', 'on', 'tour', 'a', 'detour']);
    // "-ise" / "-ize", "-yse" / "-yze", and no further: "hospitalized" is not "hospital", "organized" not "organ".
    expect(stems('hospitalised organisation criticised analysed paralysed')).toEqual(stems('hospitalized organization criticized analyzed paralyzed'));
    expect(stems('hospitalized organized')).not.toEqual(stems('hospital organ'));
    expect(stems('size prize seize')).toEqual(['size', 'prize', 'seiz']);
  });
  it('gives listed British spellings no suffix rule states the American stem, but keeps the tonne a unit of its own', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('jewellery defence tyres grey programme manoeuvre paediatric')).toEqual(stems('jewelry defense tires gray program maneuver pediatric'));
    expect(stems('tonnes')).not.toEqual(stems('tons'));
    // Words are looked up in the table, so a word that names an object's own property is a word too.
    expect(stems('the constructor of the tower')).toEqual(['the', 'constructor', 'of', 'the', 'tower']);
  });
  it('drops possessives, straight and curly', () => {
    expect(contentTerms("Iran's program")).toEqual(contentTerms('Iran’s program'));
    expect(contentTerms("the countries' leaders")).toEqual(['countri', 'leader']);
  });
  it('turns numbers in words and digits into the same term', () => {
    expect(contentTerms('two soldiers')).toEqual(contentTerms('2 soldiers'));
    expect(contentTerms('thirty-five years')).toEqual(contentTerms('35 years'));
    expect(contentTerms('1,000 troops')[0]).toBe('#1000');
  });
  it('keeps "two and a half" as one number', () => {
    expect(contentTerms('two and a half years')).toEqual(['#2.5', 'year']);
  });
  it('removes stopwords but keeps negation', () => {
    expect(contentTerms('He did not agree with the plan')).toEqual(['not', 'agre', 'plan']);
  });
  it('keeps dotted acronyms whole', () => {
    const t = tokenize('the U.S. envoy');
    expect(t.map((x) => x.norm)).toEqual(['the', 'us', 'envoy']);
  });
  it('splits hyphenated words so either half can match', () => {
    expect(contentTerms('US-led strikes')).toContain('led');
  });
  it('returns offsets into the input', () => {
    const text = '“Rouhani’s” remarks';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toContain(t.norm.slice(0, 3));
  });
});
