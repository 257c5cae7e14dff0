import { describe, expect, it } from 'vitest';
import { sameName, samePerson, sameSpelling } from './spelling.ts';

describe('sameSpelling', () => {
  it('reads spelling variants and dropped accents as one name', () => {
    expect(sameSpelling('Smyth', 'Smith')).toBe(true);
    expect(sameSpelling('Havsörn', 'Havsorn')).toBe(true);
    expect(sameSpelling('Kessler', 'Kesler')).toBe(true);
    expect(sameSpelling('Mohammed', 'Muhammad')).toBe(true);
    // "ph" and "f" are one sound: "Stephan" / "Stefan", "Josef" / "Joseph".
    expect(sameSpelling('Stephan', 'Stefan')).toBe(true);
    expect(sameSpelling('Josef', 'Joseph')).toBe(true);
    expect(sameSpelling('Phromsawat', 'Promsawat')).toBe(true);
  });
  it('keeps different names apart', () => {
    expect(sameSpelling('Marsh', 'Harsh')).toBe(false);
    expect(sameSpelling('Kim', 'Kin')).toBe(false);
    expect(sameSpelling('Thompson', 'Rahman')).toBe(false);
    expect(sameSpelling('Berlin', 'Bern')).toBe(false);
  });
});

describe('sameName', () => {
  it('reads a name of two or more words inside a longer one as the same name, across spellings', () => {
    expect(sameName('promises treatment centre', 'malibu promises treatment center')).toBe(true);
    expect(sameName('royal_albert_hall', 'royal albert hall')).toBe(true);
  });
  it('keeps one-word names and different words apart', () => {
    expect(sameName('paris', 'paris hilton')).toBe(false);
    expect(sameName('treatment centre', 'promises clinic')).toBe(false);
  });
});

describe('samePerson', () => {
  it('reads a short given name, or a given name second in a longer name, as one person', () => {
    expect(samePerson('dan corrigan', 'daniel corrigan')).toBe(true);
    // A label run into the name at the start of a sentence: "Surfer Dan Corrigan, 35, fought off…".
    expect(samePerson('surfer dan corrigan', 'daniel corrigan')).toBe(true);
    expect(samePerson('daniel corrigan', 'surfer dan corrigan')).toBe(true);
    expect(samePerson('john paul smith', 'paul smith')).toBe(true);
  });
  it('keeps two people apart', () => {
    expect(samePerson('surfer dan corrigan', 'daniel morgan')).toBe(false);
    expect(samePerson('surfer dan corrigan', 'ruth corrigan')).toBe(false);
    expect(samePerson('paul smith', 'paula smith')).toBe(false);
    expect(samePerson('corrigan', 'dan corrigan')).toBe(false);
  });
});
