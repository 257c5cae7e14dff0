import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tag.ts';

/** Strings that must yield no time expression at all. */
const NEGATIVES = [
  'May I ask whether the board may reconsider its decision?',
  'Thousands of protesters march on parliament as anger grows.',
  'The Sun reported the story first.',
  'Relatives of 9/11 victims gathered at the memorial.',
  'The victim, 25, was taken to hospital.',
  'Damages exceeded $500 and $2014 was raised.',
  'The second round of talks produced the first concrete proposal.',
  'The Good Friday Agreement was a landmark.',
  'About 1,000 soldiers and 2000 police officers were deployed.',
  'He scored 2,014 points and wore number 23.',
  'Call 555-1979 or +1 202 555 0199 for details.',
  // A 4-digit group inside a run of digit groups is part of a phone number, not a year.
  'Ring the advice line free on 0800 2019 636, or +44 20 1998 4400 from abroad.',
  'Bookings: (0161) 2005 118 or 0345 2010 2020.',
  'Visit room 2014 or page 1999.',
  'April Ryan asked the spokesman a question.',
  'The fall in oil prices hurt exporters.',
  'Spring Street was closed after the crash.',
  'The Daily Mail and USA Today both ran the story.',
  'The vote was 52 to 48 and the ratio of 3:2 held.',
  'Tuesday Morning Corp. cut prices.',
  'Will August lawmakers march with them?',
  'It rose 15% to 1,979.5 points.',
  'She is a second-year student.',
  'Download version 2.10.3 from example.com/2014/files.',
  'Take 2 tablets with 500 ml of water.',
  'The 737 MAX and the A320 were grounded.',
  'He gave a second speech and a quarter of the audience left.',
  'The future of the party is unclear.',
  'At the last minute, one day he will return.',
  'The Sunday Telegraph said so on the last day of the trial.',
  'Black Friday sales and Super Tuesday ads.',
  'Hourly wages rose and daily life returned to normal under the present government.',
  'The so-called midnight regulation weakens the rules, one of many midnight regulations and midnight pardons.',
  'Staff burned the midnight oil under the midnight sun.',
  '',
  '   ',
];

describe('negatives', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(tagTimexes(text, '2014-09-24').map((t) => t.text)).toEqual([]);
  });
});
