import { describe, expect, it } from 'vitest';
import { filedDay } from '../filed-day.ts';

describe('filedDay', () => {
  it('gives a yearless dateline day of a report with no other date', () => {
    expect(filedDay({ published: null, filed: { month: 9, day: 17 } })).toBe('17 Sep');
    expect(filedDay({ published: '2019-09-17', filed: { month: 9, day: 17 } })).toBeNull();
    expect(filedDay({ published: null })).toBeNull();
    expect(filedDay({ published: null, filed: { month: 13, day: 1 } })).toBeNull();
  });
});
