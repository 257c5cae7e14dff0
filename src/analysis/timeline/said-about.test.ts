import { describe, expect, it } from 'vitest';
import { referredTerms } from './said-about.ts';
import { sentenceTerms } from './similarity.ts';

/** The referred terms of a whole sentence, its date (the first `on …day`) left out. */
function referred(sentence: string): string[] {
  const day = /\b(?:Monday|Tuesday)\b/.exec(sentence)!;
  const dates = [{ start: day.index, end: day.index + day[0].length }];
  return [...referredTerms(sentence, sentenceTerms(sentence, dates, []), [{ start: 0, end: sentence.length }])].sort();
}

describe('referredTerms', () => {
  it('finds the words a claim names only after a determiner or a possessive', () => {
    expect(referred('Officials said on Monday that a faulty valve caused the leak.')).toEqual(['leak']);
    expect(referred('The leak was caused by a faulty valve, officials said Monday.')).toEqual(['leak']);
    // No name finder here, so "Dunmore" is a word like the others.
    expect(referred('Officials said on Monday that the Dunmore chemical plant would reopen.')).toEqual(['chemic', 'dunmor', 'plant']);
    expect(referred("Officials said on Tuesday that Monday's leak had been stopped.")).toEqual(['leak']);
    expect(referred('Officers said on Monday the stabbing followed a row.')).toEqual(['stab']);
  });
  it('leaves out a word the claim also tells as a verb or an indefinite noun', () => {
    expect(referred('Officials said on Monday that gas leaked from a tank.')).toEqual([]);
    expect(referred('Officials said on Monday that a second leak followed the leak.')).toEqual([]);
    expect(referred('Officials said on Monday the valve failed.')).toEqual(['valv']);
  });
});
