import { describe, expect, it } from 'vitest';
import { checkPublicationDate, localToday } from './publication-date.ts';
import { publishedNote } from './published-note.ts';

const today = '2025-06-30';
const check = (value: string, incomplete = false) => checkPublicationDate(value, { incomplete, today });

describe('checkPublicationDate', () => {
  it('accepts a real day up to today', () => {
    expect(check('2019-03-05')).toEqual({ ok: true, date: '2019-03-05' });
    expect(check(' 2025-06-30 ')).toEqual({ ok: true, date: '2025-06-30' });
    expect(check('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('asks for a date when the field is empty, and for a whole one when the browser holds a half-typed one', () => {
    expect(check('')).toEqual({ ok: false, message: 'Enter the publication date: day, month and year.' });
    expect(check('', true)).toEqual({ ok: false, message: 'That is not a whole date: give the day, the month and the year.' });
  });

  it('names what is wrong with a date that does not exist or is mistyped', () => {
    expect(check('2019-02-30')).toMatchObject({ ok: false, message: expect.stringMatching(/^“2019-02-30” is not a date/) });
    expect(check('2023-02-29')).toMatchObject({ ok: false });
    expect(check('5 March 2019')).toMatchObject({ ok: false, message: expect.stringContaining('(YYYY-MM-DD)') });
    expect(check('0019-03-05')).toEqual({ ok: false, message: 'The year 0019 looks mistyped: check the year of the publication date.' });
  });

  it('refuses a day after today, saying which day', () => {
    expect(check('2025-07-01')).toEqual({ ok: false, message: '1 Jul 2025 is after today: a report cannot be published in the future.' });
  });
});

describe('localToday', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(localToday(new Date(2019, 2, 5, 23, 59))).toBe('2019-03-05');
    expect(localToday(new Date(2019, 11, 31, 0, 1))).toBe('2019-12-31');
  });
});

describe('publishedNote', () => {
  it('marks only inferred dates', () => {
    expect(publishedNote('inferred')).toBe('inferred from the text');
    for (const from of ['stated', 'front-matter', 'user', null, undefined] as const) expect(publishedNote(from)).toBeNull();
  });
  // User test X, U3: a wire's day came from its dateline, and only the year was inferred.
  it('says only the year was inferred for a dateline day without one', () => {
    expect(publishedNote('inferred', { month: 9, day: 17 })).toBe('year inferred');
    expect(publishedNote('user', { month: 9, day: 17 })).toBeNull();
  });
});
