import { describe, expect, it } from 'vitest';
import type { Fact } from '../align/types.ts';
import type { Sentence } from '../text/types.ts';
import { castOf, castShare, RANKED_KEPT, rankSentences, sentenceWeight, summarizeOverview, wholePercents } from './summarize-overview.ts';

const sentence = (id: string, text: string): Sentence => ({ id, text, paragraph: 0, start: 0, end: text.length });
const fact = (id: string, kind: Fact['kind'], mentions: Fact['mentions']): Fact => ({ id, kind, mentions, score: 0.9, reasons: [], differences: [] });
/** A report of these sentences, numbered s0, s1, …. */
const reportOf = (id: string, ...texts: string[]) => ({ id, sentences: texts.map((t, i) => sentence(`s${i}`, t)) });
const sum = (p: { shared: number; only: number; conflict: number }) => p.shared + p.only + p.conflict;

describe('summarizeOverview', () => {
  const reports = [
    {
      id: 'a',
      sentences: [
        sentence('s1', 'Cameron met Rouhani in New York.'), // shared with b
        sentence('s2', 'The explosion killed 12 workers.'), // conflict with b
        sentence('s3', 'It rained.'), // only in a
      ],
    },
    {
      id: 'b',
      sentences: [
        sentence('s1', 'Rouhani held talks with Cameron.'), // shared with a and c
        sentence('s2', 'The fire service said 15 workers were killed.'), // conflict with a
      ],
    },
    {
      id: 'c',
      sentences: [
        sentence('s1', 'Rouhani and Cameron talked, and the weather was fine.'), // shared, claim is the first part
        sentence('s2', 'A third report adds something on Friday.'),
        sentence('s3', 'And something generic.'),
      ],
    },
  ];
  const facts = [
    fact('f1', 'shared', [
      { report: 'a', sentence: 's1' },
      { report: 'b', sentence: 's1' },
      { report: 'c', sentence: 's1', span: [0, 26] },
    ]),
    fact('f2', 'conflict', [
      { report: 'a', sentence: 's2' },
      { report: 'b', sentence: 's2' },
    ]),
  ];
  const overview = summarizeOverview({ reports, facts });

  it('counts shared facts and conflicts, and every report of three', () => {
    expect(overview.sharedFacts).toBe(1);
    expect(overview.conflicts).toBe(1);
    expect(overview.shares.map((s) => s.report)).toEqual(['a', 'b', 'c']);
    expect(overview.unique.map((u) => [u.report, u.count])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 2],
    ]);
  });

  it('divides every character of a report into exactly one part, and the percentages add up to 100', () => {
    for (const [i, share] of overview.shares.entries()) {
      const chars = reports[i]!.sentences.reduce((n, s) => n + s.text.length, 0);
      expect(share.total).toBe(chars);
      expect(sum(share.chars)).toBe(chars);
      expect(sum(share.percent)).toBe(100);
    }
  });

  it('counts a conflict sentence as conflict, not shared', () => {
    const a = overview.shares[0]!;
    expect(a.chars.conflict).toBe('The explosion killed 12 workers.'.length);
    expect(a.chars.shared).toBe('Cameron met Rouhani in New York.'.length);
    expect(a.chars.only).toBe('It rained.'.length);
    expect(a.sentences).toEqual({ shared: 1, only: 1, conflict: 1 });
    // A sentence in both a shared fact and a conflict is a conflict.
    const both = summarizeOverview({
      reports: [reports[0]!, reports[1]!],
      facts: [
        fact('x', 'shared', [
          { report: 'a', sentence: 's2' },
          { report: 'b', sentence: 's1' },
        ]),
        facts[1]!,
      ],
    });
    expect(both.shares[0]!.chars.conflict).toBe('The explosion killed 12 workers.'.length);
    expect(both.shares[0]!.sentences.conflict).toBe(1);
    // A conflict's wording that holds none of its differences agrees: shared.
    const agreeing = summarizeOverview({
      reports: [reports[0]!, reports[1]!],
      facts: [
        {
          ...facts[1]!,
          mentions: [
            { report: 'a', sentence: 's2', undisputed: true },
            { report: 'b', sentence: 's2' },
          ],
        },
      ],
    });
    expect(agreeing.shares[0]!.sentences).toEqual({ shared: 1, only: 2, conflict: 0 });
  });

  it('counts only the claim span of a compound sentence as shared; the rest is this report’s own', () => {
    const c = overview.shares[2]!;
    expect(c.chars.shared).toBe(26);
    expect(c.chars.only).toBe(c.total - 26);
    expect(c.sentences.shared).toBe(1);
  });

  it('ranks a report’s unique sentences, heaviest first', () => {
    expect(overview.unique[2]!.ranked.map((r) => r.sentence.id)).toEqual(['s2', 's3']);
  });

  it(`counts every unique sentence of a report and keeps its ${RANKED_KEPT} heaviest`, () => {
    const many = Array.from({ length: RANKED_KEPT + 3 }, (_, i) => sentence(`s${i}`, i === RANKED_KEPT + 2 ? 'Rouhani met Cameron on Monday.' : 'It rained.'));
    const [summary] = summarizeOverview({ reports: [{ id: 'm', sentences: many }], facts: [] }).unique;
    expect(summary!.count).toBe(RANKED_KEPT + 3);
    expect(summary!.ranked.map((r) => r.sentence.id)).toEqual([`s${RANKED_KEPT + 2}`, 's0', 's1', 's2', 's3']);
  });

  it('ranks last the unique sentences another report words closely, however heavy', () => {
    const three = [sentence('s0', 'Rouhani met Cameron in New York on Monday.'), sentence('s1', 'It rained.'), sentence('s2', 'Talks lasted 40 minutes.')];
    const related = [{ report: 'm', sentence: 's0' }];
    const [summary] = summarizeOverview({ reports: [{ id: 'm', sentences: three }], facts: [], related }).unique;
    expect(summary!.count).toBe(3);
    expect(summary!.ranked.map((r) => r.sentence.id)).toEqual(['s2', 's1', 's0']);
  });

  it('names no report as sharing almost nothing when each has a fact', () => {
    expect(overview.isolated).toEqual([]);
  });
  it('names the reports that share almost nothing with the others', () => {
    const long = (id: string) => sentence(id, 'A long sentence about something else entirely, which no other report states at all.');
    const third = { id: 'd', sentences: [long('s1'), long('s2'), long('s3'), long('s4'), long('s5'), long('s6')] };
    const withStranger = summarizeOverview({ reports: [...reports, third], facts });
    expect(withStranger.isolated).toEqual([{ report: 'd', names: [] }]);
    // With no fact linked, reports that name the same people are still one story; another cast is not.
    expect(summarizeOverview({ reports, facts: [] }).isolated).toEqual([]);
    const elsewhere = { id: 'e', sentences: [sentence('s1', 'In Lagos, Governor Adebayo opened the Marina bridge.')] };
    expect(summarizeOverview({ reports: [...reports, elsewhere], facts }).isolated).toEqual([{ report: 'e', names: [] }]);
  });
  it('names a report that names none of the others’ people, places and organisations, however much of it links', () => {
    const bloomington = reportOf(
      'a',
      'A woman died Wednesday night after a hit-and-run outside a store in Bloomington.',
      'LuAnn Johnson, 66, of Burnsville, was struck, said Sgt. Marty Earley.',
    );
    const sameStory = reportOf(
      'b',
      'Police arrested Anthony LaSalle after the crash in Bloomington.',
      'The woman was taken to Hennepin County Medical Center.',
    );
    const queens = reportOf(
      'c',
      'A woman has died after being hit by a car that fled the scene in Queens.',
      'Witnesses say Raj Chohan was leaving her car on 117th Street.',
      'The driver, from Schenectady, was charged by the NYPD.',
    );
    const linked = [
      fact('f1', 'shared', [
        { report: 'a', sentence: 's0' },
        { report: 'b', sentence: 's0' },
        { report: 'c', sentence: 's0' },
      ]),
    ];
    const { isolated } = summarizeOverview({ reports: [bloomington, sameStory, queens], facts: linked });
    expect(isolated).toEqual([{ report: 'c', names: ['Queens', 'Raj Chohan', 'Schenectady'] }]);
    // A spelling of a place the others write otherwise is still one of theirs ("Mt Cook" / "Mount Cook").
    const cook = reportOf('d', 'The climber fell on Mt Cook.', 'Dr Mark Vinar was with Guy Cotter of Adventure Consultants.');
    const cookToo = reportOf('e', 'A climber is missing on Mount Cook after a fall from Zurbriggens Ridge.', 'Police in Twizel said the search had stopped.');
    const fell = [
      fact('f1', 'shared', [
        { report: 'd', sentence: 's0' },
        { report: 'e', sentence: 's0' },
      ]),
    ];
    expect(summarizeOverview({ reports: [cook, cookToo], facts: fell }).isolated).toEqual([]);
    // A name of no known kind is shared too: a ship off an island the others name.
    const ship = reportOf(
      'f',
      'The ferry ran aground off Kärrö, said Anna Lindqvist of Turku.',
      'The Finnish Meteorological Institute reported thick fog.',
      'Captain Mikael Sundström was breathalysed.',
    );
    const shipToo = reportOf('g', 'The ferry bound for Kärrö struck rocks in fog.', 'Captain Olle Berg was breathalysed.');
    expect(
      summarizeOverview({
        reports: [ship, shipToo],
        facts: [
          fact('f1', 'shared', [
            { report: 'f', sentence: 's0' },
            { report: 'g', sentence: 's0' },
          ]),
        ],
      }).isolated,
    ).toEqual([]);
    // Two names are too few to judge a report by ("In Oslo, Maria Lund was hit"); the others are judged by theirs.
    const oslo = reportOf('c', 'In Oslo, Maria Lund was hit by a car that fled the scene.');
    expect(summarizeOverview({ reports: [bloomington, sameStory, oslo], facts: linked }).isolated).toEqual([]);
  });
  it("reads a report's headline for its names: a live page may name its event there alone", () => {
    const race = reportOf(
      'a',
      'Swimmer Tamara Rolle was stung during the Harbour Open Water Classic off Boracay.',
      'Her coach, Dwight Ferguson, said she was fine.',
    );
    const blog = reportOf('b', '7.42am: Organisers have stopped the race from White Beach.', 'Four swimmers have been taken to the hospital in Balabag.');
    const facts = [
      fact('f1', 'shared', [
        { report: 'a', sentence: 's0' },
        { report: 'b', sentence: 's0' },
      ]),
    ];
    expect(summarizeOverview({ reports: [race, blog], facts }).isolated.map((r) => r.report)).toEqual(['a']);
    expect(summarizeOverview({ reports: [race, { ...blog, title: 'Live: Harbour Open Water Classic' }], facts }).isolated).toEqual([]);
  });
  it('names a report that links almost nothing and names none of the others’ people, whatever places it shares', () => {
    const page = reportOf('a', 'The pin-up model Bettie Page has died in Los Angeles, California.', 'Page was 85, her agent Mark Roesler said.');
    const pageToo = reportOf('b', 'Bettie Page, the pin-up queen of the 1950s, died in a Los Angeles hospital.', 'Roesler said Page had a heart attack.');
    const williams = reportOf(
      'c',
      'Esther Williams, the swimmer who became a Hollywood star, died in Los Angeles, California.',
      'Her spokesman Harlan Boll said she died in her sleep.',
    );
    const linked = [
      fact('f1', 'shared', [
        { report: 'a', sentence: 's0' },
        { report: 'b', sentence: 's0' },
      ]),
    ];
    expect(summarizeOverview({ reports: [page, pageToo, williams], facts: linked }).isolated).toEqual([{ report: 'c', names: [] }]);
    expect(castShare([castOf(williams.sentences), castOf(page.sentences), castOf(pageToo.sentences)], 0)).toBeGreaterThanOrEqual(0.25);
  });
  it("reads a report's names from capitals away from the sentence start", () => {
    const cast = castOf([sentence('s1', 'Police said Maria Lund met the Mayor of Oslo on Monday.')]);
    expect([...cast.names]).toEqual(['maria', 'lund', 'mayor', 'oslo']);
    const other = castOf([sentence('s1', 'Oslo was quiet.')]);
    expect(castShare([cast, other], 0)).toBe(0.25);
    expect(castShare([castOf([]), other], 0)).toBe(0);
  });
  it('gives zeros, not NaN, for a report without text', () => {
    const empty = summarizeOverview({ reports: [{ id: 'e', sentences: [] }], facts: [] });
    expect(empty.shares[0]!.percent).toEqual({ shared: 0, only: 0, conflict: 0 });
  });
});

describe('wholePercents', () => {
  it('always adds up to 100', () => {
    for (const parts of [
      { shared: 1, only: 1, conflict: 1 },
      { shared: 2, only: 1, conflict: 0 },
      { shared: 997, only: 2, conflict: 1 },
      { shared: 0, only: 5, conflict: 0 },
    ]) {
      expect(sum(wholePercents(parts, sum(parts)))).toBe(100);
    }
    expect(wholePercents({ shared: 1, only: 1, conflict: 1 }, 3)).toEqual({ shared: 34, only: 33, conflict: 33 });
  });
});

describe('ranking what a report alone adds', () => {
  it('prefers a sentence with a name and a number over a generic one', () => {
    const generic = sentence('s1', 'The talks were described as constructive and the mood was said to be good overall.');
    const specific = sentence('s2', 'Officials said that Rouhani brought 12 advisers.');
    expect(rankSentences([generic, specific]).map((r) => r.sentence.id)).toEqual(['s2', 's1']);
  });

  it('counts names (not the first word), numbers and dates', () => {
    expect(sentenceWeight('Cameron is in New York to try to bolster support on Wednesday.')).toMatchObject({ names: 1, numbers: 0, dates: 1 });
    expect(sentenceWeight('The plant employs 1,200 people and made 34.2% more in 2013.')).toMatchObject({ names: 0, numbers: 2, dates: 1 });
    expect(sentenceWeight('Britain said in June that twelve workers died.')).toMatchObject({ names: 0, numbers: 1, dates: 1 });
    expect(sentenceWeight('He said it may rain.')).toMatchObject({ weight: 0 });
    expect(sentenceWeight('')).toMatchObject({ weight: 0 });
  });

  it('keeps reading order between sentences of equal weight', () => {
    const ranked = rankSentences([sentence('s1', 'It rained.'), sentence('s2', 'It snowed.')]);
    expect(ranked.map((r) => r.sentence.id)).toEqual(['s1', 's2']);
  });
});
