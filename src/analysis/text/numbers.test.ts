import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.ts';
import { tokenize } from './tokenize.ts';

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('findNumbers', () => {
  it('reads digits with thousands separators and decimals', () => {
    expect(values('1,000 people and 2.5 tonnes, 35 years')).toEqual([1000, 2.5, 35]);
  });
  it('reads a decimal comma before a scale, a unit or a currency, and thousands parted by points, as continental text writes them', () => {
    expect(values('As many as 1,2 million vehicles left; a fuel support of 4,5 lira; up 3,5 % on the 1,25 km stretch.')).toEqual([1_200_000, 4.5, 3.5, 1.25]);
    expect(values('The fine was 1.200.000 euros.')).toEqual([1_200_000]);
    // A list, and a thousands group, stay as they were.
    expect(values('Rooms 1,2 and 3 were closed; 1,234 points.')).toEqual([1, 2, 3, 1234]);
  });
  it('reads a year that runs into the next as two years: "2029-30", "2025/26"', () => {
    expect(values('By 2029-30 bills will rise; in 2025/26 they fell.')).toEqual([2029, 2030, 2025, 2026]);
    expect(values('Between 2019-21 prices rose.')).toEqual([2019, 21]);
  });
  it('reads thousands grouped by a space, as South African and Canadian papers print them', () => {
    expect(values('The fire forced about 5 000 residents out, and 12 000 more were warned.')).toEqual([5000, 12000]);
    expect(values('In 2019 1 200 people were moved.')).toEqual([2019, 1200]);
    expect(values('Between 10 and 20 people, aged 5 to 100.')).toEqual([10, 20, 5, 100]);
  });
  it('reads a decimal told in words: "one point two billion" is 1.2 billion, not "one" and "two billion"', () => {
    expect(values('The firm hopes to save one point two billion euros, two point five million a month.')).toEqual([1.2e9, 2.5e6]);
    expect(values('At one point, nine people were inside.')).toEqual([1, 9]);
  });
  it('reads figures whose separators text rebuilt from tokens spaces, and a magnitude hyphened to its figure', () => {
    expect(values('a magnitude-5. 9 quake destroyed 1, 500 houses; a magnitude-6.1 aftershock')).toEqual([5.9, 1500, 6.1]);
    expect(values('The vote was 5-4. 12 senators abstained, in rooms 1, 2 and 3.')).toEqual([5, 4, 12, 1, 2, 3]);
  });
  it('reads a numbered street as part of an address, not a figure: "on E. 52nd St."', () => {
    expect(values('Shots were fired on E. 52nd St. and on 5th Avenue; it was his 52nd arrest.')).toEqual([52]);
  });
  it('reads number words, including hyphenated tens', () => {
    expect(values('two ministers, twenty-five soldiers, eleven boats')).toEqual([2, 25, 11]);
  });
  it('reads a year told as spoken: "nineteen fifty-eight", "twenty twelve", not "twenty two" or "nineteen years"', () => {
    const years = (text: string) => findNumbers(text).map((n) => [n.value, n.year]);
    expect(years('She emigrated in nineteen fifty-eight and returned in twenty twelve.')).toEqual([
      [1958, true],
      [2012, true],
    ]);
    expect(years('The mill opened in eighteen sixty-five.')).toEqual([[1865, true]]);
    expect(years('twenty two people, twenty-two boats')).toEqual([
      [22, false],
      [22, false],
    ]);
    expect(years('He served nineteen twenty years ago.')).not.toContainEqual([1920, true]);
    expect(years('nineteen twenty-year-olds were hired')).not.toContainEqual([1920, true]);
    expect(years('nineteen people')).toEqual([[19, false]]);
  });
  it('reads fractions written out: "two and a half"', () => {
    expect(values('a hiatus of more than two and a half years')).toEqual([2.5]);
  });
  it('reads mixed numbers: "2-1/2", "4 1/2", "4½", "2 and a half", and a fraction alone: "½"', () => {
    expect(values('a 2-1/2 year term, 4 1/2 months, 4½ miles, 2 and a half days, ½ mile')).toEqual([2.5, 4.5, 4.5, 2.5, 0.5]);
    const [n] = findNumbers('for 2-1/2 years');
    expect(n!.text).toBe('2-1/2');
  });
  it('reads no fraction beside a slash that joins two figures: "24/7", "9/11", "3 11/12", "41/2"', () => {
    expect(values('24/7 news since 9/11')).toEqual([24, 7, 9, 11]);
    expect(values('3 11/12 and 41/2')).toEqual([3, 11, 12, 41, 2]);
  });
  it('reads scales: "2.5 million", "$2bn", "a dozen", "three hundred and twelve"', () => {
    expect(values('2.5 million voters, $2bn, a dozen eggs, three hundred and twelve seats')).toEqual([2.5e6, 2e9, 12, 312]);
  });
  it('reads "a couple of hundred" as 200, and "a few hundred" as no one figure', () => {
    expect(values('A couple of hundred protesters and a couple of thousand fans')).toEqual([200, 2000]);
    expect(values('A few hundred people came.')).toEqual([]);
  });
  it('reads a fraction of a scale: "half a million", "a quarter of a billion", "three quarters of a million"', () => {
    expect(values('half a million, almost a quarter of a billion and three quarters of a million')).toEqual([500_000, 250_000_000, 750_000]);
    expect(values('half of the people and half a dozen')).toEqual([6]);
  });
  it('reads a fraction of a unit of measure: "half a kilometre", "a quarter of a mile", "three quarters of a tonne"', () => {
    expect(values('half a kilometre away, a quarter of a mile long and three quarters of a tonne')).toEqual([0.5, 0.25, 0.75]);
    // Not a fraction of anything else.
    expect(values('half a chance and a quarter of a century')).toEqual([]);
  });
  it('reads Indian English scales and grouping: "Rs 5 lakh", "₹2,500 crore", "10,00,000"', () => {
    expect(values('Rs 5 lakh, ₹2,500 crore and 3 lakhs')).toEqual([500_000, 25_000_000_000, 300_000]);
    // …after number words too, as a tabloid or a TV site writes them; a scale alone opens no number.
    expect(values('twelve lakh rupees, two crore and one and a half crore')).toEqual([1_200_000, 20_000_000, 15_000_000]);
    expect(values('lakhs of devotees')).toEqual([]);
    expect(values('Rs 10,00,000 or 12,50,000 rupees')).toEqual([1_000_000, 1_250_000]);
  });
  it('reads a figure after a glued "euro" as a sum, and a scale after it: "euro110 billion", "EUR30m"; not "Euro2012"', () => {
    expect(values('a euro110 billion loan, EUR30m in cuts, the Euro2012 final')).toEqual([110e9, 30e6]);
  });
  it('reads a figure glued to a currency\'s code as a sum: "Rs2,500", "KSh50,000", "Dh2.5 million", "RM5m"; not an aircraft or a flight', () => {
    expect(values('fined Rs2,500, KSh50,000 and Dh2.5 million, RM5m in all')).toEqual([2500, 50_000, 2.5e6, 5e6]);
    expect(values('the A380 on flight MH370')).toEqual([]);
  });
  it('reads a glued "m" as million after a currency sign or before what is counted in millions, else as metres', () => {
    expect(values('$91m and the 100m final')).toEqual([91e6, 100]);
    expect(values('over 2m Windows users, 3.5m people and 1.2m homes; a 5m fall, a wall 2m tall')).toEqual([2e6, 3.5e6, 1.2e6, 5, 2]);
  });
  it('reads a figure hyphened to a word as part of a name, after a prefix as a figure: "AK-47" / "top-10"', () => {
    expect(values('seven AK-47s, an F-16 and the Covid-19 pandemic')).toEqual([7]);
    expect(values('in the mid-1990s, a top-10 finish, pre-2008 levels')).toEqual([10, 2008]);
  });
  it('reads a figure inside a name as part of the name: "76ers", "G8", "A380"', () => {
    expect(values('the Philadelphia 76ers at the G8 summit on an A380')).toEqual([]);
  });
  it('still reads figures with a glued unit, ordinal or clock time', () => {
    expect(values('a 5km run, the 3rd day, at 7pm, a 4x4')).toEqual([5, 3, 7, 4]);
  });
  it('reads no figure at the start of a code of letters and digits: "train 1K62" is no one train', () => {
    expect(values('Train 1K62 passed signal SD417 at danger')).toEqual([]);
    expect(values('a bag of up to 40x30x20cm')).toEqual([40]);
  });
  it('leaves a decade to the words: "the 1950s" is neither the year 1950 nor 1,950 of anything', () => {
    expect(values('in the 1950s, not in 1950')).toEqual([1950]);
    expect(tokenize('the 1950s').map((t) => t.stem)).not.toContain('#1950');
  });
  it('keeps "two and three" as two numbers', () => {
    expect(values('between two and three')).toEqual([2, 3]);
  });
  it('marks bare four-digit 1800-2100 integers as years', () => {
    const [revolution, count] = findNumbers('since the 1979 revolution, 2500 people');
    expect(revolution?.year).toBe(true);
    expect(count?.year).toBe(false);
  });
  it('reads "twice" and "thrice" as counts on their own', () => {
    expect(findNumbers('It was delayed twice, then thrice more.').map((n) => n.value)).toEqual([2, 3]);
  });
  it('reads a figure written from its decimal point: ".519"', () => {
    expect(values('a winning percentage of .519, up from 0.48 and v1.2')).toEqual([0.519, 0.48]);
  });
  it('leaves ordinals alone', () => {
    expect(values('the first meeting, the second round')).toEqual([]);
  });
  it('gives spans into the original text', () => {
    const text = 'It cost “two and a half” million';
    const [n] = findNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('two and a half');
  });
});
