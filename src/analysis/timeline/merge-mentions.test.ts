import { describe, expect, it } from 'vitest';
import { dateSpan } from './date-span.ts';
import { candidateLinks, MERGE_EVIDENCE, mergeMentions, type MergeItem } from './merge-mentions.ts';

/** An item: its sentence key, its TIMEX3 date, its terms, its facts. */
function item(sentenceKey: string, date: string, terms: string[], facts: string[] = [], people: string[] = []): MergeItem {
  return { sentenceKey, span: dateSpan(date)!, terms: new Set([...terms, ...people]), people: new Set(people), facts, range: date.includes('/') };
}

/** Every shared term weighs `w` (a relative IDF). */
const flat = (w: number) => (a: MergeItem, b: MergeItem) => [...a.terms].filter((t) => b.terms.has(t)).length * w;

function groups(items: MergeItem[], similarity = flat(0.5)): string {
  return mergeMentions(items, candidateLinks(items, similarity))
    .map((g) => g.join('+'))
    .join(' ');
}

describe('mergeMentions: one group per event', () => {
  it("keeps apart one live page's entries at two times, and compares no clock across reports", () => {
    const at = (key: string, clock: number) => ({ ...item(key, '2024-01-06', ['grounding', 'boeing']), clock });
    // A live page's 10:15 and 13:30 entries; another outlet's "1:47 a.m. EST" may be the page's 06:47 UTC.
    expect(groups([at('a\u0000s1\u00000', 615), at('a\u0000s5\u00000', 810)])).toBe('0 1');
    expect(groups([at('a\u0000s1\u00000', 615), at('a\u0000s5\u00000', 635)])).toBe('0 1');
    expect(groups([at('a\u0000s1\u00000', 615), at('a\u0000s1\u00001', 615)])).toBe('0+1');
    expect(groups([at('a\u0000s1\u00000', 615), at('b\u0000s2\u00000', 900)])).toBe('0+1');
    // Nor does a telling without a clock chain them: the cluster keeps its clocks.
    expect(groups([at('a\u0000s1\u00000', 615), item('b\u0000s2\u00000', '2024-01-06', ['grounding', 'boeing']), at('a\u0000s5\u00000', 810)])).not.toBe(
      '0+1+2',
    );
  });

  it('keeps "early September" from a day late in September, and joins "late 2028" to 2028', () => {
    const part = (date: string, start: string, end: string, terms: string[]) => ({ ...item(`x/${date}/${start}`, date, terms), part: { start, end } });
    const terms = ['leak', 'found', 'custom', 'notic'];
    // "The leak was found in early September" / "customers heard of the leak on 27 September" (one fact would link them).
    expect(groups([part('2031-09', '2031-09-01', '2031-09-15', terms), item('b/s1/0', '2031-09-27', terms, ['f1'])])).toBe('0 1');
    expect(groups([part('2031-09', '2031-09-01', '2031-09-15', terms), item('b/s1/0', '2031-09-04', terms)])).toBe('0+1');
    // A part of a year against the year: the year's evidence, as before.
    expect(groups([part('2034', '2034-07-02', '2034-12-31', ['capsul', 'land', 'desert']), item('b/s2/0', '2034', ['capsul', 'land', 'desert'])])).toBe('0+1');
  });

  it('joins the dates of one claim, and keeps apart those of two claims of one sentence', () => {
    expect(groups([item('a/s1/0', '2024-05-14', []), item('a/s1/0', '2024-05', [])])).toBe('0+1');
    expect(groups([item('a/s1/0', '2024-W20', []), item('a/s1/1', '2024-W20-WE', [])])).toBe('0 1');
  });

  it('joins mentions of one day that share one telling term, and not those that share none', () => {
    const day = [
      item('a/s1', '2024-05-14', ['ferri', 'aground']),
      item('b/s4', '2024-05-14', ['aground', 'lifeboat']),
      item('b/s5', '2024-05-14', ['mayor', 'emerg']),
    ];
    expect(groups(day)).toBe('0+1 2');
  });

  it('keeps a century apart from a year in it, and a decade with one', () => {
    const words = ['watergat', 'scandal', 'nixon'];
    expect(groups([item('a/s1', '1974-08', words), item('a/s2', '19', words), item('b/s2', '19', words)])).toBe('0 1+2');
    expect(groups([item('a/s1', '1974-08', words), item('b/s1', '197', words)])).toBe('0+1');
  });

  it('keeps a written range apart from a date inside it: "sold from June 2022 to January 2024" / "stopped selling in January"', () => {
    const words = ['sell', 'battery', 'px500', 'voltaro'];
    expect(groups([item('a', '2022-06/2024-01', words), item('b', '2024-01', words)])).toBe('0 1');
    expect(groups([item('a', '2022-06/2024-01', words), item('b', '2022-06/2024-01', words)])).toBe('0+1');
  });

  it('joins a written range with a date around it, as one claim: "earlier this year, … between late March and early April"', () => {
    expect(groups([item('a/s2/0', '2024', []), item('a/s2/0', '2024-03/2024-04', [])])).toBe('0+1');
  });

  it('joins a written range with a date at its start, told alike: "the pipes burst in March" / "burst between March and April"', () => {
    const words = ['pipe', 'burst', '#3', 'flood'];
    expect(groups([item('a', '2024-03/2024-04', words), item('b', '2024-03', words)])).toBe('0+1');
    expect(groups([item('a', '2024-03/2024-04', words), item('b', '2024-04', words)])).toBe('0 1');
  });

  it('keeps a date inside a range apart even when a date around the range joined it first', () => {
    const words = ['sell', 'battery', 'px500', 'voltaro'];
    const items = [item('a/s1/0', '2022-06/2024-01', words), item('a/s1/0', '202', words), item('b', '2024-01', words)];
    expect(groups(items)).toBe('0+1 2');
  });

  it('asks more of a month or a year than of a day, and most of a coarse date against a fine one', () => {
    const oneShared = flat(MERGE_EVIDENCE.sameDay);
    expect(groups([item('a', '2024-05-14', ['x']), item('b', '2024-05-14', ['x'])], oneShared)).toBe('0+1');
    expect(groups([item('a', '2024-05', ['x']), item('b', '2024-05', ['x'])], oneShared)).toBe('0 1');
    expect(groups([item('a', '2024-05', ['x', 'y']), item('b', '2024-05', ['x', 'y'])], oneShared)).toBe('0+1');
    expect(groups([item('a', '2024', ['x', 'y']), item('b', '2024-05-14', ['x', 'y'])], oneShared)).toBe('0 1');
    expect(groups([item('a', '2024', ['x', 'y', 'z']), item('b', '2024-05-14', ['x', 'y', 'z'])], oneShared)).toBe('0+1');
  });

  it('asks no more of a month against a day inside it than of two mentions of that month', () => {
    // "The bridge gave way on 14 March" / "the collapse in March came after heavy rain": a month
    // leaves the same room for other happenings either way; only a year or more asks the most.
    const twoShared = flat(MERGE_EVIDENCE.sameSpan / 2);
    expect(groups([item('a', '2024-03-14', ['collaps', 'rain']), item('b', '2024-03', ['collaps', 'rain'])], twoShared)).toBe('0+1');
    expect(groups([item('a', '2024-03-14', ['collaps', 'rain']), item('b', '2024-W11', ['collaps', 'rain'])], twoShared)).toBe('0+1');
    expect(groups([item('a', '2024-03-14', ['collaps', 'rain']), item('b', '2024', ['collaps', 'rain'])], twoShared)).toBe('0 1');
    expect(groups([item('a', '2024-03', ['collaps', 'rain']), item('b', '2024-Q1', ['collaps', 'rain'])], twoShared)).toBe('0 1');
  });

  it('joins a date used to name a happening ("the big flood of 2017") to a telling of that date with its head noun', () => {
    const named = { ...item('b', '2017', ['flood', 'levee', 'repair']), refersTo: 'flood' };
    const told = item('a', '2017', ['flood', 'river', 'burst', 'bank']);
    const oneShared = flat(MERGE_EVIDENCE.sameDay);
    expect(groups([told, named], oneShared)).toBe('0+1');
    expect(groups([told, { ...named, refersTo: undefined }], oneShared)).toBe('0 1');
    expect(groups([item('a', '2017', ['storm', 'river']), { ...named, terms: new Set(['flood', 'river']) }], oneShared)).toBe('0 1');
  });

  it('keeps apart claims that name different people, whatever else they share', () => {
    const cameron = item('b/s2', '2014-09-24', ['sought', 'jihadist', '@syria'], [], ['@cameron', '@rouhani']);
    const obama = item('b/s11', '2014-09-24', ['sought', 'jihadist', '@syria'], [], ['@obama']);
    const rouhani = item('a/s1', '2014-09-24', ['talk'], [], ['@rouhani']);
    expect(groups([cameron, obama, rouhani])).toBe('0+2 1');
  });

  it('takes two spellings of one name for one person: "Kessler" / "Kesler"', () => {
    const a = item('a/s2', '2024-03-06', ['convict', 'fraud', 'jury'], [], ['@kessler']);
    const b = item('b/s1', '2024-03-06', ['convict', 'fraud', 'count'], [], ['@kesler']);
    expect(groups([a, b])).toBe('0+1');
    expect(groups([a, { ...b, people: new Set(['@keller']) }])).toBe('0 1');
  });

  it('lets "she" be the person another claim names: "In January 1955, she was the centerfold in Hefner\'s Playboy"', () => {
    const page = item('a/s28', '1955-01', ['centerfold', '@playboy', 'santa', 'hat'], [], ['@page']);
    const she = { ...item('b/s29', '1955-01', ['centerfold', '@playboy', 'model'], [], ['@hefner']), pronoun: true };
    expect(groups([page, she])).toBe('0+1');
    expect(groups([page, { ...she, pronoun: false }])).toBe('0 1');
  });

  it('finds a coarse span of several years and a date inside it, in either order', () => {
    const decade = item('a', '199', ['war', 'ceasefir', 'border']);
    const year = item('b', '1994', ['war', 'ceasefir', 'border']);
    expect(groups([decade, year], flat(0.4))).toBe('0+1');
    expect(groups([year, decade], flat(0.4))).toBe('0+1');
  });

  it('over a month or a year, asks for a shared word, not only the same names', () => {
    const founded = item('a', '2019', ['@smith', '@acm', 'found']);
    const bought = item('b', '2019', ['@smith', '@acm', 'bought', 'rival']);
    expect(groups([founded, bought], flat(0.7))).toBe('0 1');
    const atHampden = item('a', '2025-05-31', ['@hampden', 'wait']);
    const final = item('c', '2025-05-31', ['@hampden', 'final']);
    expect(groups([atHampden, final], flat(0.7))).toBe('0+1');
  });

  it('never joins dates that do not nest', () => {
    expect(groups([item('a', '2024-05-14', ['x', 'y', 'z']), item('b', '2024-05-15', ['x', 'y', 'z'])])).toBe('0 1');
  });

  it('lets a coarse date join only one of two events inside it (no chaining through "in 2019")', () => {
    const items = [
      item('a', '2019-SP', ['rescu', 'walker']),
      item('b', '2019', ['rescu', 'walker', 'tower', 'close']),
      item('c', '2019-08', ['tower', 'close']),
    ];
    const found = groups(items, flat(0.6));
    expect(['0+1 2', '0 1+2']).toContain(found);
  });

  it('follows a shared fact across reports, but across a coarse and a fine date only within a month', () => {
    expect(groups([item('a', '2022-09-14', [], ['f1']), item('b', '2022-09', [], ['f1'])])).toBe('0+1');
    expect(groups([item('a', '2023-11', [], ['f2']), item('b', '2023', [], ['f2'])])).toBe('0 1');
    expect(groups([item('a', '2023', [], ['f3']), item('b', '2023', [], ['f3'])])).toBe('0+1');
  });

  it('dates each group by its narrowest member, so the explicit day wins over "last month"', () => {
    const items = [
      item('c/s1', '2024-02', ['flat', 'leed', 'gut']),
      item('a/s3', '2024-02-02', ['flat', 'leed', 'gut']),
      item('c/s2', '2024-02-02', ['flat', 'leed']),
    ];
    expect(groups(items)).toBe('0+1+2');
  });

  it('is empty for no items', () => {
    expect(mergeMentions([], [])).toEqual([]);
  });

  it('keeps a saying that names the happening only as a known thing from the happening, and joins one that tells it', () => {
    const said = (key: string, terms: string[], referred: string[]) => ({ ...item(key, '2024-05-13', terms), saying: true, referred: new Set(referred) });
    // "A gas leak emptied the plant on Monday" / "Officials said on Monday that a faulty valve caused the leak".
    const leak = item('a/s1/0', '2024-05-13', ['ga', 'leak', 'empti', 'plant']);
    expect(groups([leak, said('b/s2/0', ['faulti', 'valv', 'caus', 'leak'], ['leak'])])).toBe('0 1');
    // "Officials said on Monday that gas leaked from a tank": the leak itself.
    expect(groups([leak, said('b/s2/0', ['ga', 'leak', 'tank'], [])])).toBe('0+1');
    // Two sayings of one finding still meet.
    expect(groups([said('a/s2/0', ['faulti', 'valv', 'caus', 'leak'], ['leak']), said('b/s2/0', ['leak', 'caus', 'faulti', 'valv'], ['leak'])])).toBe('0+1');
  });
});
