import { describe, expect, it } from 'vitest';
import { briefItemPlaces, reportNames } from './brief-items.ts';
import { segmentReport } from './segment-report.ts';

const report = (...paragraphs: string[]) => segmentReport({ id: 'b', published: '2025-03-04', paragraphs });

describe('briefItemPlaces', () => {
  it("gives each sentence of a round-up its item's dateline place, over the item's paragraphs", () => {
    const digest = report(
      'LLANYBYDDER: A couple have been bailed after 174 dogs were taken from a farm. Both deny the charges.',
      'NARBERTH: Police seized 23 cannabis plants and arrested a man aged 51.',
      'He has been released under investigation.',
      'MIZIL: The annual wine fair opens on Saturday with 14 producers.',
    );
    expect(briefItemPlaces(digest)).toEqual(['llanybydder', 'llanybydder', 'narberth', 'narberth', 'mizil']);
  });

  it("reads no items in a single story's dateline, a transcript's speaker labels or a live page's labels", () => {
    expect(briefItemPlaces(report('OFFENBACH, Germany (RMW) - Experts defused a bomb on Wednesday.', 'About 9,400 people had left their homes.'))).toEqual([
      undefined,
      undefined,
    ]);
    expect(briefItemPlaces(report('ANCHOR: Good evening.', 'RESIDENT: We grabbed the children and ran.', 'REPORTER: Schools opened late.'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(briefItemPlaces(report('ANCHOR: Tonight, a false alarm.', 'REPORTER: Schools opened late.', 'ANCHOR: Once again, a false alarm.'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(briefItemPlaces(report('BREAKING: A bomb has been found.', 'UPDATE: The bomb has been defused.'))).toEqual([undefined, undefined]);
    // A digest's sections: rarer ones by name, the rest as everyday words.
    expect(briefItemPlaces(report('WEATHER: Fog closed the airport.', 'SPORT: The club sacked its manager.'))).toEqual([undefined, undefined]);
    expect(briefItemPlaces(report('POLICE: Two men were arrested.', 'HEALTH: The clinic will close.'))).toEqual([undefined, undefined]);
  });
});

describe('reportNames', () => {
  it('finds a place as a word, whatever its case and accents', () => {
    const r = report('A gauge stolen in Ploiești was found in a ditch.');
    expect(reportNames(r, 'ploiesti')).toBe(true);
    expect(reportNames(r, 'mizil')).toBe(false);
    expect(reportNames(report('Police in Narberthshire said …'), 'narberth')).toBe(false);
  });
});
