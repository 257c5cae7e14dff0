import { describe, expect, it } from 'vitest';
import { relativeSaying } from './relative-saying.ts';

const told = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  const r = relativeSaying(sentence, at, at + date.length);
  return r && `${r.text} [${r.text.slice(r.start, r.end)}]`;
};

describe('relativeSaying', () => {
  it('tells a relative clause of saying as its own sentence, its speaker the noun before it', () => {
    expect(told('Talks were held with the club’s owner, who said on Monday that the stadium would be sold.', 'Monday')).toBe(
      'The club’s owner said Monday that the stadium would be sold. [Monday]',
    );
    expect(told('Voters backed Anne Cole, who said late on Friday that she would serve a full term.', 'Friday')).toBe(
      'Anne Cole said Friday that she would serve a full term. [Friday]',
    );
    expect(told('Residents blamed the council, whose leader said on Tuesday that repairs would start soon, for the delay.', 'Tuesday')).toBe(
      'Council’s leader said Tuesday that repairs would start soon. [Tuesday]'.replace('’', "'"),
    );
  });
  it('is null for a saying in the main clause, a relative clause that says nothing, or no "that" clause', () => {
    expect(told('The owner said on Monday that the stadium would be sold.', 'Monday')).toBeNull();
    expect(told('Smith, who was arrested on Friday, appeared in court.', 'Friday')).toBeNull();
    expect(told('Cole, who spoke on Friday, thanked voters.', 'Friday')).toBeNull();
  });
});
