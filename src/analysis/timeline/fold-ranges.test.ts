import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { foldRanges } from './fold-ranges.ts';

const folded = (sentence: string) => foldRanges(sentence, tagTimexes(sentence, '2013-03-15')).map((t) => `${t.text}=${t.value}`);

describe('foldRanges', () => {
  it('makes a range one expression over its span', () => {
    expect(folded('The bridge was closed from March to May.')).toEqual(['March to May=2013-03/2013-05']);
  });
  it('reads a reporting period by the month it ends in: "the three months to March", "the year to June 2012"', () => {
    expect(folded('Profit fell 18% in the three months to March.')).toEqual(['the three months to March=2013-01/2013-03']);
    expect(folded('Profit was £905m in the year to June 2012.')).toEqual(['the year to June 2012=2011-07/2012-06']);
    expect(folded('The bridge was closed until March.')).toEqual(['March=2013-03']);
  });
  it('joins two years in a row that date one claim, and leaves years further apart as two occasions', () => {
    expect(folded('In 2009 and 2010, the officer was sued three times.')).toEqual(['2009 and 2010=2009/2010']);
    expect(folded('The firm was fined in 2016 and 2018.')).toEqual(['2016=2016', '2018=2018']);
  });
  it('reads a day and its year said apart as one date: "Valentine\'s Day in 2012", "June 5 of 2009"', () => {
    expect(folded("The couple planned to marry on Valentine's Day in 2012.")).toEqual(["Valentine's Day in 2012=2012-02-14"]);
    expect(folded('They met on June 5 of 2009.')).toEqual(['June 5 of 2009=2009-06-05']);
    expect(folded('He left on Monday in 2012.')).toEqual(['Monday=2013-03-11', '2012=2012']);
  });
  it('joins two days or months joined by "or", one event the report is unsure of, and keeps "and" as two', () => {
    expect(folded('The final will be played either Jan. 10 or Jan. 11.')).toEqual(['Jan. 10 or Jan. 11=2014-01-10/2014-01-11']);
    expect(folded('The ferry will return in May or June.')).toEqual(['May or June=2013-05/2013-06']);
    expect(folded('The ferry sailed on March 4 and March 6.')).toEqual(['March 4=2013-03-04', 'March 6=2013-03-06']);
    expect(folded('The hearing moved from March 4 or to a day in May.')).toEqual(['March 4=2013-03-04', 'May=2013-05']);
  });
  it('joins two days in a row that one stretch covers: "across Monday and Tuesday"', () => {
    expect(folded('The jury deliberated across Monday and Tuesday.')).toEqual(['Monday and Tuesday=2013-03-11/2013-03-12']);
    expect(folded('The ferry sailed on Monday and Tuesday.')).toEqual(['Monday=2013-03-11', 'Tuesday=2013-03-12']);
  });
});
