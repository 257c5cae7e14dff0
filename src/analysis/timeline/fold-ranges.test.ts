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
});
