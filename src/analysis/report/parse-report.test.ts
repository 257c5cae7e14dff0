import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, parseReportExplained } from './parse-report.ts';

// Texts in the shape of what readers copy from different kinds of news pages. They are written for
// these tests (not copied from any site), so the rules are exercised on layouts beyond the seeds.

const WIRE = `Skip to main content
World
Business
Markets
Iran says ready to work with West against Islamic State
By Jane Doe
5 Min Read
September 21, 2014 / 11:05 AM / Updated 3 years ago
DUBAI (Reuters) - Iran is ready to work with the United States and its allies to stop Islamic State militants, senior Iranian officials said on Sunday, in exchange for more flexibility on its nuclear program.
"It is not a one-way street," one official said. "We are ready to help but we need something in return."
U.S. officials have repeatedly said the nuclear talks are separate from the fight against the militants.
(Reporting by Jane Doe; Editing by John Roe)
Our Standards: The Trust Principles.`;

const BROADSHEET = `We use cookies to personalise content and ads, and to analyse our traffic. By continuing to browse you agree to our use of cookies.
Accept and close

News
Opinion
Sport
Culture
World › Middle East

Cameron and Rouhani hold historic talks at the UN

Meeting is the first between British and Iranian leaders since the 1979 revolution

Patrick Example, diplomatic editor
Wed 24 Sep 2014 12.00 BST

Share on Facebook
Share on Twitter

David Cameron has met the Iranian president, Hassan Rouhani, in New York, the first such meeting since the Islamic revolution.

The two men discussed the threat from Islamic State and Iran's nuclear programme for about an hour.

Talks on the nuclear programme

Downing Street said the meeting was "constructive" and that both leaders wanted better relations.

Follow us
Facebook Twitter Instagram
Most viewed
Pound falls after inflation data
Ten things to do this weekend
© 2014 Guardian News and Media Limited or its affiliated companies. All rights reserved.`;

const BLOG = `Wanderlines
About Archive Contact

Ten days in Tehran: notes from a first visit

Posted on September 24, 2014 by Sam Rivers

I landed in Tehran on a warm evening, tired and unsure of what to expect from a city I had only read about.

The next morning I walked for hours. People stopped me to ask where I was from, and more than once I was invited for tea.

Share this:
Twitter
Facebook
Like this:
Related
A week in Isfahan
Shiraz by night
3 Comments
Leave a comment`;

const parse = (text: string) => parseReport(text, { id: 't' });

describe('parseReport on different site layouts', () => {
  it('wire-service page: headline, agency from the dateline, date from the stamp, credits removed', () => {
    const r = parse(WIRE);
    expect(r.title).toBe('Iran says ready to work with West against Islamic State');
    expect(r.source).toBe('Reuters');
    expect(r.published).toBe('2014-09-21');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0]).toMatch(/^DUBAI \(Reuters\) - Iran is ready/);
    expect(r.removed).toEqual([
      'Skip to main content',
      'World',
      'Business',
      'Markets',
      'By Jane Doe',
      '5 Min Read',
      'September 21, 2014 / 11:05 AM / Updated 3 years ago',
      '(Reporting by Jane Doe; Editing by John Roe)',
      'Our Standards: The Trust Principles.',
    ]);
  });

  it('UK broadsheet: cookie banner, menus, share and follow rows, most-viewed list and copyright removed', () => {
    const { report: r, removals } = parseReportExplained(BROADSHEET, { id: 't' });
    expect(r.title).toBe('Cameron and Rouhani hold historic talks at the UN');
    expect(r.published).toBe('2014-09-24');
    expect(r.source).toBe('Guardian News and Media');
    expect(r.paragraphs).toEqual([
      'Meeting is the first between British and Iranian leaders since the 1979 revolution',
      'David Cameron has met the Iranian president, Hassan Rouhani, in New York, the first such meeting since the Islamic revolution.',
      "The two men discussed the threat from Islamic State and Iran's nuclear programme for about an hour.",
      'Talks on the nuclear programme',
      'Downing Street said the meeting was "constructive" and that both leaders wanted better relations.',
    ]);
    const why = Object.fromEntries(removals.map((x) => [x.text, x.reason]));
    expect(why).toMatchObject({
      'Share on Facebook': 'social',
      'Follow us': 'social',
      'Facebook Twitter Instagram': 'social',
      'Most viewed': 'related-heading',
      'Pound falls after inflation data': 'link-list',
      'Ten things to do this weekend': 'link-list',
      'Wed 24 Sep 2014 12.00 BST': 'stamp',
    });
    expect(r.removed[0]).toMatch(/cookies/);
    expect(r.removed).toContain('Patrick Example, diplomatic editor');
    expect(r.removed[r.removed.length - 1]).toMatch(/^© 2014/);
  });

  it('plain text: the outlet named on its own line under the headline is the source', () => {
    const r = parse(
      [
        'Jury convicts man of murdering shopkeeper',
        'The Yorkshire Courier',
        'By Helen Marsh, Crime Correspondent',
        'Tuesday 18 March 2025',
        '',
        'A man has been found guilty of murdering a corner-shop owner during a robbery two years ago.',
      ].join('\n'),
    );
    expect(r.source).toBe('The Yorkshire Courier');
    expect(r.published).toBe('2025-03-18');
    expect(r.removed).toContain('The Yorkshire Courier');
  });
  it('plain text: an outlet named atop the page, above the headline, is the source unless a stronger line names one', () => {
    const page = (...top: string[]) =>
      parse(
        [...top, 'Bridge closed after lorry strike', '', 'A road bridge was closed on Monday after a lorry struck one of its supports, police said.'].join(
          '\n',
        ),
      );
    expect(page('BBC News').source).toBe('BBC News');
    expect(page('Skip to main content', 'The Harbour Gazette', 'Home | World | Sport').source).toBe('The Harbour Gazette');
    expect(page('NZ Truth').source).toBe('NZ Truth');
    expect(page('BBC News').removed).toEqual(['BBC News']);
    // A section label or a breadcrumb names no outlet; a byline's outlet wins over the masthead.
    expect(page('World News').source).toBeNull();
    expect(page('Top News').source).toBeNull();
    expect(page('Politics').source).toBeNull();
    expect(
      parse(
        [
          'NZ Truth',
          'Woman jailed for killing of neighbour',
          'By Jane Roe, Associated Press',
          '',
          'A woman was jailed for 12 years on Tuesday for killing her neighbour.',
        ].join('\n'),
      ).source,
    ).toBe('AP');
  });
  it('plain text: an outlet line without a byline, by the words papers name themselves by ("Ledger")', () => {
    const r = parse(
      ['Wildfire forces thousands from homes', 'The Pacific Ledger', '11 August 2026', '', 'A wildfire has forced thousands of people to leave.'].join('\n'),
    );
    expect(r.source).toBe('The Pacific Ledger');
    expect(r.published).toBe('2026-08-11');
  });

  it('blog post: date from "Posted on … by …", related links and comment widgets removed', () => {
    const r = parse(BLOG);
    expect(r.title).toBe('Ten days in Tehran: notes from a first visit');
    expect(r.published).toBe('2014-09-24');
    expect(r.source).toBeNull();
    expect(r.paragraphs).toHaveLength(2);
    expect(r.removed).toEqual([
      'Wanderlines',
      'About Archive Contact',
      'Posted on September 24, 2014 by Sam Rivers',
      'Share this:',
      'Twitter',
      'Facebook',
      'Like this:',
      'Related',
      'A week in Isfahan',
      'Shiraz by night',
      '3 Comments',
      'Leave a comment',
    ]);
  });

  it('an article without a headline keeps its first paragraph in the body', () => {
    const text = 'Officials said on Tuesday that the two leaders would meet in New York later this week.\n\nThe meeting would be the first since 1979.';
    const r = parse(text);
    expect(r.title).toBe('');
    expect(r.paragraphs).toEqual([
      'Officials said on Tuesday that the two leaders would meet in New York later this week.',
      'The meeting would be the first since 1979.',
    ]);
    expect(r.removed).toEqual([]);
  });

  it('an article without a headline keeps a short opening sentence: no menu line is a sentence', () => {
    const text = [
      'Better late than never for the singer.',
      'Her publicist confirmed on Friday that she had checked into a treatment centre in Malibu, California.',
    ].join('\n\n');
    const r = parse(text);
    expect(r.title).toBe('');
    expect(r.paragraphs).toEqual([
      'Better late than never for the singer.',
      'Her publicist confirmed on Friday that she had checked into a treatment centre in Malibu, California.',
    ]);
    expect(r.removed).toEqual([]);
  });

  it('reads a Title Case headline that ends in a full stop as the headline, without the stop', () => {
    const body = 'The singer, who had been ill for several months, died at her home in Lisbon on Tuesday, her family said.';
    const r = parse(`Fado Legend Maria Duarte Dies At Home In Lisbon Aged 88.\n\n12 March 2024\n\n${body}`);
    expect(r.title).toBe('Fado Legend Maria Duarte Dies At Home In Lisbon Aged 88');
    expect(r.paragraphs).toEqual([body]);
    // A sentence full of names still writes its verb and small words in lower case: body.
    const lead = 'President Amara Okafor met Prime Minister Jonas Berg in Oslo.';
    expect(parse(`${lead}\n\n${body}`).paragraphs[0]).toBe(lead);
  });

  it('ends the header at a date stamp under a long headline and summary lines without full stops', () => {
    const headline =
      'Jury sees the moment a ferry captain ignored three storm warnings before the crossing that cost eleven lives as families watch from the gallery in silence';
    const summary = 'The captain had been told to stay in port twice by the coastguard that morning';
    const body = 'Jurors in Bergen on Thursday watched radar recordings of the ferry leaving the harbour at 6.40am.';
    const r = parse(`${headline}\n\n${summary}\n\nUPDATED: 19:14 GMT, 12 April 2013\n\n${body}`);
    expect(r.title).toBe(headline);
    expect(r.paragraphs).toEqual([summary, body]);
    expect(r.published).toBe('2013-04-12');
  });

  it('reads a headline that ends in an abbreviation as the headline: "… in K. C.", "… in the U.S."', () => {
    const body = 'Officials said on Tuesday that the two teams would meet again in the playoffs later this month.';
    for (const headline of ['Hawks clinch playoff berth with 20-13 win in K. C.', 'Premier to visit troops stationed in the U.S.']) {
      const r = parse(`${headline}\n\n${body}`);
      expect(r.title).toBe(headline);
      expect(r.paragraphs).toEqual([body]);
      expect(r.removed).toEqual([]);
    }
    // A long opening sentence that ends in "U.S." is still the body.
    const lead = 'Officials said on Tuesday that the two leaders would meet next week for talks on trade and security in the U.S.';
    expect(parse(`${lead}\n\n${body}`).title).toBe('');
  });

  it('an article with no boilerplate loses nothing', () => {
    const text =
      'Leaders meet for the first time in decades\n\nThe two leaders met in New York on Wednesday for about an hour.\n\nThey agreed to meet again next year, officials said.';
    const r = parse(text);
    expect(r).toEqual({
      id: 't',
      file: undefined,
      title: 'Leaders meet for the first time in decades',
      source: null,
      published: null,
      publishedFrom: null,
      paragraphs: ['The two leaders met in New York on Wednesday for about an hour.', 'They agreed to meet again next year, officials said.'],
      removed: [],
    });
  });

  it('keeps short sub-headings inside the body, including one right after a link list', () => {
    const text = [
      'Talks resume in Vienna',
      'Negotiators returned to the table on Monday after a two-week break, diplomats said.',
      'Related',
      'Sanctions explained',
      'Timeline of the talks',
      'What comes next',
      'The next round is expected to last at least a week, according to the diplomats.',
    ].join('\n');
    const r = parse(text);
    expect(r.paragraphs).toContain('What comes next');
    expect(r.removed).toEqual(['Related', 'Sanctions explained', 'Timeline of the talks']);
  });

  it('keeps a short opening sentence between the headline and the first long paragraph', () => {
    const r = parse(
      'Leaders meet at last\n\nBy Jane Doe\n\nIt was a historic day.\n\nThe two leaders met in New York on Wednesday for about an hour, officials said.',
    );
    expect(r.title).toBe('Leaders meet at last');
    expect(r.paragraphs[0]).toBe('It was a historic day.');
    expect(r.removed).toEqual(['By Jane Doe']);
  });

  it('takes the agency of a sign-off as the source and removes the sign-off from the body', () => {
    const text =
      'Quake hits northern Japan\n\nA strong earthquake struck northern Japan on Tuesday, the meteorological agency said, but no tsunami warning was issued.\n\n(AFP)';
    const r = parse(text);
    expect(r.source).toBe('AFP');
    expect(r.removed).toEqual(['(AFP)']);
    expect(r.paragraphs).toHaveLength(1);
  });

  it('prefers the publisher in the byline over an agency sign-off', () => {
    const text =
      'Quake hits northern Japan\nBy Staff Writer | Asia Herald | 2015-03-02\nA strong earthquake struck northern Japan on Tuesday, the meteorological agency said.\nXinhua-AP';
    const r = parse(text);
    expect(r.source).toBe('Asia Herald');
    expect(r.published).toBe('2015-03-02');
  });

  it('splits a site name off the headline and uses it when nothing better names the source', () => {
    const r = parse('Quake hits northern Japan | Asia | Daily Example\n\nA strong earthquake struck northern Japan on Tuesday, the agency said.');
    expect(r.title).toBe('Quake hits northern Japan');
    expect(r.source).toBe('Daily Example');
  });

  it.each([
    ['Last updated: 24 September, 2014', '2014-09-24'],
    ['Updated: 2014-09-24 07:11', '2014-09-24'],
    ['Published: Sept. 24, 2014', '2014-09-24'],
    ['September 24, 2014', '2014-09-24'],
    ['Wed 24 Sep 2014 12:00 BST', '2014-09-24'],
    ['24/09/2014', '2014-09-24'],
    ['Published 23/09/2014 | Updated 24/09/2014', '2014-09-23'],
  ])('reads the publication date from "%s" above the headline', (stamp, expected) => {
    const r = parse(`${stamp}\n\nQuake hits northern Japan\n\nA strong earthquake struck northern Japan on Tuesday, the agency said.`);
    expect(r.published).toBe(expected);
    expect(r.title).toBe('Quake hits northern Japan');
    expect(r.removed).toEqual([stamp]);
  });

  it('reads the date of a wire dateline when no stamp exists', () => {
    const r = parse('WASHINGTON, Sept. 24, 2014 (AP) - The president spoke at the United Nations on Wednesday.');
    expect(r.published).toBe('2014-09-24');
    expect(r.source).toBe('AP');
  });

  it('a page with a headline and no body gives an empty body', () => {
    const r = parse('Home / World\n\nQuake hits northern Japan\n\nShare on Facebook\n© 2015 Example Media');
    expect(r.title).toBe('Quake hits northern Japan');
    expect(r.paragraphs).toEqual([]);
    expect(r.removed).toEqual(['Home / World', 'Share on Facebook', '© 2015 Example Media']);
  });

  it('empty and blank input give an empty report', () => {
    for (const text of ['', '   ', '\n\n\u00a0\n\t\n']) {
      expect(parse(text)).toEqual({ id: 't', file: undefined, title: '', source: null, published: null, publishedFrom: null, paragraphs: [], removed: [] });
    }
  });

  it('treats every line as a paragraph when there are no blank lines, and collapses whitespace', () => {
    const text =
      'Quake hits northern Japan\nA strong   earthquake struck\tnorthern Japan on Tuesday, the agency said.\nNo tsunami warning was issued, officials said on Tuesday evening.\u00a0\n\u200bResidents were told to stay away from the coast for the night.';
    expect(parse(text).paragraphs).toEqual([
      'A strong earthquake struck northern Japan on Tuesday, the agency said.',
      'No tsunami warning was issued, officials said on Tuesday evening.',
      'Residents were told to stay away from the coast for the night.',
    ]);
  });

  it('re-joins hard-wrapped paragraphs and a headline broken over two lines', () => {
    const text = [
      "Cameron seeks Iran's help",
      'against Islamic State',
      '',
      'British Prime Minister David Cameron and Iranian President Hassan',
      'Rouhani will meet within the next two days in New York, where the',
      'prime minister is expected to ask for help against the militants.',
      '',
      'It will be the first meeting between leaders of the two nations since',
      "Iran's 1979 Islamic revolution, officials said.",
    ].join('\n');
    const r = parse(text);
    expect(r.title).toBe("Cameron seeks Iran's help against Islamic State");
    expect(r.paragraphs).toEqual([
      'British Prime Minister David Cameron and Iranian President Hassan Rouhani will meet within the next two days in New York, where the prime minister is expected to ask for help against the militants.',
      "It will be the first meeting between leaders of the two nations since Iran's 1979 Islamic revolution, officials said.",
    ]);
  });

  it('handles CRLF line endings and odd Unicode', () => {
    const r = parse('Quake hits northern Japan 🌏\r\n\r\nA strong earthquake struck northern Japan on Tuesday, the agency said. 😀 \ud800\r\n');
    expect(r.title).toBe('Quake hits northern Japan 🌏');
    expect(r.paragraphs).toHaveLength(1);
  });

  it('stays well-formed on huge input', () => {
    const para = 'A strong earthquake struck northern Japan on Tuesday, the meteorological agency said.\n\n';
    const text = 'Home / World\n\n' + para.repeat(20000) + 'Related\n' + 'Short link line\n'.repeat(20000) + 'x'.repeat(300000);
    // Speed is bench:large's; a quadratic rule would show here as the test's timeout.
    const r = parse(text);
    expect(r.paragraphs.length).toBeGreaterThanOrEqual(20000);
    expect(r.removed).toContain('Home / World');
  });

  // A correctness property, not a speed check: its own timeout, as a busy machine (CI beside other jobs) runs it slower.
  it('never throws and always returns strings (property)', { timeout: 30_000 }, () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom('Home / World', 'Related', 'By Jane Doe | Paper | 2014-09-24', '(AFP)', '© 2014 X', 'Updated: 24/09/2014', '', ' ', '\u00a0'),
      fc.lorem({ maxCount: 30, mode: 'sentences' }),
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(line, { maxLength: 25 }).map((ls) => ls.join('\n')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parse(t);
        expect(typeof r.title).toBe('string');
        expect(r.source === null || typeof r.source === 'string').toBe(true);
        expect(r.published === null || /^\d{4}-\d{2}-\d{2}$/.test(r.published)).toBe(true);
        expect(r.publishedFrom === null).toBe(r.published === null);
        expect(r.paragraphs.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
        expect(r.removed.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
      }),
      // 200 runs take about 1 s alone, 2–8 s beside an end-to-end run. Each local run draws new cases.
      { numRuns: 200 },
    );
  });

  it('does not throw on non-string input from untyped callers', () => {
    expect(() => parseReport(undefined as unknown as string, { id: 'x' })).not.toThrow();
    expect(() => parseReport(42 as unknown as string, { id: 'x' })).not.toThrow();
  });
});

describe('a plain-text header: headline, byline and outlet', () => {
  const BODY = [
    'A road bridge over the river collapsed on Tuesday morning, killing seven people and injuring a dozen more, officials said.',
    'Rescue teams worked through the night to reach cars trapped in the water below the span, the fire service said.',
  ].join('\n\n');
  const header = (...lines: string[]) => parse(`${lines.join('\n')}\n\n${BODY}`);

  it("takes a newspaper named after the byline's comma as the source, and a date after it as the date", () => {
    for (const outlet of ['The Guardian', 'The New York Times', 'Daily Mail', 'The Continental Herald']) {
      const r = header('Seven dead as bridge falls', '', `By Ana Ferreira, ${outlet}`);
      expect([r.title, r.source]).toEqual(['Seven dead as bridge falls', outlet]);
    }
    const dated = header('Toxic train terror', '', 'By Tom Baxter, The Daily Blaze, 12 March 2025');
    expect([dated.source, dated.published, dated.publishedFrom]).toEqual(['The Daily Blaze', '2025-03-12', 'stated']);
  });

  it('takes no source from a job or a co-author after the byline', () => {
    expect(header('Seven dead as bridge falls', '', 'By Jane Doe, Political Correspondent').source).toBeNull();
    expect(header('Seven dead as bridge falls', '', 'By Jane Doe, Staff Writer').source).toBeNull();
    expect(header('Seven dead as bridge falls', '', 'By Jane Doe and John Roe').source).toBeNull();
    expect(header('Seven dead as bridge falls', '', 'By Jane Doe, Reuters').source).toBe('Reuters');
  });

  it('keeps a headline set in capitals as the headline, as written, and site furniture in capitals out of it', () => {
    const r = header('TOXIC TRAIN TERROR', '', 'By Tom Baxter, The Daily Blaze, 12 March 2025');
    expect([r.title, r.removed]).toEqual(['TOXIC TRAIN TERROR', ['By Tom Baxter, The Daily Blaze, 12 March 2025']]);
    const busy = header('WORLD UK BUSINESS SPORT', 'BREAKING NEWS', 'TOXIC TRAIN TERROR', 'By Tom Baxter', 'ADVERTISEMENT', 'SUBSCRIBE', 'SHARE');
    expect(busy.title).toBe('TOXIC TRAIN TERROR');
    expect(busy.removed).toEqual(['WORLD UK BUSINESS SPORT', 'BREAKING NEWS', 'By Tom Baxter', 'ADVERTISEMENT', 'SUBSCRIBE', 'SHARE']);
  });

  it('leaves a row of section names in capitals a menu above a headline, and a breadcrumb a menu', () => {
    const r = header('WORLD UK BUSINESS SPORT', 'Seven dead as bridge falls', 'By Ana Ferreira');
    expect([r.title, r.removed]).toEqual(['Seven dead as bridge falls', ['WORLD UK BUSINESS SPORT', 'By Ana Ferreira']]);
    expect(header('HOME / NEWS / WORLD', 'By Ana Ferreira').title).toBe('');
  });

  // A tabloid's header: the headline in capitals, the deck under it in sentence case, then the byline and date.
  const DECK = 'Seven killed as river span gives way under morning traffic';
  const body = BODY.split('\n\n');

  it('takes a headline in capitals with no small word as the headline over its deck, not the deck', () => {
    for (const headline of ['BRIDGE HORROR', 'DOURO DEATH TRAP AGAIN', "MAYOR'S SHAME!", 'KABOOM!']) {
      const r = header(headline, '', DECK, '', 'By Ana Ferreira', '12 March 2025');
      expect([r.title, r.paragraphs, r.removed]).toEqual([headline, body, [DECK, 'By Ana Ferreira', '12 March 2025']]);
    }
  });

  it('keeps the deck under a headline in capitals with small words out of the body', () => {
    for (const headline of ['TERROR ON THE BRIDGE', 'DEATH PLUNGE INTO THE DOURO']) {
      const r = header(headline, '', DECK, '', 'By Ana Ferreira', '12 March 2025');
      expect([r.title, r.paragraphs, r.removed]).toEqual([headline, body, [DECK, 'By Ana Ferreira', '12 March 2025']]);
    }
    const noByline = header('TERROR ON THE BRIDGE', '', DECK);
    expect([noByline.title, noByline.paragraphs]).toEqual(['TERROR ON THE BRIDGE', body]);
  });

  it('reads the deck as the page printed the front matter title, and its headline as header, not body', () => {
    const r = parse(`---\ntitle: ${DECK}\n---\nBRIDGE HORROR\n\n${DECK}\n\nBy Ana Ferreira\n\n${BODY}`);
    expect([r.title, r.paragraphs]).toEqual([DECK, body]);
    expect(r.removed).toEqual(expect.arrayContaining(['BRIDGE HORROR', DECK]));
  });

  // Under the byline a tabloid opens on a short shouted sentence; it is the lead, not a headline candidate, whatever follows it.
  const SHOUTED = ['COMMUTER chaos gripped the city last night as the old bridge gave way!', 'The river is now closed to boats.'];

  it('keeps a short exclaiming lead under the byline as the body, under a headline in capitals with or without a deck', () => {
    for (const headline of ['BRIDGE HORROR', 'KABOOM!', 'TERROR ON THE BRIDGE']) {
      const r = header(headline, '', DECK, '', 'By Ana Ferreira', '12 March 2025', '', ...SHOUTED.join('\n\n').split('\n'));
      expect([r.title, r.paragraphs, r.removed]).toEqual([headline, [...SHOUTED, ...body], [DECK, 'By Ana Ferreira', '12 March 2025']]);
    }
    for (const lead of [
      SHOUTED[0]!,
      'A deadly crack is spreading through the old bridge in Porto!',
      'A DEADLY crack is spreading through the old bridge in Porto!',
    ]) {
      const r = header('BRIDGE MISERY!', '', 'By Ana Ferreira', '12 March 2025', '', lead);
      expect([r.title, r.paragraphs, r.removed]).toEqual(['BRIDGE MISERY!', [lead, ...body], ['By Ana Ferreira', '12 March 2025']]);
    }
    // A brief of short sentences only, no line long enough to read as prose.
    const brief = parse(['CRANE CRASH!', DECK, 'By Ana Ferreira', '12 March 2025', ...SHOUTED].join('\n\n'));
    expect([brief.title, brief.paragraphs, brief.removed]).toEqual(['CRANE CRASH!', SHOUTED, [DECK, 'By Ana Ferreira', '12 March 2025']]);
  });

  it('takes two words in capitals, or one that exclaims, with nothing else above the body as the headline, unless they are a section label', () => {
    for (const headline of ['BRIDGE HORROR', 'JET DRAMA', 'HERO!']) {
      const r = header(headline, '', 'By Ana Ferreira, The Daily Courier, 12 March 2025');
      expect([r.title, r.paragraphs]).toEqual([headline, body]);
    }
    for (const label of ['WORLD NEWS', 'EXCLUSIVE', 'BREAKING!']) expect(header(label, '', 'By Ana Ferreira, The Daily Courier, 12 March 2025').title).toBe('');
  });

  it('leaves a menu row, a section label or a masthead in capitals above a headline furniture', () => {
    for (const label of ['NEWS SPORT WEATHER', 'WORLD NEWS', 'EXCLUSIVE', 'THE DAILY BLAZE']) {
      const r = header(label, 'Seven dead as bridge falls in Portugal', 'By Ana Ferreira');
      expect([r.title, r.paragraphs, r.removed]).toEqual(['Seven dead as bridge falls in Portugal', body, [label, 'By Ana Ferreira']]);
    }
  });

  // User test X, W5: a masthead over the date, the headline in capitals and the byline had been taken
  // for the headline (a short Title Case line), and the headline was removed as header.
  it('reads a name in Title Case above a headline in capitals and a byline as the outlet, and the capitals as the headline', () => {
    for (const headline of ['BRIDGE HORROR!', 'JET DRAMA', 'TERROR ON THE BRIDGE']) {
      for (const masthead of ['Northside Crier', 'The Evening Clarion']) {
        const r = header(masthead, '12 March 2025', '', headline, '', 'By Ana Ferreira');
        expect([r.title, r.source, r.published, r.paragraphs]).toEqual([headline, masthead, '2025-03-12', body]);
        expect(r.removed).toEqual([masthead, '12 March 2025', 'By Ana Ferreira']);
      }
    }
    // A headline in Title Case over a kicker in capitals stays the headline.
    expect(header('Bridge Falls In Storm', 'EXCLUSIVE', 'By Ana Ferreira').title).toBe('Bridge Falls In Storm');
  });

  it("keeps a wire's first sentence under a headline in capitals, and a lead or a standfirst under a headline in sentence case, as body", () => {
    const wire = 'LISBON (Reuters) - A road bridge over the Douro collapsed on Tuesday, killing seven people, police said.';
    expect(header('BRIDGE HORROR', '', wire).paragraphs).toEqual([wire, ...body]);
    const lead = 'A road bridge over the Douro collapsed on Tuesday evening, killing seven people, officials said.';
    const broadsheet = header('Seven dead as bridge falls', '', lead, '', 'By Ana Ferreira');
    expect([broadsheet.title, broadsheet.paragraphs[0]]).toEqual(['Seven dead as bridge falls', lead]);
    const standfirst = 'Rescuers search the river through the night as questions grow over inspections';
    const stood = header('Seven dead as bridge falls', '', standfirst, '', 'By Ana Ferreira');
    expect([stood.title, stood.paragraphs]).toEqual(['Seven dead as bridge falls', [standfirst, ...body]]);
  });

  it("reads a name on the line under the byline as the byline's, not as the headline", () => {
    const r = header('Seven dead', '', 'By Ana Ferreira', 'The Continental Herald');
    expect([r.title, r.source, r.removed]).toEqual(['Seven dead', 'The Continental Herald', ['By Ana Ferreira', 'The Continental Herald']]);
    const role = header('Seven dead', '', 'By Ana Ferreira', 'Political Correspondent');
    expect([role.title, role.source]).toEqual(['Seven dead', null]);
    // With nothing else that could be the headline, a headline printed under its byline stays one.
    expect(header('By Ana Ferreira', 'Bridge Falls In Storm').title).toBe('Bridge Falls In Storm');
  });
});

describe('the end of the body', () => {
  it('keeps a short closing sentence right after the last paragraph, but not related headlines after furniture', () => {
    const r = parse(
      [
        'Storm kills 12 in coastal town',
        '',
        'The storm made landfall near the port town on Monday evening, killing at least 12 people, officials said.',
        '',
        'Schools will stay closed until next week.',
        '',
        'Share this article',
        'Related',
        'Floods hit the north',
        'What to know about storm season.',
      ].join('\n'),
    );
    expect(r.paragraphs.at(-1)).toBe('Schools will stay closed until next week.');
    expect(r.removed).toContain('What to know about storm season.');
  });
  it("keeps a tabloid's terse last line with no small word in it, and still drops a related headline", () => {
    const r = parse(
      [
        'PIER BLAZE HORROR',
        '',
        'A huge fire tore through the old pier on Sunday night and sent flames high into the sky over the town.',
        '',
        'Owners say repairs will cost millions.',
        '',
        'Rides stay shut.',
        '',
        'Share this article',
        'Floods Hit The North Coast',
      ].join('\n'),
    );
    expect(r.paragraphs.at(-1)).toBe('Rides stay shut.');
    expect(r.removed).toContain('Floods Hit The North Coast');
  });
  it('keeps a closing quotation however short its lines, and the lead-in that opens it', () => {
    const r = parse(
      [
        'Storm kills 12 in coastal town',
        '',
        'The storm made landfall near the port town on Monday evening, killing at least 12 people, officials said.',
        '',
        'The mayor had a warning for anyone living on the seafront:',
        '',
        '"Leave now.',
        '',
        'Do not wait.',
        '',
        'The next one is coming."',
        '',
        'Share this article',
        'Floods hit the north',
      ].join('\n'),
    );
    expect(r.paragraphs.slice(-4)).toEqual([
      'The mayor had a warning for anyone living on the seafront:',
      '"Leave now.',
      'Do not wait.',
      'The next one is coming."',
    ]);
    expect(r.removed).toContain('Floods hit the north');
  });
  it('keeps a short closing sentence below a date stamp, which is no end of the article', () => {
    const r = parse(
      [
        'Storm kills 12 in coastal town',
        '',
        'The storm made landfall near the port town on Monday evening, killing at least 12 people, officials said.',
        '',
        '8:44AM BST 16 Sep 2013',
        '',
        'Schools will stay closed until next week.',
      ].join('\n'),
    );
    expect(r.paragraphs.at(-1)).toBe('Schools will stay closed until next week.');
    expect(r.removed).toEqual(['8:44AM BST 16 Sep 2013']);
  });
  it('keeps a last sentence that lost its full stop, but not a related headline of a headline’s length', () => {
    const last = 'The town was also struck by a tornado in the spring of 2011 which destroyed the harbour wall and the fish market';
    const body = 'The storm made landfall near the port town on Monday evening, killing at least 12 people, officials said.';
    expect(parse(['Storm kills 12 in coastal town', '', body, '', last].join('\n')).paragraphs.at(-1)).toBe(last);
    const related = 'Storm season is here: what the new forecasts mean for your town';
    expect(parse(['Storm kills 12 in coastal town', '', body, '', related].join('\n')).removed).toContain(related);
  });
});

describe('the publication date and where it came from', () => {
  const BODY = 'The company agreed to buy its rival for $3 billion, the chairman told reporters at a news conference on Tuesday.';
  const dated = (text: string) => {
    const r = parse(text);
    return [r.published, r.publishedFrom];
  };

  it.each([
    ['PORT LOUIS, Mauritius, March 3, 2019 (AFP) —', '2019-03-03', 'AFP'],
    ['Mauritius, 3 March 2019 /PRNewswire/ --', '2019-03-03', 'PRNewswire'],
    ['KATHMANDU, Nepal, March 3, 2019 —', '2019-03-03', null],
  ])('reads the date of the dateline "%s"', (dateline, iso, source) => {
    const r = parse(`Takeover agreed\n\n${dateline} ${BODY}`);
    expect([r.published, r.publishedFrom, r.source]).toEqual([iso, 'stated', source]);
    expect(r.paragraphs[0]).toBe(`${dateline} ${BODY}`); // the dateline stays in the lede
  });

  it('gives a yearless dateline no date of its own', () => {
    expect(dated(`Takeover agreed\n\nLONDON, July 2 (Reuters) - ${BODY}`)).toEqual([null, null]);
    expect(dated(`Takeover agreed\n\nWASHINGTON (AP) — ${BODY}`)).toEqual([null, null]);
  });

  it('takes the year of a yearless dateline from a stamp of the same page', () => {
    expect(dated(`Takeover agreed\nUpdated 3 Jul 2018 09.46 BST\n\nLONDON, July 2 (Reuters) - ${BODY}`)).toEqual(['2018-07-02', 'stated']);
    // An update early in January still puts a late-December dateline in the year before.
    expect(dated(`Takeover agreed\nUpdated: 2019-01-02\n\nBEIJING, Dec. 31 (Xinhua) -- ${BODY}`)).toEqual(['2018-12-31', 'stated']);
  });

  it('ranks a published stamp over the dateline, and the dateline over an update stamp', () => {
    expect(dated(`Published 2 March 2019\n\nTakeover agreed\n\nPORT LOUIS, Mauritius, March 3, 2019 (AFP) — ${BODY}`)).toEqual(['2019-03-02', 'stated']);
    expect(dated(`Updated 9 March 2019\n\nTakeover agreed\n\nPORT LOUIS, Mauritius, March 3, 2019 (AFP) — ${BODY}`)).toEqual(['2019-03-03', 'stated']);
  });

  it.each([
    ['Published 3:04 PM ET, Tue March 5, 2019', '2019-03-05'],
    ['First published on Tue 3 Jul 2018 09.46 BST', '2018-07-03'],
    ['Mon 9 Jul 2018 12.01 BST', '2018-07-09'],
    ['2019-03-05T10:00:00Z', '2019-03-05'],
    ['March 5, 2019 at 10:04 a.m. EST', '2019-03-05'],
    ['Updated: 05/03/2019', '2019-03-05'],
  ])('reads the stamp line "%s"', (stamp, iso) => {
    const r = parse(`Takeover agreed\n${stamp}\n\n${BODY}`);
    expect([r.published, r.publishedFrom]).toEqual([iso, 'stated']);
    expect(r.removed).toEqual([stamp]);
  });

  it('infers the date from the latest day the body names when none is stated, and says so', () => {
    const text = `Takeover agreed\n\nThe board approved the offer on March 3, 2019, a year after talks began on March 2, 2018.\n\nShareholders will vote on June 12, 2019.`;
    expect(dated(text)).toEqual(['2019-03-03', 'inferred']);
  });

  it('infers the year of a yearless dateline from the body, and says so', () => {
    const text = `Takeover agreed\n\nLONDON, July 2 (Reuters) - The board approved the offer on June 28, 2018, the company said on Monday.`;
    expect(dated(text)).toEqual(['2018-07-02', 'inferred']);
    // The day is the dateline's, so the reader can be told so (user test W: "the latest day the report names" for such a date).
    expect(parse(text).filed).toEqual({ month: 7, day: 2 });
    expect(parse('Takeover agreed\n\nThe board approved the offer on June 28, 2018, the company said on Monday.').filed).toBeUndefined();
  });

  it('does not infer from a stamp of a linked article below the body when the page states nothing else', () => {
    // A stamp below the body is still a stated date (rank 5), ahead of any inference.
    const text = `Takeover agreed\n\nThe board approved the offer on March 3, 2019, the company said.\n\nRelated\nRival bid fails\nPublished 1 February 2019`;
    expect(dated(text)).toEqual(['2019-02-01', 'stated']);
  });
});

describe('front matter', () => {
  const BODY = 'The board approved the offer on March 3, 2019, the company said on Tuesday, ending a year of talks.';

  it('sets title, source and date, and never shows its lines', () => {
    const { report, problems } = parseReportExplained(
      `---\ntitle: Takeover agreed\nsource: Example Daily\npublished: 2019-03-05\nauthor: Jane Doe\n---\n\n${BODY}`,
      { id: 't' },
    );
    expect(report).toMatchObject({
      title: 'Takeover agreed',
      source: 'Example Daily',
      published: '2019-03-05',
      publishedFrom: 'front-matter',
      paragraphs: [BODY],
      removed: [],
    });
    expect(problems).toEqual([]);
  });

  it('wins over what the text says', () => {
    const text = `---\ntitle: Takeover agreed\nsource: Example Daily\npublished: 2019-03-05T18:30:00-05:00\n---\nTakeover agreed\nBy Jane Doe | Other Paper | 2019-03-04\n\nLONDON (Reuters) - ${BODY}`;
    const r = parse(text);
    expect([r.title, r.source, r.published, r.publishedFrom]).toEqual(['Takeover agreed', 'Example Daily', '2019-03-05', 'front-matter']);
    expect(r.paragraphs).toEqual([`LONDON (Reuters) - ${BODY}`]);
  });

  it('keeps a different headline from the text in the body, so no line is lost', () => {
    const r = parse(`---\ntitle: Example buys Rival\n---\nTakeover agreed after a year of talks\n\n${BODY}`);
    expect(r.title).toBe('Example buys Rival');
    expect(r.paragraphs).toEqual(['Takeover agreed after a year of talks', BODY]);
  });

  it('removes a headline that repeats or extends the front matter title as the one the page printed', () => {
    const r = parse(`---\ntitle: HEATWAVE HELL\n---\n\nHEATWAVE HELL: RAILS BUCKLE AS MERCURY HITS 41C\n\n${BODY}`);
    expect([r.title, r.paragraphs, r.removed]).toEqual(['HEATWAVE HELL', [BODY], ['HEATWAVE HELL: RAILS BUCKLE AS MERCURY HITS 41C']]);
    const lower = parse(`---\ntitle: Heatwave hell\n---\n\nHeatwave hell as rails buckle in 41C\n\n${BODY}`);
    expect([lower.paragraphs, lower.removed]).toEqual([[BODY], ['Heatwave hell as rails buckle in 41C']]);
  });
  it("removes a line in capitals under the text's own headline, kept as a standfirst, when it extends the front matter title", () => {
    const under = parse(
      `---\ntitle: Heatwave hell\n---\nRails buckle in the south\nHEATWAVE HELL: RAILS BUCKLE AND TRAINS HALT AS MERCURY HITS A RECORD 41C IN THE SOUTH\n\n${BODY}`,
    );
    expect(under.paragraphs).toEqual(['Rails buckle in the south', BODY]);
  });
  it('keeps a sentence that holds the front matter title, and a line sharing a one-word title, in the body', () => {
    const told = parse(`---\ntitle: Heatwave hell\n---\n\nCommuters called it heatwave hell as rails buckled in the south on Monday.\n\n${BODY}`);
    expect(told.paragraphs[0]).toMatch(/^Commuters called it/);
    const oneWord = parse(`---\ntitle: Heatwave\n---\n\nHEATWAVE: RAILS BUCKLE\n\n${BODY}`);
    expect(oneWord.paragraphs).toEqual(['HEATWAVE: RAILS BUCKLE', BODY]);
  });

  it('ignores an invalid date with a problem the caller can show, and falls back to the text', () => {
    const { report, problems } = parseReportExplained(`---\npublished: 5/3/2019\n---\nTakeover agreed\n\n${BODY}`, { id: 't' });
    expect([report.published, report.publishedFrom]).toEqual(['2019-03-03', 'inferred']);
    expect(problems).toEqual([
      { level: 'warning', code: 'invalid-published', message: expect.stringContaining('"published: 5/3/2019" is not a date (YYYY-MM-DD') },
    ]);
  });

  it('reads a front matter date written with its month in words, and names the key it was under when it cannot', () => {
    for (const date of ['29 March 2024', 'March 29, 2024', '"Fri, 29 Mar 2024 10:00:00 +0000"']) {
      const { report, problems } = parseReportExplained(`---\ndate: ${date}\n---\nTakeover agreed\n\n${BODY}`, { id: 't' });
      expect([report.published, report.publishedFrom, problems]).toEqual(['2024-03-29', 'front-matter', []]);
    }
    const { problems } = parseReportExplained(`---\npubDate: 03/05/2019\n---\nTakeover agreed\n\n${BODY}`, { id: 't' });
    expect(problems[0]?.message).toContain('"pubDate: 03/05/2019" is not a date');
  });

  it('reads a text that only opens with a rule as text', () => {
    const r = parse(`---\n\nTakeover agreed\n\n${BODY}`);
    expect(r.title).toBe('Takeover agreed');
    expect(r.removed).toEqual(['---']);
  });
});
