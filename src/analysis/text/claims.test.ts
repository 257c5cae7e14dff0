import { describe, expect, it } from 'vitest';
import { splitClaims, withoutAsides } from './claims.ts';

const parts = (s: string) => splitClaims(s).map((c) => s.slice(c.start, c.end));

describe('splitClaims', () => {
  it('splits a compound sentence at a comma before a coordinating or relative word', () => {
    expect(parts('Some 220 firefighters were deployed through the night, and it took them nearly nine hours to control the fire.')).toEqual([
      'Some 220 firefighters were deployed through the night',
      'and it took them nearly nine hours to control the fire',
    ]);
  });
  it('splits at "and" before a verb, not between two names', () => {
    expect(parts('It was the first meeting since the 1990 war and took place at a hotel by the lake.')).toEqual([
      'It was the first meeting since the 1990 war',
      'and took place at a hotel by the lake',
    ]);
    expect(parts('President Anna Berg and Prime Minister Tomas Horvat met in Vienna on Monday.')).toEqual([]);
  });
  it('splits at a comma before a participle clause, not before a preposition or a noun in -ing', () => {
    expect(parts('A gas main exploded under the high street, injuring at least nine people and shattering shop windows.')).toEqual([
      'A gas main exploded under the high street',
      'injuring at least nine people and shattering shop windows',
    ]);
    expect(parts('The regulator fined the bank on Tuesday, officials said, offering no reason for the delay in its ruling.')).toEqual([
      'The regulator fined the bank on Tuesday, officials said',
      'offering no reason for the delay in its ruling',
    ]);
    expect(parts('The firm has had 64 complaints about the heaters, including 39 reports of burns to children.')).toEqual([]);
    expect(parts('The council approved the plan on Monday evening, according to two members of the planning board.')).toEqual([]);
  });
  it('splits at semicolons and spaced dashes', () => {
    expect(parts('The bridge was built in 1962; it carried 20,000 vehicles a day.')).toHaveLength(2);
    expect(parts('Three workers were killed in the fire - the worst in the region for a decade.')).toHaveLength(2);
  });
  it('never leaves a short fragment standing alone', () => {
    expect(parts('The storm hit on Monday, police said.')).toEqual([]);
    expect(parts('Kessler, who is 52, was convicted on Wednesday of seven counts of wire and securities fraud.')).toEqual([]);
  });
  it('splits a quotation kept as one sentence at its own sentence ends', () => {
    expect(parts('“Our whole street went under in an hour. The council never cleared the drains,” said one resident.')).toEqual([
      '“Our whole street went under in an hour',
      'The council never cleared the drains,” said one resident',
    ]);
    expect(parts('His mother told the court: "She had her whole life ahead of her. On March 1, 2023, it was taken away from her."')).toEqual([
      'His mother told the court: "She had her whole life ahead of her',
      'On March 1, 2023, it was taken away from her',
    ]);
    // Short quoted sentences join their neighbour, as any fragment does; abbreviations are no sentence end.
    expect(parts('“We lost everything. The water came so fast,” she said.')).toEqual([]);
    expect(parts('“Mr. Smith met U.S. officials in Geneva on Monday,” she said.')).toEqual([]);
  });
  it('returns no claims for a simple sentence', () => {
    expect(splitClaims('Seven cars went into the water.')).toEqual([]);
    expect(splitClaims('')).toEqual([]);
  });
});

describe('withoutAsides', () => {
  it('blanks an aside that says who the subject is before its verb, keeping every offset', () => {
    const text = 'The first case, a teenager who had returned from Southeast Asia, was confirmed on February 17.';
    const bare = withoutAsides(text);
    expect(bare).toHaveLength(text.length);
    expect(bare.replace(/\s+/g, ' ')).toBe('The first case was confirmed on February 17.');
    expect(withoutAsides('Whitfield, who is 27, has been stripped of his medal.').replace(/\s+/g, ' ')).toBe('Whitfield has been stripped of his medal.');
  });
  it("blanks an obituary's long aside", () => {
    const text =
      'Mara Lindqvist, the 1960s film swimmer whose underwater routines drew a devoted following among young viewers two decades after she left the studios and the sport for good, has died.';
    expect(withoutAsides(text).replace(/\s+/g, ' ')).toBe('Mara Lindqvist has died.');
  });
  it('leaves a sentence whose commas part no aside from its verb', () => {
    for (const text of [
      'The first case was confirmed on February 17.',
      'The mayor, a former teacher, and the council met on Monday.',
      'He met the mayor, a former teacher, in London on Monday.',
    ])
      expect(withoutAsides(text)).toBe(text);
  });
});
