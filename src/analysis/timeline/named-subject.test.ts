import { describe, expect, it } from 'vitest';
import { findNames } from '../text/names.ts';
import { namesBySentence } from '../text/names-by-sentence.ts';
import { pronounAntecedent, withNamedSubject } from './named-subject.ts';

/** The antecedent `pronounAntecedent` gives the last of `sentences`, names read over all of them as the timeline does. */
function antecedent(...sentences: string[]): string | null {
  const names = namesBySentence(
    sentences.map((text) => ({ text })),
    findNames,
  );
  return pronounAntecedent(sentences, names, sentences.length - 1);
}

describe('pronounAntecedent', () => {
  it('takes the last person named before the pronoun in its own sentence', () => {
    expect(antecedent('When the coastguard reached Ferreira, he was clinging to a buoy.')).toBe('Ferreira');
    expect(antecedent('Tomas Ferreira Jr. was driven from the Pinewood Unit in Dalton to Lyle when he escaped.')).toBe('Ferreira');
  });

  it('takes the subject of the sentence before, through sentences that go on about the same person', () => {
    expect(antecedent('Marta Okonjo, the harbour master, closed the port.', 'She reopened it on Friday.')).toBe('Okonjo');
    expect(antecedent('Okafor, head of the Lagos ferry union, led the strike.', 'He was arrested twice.', 'He finally agreed to talks in May.')).toBe('Okafor');
    // "the Oddfather" is a nickname and "the Brennan family" a modifier: neither is who "he" is.
    expect(antecedent('Dubbed "the Bishop" for his robes, Keane ran the Brennan family for years.', 'He stepped down in 2009.')).toBe('Keane');
  });

  it('passes over what a sentence about the same "he" names after its "he"', () => {
    expect(antecedent('Mr. Okafor, 52, has never won an award.', 'He has starred in films like "Anna and the Tide."', 'He won a Tony in 2004.')).toBe('Okafor');
    expect(antecedent('Nadia Brook runs a clinic in Leeds.', 'She chairs the Board of Rural Health.', 'In 2002, she became its president.')).toBe('Brook');
  });

  it('passes over a speaker to the person the report goes on about', () => {
    expect(antecedent('Spokesman Dale Pruitt warned that Okonkwo knows the area well.', 'He was first jailed in 1979.')).toBe('Okonkwo');
    expect(antecedent('Pruitt, a prison spokesman, said Okonkwo had faked his injury.', 'He was first jailed in 1979.')).toBe('Okonkwo');
  });

  it('takes no name its common noun calls a thing for "she": "her yacht Ouessant", "the ferry Nordlys"', () => {
    expect(antecedent('The 22-year-old finished the race aboard her 18-metre yacht Ouessant.', 'She had set off in August.')).toBeNull();
    expect(antecedent('Captain Ines Moura took the ferry Nordlys out of port.', 'She was rescued at dawn.')).toBe('Moura');
  });

  it('gives no name when it is not clear who the pronoun is', () => {
    // A name after a preposition is an object, with or without a title.
    expect(antecedent('The award went to Dr. Lena Fisk.', 'She thanked her staff.')).toBeNull();
    expect(antecedent('Partly through his friendship with Senator Paul Drury, the mayor won.', 'He resigned in 2004.')).toBeNull();
    // A sentence about someone unnamed ("the friend") breaks the chain back to the last name.
    expect(antecedent('Nadia stayed in Leeds.', '"It was a shock," said the friend.', 'She recalled meeting her on Friday.')).toBeNull();
    // A pronoun inside a quotation is the speaker's.
    expect(antecedent('Mayor Ruiz opened the bridge.', '"He was a quiet operator," the paper wrote.')).toBeNull();
    expect(antecedent('The company closed the plant.', 'He was not there.')).toBeNull();
    // The sentence before tells of a second person by a pronoun: "he" may be either.
    expect(antecedent('In 2017 Judge Tomas Ferreira convicted him of fraud.', 'He was jailed in April 2018.')).toBeNull();
    expect(antecedent('Marta Okonjo fined her for speeding.', 'She appealed in May.')).toBeNull();
    expect(antecedent('Marta Okonjo praised her staff.', 'She retired in May.')).toBe('Okonjo');
    // A sentence that opens on someone unnamed has its own "he".
    expect(
      antecedent('Dale Cutter was sentenced to life on Friday.', 'The weary prosecutor took a risk at trial when he refused a Cutter plea deal in 2006.'),
    ).toBeNull();
    expect(antecedent('Dale Cutter was sentenced to life on Friday.', 'The next day, he asked for a new trial.')).toBe('Cutter');
  });
});

describe('withNamedSubject', () => {
  it('names an opening "He"/"She" and an opening possessive, and leaves other titles alone', () => {
    expect(withNamedSubject('He went scoreless in the first half', 'Echenique')).toBe('Echenique went scoreless in the first half');
    expect(withNamedSubject('His body was found by a maid', 'LaRue')).toBe("LaRue's body was found by a maid");
    expect(withNamedSubject('They left on Monday', 'Okafor')).toBe('They left on Monday');
    expect(withNamedSubject('He went home', null)).toBe('He went home');
    expect(withNamedSubject('Hera launched on Monday', 'Okafor')).toBe('Hera launched on Monday');
  });
});
