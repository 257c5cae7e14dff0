import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 24 September 2014 unless a test says otherwise.
describe('parser/holiday', () => {
  it('picks the nearest occurrence when the tense says nothing', () => {
    tags("Shops close on Christmas Day and reopen after New Year's Day.").are(['Christmas Day=DATE:2014-12-25', "New Year's Day=DATE:2015-01-01"]);
  });
  it('skips Christmas trees and cards, the Good Friday Agreement and the Easter Rising', () => {
    tags('A Christmas tree.').are([]);
    tags('The Good Friday Agreement and the Easter Rising are history.').are([]);
  });
  it('computes Easter and the days that hang on it', () => {
    const opts = { dct: '2025-03-13' };
    tags('The bells will ring out again at Easter.', opts).are(['Easter=DATE:2025-04-20']);
    tags('Services are planned for Good Friday, Easter Sunday and Easter Monday.', opts).are([
      'Good Friday=DATE:2025-04-18',
      'Easter Sunday=DATE:2025-04-20',
      'Easter Monday=DATE:2025-04-21',
    ]);
    tags('Ash Wednesday falls early.', { dct: '2024-01-10' }).are(['Ash Wednesday=DATE:2024-02-14']);
  });
  it('follows the tense to the occurrence before or after the report', () => {
    // Easter 2025 is on 20 April, five weeks after a report of 13 March: a past clause means last year's.
    tags('The bells last rang at Easter.', { dct: '2025-03-13' }).are(['Easter=DATE:2024-03-31']);
    tags('The bells will ring at Easter.', { dct: '2025-03-13' }).are(['Easter=DATE:2025-04-20']);
    // A holiday a few days ahead is still this year's in a past clause ("a week before Christmas").
    tags('The market was attacked a week before Christmas.', { dct: '2016-12-20' }).are(['a week=DURATION:P1W', 'Christmas=DATE:2016-12-25']);
  });
  it('reads "last", "next", "this", "since" and a year after the name', () => {
    const opts = { dct: '2016-12-20' };
    tags('Sales were weak last Christmas.', opts).are(['last Christmas=DATE:2015-12-25']);
    tags('The quay has flooded three times since Christmas.', opts).are(['Christmas=DATE:2015-12-25']);
    tags('They met at Easter 2009 and again next Easter.', opts).are(['Easter 2009=DATE:2009-04-12', 'next Easter=DATE:2017-04-16']);
  });
  it('moves the holiday by "last year" or "next year" written after it', () => {
    tags('He was arrested on Christmas Eve last year.', { dct: '2016-12-20' }).are(['Christmas Eve=DATE:2015-12-24', 'last year=DATE:2015']);
    tags('The mall opens at Easter next year.', { dct: '2016-12-20' }).are(['Easter=DATE:2017-04-16', 'next year=DATE:2017']);
  });
  it('tags a holiday that dates an event noun, not one that names a thing', () => {
    tags('The Halloween parade was cancelled.', { dct: '2021-10-25' }).are(['Halloween=DATE:2021-10-31']);
    tags("Macy's Thanksgiving Day Parade drew crowds.").are([]);
  });
  it('knows the US holidays by their rules', () => {
    const opts = { dct: '2024-10-01' };
    tags('Turkey prices rise before Thanksgiving.', opts).are(['Thanksgiving=DATE:2024-11-28']);
    tags('Beaches open on Memorial Day and close after Labor Day.', { dct: '2025-04-01' }).are(['Memorial Day=DATE:2025-05-26', 'Labor Day=DATE:2025-09-01']);
    // "Mother's Day" is the US one (second Sunday of May); "Mothering Sunday" the UK one.
    tags("Florists expect a busy Mother's Day.", { dct: '2025-04-01' }).are(["Mother's Day=DATE:2025-05-11"]);
    tags('Florists expect a busy Mothering Sunday.', { dct: '2025-03-01' }).are(['Mothering Sunday=DATE:2025-03-30']);
  });
  it('knows the fixed ones', () => {
    tags("Parties on Halloween, Christmas Eve, Boxing Day and New Year's Eve are planned.").are([
      'Halloween=DATE:2014-10-31',
      'Christmas Eve=DATE:2014-12-24',
      'Boxing Day=DATE:2014-12-26',
      "New Year's Eve=DATE:2014-12-31",
    ]);
  });
  it('keeps the month and day of a fixed holiday without a DCT, and nothing of a movable one', () => {
    tags('It closes on Christmas Day and at Easter.', { dct: null }).are(['Christmas Day=DATE:XXXX-12-25', 'Easter=DATE:XXXX-XX-XX']);
  });
});
