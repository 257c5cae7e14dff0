import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineResult } from './build-timeline.ts';
import { fakeNames, fakeTagger, report, sharedFact } from './testing/fakes.ts';
import type { Fact } from '../align/types.ts';
import type { TimelineEvent } from './types.ts';

const names = fakeNames({
  'David Cameron': ['david cameron', 'person'],
  Cameron: ['david cameron', 'person'],
  'Hassan Rouhani': ['hassan rouhani', 'person'],
  Rouhani: ['hassan rouhani', 'person'],
  'Barack Obama': ['barack obama', 'person'],
  Iran: ['iran', 'place'],
  'United Nations': ['united nations', 'organisation'],
  Reuters: ['reuters', 'organisation'],
  Islamic: ['islamic', 'other'],
});

/** Compact view for assertions: `e1 2014-09-24 [a/s1 b/s2] label`. */
function show(events: TimelineEvent[]): string[] {
  return events.map((e) => `${e.id} ${e.date} [${e.mentions.map((m) => `${m.report}/${m.sentence}`).join(' ')}] ${e.label}`);
}

describe('buildTimeline: "after midnight" with no day near', () => {
  it('is the first hour of the publication day when told in the past, and agrees with another report’s', () => {
    const tag = fakeTagger({ midnight: '2031-03-04T24:00', 'on Monday': '2031-03-03', 'at 11 p.m. on Monday': '2031-03-03T23:00' });
    const a = report('a', '2031-03-04', ['Polls closed at 11 p.m. on Monday.', 'Kowal thanked voters in Leeds shortly after midnight.']);
    const b = report('b', '2031-03-04', [
      'The count went on through the night.',
      'Nobody slept.',
      'Turnout was low.',
      'The city was quiet.',
      'Kowal thanked cheering voters in Leeds after midnight.',
    ]);
    const events = buildTimeline([a, b], [sharedFact('f1', ['a', 's2'], ['b', 's5'])], { tag, names });
    const thanks = events.find((e) => e.mentions.some((m) => m.report === 'b'))!;
    expect(thanks.mentions.map((m) => `${m.report} ${m.value}`)).toEqual(['a 2031-03-04T00:00', 'b 2031-03-04T00:00']);
    expect(thanks.clocksDiffer).toBeUndefined();
  });
});

describe('buildTimeline: who/where', () => {
  it('reads names over the whole report: a sentence opening on a surname that is also a word ("Felt died")', () => {
    const tag = fakeTagger({ 'on Thursday': '2008-12-18' });
    const r = report('a', '2008-12-19', ['W. Mark Felt, the FBI official known as Deep Throat, has died.', 'Felt died on Thursday in Santa Rosa.']);
    const [event] = buildTimeline([r], [], { tag });
    expect(event!.actors).toEqual(['Felt', 'Santa Rosa']);
  });
  it('names no actor in the zone of a clock time ("3pm UK time")', () => {
    const tag = fakeTagger({ '3pm UK time': '2022-12-18T15:00' });
    const r = report('a', '2022-12-18', ['Argentina beat France in Lusail after the 3pm UK time kick-off.']);
    const [event] = buildTimeline([r], [], { tag });
    expect(event!.actors).not.toContain('United Kingdom');
    expect(event!.actors).toEqual(expect.arrayContaining(['Argentina', 'France']));
  });
  it('lists a team once when one report names it as a team and another by a name shaped like a person’s', () => {
    const teamNames = fakeNames({ 'Charlotte Bobcats': ['charlotte bobcats', 'person'], Bobcats: ['bobcats', 'organisation'] });
    const tag = fakeTagger({ 'in 1978': '1978' });
    const a = report('a', '2008-12-19', ['Ford joined the Charlotte Bobcats in 1978.']);
    const b = report('b', '2008-12-19', ['Ford joined the Bobcats in 1978.']);
    const [event] = buildTimeline([a, b], [sharedFact('f1', ['a', 's1'], ['b', 's1'])], { tag, names: teamNames });
    expect(event!.actors).toEqual(['Charlotte Bobcats']);
  });
  it('knows one person by one key and name over every card, however each report spells or fills out the name', () => {
    const pageNames = fakeNames({
      'Bettie Page': ['bettie page', 'person'],
      'Betty Page': ['betty page', 'person'],
      'Bettie Mae Page': ['bettie mae page', 'person'],
      'Jimmy Page': ['jimmy page', 'person'],
    });
    const tag = fakeTagger({ 'in 1923': '1923', 'in 1955': '1955', 'in 1969': '1969' });
    const a = report('a', '2008-12-12', ['Bettie Mae Page was born in 1923.', 'Bettie Page posed for Playboy in 1955.']);
    const b = report('b', '2008-12-12', ['Betty Page posed for Playboy in 1955.', 'Jimmy Page formed a band in 1969.']);
    const events = buildTimeline([a, b], [sharedFact('f1', ['a', 's2'], ['b', 's1'])], { tag, names: pageNames });
    expect(events.map((e) => `${e.date} ${e.actorRefs!.map((r) => `${r.key}=${r.name}`).join(' ')}`)).toEqual([
      '1923 bettie mae page=Bettie Mae Page',
      '1955 bettie mae page=Bettie Mae Page',
      '1969 jimmy page=Jimmy Page',
    ]);
  });
  it('lists a body once when one report keys its acronym to the spelled-out name and another to the acronym ("HDZ, HDZ")', () => {
    // The app's own name finder: it keys "NFU" to "Northern Freight Union" in the report that spells it out.
    const tag = fakeTagger({ 'on Monday': '2031-05-12' });
    const a = report('a', '2031-05-13', ['The Northern Freight Union (NFU) walked out at dawn.', 'The NFU leaders met the minister in Leeds on Monday.']);
    const b = report('b', '2031-05-13', ['NFU leaders met the transport minister in Leeds on Monday.']);
    const [event] = buildTimeline([a, b], [sharedFact('f1', ['a', 's2'], ['b', 's1'])], { tag });
    expect(event!.actors).toEqual(['NFU', 'Leeds']);
    expect(new Set(event!.actorRefs!.map((r) => r.key)).size).toBe(2);
  });
  it('gives a surname alone the one full name of the comparison with that surname, and none when two share it', () => {
    const laRueNames = fakeNames({
      'Frederick Cheney LaRue': ['frederick cheney larue', 'person'],
      LaRue: ['larue', 'person'],
      'Ike Parsons LaRue Sr': ['ike parsons larue sr', 'person'],
    });
    const tag = fakeTagger({ 'in 1957': '1957', 'in 1972': '1972' });
    const a = report('a', '2004-07-28', ['Frederick Cheney LaRue joined the campaign in 1972.']);
    const b = report('b', '2004-07-28', ['LaRue handed over the money in 1972.']);
    const actors = (reports: ReturnType<typeof report>[]) => buildTimeline(reports, [], { tag, names: laRueNames }).map((e) => e.actors.join(' + '));
    expect(actors([a, b])).toEqual(['Frederick Cheney LaRue', 'Frederick Cheney LaRue']);
    const c = report('c', '2004-07-28', ['Ike Parsons LaRue Sr sold a field in 1957.']);
    // b's card, the last: two people of the comparison are LaRue, so which one it is stays open.
    expect(actors([a, b, c]).at(-1)).toBe('LaRue');
  });
});

describe('buildTimeline: which expressions become events', () => {
  it('keeps calendar dates and skips durations, sets, *_REF and unresolved values', () => {
    const tag = fakeTagger({
      '1979': '1979',
      '35 years': ['P35Y', 'DURATION'],
      'every year': ['P1Y', 'SET'],
      now: 'PRESENT_REF',
      'in June': 'XXXX-06',
      'on Wednesday': '2014-09-24',
    });
    const r = report('a', null, [
      'Leaders met now on Wednesday, the first time in 35 years, which happens every year.',
      'A revolution came in 1979.',
      'Talks were held in June.',
    ]);
    expect(buildTimeline([r], [], { tag, names }).map((e) => e.date)).toEqual(['1979', '2014-09-24']);
  });

  it('files a TIME expression under its day, keeping the written value on the mention', () => {
    const tag = fakeTagger({ 'Wednesday morning': ['2014-09-24TMO', 'TIME'] });
    const [event] = buildTimeline([report('a', '2014-09-24', ['Cameron spoke on Wednesday morning in New York.'])], [], { tag, names });
    expect(event).toMatchObject({ date: '2014-09-24', granularity: 'day', start: '2014-09-24', end: '2014-09-24' });
    expect(event!.mentions[0]).toMatchObject({ text: 'Wednesday morning', value: '2014-09-24TMO', start: 17, end: 34 });
  });

  it('makes two events of one sentence with two dates', () => {
    const tag = fakeTagger({ 'on Wednesday': '2014-09-24', '1979': '1979' });
    const events = buildTimeline([report('a', '2014-09-24', ['Cameron met Rouhani on Wednesday, the first meeting since the 1979 revolution.'])], [], {
      tag,
      names,
    });
    expect(show(events)).toEqual(['e1 1979 [a/s1] The 1979 revolution', 'e2 2014-09-24 [a/s1] Cameron met Rouhani']);
  });

  it('sets granularity and span from the value', () => {
    const tag = fakeTagger({ 'in June': '2014-06', 'week 39': '2014-W39', 'the 1990s': '199' });
    const events = buildTimeline([report('a', '2014-09-24', ['Iran changed course in the 1990s and again in June.', 'Talks resume in week 39.'])], [], {
      tag,
      names,
    });
    expect(events.map((e) => [e.date, e.granularity, e.start, e.end])).toEqual([
      ['199', 'decade', '1990-01-01', '1999-12-31'],
      ['2014-06', 'month', '2014-06-01', '2014-06-30'],
      ['2014-W39', 'week', '2014-09-22', '2014-09-28'],
    ]);
  });

  it('notes when a date was inferred from the publication date', () => {
    const tag = fakeTagger({ 'on Wednesday': '2014-09-24', 'in 1979': '1979' });
    const [old, wednesday] = buildTimeline([report('a', '2014-09-24', ['Cameron arrived on Wednesday.', 'Iran had a revolution in 1979.'])], [], {
      tag,
      names,
    });
    expect(old!.mentions[0]!.inferredFrom).toBeUndefined();
    expect(wednesday!.mentions[0]!.inferredFrom).toBe('2014-09-24');
  });
});

describe('buildTimeline: one event per happening', () => {
  const tag = fakeTagger({ '1979': '1979', 'on Wednesday': '2014-09-24', 'in June': '2014-06' });

  it('merges the same event told by two reports when a fact links the sentences', () => {
    const a = report('a', '2014-09-24', ['It will be the first meeting since the revolution of 1979.']);
    const b = report('b', '2014-09-24', ['Nothing like this happened after the 1979 upheaval.']);
    expect(show(buildTimeline([a, b], [], { tag, names }))).toHaveLength(2);
    expect(show(buildTimeline([a, b], [sharedFact('f1', ['a', 's1'], ['b', 's1'])], { tag, names }))).toEqual([
      'e1 1979 [a/s1 b/s1] It will be the first meeting since the revolution of 1979',
    ]);
  });

  it('lets a fact speak only for the claim it links, in a compound sentence', () => {
    const tagDays = fakeTagger({ 'on Monday': '2014-09-22', 'on Tuesday': '2014-09-23', '1979': '1979' });
    const a = report('a', '2014-09-24', ['Rouhani spoke on Monday, and the first such meeting since 1979 followed on Tuesday.']);
    const b = report('b', '2014-09-24', ['The meeting on Tuesday was the first since 1979.']);
    const fact = sharedFact('f1', ['a', 's1'], ['b', 's1']);
    fact.mentions[0]!.span = [31, 86]; // "the first such meeting since 1979 followed on Tuesday"
    const events = show(buildTimeline([a, b], [fact], { tag: tagDays, names }));
    expect(events.find((e) => e.includes('2014-09-22'))).toContain('[a/s1]');
    expect(events.find((e) => e.includes('2014-09-23'))).toContain('[a/s1 b/s1]');
  });

  it('merges mentions of the same date that share two actors, without a fact', () => {
    const a = report('a', '2014-09-24', ['David Cameron held talks with Hassan Rouhani on Wednesday.']);
    const b = report('b', '2014-09-24', ['Cameron sought help from Rouhani against jihadists on Wednesday.']);
    const [event, ...rest] = buildTimeline([a, b], [], { tag, names });
    expect(rest).toEqual([]);
    expect(event!.mentions.map((m) => m.report)).toEqual(['a', 'b']);
  });

  it('merges mentions of the same date whose wording overlaps strongly', () => {
    const a = report('a', null, ['The embassy in Teheran reopened in June after years of closure.']);
    const b = report('b', null, ['In June the Teheran embassy reopened after its closure.']);
    const tagB = fakeTagger({ 'in June': '2014-06', 'In June': '2014-06' });
    expect(buildTimeline([a, b], [], { tag: tagB, names })).toHaveLength(1);
  });

  it('merges the tellings of one day that share the word for what happened, however often the story uses it', () => {
    const a = report('a', '2005-11-28', [
      'The quake, which struck at 1353 on Sunday, was felt in Oman.',
      'A quake in Bam took 26,000 lives in December 2003.',
      'A quake hit the town of Zarand in February.',
      'The area had no quake in 1979.',
    ]);
    const b = report('b', '2005-11-28', [
      'An earthquake razed mud-brick villages on Qeshm on Sunday.',
      'A quake shook the port in 1990.',
      'A quake was felt there in 1972.',
    ]);
    const tagQuake = fakeTagger({ 'on Sunday': '2005-11-27', 'December 2003': '2003-12', February: '2005-02', '1979': '1979', '1990': '1990', '1972': '1972' });
    const sunday = buildTimeline([a, b], [], { tag: tagQuake, names }).filter((e) => e.date === '2005-11-27');
    expect(sunday.map((e) => e.mentions.map((m) => `${m.report}/${m.sentence}`))).toEqual([['a/s1', 'b/s1']]);
  });

  it('keeps apart two people’s falls of one day by their ages, also through a telling that names no one', () => {
    const a = report('a', '2013-09-15', [
      'Yesterday, a 36-year-old Australian climber died after falling 150 metres on the ridge.',
      'The man is thought to have fallen early in the day.',
    ]);
    const b = report('b', '2013-09-16', ['On Saturday, a 32-year-old British climber fell 600 metres on the glacier, falling to his death.']);
    const tagFalls = fakeTagger({ Yesterday: '2013-09-14', 'early in the day': '2013-09-14', 'On Saturday': '2013-09-14' });
    const saturday = buildTimeline([a, b], [], { tag: tagFalls, names }).filter((e) => e.date === '2013-09-14');
    expect(saturday.map((e) => e.mentions.map((m) => `${m.report}/${m.sentence}`))).toEqual([['a/s1', 'a/s2'], ['b/s1']]);
  });

  it('keeps apart two happenings of one day that share only a word around them', () => {
    const a = report('a', '2005-11-28', [
      'The divers entered the flooded cave on Sunday.',
      'The cave was mapped in 1979.',
      'The cave closed in 1990.',
      'The cave got a gate in 1995.',
    ]);
    const b = report('b', '2005-11-28', ['Rain filled the cave on Sunday.', 'The cave reopened in 1972.', 'A cave nearby was found in 2003.']);
    const tagCave = fakeTagger({ 'on Sunday': '2005-11-27', '1979': '1979', '1990': '1990', '1995': '1995', '1972': '1972', '2003': '2003' });
    expect(buildTimeline([a, b], [], { tag: tagCave, names }).filter((e) => e.date === '2005-11-27')).toHaveLength(2);
  });

  it('keeps different events on the same date apart', () => {
    const a = report('a', '2014-09-24', [
      'Cameron held talks with Rouhani on Wednesday at the United Nations.',
      'Barack Obama on Wednesday sought support for air strikes.',
    ]);
    const b = report('b', '2014-09-24', ['Britain said in June it would reopen its embassy.', 'A woman was arrested in June at a volleyball game.']);
    expect(show(buildTimeline([a, b], [], { tag, names }))).toEqual([
      'e1 2014-06 [b/s1] Britain said it would reopen its embassy',
      'e2 2014-06 [b/s2] A woman was arrested at a volleyball game',
      'e3 2014-09-24 [a/s1] Cameron held talks with Rouhani at the United Nations',
      'e4 2014-09-24 [a/s2] Barack Obama sought support for air strikes',
    ]);
  });

  it('reads no actor from a wire dateline: the agency the name finder took for a person vetoes nothing', () => {
    const tagDay = fakeTagger({ 'on Tuesday': '2024-05-14', 'Tuesday night': '2024-05-14TNI' });
    const wire = fakeNames({ 'Nordic Wire': ['nordic wire', 'person'], 'Lena Holm': ['lena holm', 'person'] });
    const a = report('a', '2024-05-15', ['HARBURN, Norway (Nordic Wire) — A ferry ran aground off the pier on Tuesday, stranding 80 passengers.']);
    const b = report('b', '2024-05-15', ['Lena Holm watched the ferry run aground Tuesday night from her kitchen.']);
    expect(show(buildTimeline([a, b], [], { tag: tagDay, names: wire }))).toHaveLength(1);
  });

  it('sorts by span start, then by first mention, with ids in that order', () => {
    const tagAll = fakeTagger({ '2014': '2014', 'in June': '2014-06', 'on 1 January 2014': '2014-01-01' });
    const a = report('a', null, ['Growth slowed in June.', 'Growth was weak in 2014.', 'The law took effect on 1 January 2014.']);
    const events = buildTimeline([a], [], { tag: tagAll, names });
    expect(events.map((e) => `${e.id}:${e.date}`)).toEqual(['e1:2014', 'e2:2014-01-01', 'e3:2014-06']);
    expect(buildTimeline([a], [], { tag: tagAll, names })).toEqual(events); // deterministic
  });
});

describe('buildTimeline: actors', () => {
  it('dedupes by key, prefers the longest surface form, lists people then organisations then places, and skips "other" and who said it', () => {
    const tag = fakeTagger({ 'on Wednesday': '2014-09-24' });
    const a = report('a', '2014-09-24', ['In Iran news, Cameron met Hassan Rouhani on Wednesday at the United Nations, an Islamic summit.']);
    const b = report('b', '2014-09-24', ['David Cameron and Rouhani met on Wednesday, Reuters said.']);
    const events = buildTimeline([a, b], [sharedFact('f1', ['a', 's1'], ['b', 's1'])], { tag, names });
    expect(events).toHaveLength(1);
    // "Reuters said" attributes the sentence: the agency did nothing in the event.
    expect(events[0]!.actors).toEqual(['David Cameron', 'Hassan Rouhani', 'United Nations', 'Iran']);
    expect(events[0]!.actorRefs!.map((r) => r.key)).toEqual(['david cameron', 'hassan rouhani', 'united nations', 'iran']);
  });
});

describe('buildTimeline: robustness', () => {
  it('skips a sentence whose tagger throws, and keeps the others', () => {
    const tag = (text: string) => {
      if (text.includes('boom')) throw new Error('tagger bug');
      return fakeTagger({ '1979': '1979' })(text, null);
    };
    const events = buildTimeline([report('a', null, ['boom 1979', 'Iran changed in 1979.'])], [], { tag, names });
    expect(show(events)).toEqual(['e1 1979 [a/s2] Iran changed']);
  });

  it('ignores timexes whose offsets fall outside the sentence or overlap a longer one', () => {
    const tag = () => [
      { start: 5, end: 500, text: 'x', type: 'DATE' as const, value: '2014', source: 'bad' },
      { start: 10, end: 14, text: '1979', type: 'DATE' as const, value: '1979', source: 'ok' },
      { start: 12, end: 14, text: '79', type: 'DATE' as const, value: '1979', source: 'nested' },
    ];
    const events = buildTimeline([report('a', null, ['Change in 1979.'])], [], { tag, names });
    expect(events.map((e) => e.mentions.map((m) => m.source))).toEqual([['ok']]);
  });

  it('returns nothing for no reports', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});

describe('buildTimelineResult: what cannot be placed', () => {
  const tag = fakeTagger({ 'on Monday': 'XXXX-WXX-1', 'later this year': 'XXXX', 'in 1979': '1979', now: 'PRESENT_REF', 'each Friday': ['XXXX-WXX-5', 'SET'] });

  it('keeps the relative expressions of an undated report, per report and sentence', () => {
    const a = report('a', null, [
      'Cameron met Rouhani on Monday and will return later this year.',
      'Iran had a revolution in 1979.',
      'Talks go on now, each Friday.',
    ]);
    const b = report('b', '2014-09-24', ['Rouhani spoke on Monday.']);
    const { events, unplaced } = buildTimelineResult([a, b], [], {
      tag: (text, dct) => (dct ? fakeTagger({ 'on Monday': '2014-09-22' })(text, dct) : tag(text, dct)),
      names,
    });
    expect(events.map((e) => `${e.date} ${e.mentions.map((m) => m.report).join(',')}`)).toEqual(['1979 a', '2014-09-22 b']);
    expect(unplaced).toEqual([
      {
        report: 'a',
        sentence: 's1',
        sentenceText: a.sentences[0]!.text,
        text: 'on Monday',
        start: 20,
        end: 29,
        value: 'XXXX-WXX-1',
        source: 'fake',
        label: 'Cameron met Rouhani',
      },
      expect.objectContaining({ report: 'a', sentence: 's1', text: 'later this year', value: 'XXXX' }),
    ]);
  });

  it('places a weekday of an undated report by a dated report that states the same fact on that weekday', () => {
    const undatedTag = fakeTagger({ 'on Monday': 'XXXX-WXX-1', 'on Tuesday': 'XXXX-WXX-2' });
    const datedTag = fakeTagger({ 'on Monday': '2014-09-22', 'on 22 September': '2014-09-22', 'on 23 September': '2014-09-23' });
    const options = { tag: (text: string, dct: string | null) => (dct ? datedTag : undatedTag)(text, dct), names };
    const a = report('a', null, ['Cameron met Rouhani on Monday.', 'Rouhani flew home on Tuesday.']);
    const b = report('b', '2014-09-24', ['Rouhani met Cameron on 22 September.', 'Rouhani left on 23 September.']);
    const { events, unplaced } = buildTimelineResult([a, b], [sharedFact('f1', ['a', 's1'], ['b', 's1']), sharedFact('f2', ['a', 's2'], ['b', 's2'])], options);
    const met = events.find((e) => e.mentions.some((m) => m.report === 'a'))!;
    expect(met.date).toBe('2014-09-22');
    expect(met.mentions.map((m) => m.report)).toEqual(['a', 'b']);
    expect(met.mentions[0]!.datedBy).toEqual({ report: 'b', text: 'on 22 September' });
    expect(events.find((e) => e.date === '2014-09-23')!.mentions.map((m) => m.report)).toEqual(['a', 'b']);
    expect(unplaced).toEqual([]);
    // No shared fact, no day: the same weekday in an unrelated sentence says nothing.
    expect(buildTimelineResult([a, b], [], options).unplaced.map((u) => u.text)).toEqual(['on Monday', 'on Tuesday']);
  });

  it('places a weekday outside the claim a fact holds when no claim of the sentence holds it', () => {
    const tag = (text: string, dct: string | null) =>
      (dct ? fakeTagger({ 'on Thursday': '2025-03-13' }) : fakeTagger({ 'on Thursday afternoon': 'XXXX-WXX-4TAF' }))(text, dct);
    const text = 'The jury had retired on Thursday afternoon and returned a unanimous verdict after nine hours.';
    const a = report('a', null, [text]);
    const b = report('b', '2025-03-18', ['The jury reached a unanimous verdict after nine hours, having retired on Thursday.']);
    const verdict = text.indexOf('returned');
    const fact: Fact = {
      ...sharedFact('f1', ['a', 's1'], ['b', 's1']),
      mentions: [
        { report: 'a', sentence: 's1', span: [verdict, text.length] },
        { report: 'b', sentence: 's1' },
      ],
    };
    const { events, unplaced } = buildTimelineResult([a, b], [fact], { tag, names });
    expect(unplaced).toEqual([]);
    expect(events.find((e) => e.mentions.some((m) => m.report === 'a'))!.date).toBe('2025-03-13');
  });

  it('leaves the weekday unplaced when the dated partner names no such weekday, or two of them', () => {
    const tag = (text: string, dct: string | null) =>
      (dct
        ? fakeTagger({ 'on 23 September': '2014-09-23', 'on 15 September': '2014-09-15', 'on 22 September': '2014-09-22' })
        : fakeTagger({ 'on Monday': 'XXXX-WXX-1' }))(text, dct);
    const a = report('a', null, ['Cameron met Rouhani on Monday.']);
    const tuesday = report('b', '2014-09-24', ['Rouhani met Cameron on 23 September.']);
    expect(buildTimelineResult([a, tuesday], [sharedFact('f1', ['a', 's1'], ['b', 's1'])], { tag, names }).unplaced.map((u) => u.text)).toEqual(['on Monday']);
    const twoMondays = report('b', '2014-09-24', ['Rouhani met Cameron on 15 September and on 22 September.']);
    expect(buildTimelineResult([a, twoMondays], [sharedFact('f1', ['a', 's1'], ['b', 's1'])], { tag, names }).unplaced.map((u) => u.text)).toEqual([
      'on Monday',
    ]);
  });

  it('counts "five years later" from the report\'s last date before it, not from its publication date', () => {
    const tag = fakeTagger({ 'in 1973': '1973', 'Five years later': '2013', 'on Thursday': '2008-12-18', 'Two days later': '2008-12-20' });
    const r = report('a', '2008-12-19', [
      'Felt left the FBI in 1973.',
      'Five years later he was indicted.',
      'Felt died on Thursday.',
      'Two days later he was buried.',
    ]);
    const events = buildTimeline([r], [], { tag, names });
    expect(events.map((e) => `${e.date} ${e.label}`)).toEqual([
      '1973 Felt left the FBI',
      '1978 He was indicted',
      '2008-12-18 Felt died',
      '2008-12-20 He was buried',
    ]);
    expect(events[1]!.mentions[0]).toMatchObject({ text: 'Five years later', countedFrom: 'in 1973' });
    expect(events[1]!.mentions[0]!.inferredFrom).toBeUndefined();
    // Nothing to count from: no card, rather than one counted from the publication date.
    expect(buildTimeline([report('a', '2008-12-19', ['Five years later he was indicted.'])], [], { tag, names })).toEqual([]);
    // …nor from a date told many sentences before, which the story has long left.
    const far = report('a', '2008-12-19', [
      'Felt left the FBI in 1973.',
      'He wrote a book.',
      'He moved west.',
      'He kept quiet.',
      'Five years later he was indicted.',
    ]);
    expect(buildTimeline([far], [], { tag, names }).map((e) => e.date)).toEqual(['1973']);
  });

  it('puts a past clock time on the story’s day, not on a day to come that the sentence before named', () => {
    const tag = fakeTagger({ 'early yesterday': '2009-01-06', "Sunday's": '2009-01-11', 'after 2:30 a.m.': '2009-01-07T02:30', 'at 10am': '2009-01-07T10:00' });
    const r = report('a', '2009-01-07', [
      "Despite his arrest early yesterday, Kim Doe will play in Sunday's playoff game.",
      'Doe was driving east on Route 52 just after 2:30 a.m. when he was pulled over.',
      "Sunday's game begins at 10am.",
    ]);
    const values = buildTimeline([r], [], { tag, names }).flatMap((e) => e.mentions.map((m) => `${m.text} ${m.value}`));
    expect(values).toContain('after 2:30 a.m. 2009-01-06T02:30');
    // Told in the present, a clock time still goes with the day to come its sentence names.
    expect(values).toContain('at 10am 2009-01-11T10:00');
  });

  it("puts a clock time without a day on the report's last day before it, not on the publication day", () => {
    const tag = fakeTagger({ 'on Friday night': '2008-12-12TNI', 'about 8.40pm': '2008-12-13T20:40', 'at 7pm': '2008-12-13T19:00' });
    const r = report('a', '2008-12-13', [
      'A fire gutted the Banstead store on Friday night.',
      'The blaze broke out at about 8.40pm.',
      'A vigil will be held at 7pm.',
    ]);
    const events = buildTimeline([r], [], { tag, names });
    const fire = events.find((e) => e.mentions.some((m) => m.text === 'about 8.40pm'))!;
    expect(fire.mentions.find((m) => m.text === 'about 8.40pm')).toMatchObject({ value: '2008-12-12T20:40', onDayOf: 'on Friday night' });
    // What lies ahead is not on the day the story last named.
    expect(events.flatMap((e) => e.mentions).find((m) => m.text === 'at 7pm')).toMatchObject({ value: '2008-12-13T19:00' });
    // A clock time on that day keeps the story there: a later one, sentences on, still counts from it.
    const night = buildTimeline(
      [
        report('a', '2008-12-13', [
          'A fire gutted the store on Friday night.',
          'Crews came.',
          'Roads shut.',
          'It spread at 9pm.',
          'Smoke rose.',
          'Rain fell.',
          'It was out by midnight.',
        ]),
      ],
      [],
      { tag: fakeTagger({ 'on Friday night': '2008-12-12TNI', 'at 9pm': '2008-12-13T21:00', 'by midnight': '2008-12-13T24:00' }), names },
    );
    expect(night.flatMap((e) => e.mentions).find((m) => m.text === 'by midnight')).toMatchObject({ onDayOf: 'on Friday night' });
    // A live blog's entry stamp is the blog's clock, not the story's.
    const blog = buildTimeline([report('a', '2008-12-13', ['Crews fought the fire on Friday night.', '18:52 The last crew has left.'])], [], {
      tag: fakeTagger({ 'on Friday night': '2008-12-12TNI', '18:52': '2008-12-13T18:52' }),
      names,
    });
    expect(blog.flatMap((e) => e.mentions).find((m) => m.text === '18:52')).toMatchObject({ value: '2008-12-13T18:52' });
    // A page stamp run into the first sentence dates the page; the sentence's own day dates the event.
    const pasted = buildTimeline(
      [report('a', '2008-12-13', ['Dec 13, 2008 A warehouse fire gutted the depot.', 'Crews fought the fire on Friday night.'])],
      [],
      { tag: fakeTagger({ 'Dec 13, 2008': '2008-12-13', 'on Friday night': '2008-12-12TNI' }), names },
    );
    expect(pasted.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['on Friday night']);
    // A clock time opening the sentence as a clause of its own is the story's.
    const clause = buildTimeline([report('a', '2008-12-13', ['Crews fought the fire on Friday night.', 'Around 9pm, the roof fell in.'])], [], {
      tag: fakeTagger({ 'on Friday night': '2008-12-12TNI', 'Around 9pm': '2008-12-13T21:00' }),
      names,
    });
    expect(clause.flatMap((e) => e.mentions).find((m) => m.text === 'Around 9pm')).toMatchObject({ value: '2008-12-12T21:00', onDayOf: 'on Friday night' });
    // With no day named before it, the publication day stays.
    const alone = buildTimeline([report('a', '2008-12-13', ['The blaze broke out at about 8.40pm.'])], [], { tag, names });
    expect(alone[0]!.mentions[0]).toMatchObject({ value: '2008-12-13T20:40' });
    expect(alone[0]!.mentions[0]!.onDayOf).toBeUndefined();
  });

  it('has nothing unplaced when every report has a date, even if the tagger left an X', () => {
    const r = report('a', '2014-09-24', ['Cameron met Rouhani on Monday.']);
    expect(buildTimelineResult([r], [], { tag, names }).unplaced).toEqual([]);
  });

  it('returns the same events as buildTimeline', () => {
    const r = report('a', null, ['Cameron met Rouhani on Monday.', 'Iran had a revolution in 1979.']);
    expect(buildTimelineResult([r], [], { tag, names }).events).toEqual(buildTimeline([r], [], { tag, names }));
  });
});

describe('buildTimeline: a clock time without its day', () => {
  const tag = fakeTagger({ 'on Sunday': '2005-11-27', 'at 1:53 p.m.': ['2005-11-28T13:53', 'TIME'], 'in 2003': '2003' });
  const filler = ['Rescuers searched the rubble.', 'Officials counted the damage.', 'Aid arrived from abroad.'];

  it('is on the day the report says its story happened, not on its publication day, with no day near', () => {
    const r = report('a', '2005-11-28', [
      'A quake hit Kelar on Sunday, killing ten people.',
      ...filler,
      'The quake struck at 1:53 p.m. and was felt across the Gulf.',
    ]);
    expect(show(buildTimeline([r], [], { tag }))).toEqual(['e1 2005-11-27 [a/s1 a/s5] A quake hit Kelar']);
  });
  it('is on the publication day when the report names no other day of that week', () => {
    const r = report('a', '2005-11-28', ['A quake hit Kelar, killing ten people.', ...filler, 'The quake struck at 1:53 p.m. and was felt across the Gulf.']);
    expect(buildTimeline([r], [], { tag }).map((e) => e.date)).toEqual(['2005-11-28']);
  });
  it('is on the story’s day past a year of the background between', () => {
    const r = report('a', '2005-11-28', [
      'A quake hit Kelar on Sunday, killing ten people.',
      ...filler,
      'A larger one killed thousands in 2003.',
      'The quake struck at 1:53 p.m. and was felt across the Gulf.',
    ]);
    expect(buildTimeline([r], [], { tag }).map((e) => `${e.date} ${e.mentions.map((m) => m.sentence).join(' ')}`)).toEqual(['2003 s5', '2005-11-27 s1 s6']);
  });
});

describe('buildTimeline: the title a card offers from every report', () => {
  it('weighs a title from each report, however many times another report tells the day', () => {
    const tag = fakeTagger({ 'on Saturday': '2008-12-13' });
    // Eight quotes and asides of one report, none a good title; the other report's one sentence is.
    const a = report(
      'a',
      '2008-12-13',
      Array.from({ length: 8 }, (_, i) => `"It was over ${i + 1}," said a juror of the Cutter sentencing on Saturday.`),
    );
    const b = report('b', '2008-12-13', ['A judge sentenced Dale Cutter to life in prison on Saturday.']);
    const facts = [sharedFact('f1', ...a.sentences.map((s): [string, string] => ['a', s.id]), ['b', 's1'])];
    const events = buildTimeline([a, b], facts, { tag });
    expect(events).toHaveLength(1);
    expect(events[0]!.label).toBe('A judge sentenced Dale Cutter to life in prison');
  });
  it('takes, between titles that read as well, the one from a report’s lead', () => {
    const tag = fakeTagger({ 'on Sunday': '2005-11-27', "Sunday's": '2005-11-27' });
    const a = report('a', '2005-11-28', [
      'Villagers slept in tents after the tremor.',
      'Rescue teams reached the coast by noon.',
      "The Geological Survey put the centre of Sunday's quake near the Kelar coast.",
    ]);
    const b = report('b', '2005-11-28', ['A strong quake hit southern Kelar on Sunday, killing ten people.']);
    const facts = [sharedFact('f1', ['a', 's3'], ['b', 's1'])];
    const events = buildTimeline([a, b], facts, { tag });
    expect(events.map((e) => e.label)).toEqual(['A strong quake hit southern Kelar']);
  });
});

describe('buildTimeline: clock times two reports give one event', () => {
  it('says so on the event when they lie hours apart, and not when they agree', () => {
    const tag = fakeTagger({
      'at 3:40 a.m. on Monday': '2026-10-05T03:40',
      'at around 2am on Monday': '2026-10-05T02:00',
      'at 4am on Monday': '2026-10-05T04:00',
    });
    const fact = [sharedFact('f1', ['a', 's1'], ['b', 's1'])];
    const a = report('a', '2026-10-06', ['The roof of the depot collapsed at 3:40 a.m. on Monday.']);
    const [apart] = buildTimeline([a, report('b', '2026-10-06', ['The depot roof collapsed at around 2am on Monday.'])], fact, { tag, names });
    expect(apart!.mentions).toHaveLength(2);
    expect(apart!.clocksDiffer?.map((m) => m.text)).toEqual(['at 3:40 a.m. on Monday', 'at around 2am on Monday']);
    const [near] = buildTimeline([a, report('b', '2026-10-06', ['The depot roof collapsed at 4am on Monday.'])], fact, { tag, names });
    expect(near!.mentions).toHaveLength(2);
    expect(near!.clocksDiffer).toBeUndefined();
  });
});

describe('buildTimeline: what a "two days earlier" counts from', () => {
  it('not from a date that starts what still holds ("held since March 2022")', () => {
    const tag = fakeTagger({ 'on Friday': '2023-11-10', 'March 2022': '2022-03', 'two days earlier': '2023-11-08' });
    const a = report('a', '2023-11-10', [
      'The reporter walked free on Friday.',
      'He had been held since March 2022.',
      'Judges had approved the pardons two days earlier.',
    ]);
    const earlier = buildTimeline([a], [], { tag, names }).find((e) => e.mentions.some((m) => m.text === 'two days earlier'));
    expect(earlier?.date).toBe('2023-11-08');
  });
});
