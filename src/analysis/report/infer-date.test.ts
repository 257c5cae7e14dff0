import { describe, expect, it } from 'vitest';
import { datelineDayAfter, inferReferenceDate } from './infer-date.ts';

// Bodies written for these tests: what undated reports say about their own time.
const infer = (...paragraphs: string[]) => inferReferenceDate(paragraphs);

describe('inferReferenceDate', () => {
  it('takes the latest day-precise date the body names', () => {
    expect(
      infer(
        'The bank cut its rate on 3 March 2019, its first cut since January 12, 2016.',
        'Shares rose 4 per cent on Tuesday after the announcement on 2019-03-05, traders said.',
      ),
    ).toBe('2019-03-05');
  });

  it("infers nothing when a season the body names starts after that day's year", () => {
    expect(infer('Dale Moss was named head coach on May 23, 2005.', 'He will stay through the end of the 2008-09 season.')).toBeNull();
    expect(infer('Dale Moss was named head coach on May 23, 2005.', 'He was the coach of the year in 2004-05.')).toBe('2005-05-23');
    expect(infer('Dale Moss was named head coach on May 23, 2005, for the 2005-2006 season.')).toBe('2005-05-23');
  });
  it('reads a numeric date month first where a US clock stamps it, as a pasted page runs its stamp into the text', () => {
    expect(infer('Updated 3/11/2021 7:45 PM Firefighters put out a blaze at a warehouse on Monday.')).toBe('2021-03-11');
    expect(infer('Updated 3/11/2021 19:45 Firefighters put out a blaze at a warehouse on Monday.')).toBe('2021-11-03');
    expect(infer('On 3/11/2021 firefighters were called out, and the blaze was out by 7:45 PM.')).toBe('2021-11-03');
  });
  it('needs a day and a year written in the text', () => {
    expect(infer('The talks began in March 2019 and resumed on Monday.')).toBeNull();
    expect(infer('The company was founded in 1998 and listed in 2019.')).toBeNull();
    expect(infer('Voting ends on March 5.')).toBeNull();
    expect(infer()).toBeNull();
  });

  it('skips dates in the future tense', () => {
    expect(infer('Parliament voted on March 3, 2019. It will vote again on June 12, 2019.')).toBe('2019-03-03');
    expect(infer('The deal, agreed on March 3, 2019, is expected to close on December 31, 2019.')).toBe('2019-03-03');
    expect(infer('The firm signed on 3 March 2019 and plans to open the plant on 1 June 2021.')).toBe('2019-03-03');
  });

  it('skips deadlines and dates things run until', () => {
    expect(infer('The ban, imposed on March 3, 2019, was extended until March 31, 2025.')).toBe('2019-03-03');
    expect(infer('Creditors met on 4 March 2019; the bonds are due on 30 June 2024.')).toBe('2019-03-04');
    expect(infer('Bids were opened on March 4, 2019 and must be confirmed by April 30, 2019.')).toBe('2019-03-04');
    expect(infer('The tariff cut, announced on March 4, 2019, is effective January 1, 2020.')).toBe('2019-03-04');
    expect(infer('Elections which are planned for December 15, 2013, will be held on a two-party basis.')).toBeNull();
  });

  it('skips the end of a range unless the range is past', () => {
    expect(infer('Opened on March 4, 2019, the exhibition runs from March 5, 2019 to January 6, 2020.')).toBe('2019-03-05');
    expect(infer('The festival ran from March 1, 2019 to March 3, 2019 and drew 40,000 people.')).toBe('2019-03-03');
  });

  it("never takes a birth date for the report's day", () => {
    expect(infer('Mavis Hale was born on April 22, 1931, in Dayton. She died on Thursday.')).toBeNull();
    expect(infer('The singer, born March 2, 1950, cancelled the show on June 3, 2019.')).toBe('2019-06-03');
  });

  it('gives no date when the body names a later year that is not a plan', () => {
    expect(infer('The law was passed on March 3, 1998. It was repealed in 2006.')).toBeNull();
    expect(infer('The plant opened on March 3, 2019 and will close in 2030.')).toBe('2019-03-03');
    expect(infer('The plant opened on March 3, 2019; its licence runs until 2030.')).toBe('2019-03-03');
  });

  it('does not treat ordinary words before a date as a range or a deadline', () => {
    expect(infer('The plan was approved by parliament on March 3, 2019.')).toBe('2019-03-03');
    expect(infer('Prices returned to 1 March 2019 levels after the vote on 4 March 2019.')).toBe('2019-03-04');
  });
});

describe('datelineDayAfter', () => {
  it('puts a yearless dateline day on or after the latest body date', () => {
    expect(datelineDayAfter('2018-06-28', 7, 2)).toBe('2018-07-02');
    expect(datelineDayAfter('2018-12-28', 1, 2)).toBe('2019-01-02');
    expect(datelineDayAfter('2018-03-01', 10, 2)).toBe('2018-10-02');
  });

  it('allows the body to name a day shortly after the dateline', () => {
    expect(datelineDayAfter('2018-07-05', 7, 2)).toBe('2018-07-02');
  });

  it('finds a year with 29 February for a leap-day dateline', () => {
    expect(datelineDayAfter('2019-03-10', 2, 29)).toBe('2020-02-29');
  });
});
