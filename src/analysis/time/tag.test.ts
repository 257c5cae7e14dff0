import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tag.ts';

const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const texts = readdirSync(dir)
  .filter((f) => /^dev\d*\.jsonl$/.test(f))
  .flatMap((f) =>
    readFileSync(dir + f, 'utf8')
      .split('\n')
      .filter(Boolean),
  )
  .map((line) => JSON.parse(line) as { id: string; dct: string | null; text: string });

describe('tagTimexes', () => {
  it('has dev sets to run on', () => {
    expect(texts.length).toBeGreaterThan(150);
  });
  it('no parser or refiner throws on the dev sets (errors would be swallowed silently otherwise)', () => {
    const messages: string[] = [];
    for (const t of texts) {
      tagTimexes(t.text, t.dct, { debug: (m) => messages.push(`${t.id}: ${m()}`) });
      tagTimexes(t.text, null, { debug: (m) => messages.push(`${t.id} (no DCT): ${m()}`) });
    }
    expect(messages).toEqual([]);
  });
  it('reads a weekday right after "p.m." in the tense of its sentence, not as the start of the next one', () => {
    expect(tagTimexes('The Chargers will face the Steelers at 1:45 p.m. Sunday at Heinz Field.', '2009-01-07').map((t) => t.value)).toEqual([
      '2009-01-11T13:45',
    ]);
    expect(tagTimexes('Police stopped him at 2:30 a.m. Tuesday. He will play on Sunday.', '2009-01-07').map((t) => t.value)).toEqual([
      '2009-01-06T02:30',
      '2009-01-11',
    ]);
  });
  it('reads a clock before a bracketed conversion and its day as that day, not as a sentence of its own', () => {
    // DCT Wednesday: the past Sunday is the 21st. Split after "p.m.", the clock took the DCT.
    const text = 'The explosion came at 11:05 p.m. (0405 GMT) on Sunday, police said.';
    expect(tagTimexes(text, '2014-09-24').map((t) => `${t.text}|${t.value}`)).toEqual([
      '11:05 p.m.|2014-09-21T23:05',
      '0405 GMT|2014-09-21T04:05',
      'Sunday|2014-09-21',
    ]);
    expect(tagTimexes('Doors open at 7 p.m. (Tickets are sold out.) The band plays on Friday.', '2014-09-24').map((t) => t.value)).toEqual([
      '2014-09-24T19:00',
      '2014-09-26',
    ]);
  });
  it('reads month and weekday names set in capitals, as datelines and headlines set them, but no capital MAY without a day', () => {
    const values = (text: string) => tagTimexes(text, '2008-12-16').map((t) => [text.slice(t.start, t.end), t.value]);
    expect(values('UPDATED: MONDAY, DECEMBER 15, 2008')).toEqual([['MONDAY, DECEMBER 15, 2008', '2008-12-15']]);
    expect(values('Talks ended on THURSDAY, 27 NOVEMBER 2005 in Geneva.')).toEqual([['THURSDAY, 27 NOVEMBER 2005', '2005-11-27']]);
    expect(values('HOUSE MAY VOTE ON BUDGET')).toEqual([]);
    expect(values('He said it may rain in march.')).toEqual([]);
  });
  it('reads a weekday in what was said by the said clause’s verb, not the verb of saying', () => {
    const value = (text: string) => tagTimexes(text, '2013-03-14')[0]?.value;
    // The DCT is a Thursday: the past Saturday is the 9th, the next one the 16th.
    expect(value('Police say that on Saturday, near his home, the teenager was shot by officers.')).toBe('2013-03-09');
    expect(value('Police say that on Saturday the teenager will be buried.')).toBe('2013-03-16');
    expect(value('Police say they will close the road on Saturday.')).toBe('2013-03-16');
  });
  it('accepts a full ISO date-time as DCT and ignores an invalid one', () => {
    expect(tagTimexes('It happened yesterday.', '2014-09-24T07:11:00Z').map((t) => t.value)).toEqual(['2014-09-23']);
    expect(tagTimexes('It happened yesterday.', 'not a date').map((t) => t.value)).toEqual(['XXXX-XX-XX']);
  });
  it('reads the tense across a decimal point spaced as text rebuilt from tokens has it ("measuring 6. 4 hit")', () => {
    const text = 'In February, a quake measuring 6. 4 on the Richter scale hit the town, killing 612 people.';
    expect(tagTimexes(text, '2005-11-28').map((t) => t.value)).toEqual(['2005-02']);
  });
  it('reads clock times spaced as text rebuilt from tokens spaces them ("11. 30 p. m."), quoting the text as written', () => {
    const text = 'The thieves struck at 11. 30 p. m. on Sunday and fled by 4:30 a. m. on Monday.';
    expect(tagTimexes(text, '2014-09-24').map((t) => `${t.text}|${t.value}`)).toEqual([
      '11. 30 p. m. on Sunday|2014-09-21T23:30',
      '4:30 a. m. on Monday|2014-09-22T04:30',
    ]);
    // "am" glued to its minutes stays glued: on its own it read as the verb, and the past "were found" as present.
    expect(tagTimexes('The bodies were found at about 8. 40am on Saturday.', '2013-06-12').map((t) => t.value)).toEqual(['2013-06-08T08:40']);
    expect(tagTimexes('He arrived at 9. 35am and left at 8 p. m. to go home.', '2013-06-12').map((t) => t.text)).toEqual(['9. 35am', '8 p. m.']);
  });
  it('reads "cut", "shut" and "quit" after a subject as past, as "hit" is: a January before a September report', () => {
    expect(tagTimexes('The company cut 300 jobs in January.', '2025-09-09').map((t) => t.value)).toEqual(['2025-01']);
    expect(tagTimexes('The company plans to cut 300 jobs in January.', '2025-09-09').map((t) => t.value)).toEqual(['2026-01']);
    expect(tagTimexes('The mill shut in March.', '2025-09-09').map((t) => t.value)).toEqual(['2025-03']);
  });
  it('reads present verbs of expecting as ahead, and a past form that is a noun after its determiner as no verb', () => {
    const values = (text: string) => tagTimexes(text, '2025-05-08').map((t) => `${t.text}|${t.value}`);
    expect(values('Traders now anticipate just one more cut before Christmas.')).toEqual(['now|PRESENT_REF', 'Christmas|2025-12-25']);
    expect(values('They expect another cut by Christmas.')).toEqual(['Christmas|2025-12-25']);
    expect(values('Economists forecast a rate cut by Christmas.')).toEqual(['Christmas|2025-12-25']);
    expect(values('The Bank forecasts a recovery by Christmas.')).toEqual(['Christmas|2025-12-25']);
    expect(values('Analysts predict a recovery in February.')).toEqual(['February|2026-02']);
    // Nouns and the singular past stay out: the forecasts of February, the IMF's forecast made in February.
    expect(values("The Bank's forecasts for February were too low.")).toEqual(['February|2025-02']);
    expect(values('The IMF forecast in February that growth would slow.')).toEqual(['February|2025-02']);
    expect(values('The company cut 300 jobs in February.')).toEqual(['February|2025-02']);
  });
  it('reads what lies ahead past a describing participle, a scheduled present and "until" a month; a launch "from" a place stays done', () => {
    const values = (text: string, dct: string) => tagTimexes(text, dct).map((t) => `${t.text}|${t.value}`);
    // 2024-06-04 is a Tuesday.
    expect(values('The minister will tour the damaged harbour on Thursday.', '2024-06-04')).toEqual(['Thursday|2024-06-06']);
    expect(values('The king opens the rebuilt bridge on Thursday.', '2024-06-04')).toEqual(['Thursday|2024-06-06']);
    expect(values('The storm that damaged the harbour on Thursday killed two.', '2024-06-04')).toEqual(['Thursday|2024-05-30']);
    expect(values('The library will stay closed until October.', '2025-04-11')).toEqual(['October|2025-10']);
    expect(values('The satellite was launched from Baikonur on November 30.', '2025-10-08')).toEqual(['November 30|2024-11-30']);
    // "until (at least)" a month already past this year is next year's: no slack back, as for a done thing.
    expect(values('The pool will stay shut until at least August.', '2025-10-08')).toEqual(['August|2026-08']);
    expect(values('The pool will stay shut until August.', '2025-08-03')).toEqual(['August|2025-08']);
  });
  it('tags several sentences with their own tense', () => {
    const text = 'The United States said on Monday it would not, since 1979, in 35 years. Talks will resume on Monday.';
    expect(tagTimexes(text, '2014-09-24').map((t) => `${t.text}|${t.start}|${t.end}|${t.type}|${t.value}|${t.source}`)).toEqual([
      'Monday|26|32|DATE|2014-09-22|parser/weekday',
      '1979|53|57|DATE|1979|parser/year',
      '35 years|62|70|DURATION|P35Y|parser/duration',
      'Monday|93|99|DATE|2014-09-29|parser/weekday',
    ]);
  });
  it('tags a text again from memory, by its publication date and day order, and the memory is not changed by a caller', () => {
    const text = 'The vote is on 3/4/2025, a week after Friday.';
    const first = tagTimexes(text, '2025-03-10');
    const again = tagTimexes(text, '2025-03-10');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(() => {
      (again[0] as { value: string }).value = 'XXXX';
    }).toThrow(TypeError);
    again.pop();
    expect(tagTimexes(text, '2025-03-10')).toEqual(first);
    expect(tagTimexes(text, '2025-03-10', { dayFirst: true })[0]?.value).toBe('2025-04-03');
    expect(tagTimexes(text, '2025-03-10', { dayFirst: false })[0]?.value).toBe('2025-03-04');
    expect(tagTimexes(text, '2026-03-10').find((t) => t.text === 'Friday')?.value).not.toBe(first.find((t) => t.text === 'Friday')?.value);
  });
});
