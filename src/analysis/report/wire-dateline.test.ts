import { describe, expect, it } from 'vitest';
import { readWireDateline } from './wire-dateline.ts';

// Ledes written for these tests in the shapes wire services and press-release wires use.
const REST = 'The company said the takeover would close by the end of the year.';

describe('readWireDateline', () => {
  it.each([
    ['PORT LOUIS, Mauritius, March 3, 2019 (AFP) —', 'AFP', { year: 2019, month: 3, day: 3 }],
    ['LONDON, July 2 (Reuters) -', 'Reuters', { year: null, month: 7, day: 2 }],
    ['BEIJING, Sept. 24 (Xinhua) --', 'Xinhua', { year: null, month: 9, day: 24 }],
    ['WASHINGTON (AP) —', 'AP', null],
    ['Mauritius, 3 March 2019 /PRNewswire/ --', 'PRNewswire', { year: 2019, month: 3, day: 3 }],
    ['NEW YORK, March 05, 2019 (GLOBE NEWSWIRE) --', 'GLOBE NEWSWIRE', { year: 2019, month: 3, day: 5 }],
    ['WILKES-BARRE, Pa., Tuesday, March 5, 2019 (AP) —', 'AP', { year: 2019, month: 3, day: 5 }],
    ['LONDON/NEW YORK (Reuters) -', 'Reuters', null],
    ['GENEVA, 2nd April (Reuters):', 'Reuters', { year: null, month: 4, day: 2 }],
    ['KATHMANDU, Nepal, March 3, 2019 —', null, { year: 2019, month: 3, day: 3 }],
  ])('reads "%s"', (dateline, agency, date) => {
    expect(readWireDateline(`${dateline} ${REST}`)).toEqual({ agency, date });
  });

  it('reads a credit glued to its dashes', () => {
    expect(readWireDateline('SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today agreed to buy Example Inc.')).toEqual({ agency: 'BUSINESS WIRE', date: null });
  });

  it('keeps a day that does not exist out of the date, not the credit out of the dateline', () => {
    expect(readWireDateline(`LONDON, Feb. 30 (Reuters) - ${REST}`)).toEqual({ agency: 'Reuters', date: null });
    expect(readWireDateline(`LONDON, Feb. 29 (Reuters) - ${REST}`)).toEqual({ agency: 'Reuters', date: { year: null, month: 2, day: 29 } });
  });

  it('refuses openings that are not datelines', () => {
    expect(readWireDateline('British Prime Minister David Cameron (right) met Rouhani - a first.')).toBeNull();
    // No credit: a place in capitals and a date are both needed.
    expect(readWireDateline('Officials, March 3, 2019 — the day of the vote — said turnout was high.')).toBeNull();
    expect(readWireDateline('WASHINGTON — The president spoke on Monday.')).toBeNull();
    // A date inside the first clause is not a dateline.
    expect(readWireDateline('On March 3, 2019 (a Sunday) - the vote went ahead.')).toBeNull();
    expect(readWireDateline('')).toBeNull();
  });
});
