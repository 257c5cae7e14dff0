import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { foldRanges } from './fold-ranges.ts';

const folded = (sentence: string) => foldRanges(sentence, tagTimexes(sentence, '2013-03-15')).map((t) => `${t.text}=${t.value}`);

describe('foldRanges', () => {
  it('makes a range one expression over its span', () => {
    expect(folded('The bridge was closed from March to May.')).toEqual(['March to May=2013-03/2013-05']);
  });
  it('joins two years in a row that date one claim, and leaves years further apart as two occasions', () => {
    expect(folded('In 2009 and 2010, the officer was sued three times.')).toEqual(['2009 and 2010=2009/2010']);
    expect(folded('The firm was fined in 2016 and 2018.')).toEqual(['2016=2016', '2018=2018']);
  });
  it('joins two days or months joined by "or", one event the report is unsure of, and keeps "and" as two', () => {
    expect(folded('The final will be played either Jan. 10 or Jan. 11.')).toEqual(['Jan. 10 or Jan. 11=2014-01-10/2014-01-11']);
    expect(folded('The ferry will return in May or June.')).toEqual(['May or June=2013-05/2013-06']);
    expect(folded('The ferry sailed on March 4 and March 6.')).toEqual(['March 4=2013-03-04', 'March 6=2013-03-06']);
    expect(folded('The hearing moved from March 4 or to a day in May.')).toEqual(['March 4=2013-03-04', 'May=2013-05']);
  });
});
