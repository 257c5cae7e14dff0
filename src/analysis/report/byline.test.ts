import { describe, expect, it } from 'vitest';
import { isNameLine, readByline, readCopyrightHolder, readOutletLine, readSignOff, readSourceLine, wireCredit } from './byline.ts';

describe('readByline', () => {
  it('reads a pipe-separated metadata row: author, publisher, update stamp', () => {
    expect(readByline('By Agencies in Paris and Berlin | Asia Herald | Updated: 2015-03-02 10:40')).toEqual({
      publisher: 'Asia Herald',
      agency: null,
      stamps: [{ kind: 'updated', iso: '2015-03-02' }],
    });
  });

  it('finds an agency named in the author part', () => {
    expect(readByline('By John Smith, Reuters')?.agency).toBe('Reuters');
    expect(readByline('By MARIA GARCIA Associated Press')?.agency).toBe('AP');
    expect(readByline('By Reuters staff')?.agency).toBe('Reuters');
  });

  it('finds the outlet after "for"', () => {
    expect(readByline('By Jane Doe for the Daily Mail')?.publisher).toBe('Daily Mail');
  });

  it("finds a newspaper named after the author's comma, and a date after it", () => {
    expect(readByline('By Ana Ferreira, The Guardian')?.publisher).toBe('The Guardian');
    expect(readByline('By Ana Ferreira, The New York Times')?.publisher).toBe('The New York Times');
    expect(readByline('By Ana Ferreira, Daily Mail')?.publisher).toBe('Daily Mail');
    expect(readByline('By Ana Ferreira, The Continental Herald')?.publisher).toBe('The Continental Herald');
    expect(readByline('By Tom Baxter, The Daily Blaze, 12 March 2025')).toEqual({
      publisher: 'The Daily Blaze',
      agency: null,
      stamps: [{ kind: 'date', iso: '2025-03-12' }],
    });
    expect(readByline('By Jane Doe, Chief Political Correspondent, The Northern Post')?.publisher).toBe('The Northern Post');
  });

  it('takes no job, co-author, place or agency after the comma for the outlet', () => {
    expect(readByline('By Jane Doe, Political Correspondent')).toEqual({ publisher: null, agency: null, stamps: [] });
    expect(readByline('By Jane Doe, Staff Writer')?.publisher).toBeNull();
    expect(readByline('By Jane Doe, Daily Mail Reporter')?.publisher).toBeNull();
    expect(readByline('By Jane Doe and John Roe')?.publisher).toBeNull();
    expect(readByline('By Jane Doe, John Roe and Ann Poe')?.publisher).toBeNull();
    expect(readByline('By Jane Doe, Washington')?.publisher).toBeNull();
    expect(readByline('By Jane Doe, The Associated Press')).toEqual({ publisher: null, agency: 'AP', stamps: [] });
  });

  it('reads a date-and-author row in either order', () => {
    expect(readByline('Published 02/03/2015 | By Jane Doe')?.stamps).toEqual([{ kind: 'published', iso: '2015-03-02' }]);
    // A page header's date, then its authors and their desk.
    expect(readByline('13 October 2023 By Tom Gerken & Zoe Kleinman, Technology team')?.stamps).toEqual([{ kind: 'date', iso: '2023-10-13' }]);
    expect(readByline('In 2019 by then the talks had failed and nobody knew what to do next at all')).toBeNull();
  });

  it('reads an outlet and a date parted by a comma or a dash as a bar would part them', () => {
    expect(readByline('The Western Ledger, Friday 7 March 2025')).toEqual({
      publisher: 'The Western Ledger',
      agency: null,
      stamps: [{ kind: 'date', iso: '2025-03-07' }],
    });
    expect(readByline('The Sunday Courier — 24 July 2022')?.stamps).toEqual([{ kind: 'date', iso: '2022-07-24' }]);
    // A headline that names a place and a date is no outlet's line.
    expect(readByline('Flooding in Leeds, Friday 7 March 2025')).toBeNull();
  });

  it('reads a name and role beside a stamp as a byline, but not alone or in a headline', () => {
    expect(readByline('Jane Doe, Business reporter · Published 5 March 2019')).toEqual({
      publisher: null,
      agency: null,
      stamps: [{ kind: 'published', iso: '2019-03-05' }],
    });
    expect(readByline('Jane Doe, Business reporter')).toBeNull();
    expect(readByline('Storm hits coast, officials say · Published 5 March 2019')).toBeNull();
  });

  it('reads dates inside the author part', () => {
    expect(readByline('Posted by Sam Rivers on September 24, 2014')?.stamps).toEqual([{ kind: 'published', iso: '2014-09-24' }]);
    expect(readByline('By Jane Doe, Updated 10:40 AM ET, Wed September 24, 2014')?.stamps).toEqual([{ kind: 'updated', iso: '2014-09-24' }]);
  });

  it('reads a header row of outlet, place or author, date and clock time', () => {
    expect(readByline('Premium Times | Nigeria | March 1, 2023 | 6:05 am')).toEqual({
      publisher: 'Premium Times',
      agency: null,
      stamps: [{ kind: 'date', iso: '2023-03-01' }],
    });
    expect(readByline('News24 | Jan Gerber | Published 09 February 2023 21:34')).toEqual({
      publisher: 'News24',
      agency: null,
      stamps: [{ kind: 'published', iso: '2023-02-09' }],
    });
    expect(readByline('Home | World | 6:05 am')).toBeNull();
  });
  it('is not fooled by prose starting with "By", menus or headlines', () => {
    expect(readByline('By Monday the talks had collapsed, officials in both capitals said.')).toBeNull();
    expect(readByline('Home | World | Asia')).toBeNull();
    expect(readByline('Britain Presses Iran')).toBeNull();
    expect(readByline('No relaxed stance')).toBeNull();
    expect(readByline('Home | Covid19 | Sport')).toBeNull();
  });
});

describe('readSignOff', () => {
  it.each([
    ['Reuters-AP', 'Reuters, AP'],
    ['(AFP)', 'AFP'],
    ['— Reuters', 'Reuters'],
    ['AFP/Reuters', 'AFP, Reuters'],
    ['Xinhua', 'Xinhua'],
    ['Associated Press', 'AP'],
  ])('reads %s', (line, expected) => {
    expect(readSignOff(line)).toBe(expected);
  });

  it('ignores lines that merely mention an agency', () => {
    expect(readSignOff('Reuters reported the talks')).toBeNull();
    expect(readSignOff('APPLE')).toBeNull();
    expect(readSignOff('The map')).toBeNull();
  });
});

describe('other source hints', () => {
  it('reads an outlet named alone on a header line', () => {
    expect(readOutletLine('The Yorkshire Courier', false)).toBe('The Yorkshire Courier');
    expect(readOutletLine('BBX News, West Midlands', false)).toBe('BBX News');
    expect(readOutletLine('The Northern Bulletin - Live', false)).toBe('The Northern Bulletin');
    // A name with no outlet's word is the outlet only when a "By …" line names the author.
    expect(readOutletLine('Evening Sports', true)).toBe('Evening Sports');
    expect(readOutletLine('Owen Rhodes', false)).toBeNull();
    expect(readOutletLine('Jonathan Pike, Science Editor', false)).toBeNull();
    expect(readOutletLine('Crime Correspondent', true)).toBeNull();
    expect(readOutletLine('Rebecca Lim in Manila', true)).toBeNull();
  });
  it('tells a line of a short name (outlet, job, person) from a headline', () => {
    expect(isNameLine('The Continental Herald')).toBe(true);
    expect(isNameLine('Political Correspondent')).toBe(true);
    expect(isNameLine('Jonathan Pike, Science Editor')).toBe(true);
    expect(isNameLine('Seven dead')).toBe(false);
    expect(isNameLine('Seven dead as bridge falls')).toBe(false);
  });
  it('reads "Source:" lines', () => {
    expect(readSourceLine('Source: Xinhua')).toBe('Xinhua');
    expect(readSourceLine('SOURCE: Asia Herald')).toBe('Asia Herald');
    expect(readSourceLine('Source of the leak remains unknown, he said.')).toBeNull();
  });

  it('reads who a wire dateline credits (the dateline itself: wire-dateline.test.ts)', () => {
    expect(wireCredit('Reuters')).toBe('Reuters');
    expect(wireCredit(' Agence France-Presse ')).toBe('AFP');
    expect(wireCredit('PRNewswire')).toBe('PRNewswire');
    expect(wireCredit('right')).toBeNull();
  });

  it('reads the holder of a copyright notice', () => {
    expect(readCopyrightHolder('© 2014 Guardian News and Media Limited or its affiliated companies.')).toBe('Guardian News and Media');
    expect(readCopyrightHolder('Copyright © 2015 Example Media Ltd. All rights reserved.')).toBe('Example Media');
    expect(readCopyrightHolder('Copyright 1995 - . All rights reserved.')).toBeNull();
  });
});
