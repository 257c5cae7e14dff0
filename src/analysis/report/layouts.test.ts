// More page layouts, written for these tests in the shape of a public broadcaster, an international
// news channel, a US wire service and an Indian daily. Each checks the metadata and the kinds of
// furniture removed, so a rule change that breaks one layout shows up here.
import { describe, expect, it } from 'vitest';
import { parseReportExplained } from './parse-report.ts';

const parse = (text: string) => parseReportExplained(text, { id: 't' });
const reasons = (text: string): Record<string, string> => Object.fromEntries(parse(text).removals.map((r) => [r.text, r.reason]));

const BROADCASTER = `Skip to content
Accessibility Help
Sign in
Home
News
Sport
Weather
iPlayer
NEWS
Home
UK
World
Business
Politics
Tech
Science
Health
Middle East
Cameron meets Iran's Rouhani in historic talks
24 September 2014
From the section Middle East
Share
Image caption
Mr Cameron and Mr Rouhani met at the UN in New York
David Cameron has held talks with Iranian President Hassan Rouhani - the first meeting between British and Iranian leaders since 1979.
The prime minister's office said the two had discussed the threat posed by Islamic State militants.
Mr Cameron also raised the case of a British-Iranian woman held in Tehran.
Related Topics
Iran
Islamic State group
More on this story
UK and Iran to reopen embassies
Published
20 August 2014
Top Stories
Live: Latest updates from the UN
Copyright © 2014 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.`;

const CHANNEL = `Menu
News|Middle East
Iran and UK leaders meet for first time since 1979
Hassan Rouhani and David Cameron hold talks on the sidelines of UN General Assembly in New York.
24 Sep 2014
Facebook
Twitter
WhatsApp
Copylink
Save
Iranian President Hassan Rouhani and British Prime Minister David Cameron have met in New York, the first such meeting since the 1979 Islamic revolution.
The two leaders discussed the fight against the Islamic State group, according to a statement.
Source: Al Jazeera and agencies
Advertisement`;

const WIRE = `AP NEWS
Top Stories
Topics
Video
Listen
Cameron, Rouhani meet in first such talks since 1979
By JILL LAWLESS
September 24, 2014
UNITED NATIONS (AP) — British Prime Minister David Cameron met Iranian President Hassan Rouhani on Wednesday, the first meeting between leaders of the two countries since the 1979 Islamic revolution.
The meeting came as Britain weighs joining U.S.-led airstrikes in Iraq.
___
Associated Press writer Edith M. Lederer contributed to this report.
Copyright 2014 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`;

const DAILY = `TOI
Sign In
City
India
World
Business
Tech
Cricket
Sports
Entertainment
TV
Life & Style
NEWS / WORLD NEWS / EUROPE NEWS
UK PM David Cameron meets Iran President Rouhani
Reuters | Sep 25, 2014, 03.44 AM IST
UNITED NATIONS: British Prime Minister David Cameron met Iranian President Hassan Rouhani on Wednesday at the United Nations, the first meeting between the leaders of the two countries since Iran's 1979 Islamic revolution.
The two leaders discussed the fight against Islamic State militants.
Download The Times of India News App for Latest World News`;

describe('more layouts', () => {
  it('public broadcaster: long menu, caption label and caption, related lists with their own dates', () => {
    const { report } = parse(BROADCASTER);
    expect(report.title).toBe("Cameron meets Iran's Rouhani in historic talks");
    expect(report.published).toBe('2014-09-24'); // not the 20 August date of a related story
    expect(report.source).toBe('BBC');
    expect(report.paragraphs).toHaveLength(3);
    expect(report.paragraphs[0]).toMatch(/^David Cameron has held talks/);
    expect(reasons(BROADCASTER)).toMatchObject({
      'Skip to content': 'interface',
      Weather: 'menu',
      iPlayer: 'menu',
      'Mr Cameron and Mr Rouhani met at the UN in New York': 'caption',
      'More on this story': 'related-heading',
      'UK and Iran to reopen embassies': 'link-list',
    });
  });

  it('news channel: standfirst kept, share buttons removed, "Source:" line names the publisher', () => {
    const { report } = parse(CHANNEL);
    expect(report.title).toBe('Iran and UK leaders meet for first time since 1979');
    expect(report.source).toBe('Al Jazeera');
    expect(report.published).toBe('2014-09-24');
    expect(report.paragraphs[0]).toMatch(/^Hassan Rouhani and David Cameron hold talks/);
    expect(report.paragraphs).toHaveLength(3);
    expect(report.removed).toEqual(expect.arrayContaining(['Copylink', 'Save', 'Advertisement', 'Source: Al Jazeera and agencies']));
  });

  it('US wire service: capitalised byline, em-dash dateline, contributor credit and rights line', () => {
    const { report } = parse(WIRE);
    expect(report.title).toBe('Cameron, Rouhani meet in first such talks since 1979');
    expect(report.source).toBe('AP');
    expect(report.published).toBe('2014-09-24');
    expect(report.paragraphs).toHaveLength(2);
    expect(report.removed).toEqual(expect.arrayContaining(['By JILL LAWLESS', '___']));
    expect(report.removed.some((l) => /contributed to this report/.test(l))).toBe(true);
    expect(report.removed.some((l) => /All rights reserved/.test(l))).toBe(true);
  });

  it('daily: agency and date in a pipe row, capitalised breadcrumb, app promotion after the body', () => {
    const { report } = parse(DAILY);
    expect(report.title).toBe('UK PM David Cameron meets Iran President Rouhani');
    expect(report.source).toBe('Reuters');
    expect(report.published).toBe('2014-09-25');
    expect(report.paragraphs).toHaveLength(2);
    expect(reasons(DAILY)).toMatchObject({
      'NEWS / WORLD NEWS / EUROPE NEWS': 'navigation',
      'Reuters | Sep 25, 2014, 03.44 AM IST': 'byline',
      'Download The Times of India News App for Latest World News': 'trailer',
    });
  });

  it('reads the outlet and date of a line that parts them with a comma, under a headline with no byline', () => {
    const r = parse('Heater recall widens\nThe Western Ledger, Friday 7 March 2025\n\nNorbrook said on Tuesday it would recall 80,000 heaters.\n').report;
    expect([r.title, r.source, r.published, r.publishedFrom]).toEqual(['Heater recall widens', 'The Western Ledger', '2025-03-07', 'stated']);
  });

  it('keeps a quotation that closes the article in short paragraphs, while a promotion after it still goes', () => {
    const text = [
      'Boss backs striker after arrest',
      'The club said on Tuesday that its striker would play in Sunday’s final despite his arrest for drink-driving.',
      '“We are aware of the issue involving Sam,” the manager said in a statement.',
      '“Obviously we’re disappointed.',
      'We take these issues very seriously.',
      'Moving forward, we will monitor the situation.”',
      'Download our app for the latest sports news',
    ].join('\n\n');
    const { report } = parse(text);
    expect(report.paragraphs.slice(-3)).toEqual([
      '“Obviously we’re disappointed.',
      'We take these issues very seriously.',
      'Moving forward, we will monitor the situation.”',
    ]);
    expect(reasons(text)).toEqual({ 'Download our app for the latest sports news': 'trailer' });
  });
});

describe('a "Read more" box in the body', () => {
  const page = (teaser: string) =>
    `Bakery to close after 90 years\n\nHarlow's Bakery, which has sold bread on Market Street since 1936, will close on 28 November, its owners said.\n\nRead more\n${teaser}\n\nThe bakery employs 11 people, and all of them have been offered help finding new jobs, the owners said.`;

  it('takes the headline under the label for the link it is', () => {
    expect(reasons(page('Market Street shops face rent review'))).toMatchObject({
      'Read more': 'interface',
      'Market Street shops face rent review': 'related',
    });
  });

  it('keeps a sentence under the label', () => {
    expect(parse(page('Rents rose by a third.')).report.paragraphs).toContain('Rents rose by a third.');
  });
});

describe('a caption over its credit', () => {
  const story = (figure: string) =>
    `Sketch returned to museum\n\nA chalk sketch stolen from a museum in Haarlem in 1995 has been returned, the Dutch police said on Wednesday.\n\n${figure}\n\nInvestigators believe the sketch passed through at least three owners after the theft, the police said.`;

  it('takes the line over "Credit...…" for the caption it is', () => {
    expect(reasons(story('A police photograph of the sketch after its return.\nCredit...Dutch National Police'))).toMatchObject({
      'A police photograph of the sketch after its return.': 'caption',
      'Credit...Dutch National Police': 'credit',
    });
  });

  it('keeps the paragraph over a credit printed above its picture', () => {
    const { paragraphs } = parse(story('Image source, Getty Images\nImage caption, The sketch in the museum on Wednesday')).report;
    expect(paragraphs[0]).toMatch(/^A chalk sketch/);
  });
});
