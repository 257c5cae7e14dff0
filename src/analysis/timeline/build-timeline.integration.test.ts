import { describe, expect, it } from 'vitest';
import { compareReports } from '../compare.ts';
import { parseReport } from '../report/parse-report.ts';
import { withPublished } from '../report/with-published.ts';
import { tagTimexes } from '../time/tag.ts';
import { buildTimeline, buildTimelineResult } from './build-timeline.ts';
import { report } from './testing/fakes.ts';

/** Runs with the real tagger and name finder; skipped only while the tagger is still a stub. */
const taggerIsStub = tagTimexes('They met on 24 September 2014.', '2014-09-24').length === 0;

describe('buildTimeline with the real tagger and name finder', () => {
  it.skipIf(taggerIsStub)("dates no card by a clock time in a court's testimony, which recounts an earlier day", () => {
    const a = report('a', '2025-03-18', [
      'The trial opened on 3 February.',
      'Prosecutors told the jury that the man entered the shop shortly before 11pm and demanded cash.',
      'Police said he was arrested at 3pm on Friday.',
    ]);
    const events = buildTimeline([a], []);
    expect(events.map((e) => e.date)).toEqual(['2025-02-03', '2025-03-14']);
  });
  it.skipIf(taggerIsStub)('dates no card by a clock time in evidence a trial heard, nor "the next morning" counted from it', () => {
    // Published on the sentencing day: the clock and the arrest after it were put on that day and the next.
    const a = report('a', '2025-06-13', [
      'A man was jailed for life on Friday for killing his neighbour.',
      'He attacked her in her flat on 2 June 2024.',
      'She had lived there for 30 years.',
      'He denied murder.',
      'The judge called him a danger to women.',
      'The week-long trial heard evidence from 14 witnesses, including a cabbie who saw him leave the block at about 11.15pm.',
      'Officers arrested him the next morning at his brother’s home.',
    ]);
    const dates = buildTimeline([a], []).map((e) => e.date);
    expect(dates).toEqual(['2024-06-02', '2025-06-13']);
  });
  it.skipIf(taggerIsStub)('keeps a clock on the day its own sentence names after it, not the day the story told before', () => {
    const a = report('a', '2014-09-24', [
      'Rescuers reached the last survivor on Tuesday.',
      'The explosion came at 11:05 p.m. (0405 GMT) on Sunday, police said.',
    ]);
    const values = buildTimeline([a], []).flatMap((e) => e.mentions.map((m) => `${m.text} ${m.value}`));
    expect(values).toContain('11:05 p.m. 2014-09-21T23:05');
    expect(values).toContain('Tuesday 2014-09-23');
  });
  it.skipIf(taggerIsStub)('puts "that summer" in the year the story told last, apart from a month told beside it', () => {
    // Read alone, the sentence's "that summer" had no year but the publication's (or none at all), and
    // the ban was filed under the inquiry's May 2020.
    const a = report('a', '2024-03-01', [
      'The firm stopped paying its clients in early 2019.',
      'The regulator barred its founder from trading that summer and police opened an inquiry in May 2020.',
    ]);
    const events = buildTimeline([a], []);
    expect(events.map((e) => `${e.date} ${e.mentions.map((m) => m.text).join('+')}`)).toEqual(['2019 early 2019', '2019-SU that summer', '2020-05 May 2020']);
    expect(events[1]!.mentions[0]).toMatchObject({ countedFrom: 'early 2019' });
    // Nothing told before: no card, rather than a season of the publication's year.
    expect(buildTimeline([report('a', '2024-03-01', ['The regulator barred its founder from trading that summer.'])], []).map((e) => e.date)).toEqual([]);
  });
  it.skipIf(taggerIsStub)('puts the small hours told after an evening on the next day', () => {
    const a = report('a', '2025-06-09', [
      'A gas main exploded in the town centre on Saturday night.',
      'The blast happened at about 10.50pm near the station.',
      'Police sealed off the street shortly after midnight.',
      'Engineers declared the area safe at around 3am.',
    ]);
    const events = buildTimeline([a], []);
    const on = (s: string) => events.find((e) => e.mentions.some((m) => m.sentence === s))?.date;
    expect([on('s2'), on('s3'), on('s4')]).toEqual(['2025-06-07', '2025-06-08', '2025-06-08']);
  });
  it.skipIf(taggerIsStub)('dates a past "by the end of the month" by the month the story told, not by the publication', () => {
    const a = report('a', '2025-04-10', [
      'The first case of the outbreak was found on 4 March.',
      'Within ten days there were 15 cases; by the end of the month there were more than 50.',
      'Officials expect the clinics to close by the end of the month.',
    ]);
    const events = buildTimeline([a], []);
    const on = (s: string) => events.find((e) => e.mentions.some((m) => m.sentence === s))?.date;
    expect([on('s2'), on('s3')]).toEqual(['2025-03', '2025-04']);
  });
  it.skipIf(taggerIsStub)('dates a later clock time by the story, not by a day told in the pluperfect', () => {
    const a = report('a', '2025-03-28', [
      'The ferry Northern Light sank in the early hours of Thursday.',
      'The vessel had left Stornoway on 26 March.',
      'Its distress call was picked up at 4.10am.',
    ]);
    const call = buildTimeline([a], []).find((e) => e.mentions.some((m) => m.sentence === 's3'));
    expect(call?.date).toBe('2025-03-27');
    // Told in the pluperfect itself, the clock stays on that day.
    const b = report('b', '2025-03-28', ['The ferry sank on Thursday.', 'It had left Stornoway on 26 March and had cleared the harbour at 6pm.']);
    expect(buildTimeline([b], []).find((e) => e.mentions.some((m) => m.text === '6pm'))?.date).toMatch(/^2025-03-26/);
  });
  it.skipIf(taggerIsStub)('keeps apart two happenings that share only the part of the day: "by dawn on Tuesday" / "at dawn on Tuesday"', () => {
    const a = report('a', '2025-03-12', ['By dawn on Tuesday, nearly 900 people had been moved out of the valley.', 'The river rose fast.']);
    const b = report('b', '2025-03-12', ['Engineers finally closed the breach in the levee at dawn on Tuesday.', 'The river rose fast.']);
    expect(buildTimeline([a, b], []).filter((e) => e.date === '2025-03-11')).toHaveLength(2);
  });
  it.skipIf(taggerIsStub)('merges one meeting and one revolution told by two reports, dated against publication', () => {
    const a = report('a', '2014-09-24', [
      'British Prime Minister David Cameron will meet Iranian President Hassan Rouhani on 24 September 2014 in New York.',
      "It will be the first meeting between leaders of the two nations since Iran's 1979 Islamic revolution.",
    ]);
    const b = report('b', '2014-09-24', [
      'David Cameron held talks with Hassan Rouhani on Wednesday at the United Nations.',
      'It was the first meeting between a British prime minister and Iranian president since the 1979 Islamic revolution.',
      'Some 35 years have passed.',
    ]);
    const events = buildTimeline([a, b], []);
    const byDate = new Map(events.map((e) => [e.date, e]));

    expect(byDate.get('1979')?.mentions.map((m) => `${m.report}/${m.sentence}`)).toEqual(['a/s2', 'b/s2']);
    const meeting = byDate.get('2014-09-24');
    expect(meeting?.mentions.map((m) => `${m.report}/${m.sentence}`)).toEqual(['a/s1', 'b/s1']);
    expect(meeting?.mentions[1]?.inferredFrom).toBe('2014-09-24');
    expect(meeting?.actors).toEqual(expect.arrayContaining(['David Cameron', 'Hassan Rouhani']));
    expect(events.every((e) => !e.date.startsWith('P'))).toBe(true);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
  });

  it.skipIf(taggerIsStub)("dates a live page's entries by their stamps, over midnight, in clock order, and a dated entry by its own date", () => {
    const text = [
      'Harbour vote: as it happened',
      '',
      'Published 5 July 2024',
      '',
      '08:05 BST',
      'Here is where things stand: the harbour plan has been approved by the council.',
      '',
      '05:02 BST',
      'Councillors have now approved the harbour plan by 31 votes to 12.',
      '',
      '04:42 BST',
      'The mayor has conceded that the opposition to the plan has failed.',
      '',
      '00:54 BST',
      'The first ward results are in, and the yes campaign leads.',
      '',
      '22:00 BST',
      'Polls have closed across the city.',
      '',
      '21:15 BST',
      'The harbour master resigned on Monday, a reader reminds us.',
    ].join('\n');
    const { events } = buildTimelineResult(compareReports([parseReport(text, { id: 'live' })]).reports, []);
    const titled = events.map((e) => `${e.date} ${e.label}`);
    expect(titled).toEqual([
      '2024-07-01 The harbour master resigned',
      '2024-07-04 Polls have closed across the city',
      '2024-07-05 The first ward results are in',
      expect.stringMatching(/^2024-07-05 The mayor has conceded/),
      expect.stringMatching(/^2024-07-05 Councillors have now approved the harbour plan/),
      expect.stringMatching(/^2024-07-05 Here is where things stand/),
    ]);
    expect(events.every((e) => e.label.trim() && !/BST/.test(e.label))).toBe(true);
    // The card says why the night's last entry is not on the publication day.
    expect(events.find((e) => e.date === '2024-07-04')?.mentions[0]?.countedFrom).toBe('00:54 BST');
  });

  it.skipIf(taggerIsStub)('keeps a chronology of an earlier year in its year across sentences, and a day that names a thing out of it', () => {
    const explainer = report('explainer', '2023-11-20', [
      'On Nov. 2, 2022, a trade paper reported that the fund was short of cash.',
      'Four days later, a rival said it would sell its holdings.',
      'On Nov. 8 the rival agreed to buy the fund.',
      'A month later, on Dec. 12, police arrested the founder.',
      'The founder was convicted on Nov. 2 this year.',
    ]);
    const dates = buildTimeline([explainer], []).map((e) => `${e.date} ${e.label}`);
    expect(dates).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2022-11-08 The rival agreed to buy the fund/),
        expect.stringMatching(/^2022-12-12 Police arrested the founder/),
        expect.stringMatching(/^2023-11-02 The founder was convicted/),
      ]),
    );
    const news = report('news', '1999-06-07', ['Two men charged in the Dec. 21, 1988, bombing were freed.', 'Libya agreed in April to hand them over.']);
    expect(buildTimeline([news], []).map((e) => e.date)).toEqual(['1988-12-21', '1999-04']);
  });

  it.skipIf(taggerIsStub)('lists as actors who acted, not zones, numbered things, courts in titles, newspapers or agencies', () => {
    const a = report('a', '2023-10-12', [
      'Hurricane Delia strengthened to Category 5 on Tuesday and made landfall at 3pm HST near Hilo.',
      'U.S. District Judge Maria Vance on Wednesday ordered the Harbor Authority to release its records.',
      'On Thursday the Harbor Authority gave the records to The New York Times, a spokesman told Reuters.',
      'Tomas Elling-Berg founded the shipping firm in 2009.',
      'On Monday Elling-Berg resigned.',
    ]);
    const actors = buildTimeline([a], []).flatMap((e) => e.actors);
    expect(actors).toEqual(expect.arrayContaining(['Hurricane Delia', 'Hilo', 'Maria Vance', 'Harbor Authority', 'Tomas Elling-Berg']));
    for (const junk of ['Category', 'HST', 'U.S. District', 'Times', 'The New York', 'New York', 'Reuters', 'Elling-Berg']) expect(actors).not.toContain(junk);
  });

  it.skipIf(taggerIsStub)('keeps what an undated report says on Monday and later this year, unplaced', () => {
    const undated = report('takeover', null, [
      'Example Corp agreed on Monday to buy its rival, and the deal is expected to close later this year.',
      'The two firms first discussed a merger in 2016.',
    ]);
    const { events, unplaced } = buildTimelineResult([undated], []);
    expect(events.map((e) => e.date)).toEqual(['2016']);
    expect(unplaced.map((u) => [u.report, u.sentence, u.text, u.value])).toEqual([
      ['takeover', 's1', 'Monday', 'XXXX-WXX-1'],
      ['takeover', 's1', 'later this year', 'XXXX'],
    ]);
  });
});

describe('one card per real event, with the real tagger, names and facts', () => {
  // Three outlets on one stormy Tuesday (14 May 2024): a ferry runs aground, and the mayor declares
  // an emergency. B was published the next day and says "yesterday"; C restates the date in brackets.
  const texts: Record<string, [string, string]> = {
    a: [
      '2024-05-14',
      `Ferry runs aground off Harwick as storm closes port

The passenger ferry Northern Star ran aground on a sandbank off Harwick on Tuesday morning, and all 212 passengers were taken off by lifeboat, the coastguard said.

Later on Tuesday, Mayor Helen Okafor declared a state of emergency and closed the town's schools until further notice.

The ferry had left Bergen on Monday evening. The same vessel lost power in the North Sea in March 2021.`,
    ],
    b: [
      '2024-05-15',
      `Lifeboats rescue 212 from stranded Northern Star

Lifeboat crews brought 212 passengers ashore yesterday after the Northern Star grounded on the Harwick sandbank shortly before 7am.

Hours later Harwick's mayor, Helen Okafor, declared a state of emergency as winds reached 90mph.`,
    ],
    c: [
      '2024-05-14',
      `Harwick storm: what we know

The Northern Star ferry struck a sandbank off Harwick on 14 May, and its passengers were rescued by lifeboat.

Schools will stay shut after Mayor Okafor's emergency declaration on Tuesday (14 May).

The port is expected to reopen next week.`,
    ],
  };
  const reports = Object.entries(texts).map(([id, [published, text]]) => withPublished(parseReport(text, { id }), published));

  it.skipIf(taggerIsStub)('merges each event across the three outlets and keeps the two events of the day apart', () => {
    const { timeline } = compareReports(reports);
    const onTheDay = timeline.filter((e) => e.date === '2024-05-14');
    expect(onTheDay).toHaveLength(2);
    const [ferry, emergency] = onTheDay;
    expect(ferry!.label).toMatch(/Northern Star ran aground/);
    expect(new Set(ferry!.mentions.map((m) => m.report))).toEqual(new Set(['a', 'b', 'c']));
    expect(emergency!.label).toMatch(/Okafor declared a state of emergency/);
    expect(emergency!.mentions.map((m) => `${m.report} ${m.text}`)).toEqual(['a Tuesday', 'c Tuesday (14 May)']);
    // The titles are short phrases, never the date itself.
    for (const e of timeline) {
      expect(e.label.split(/\s+/).length).toBeLessThanOrEqual(13);
      expect(e.label).not.toMatch(/Tuesday|yesterday|14 May/);
    }
  });
});

describe('a saying told on another day than what it reports, three outlets, with the real tagger, names and facts', () => {
  // A freight train derails late on Monday 10 March 2025; the outlets publish on Wednesday. A and C
  // give the day the officials spoke (Tuesday), B the clock of the derailment.
  const texts: Record<string, string> = {
    a: `Freight train derails near Millbrook

Officials said Tuesday the freight train derailed late Monday near Millbrook, spilling diesel into the Ashe River.

About 40 homes were evacuated as a precaution.`,
    b: `Diesel spill after train leaves tracks

A freight train derailed at 11:40 p.m. Monday outside Millbrook, the railway operator said.

Residents were allowed back into their homes on Tuesday afternoon.`,
    c: `Millbrook derailment: river spill contained

The derailment happened late on Monday, officials said on Tuesday, when 11 wagons of a freight train came off the tracks near Millbrook.

Crews had contained most of the spilled diesel by Tuesday evening, the environment agency said.`,
  };
  const reports = Object.entries(texts).map(([id, text]) => withPublished(parseReport(text, { id }), '2025-03-12'));

  it.skipIf(taggerIsStub)('is one derailment card on Monday, whatever clock each gives, and no Tuesday of a saying', () => {
    const { timeline } = compareReports(reports);
    const derailed = timeline.filter((e) => /derail/i.test(e.label));
    expect(derailed.map((e) => `${e.date} ${e.mentions.map((m) => `${m.report}:${m.text}`).join(' ')}`)).toEqual([
      '2025-03-10 a:late Monday b:11:40 p.m. Monday c:Monday',
    ]);
    const tuesday = timeline.filter((e) => e.date === '2025-03-11').flatMap((e) => e.mentions.map((m) => `${m.report}:${m.text}`));
    expect(tuesday.sort()).toEqual(['b:Tuesday afternoon', 'c:Tuesday evening']);
  });
});

describe('a relative day with the date restated in brackets, with the real tagger', () => {
  it.skipIf(taggerIsStub)('is one mention on the explicit date', () => {
    // Published on Tuesday 10 July 2018: "last Monday" could be read as the 9th or the 2nd; the writer says the 2nd.
    const r = report('a', '2018-07-10', ['Divers found the group last Monday (2 July) in a flooded chamber.', 'They reached the entrance on Monday (9 July).']);
    const events = buildTimeline([r], []);
    expect(events.map((e) => [e.date, e.mentions.map((m) => m.text)])).toEqual([
      ['2018-07-02', ['last Monday (2 July)']],
      ['2018-07-09', ['Monday (9 July)']],
    ]);
    expect(events[0]!.label).toBe('Divers found the group in a flooded chamber');
  });
});

describe('a day of last year told with "last year" beside it, with the real tagger', () => {
  it.skipIf(taggerIsStub)('is one card on that day of the year before, however each report orders the words', () => {
    const a = report('a', '2025-09-10', ['The Harwick paper mill closed on March 3 last year after a fire.']);
    const b = report('b', '2025-09-10', ['The mill shut last year on 3 March, following a blaze.']);
    const c = report('c', '2025-09-10', ['The owners plan to sell the site on June 5 next year.']);
    const events = buildTimeline([a, b, c], []);
    expect(events.map((e) => `${e.date} ${[...new Set(e.mentions.map((m) => m.report))].join('')}`)).toEqual(['2024-03-03 ab', '2026-06-05 c']);
  });
});

describe('the title of a card two outlets tell, one with the figure, with the real tagger', () => {
  it.skipIf(taggerIsStub)('keeps the figure when the titles otherwise read as well', () => {
    const titleOf = (...sentences: string[]) =>
      buildTimeline(
        sentences.map((s, i) => report('abc'[i]!, '2025-03-12', [s])),
        [],
      ).map((e) => e.label);
    expect(titleOf('The budget was approved on Friday.', 'The budget of $3 million was approved on Friday.')).toEqual([
      'The budget of $3 million was approved',
    ]);
    expect(titleOf('Councillors approved the budget on Friday.', 'The budget of $3 million was approved on Friday.')).toEqual([
      'The budget of $3 million was approved',
    ]);
  });
  it.skipIf(taggerIsStub)('keeps a figure said between commas about the subject', () => {
    const titleOf = (...sentences: string[]) =>
      buildTimeline(
        sentences.map((s, i) => report('abc'[i]!, '2025-03-12', [s])),
        [],
      ).map((e) => e.label);
    expect(titleOf('The levy, worth $2 million a year, was scrapped on Friday.')).toEqual(['The levy, worth $2 million a year, was scrapped']);
    expect(titleOf('The levy was scrapped on Friday.', 'On Friday the levy, worth $2 million a year, was scrapped.')).toEqual([
      'The levy, worth $2 million a year, was scrapped',
    ]);
  });
});
