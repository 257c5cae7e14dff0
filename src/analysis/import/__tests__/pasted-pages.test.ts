// Whole pages as readers paste or save them (written for these tests): a wire story copied as text
// with its site's menus, share buttons, photo credit, "Read more" link, newsletter box and credits; a
// tabloid's court story saved as HTML; a blog's Markdown copy of a broadcaster's story; two live
// pages, stamped by clock and by age; an AP story with its trailer; a local paper's page copied with
// its cookie banner and teasers; a story copied with ad markers and captions inside its body; a
// read-later app's Markdown export with front matter and images; a saved page with figures, an aside
// and menus. Each checks what the import makes of the page: its metadata, its sentences, its names
// and what it removed.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findNames } from '../../text/names.ts';
import { splitSentences } from '../../text/sentences.ts';
import { importText } from '../import-report.ts';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

function imported(name: string) {
  const text = readFileSync(new URL(`../__fixtures__/pasted/${name}`, import.meta.url), 'utf8');
  const result = importText(text, { id: name, name, parseHtml });
  if (!result.ok) throw new Error(`${name} did not import`);
  const { report } = result;
  const sentences = report.paragraphs.flatMap((p) => splitSentences(p).map(({ start, end }) => p.slice(start, end)));
  const names = sentences.flatMap((s) => findNames(s).map((n) => n.text));
  return { report, sentences, names };
}

describe('pasted pages', () => {
  it('a wire story copied as text: the outlet, the quote whole, the furniture removed, no emphasis capitals as names', () => {
    const { report, sentences, names } = imported('flood-wire.txt');
    expect([report.title, report.source, report.published]).toEqual([
      'Flash floods sweep through valley towns, leaving hundreds homeless',
      'Reuters',
      '2025-03-14',
    ]);
    expect(sentences).toContain(
      '"We lost everything. The water came so fast," said Elena Marsh, 64, who was rescued from her roof by a coastguard helicopter.',
    );
    expect(report.removed).toEqual(
      expect.arrayContaining([
        'Reuters',
        'Residents wade through floodwater in Carrow on Thursday. Photo: Reuters/Anna Bell',
        'Read more: Storm warnings issued for the coast',
        'Sign up for our morning newsletter',
        "Get the day's top stories in your inbox every morning.",
        'Additional reporting by Tom Hale and Priya Natarajan',
        'Reporting by Anna Bell; Editing by Mark Heinrich',
      ]),
    );
    expect(report.paragraphs.join('\n')).not.toMatch(/newsletter|inbox|Reporting by|Share this/);
    expect(names).toEqual(['Department of Health and Human Services', 'Elena Marsh', 'Maria Ortega']);
  });

  it('a court story saved as HTML: a quotation of two sentences is one sentence, the contributors are furniture', () => {
    const { report, sentences } = imported('trial-tabloid.html');
    expect([report.title, report.source, report.published]).toEqual(['Woman jailed for killing neighbour in fence row', 'NZ Truth', '2024-03-05']);
    expect(sentences).toContain('The victim\'s mother told the court: "She had her whole life ahead of her. On March 1, 2023, it was taken away."');
    expect(report.removed).toEqual(
      expect.arrayContaining(['By Jane Roe', 'Contributors: Sam Fox, Lee Park', 'Sign up to our daily briefing', 'Enter your email address']),
    );
    expect(report.paragraphs.join('\n')).not.toMatch(/Share on|Sign up|Contributors/);
  });

  it('a Markdown copy: the outlet atop the page is the source, the credit and the "Read more" link removed', () => {
    const { report, sentences, names } = imported('bridge-blog.md');
    expect([report.title, report.source]).toEqual(['Bridge closed after lorry strike', 'BBC News']);
    expect(sentences).toEqual([
      'A road bridge in Kendal was closed on Monday after a lorry struck one of its supports, police said.',
      '"It was terrifying. The whole deck shook," said one driver.',
      '"I thought it would fall."',
      'Engineers from the Department of Transport will inspect the structure before it reopens, Cumbria County Council said.',
    ]);
    expect(report.removed).toEqual([
      'BBC News',
      'By Hannah Price',
      'Read more: Other bridges checked after collapse',
      'With additional reporting by Oliver Grant',
      'Image: Engineers inspect the bridge',
    ]);
    expect(names).toEqual(['Kendal', 'Department of Transport', 'Cumbria County Council']);
  });

  it('a live page copied as text: its entries by their stamps, a clock-only update stamp and a script notice removed', () => {
    const { report } = imported('storm-live.txt');
    expect([report.title, report.source, report.published]).toEqual([
      'Storm Hollis live: thousands without power as gales batter west coast',
      null,
      '2026-11-10',
    ]);
    expect(report.paragraphs.map((p) => p.slice(0, 30))).toEqual([
      '19.45 GMT The Met Office has e',
      '18.30 GMT Power cut to 42,000 ',
      'Western Grid said 42,000 homes',
      '17.05 GMT A lorry has overturn',
      '15.40 GMT Ferries cancelled',
      'All sailings between Penzance ',
      '14.12 GMT Hello and welcome to',
    ]);
    expect(report.removed).toEqual(
      expect.arrayContaining(['Please turn on JavaScript to use this feature', 'Updated at 19.50 GMT', 'Comments (312)', 'Most viewed']),
    );
  });

  it("a wire story with AP's trailer: rules, a pointer to more coverage and a funding note are furniture, not the story's last lines", () => {
    const { report, sentences } = imported('quarry-ap.txt');
    expect([report.title, report.source, report.published]).toEqual([
      'Quarry collapse kills 4 workers in rural Pennsylvania, officials say',
      'AP',
      '2026-11-09',
    ]);
    expect(sentences.at(-1)).toBe('The names of the dead were not released pending notification of their families.');
    expect(report.removed.slice(4)).toEqual([
      '___',
      'Follow AP’s coverage of workplace safety at https://apnews.com/hub/workplace-safety.',
      '___',
      'Associated Press writers Leah Brennan in Harrisburg and Tom Okafor in Philadelphia contributed to this report.',
      'The Associated Press receives support from several private foundations for its coverage of work and safety. The AP is solely responsible for all content.',
      'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    ]);
  });

  it('a news page copied from a browser: cookie banner, share buttons, a "Read more" box and related teasers removed', () => {
    const { report } = imported('bakery-browser.txt');
    expect([report.title, report.source, report.published]).toEqual([
      'Family bakery that fed Northgate for 90 years to close its doors',
      'The Northgate Courier',
      '2026-11-03',
    ]);
    // The standfirst stays the body's first paragraph: nothing in its shape tells it from a lead (README).
    expect(report.paragraphs).toHaveLength(7);
    expect(report.paragraphs.join('\n')).not.toMatch(/cookies|Share|Read more|rent review|Related|Sign up/);
    expect(report.removed).toEqual(
      expect.arrayContaining([
        'We use cookies to improve your experience and to show you relevant ads. By continuing to browse you agree to our use of cookies.',
        'Accept all cookies',
        'Share on X',
        'Read more',
        'Market Street shops face rent review',
        'Pub landlord hangs up his apron after 40 years',
        'Sign up to our daily newsletter',
      ]),
    );
  });

  it("a read-later app's Markdown export: the front matter's address names the site, the caption and every image listed as removed", () => {
    const { report, sentences } = imported('reef-clip.md');
    expect([report.title, report.source, report.published, report.publishedFrom]).toEqual([
      'Coral spawning returns to bleached reef, surprising scientists',
      'coastwatchnews.example',
      '2026-10-28',
      'front-matter',
    ]);
    expect(sentences[0]).toMatch(/^Coral on a stretch of reef/);
    expect(report.paragraphs).toHaveLength(5);
    expect(report.removed).toEqual([
      'Image: Divers survey the reef off Lizard Point',
      'Divers survey the reef off Lizard Point. Photograph: Coastwatch Research Trust',
      'Image (no description)',
      'Image: Subscribe to our ocean newsletter',
      'Image: Map showing the monitored sites',
    ]);
  });

  it('a saved page with figures, an aside and menus: captions and images listed as removed, never read as sentences', () => {
    const { report, sentences } = imported('ferry-figure.html');
    expect([report.title, report.source, report.published]).toEqual(['Ferry runs aground off Skye with 120 on board', 'Highland Herald', '2026-11-06']);
    expect(sentences[0]).toBe('A ferry carrying 120 passengers and crew ran aground off the south of Skye on Thursday evening, the coastguard said.');
    expect(report.paragraphs).toHaveLength(6);
    expect(report.paragraphs.join('\n')).not.toMatch(/Photograph|crossing$|Islanders demand|briefing/m);
    expect(report.removed).toEqual(
      expect.arrayContaining([
        'Image: The MV Loch Shira aground near Armadale',
        'The MV Loch Shira aground near Armadale on Thursday evening. Photograph: Iain MacLeod',
        'Image: Map of the Sound of Sleat',
        'The ferry was on the Mallaig to Armadale crossing',
        'By Callum Reid',
        'Islanders demand new ferries',
        "Get the Highland Herald's morning briefing in your inbox",
      ]),
    );
  });

  it("a live page stamped by age: the stamps and expanders removed, and its 'Live' label is not the outlet", () => {
    const { report } = imported('election-live.txt');
    expect([report.title, report.source, report.published]).toEqual(['Election night live: polls close across the state', null, '2026-11-04']);
    expect(report.paragraphs).toEqual([
      'Turnout in Marion County reached 61%, the highest since 2008, the county clerk said.',
      'The governor has voted in her home precinct and told reporters she was "cautiously optimistic".',
      'Polls closed at 8pm. Counting has begun in all 92 counties.',
    ]);
    expect(report.removed).toEqual(expect.arrayContaining(['Live', '25m ago', '1h ago', 'Show 12 more updates']));
  });

  it('a story copied from a browser with furniture inside its body: ad markers, a reading time and captions removed', () => {
    const { report, sentences } = imported('museum-paste.txt');
    expect([report.title, report.source, report.published]).toEqual(['Stolen Vermeer Sketch Returned to Dutch Museum After 31 Years', null, '2026-11-12']);
    // The standfirst stays the body's first paragraph (README); the captions and the markers go.
    expect(sentences[0]).toBe('The drawing, taken in a 1995 break-in, was handed to police by a collector’s family in Belgium.');
    expect(report.paragraphs).toHaveLength(6);
    expect(report.removed).toEqual(
      expect.arrayContaining([
        'SKIP TO SITE INDEX',
        'Share full article',
        'Image caption, The sketch was returned to the Frans Hals Museum in Haarlem on Wednesday.',
        '5 min read',
        'SKIP ADVERTISEMENT',
        'A police photograph of the sketch after its return.',
        'Credit...Dutch National Police',
        'Continue reading the main story',
      ]),
    );
  });
});
