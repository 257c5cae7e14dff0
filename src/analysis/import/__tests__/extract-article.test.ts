import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reportFromHtml } from '../extract-article.ts';

const fixture = readFileSync(new URL('../__fixtures__/article.html', import.meta.url), 'utf8');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('reportFromHtml (linkedom, as in the CLI)', () => {
  it('takes title, source and date from the page metadata', () => {
    const report = reportFromHtml(parse(fixture), { id: 'cd', file: 'cd.html' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.id).toBe('cd');
    expect(report.file).toBe('cd.html');
    expect(report.title).toBe("Cameron seeks Iran's help against IS");
    expect(report.source).toBe('China Daily');
    // The publisher's calendar date, not the UTC one (07:11 +08:00 is still the 23rd in UTC).
    expect(report.published).toBe('2014-09-24');
  });

  it("takes the page's <h1> as the title when <title> adds a section to it, and does not repeat it in the body", () => {
    const paragraph = (k: number) => `<p>Paragraph ${k} of the report says what the airline said about the landing and the passengers on board.</p>`;
    const page = `<html><head><title>Jet skids on to grass at Birmingham | Transport | The Meridian</title></head><body><nav><a href="/">Home</a></nav><main><article>
      <h1>Jet skids on to grass at Birmingham</h1><p>Eleven people hurt as a New York-bound Airbus overruns the runway</p>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></main></body></html>`;
    const report = reportFromHtml(parse(page), { id: 'm' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.title).toBe('Jet skids on to grass at Birmingham');
    expect(report.source).toBe('The Meridian');
    expect(report.paragraphs).not.toContain('Jet skids on to grass at Birmingham');
  });

  it('returns the article paragraphs as text, in order, without navigation or footer', () => {
    const report = reportFromHtml(parse(fixture), { id: 'cd' });
    if ('problem' in report) throw new Error(report.message);
    const body = report.paragraphs.join('\n');
    expect(report.paragraphs[0]).not.toBe(report.title);
    expect(body).toContain('British Prime Minister David Cameron and Iranian President Hassan Rouhani will meet');
    expect(body).toContain('the United Nations General Assembly');
    expect(body).toContain('No relaxed stance');
    expect(body.indexOf('will meet within')).toBeLessThan(body.indexOf('However, the United States'));
    expect(body).not.toMatch(/Most popular|Copyright|Story one/);
  });

  it('never returns markup or script content', () => {
    const report = reportFromHtml(parse(fixture), { id: 'cd' });
    if ('problem' in report) throw new Error(report.message);
    const all = [report.title, report.source ?? '', ...report.paragraphs, ...report.removed].join('\n');
    expect(all).not.toMatch(/<[a-z/!]/i);
    expect(all).not.toMatch(/tracker|alert\(|document\.write|injected paragraph|font: 16px/);
  });

  it('does not modify the caller’s document', () => {
    const doc = parse(fixture);
    const before = doc.documentElement.outerHTML;
    reportFromHtml(doc, { id: 'cd' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('splits at <br> and keeps inline links as text', () => {
    const report = reportFromHtml(parse(fixture), { id: 'cd' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.paragraphs).toContain("but it would like more flexibility on Iran's uranium enrichment program in exchange.");
  });

  it('reads JSON-LD metadata and splits <br><br> text in a bare <div>', () => {
    const html = readFileSync(new URL('../__fixtures__/json-ld-div-br.html', import.meta.url), 'utf8');
    const report = reportFromHtml(parse(html), { id: 'afp' });
    if ('problem' in report) throw new Error(report.message);
    expect(report).toMatchObject({ title: 'Cameron and Rouhani meet in New York', source: 'AFP', published: '2014-09-24' });
    expect(report.paragraphs).toHaveLength(3);
    expect(report.paragraphs[2]).toMatch(/^"The prime minister and president noted/);
    expect(report.paragraphs.join(' ')).not.toMatch(/schema\.org|Related:/);
  });

  it('reports a page with no article', () => {
    const html =
      '<html><head><title>Index</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></body></html>';
    const result = reportFromHtml(parse(html), { id: 'x' });
    expect(result).toEqual({ problem: 'no-article', message: expect.stringMatching(/no article text/) });
  });

  it('reports an empty page', () => {
    const result = reportFromHtml(parse('<html><body></body></html>'), { id: 'x' });
    expect('problem' in result && result.problem).toBe('no-article');
  });

  it('falls back to <title> and byline when there is no site name, and to <time datetime>', () => {
    const html = `<html><head><title>Talks in New York</title></head><body><article>
      <p class="byline">By Jane Doe</p><time datetime="2014-09-25">25 September</time>
      <p>British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations in New York.</p>
      <p>It was the first meeting between the countries' leaders since the 1979 Islamic Revolution, officials said on Thursday.</p></article></body></html>`;
    const report = reportFromHtml(parse(html), { id: 'x' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.title).toBe('Talks in New York');
    expect(report.source).toBe('Jane Doe');
    expect(report.published).toBe('2014-09-25');
    expect(report.paragraphs.join(' ')).toContain('first meeting');
  });

  it('reads the date in a byline row parted by slashes ("TOI News Desk / TIMESOFINDIA.COM / Updated: …")', () => {
    const html = `<html><head><title>Train crash toll rises</title></head><body><article>
      <div class="byline">TOI News Desk / TIMESOFINDIA.COM / Updated: 03-06-2023, 21:15 IST</div>
      <p>The death toll in the train crash in Odisha rose to 288 on Saturday, railway officials said, as rescue work ended.</p>
      <p>More than 1,000 people were injured when three trains collided near Balasore on Friday evening.</p></article></body></html>`;
    const report = reportFromHtml(parse(html), { id: 'x' });
    if ('problem' in report) throw new Error(report.message);
    expect(report).toMatchObject({ published: '2023-06-03', publishedFrom: 'stated' });
  });

  it('reads the date of a byline Readability takes out of the text', () => {
    const html = `<!DOCTYPE html>
<html lang="en-IN"><head><meta charset="utf-8"><title>Ferry capsizes off Kochi: 12 dead | India News - Example Times</title></head><body>
<div class="topbar">Sign In | Plus | Today's ePaper | Download App</div>
<nav>City | India | World | Business | Sports | Photos | Videos</nav>
<div class="breadcrumb">News / India News / Ferry capsizes off Kochi</div>
<article>
<h1>Ferry capsizes off Kochi: 12 dead</h1>
<div class="byline">ET News Desk / EXAMPLETIMES.COM / Updated: 14-05-2023, 19:40 IST</div>
<div class="share">Follow us | Share | Font Size | Save | Comments (31)</div>
<p>KOCHI: Twelve people died when an overloaded tourist ferry capsized off Kochi on Sunday evening, officials said, and 23 passengers were rescued by fishermen.</p>
<p>The boat, licensed to carry 30 people, had more than 40 on board when it overturned in rough water near the harbour mouth at about 6.30 pm.</p>
<p>The state government announced Rs 4 lakh for the families of the dead and ordered an inquiry into how the boat had been allowed to sail.</p>
<p>Navy divers searched the water through the night for two passengers still missing, a spokesman said on Monday morning.</p>
</article></body></html>`;
    const report = reportFromHtml(parse(html), { id: 'x' });
    if ('problem' in report) throw new Error(report.message);
    expect(report).toMatchObject({ published: '2023-05-14', publishedFrom: 'stated' });
  });

  it('takes the page’s one <h1> over a <title> worded otherwise, and no unnamed staff byline as the source', () => {
    const html = `<html><head><title>Leaders meet at UN | Example News</title></head><body><nav><a href="/">Home</a></nav><article>
      <h1>Cameron and Rouhani hold first talks since 1979</h1><p class="byline">By Staff Reporter</p>
      <p>British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations in New York.</p>
      <p>It was the first meeting between the countries' leaders since the 1979 Islamic Revolution, officials said on Thursday.</p></article></body></html>`;
    const report = reportFromHtml(parse(html), { id: 'x' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.title).toBe('Cameron and Rouhani hold first talks since 1979');
    expect(report.paragraphs[0]).toMatch(/^British Prime Minister/);
    expect(report.source).toBeNull();
  });

  it('takes the outlet from <title> after the headline before the reporter’s byline, and a header of date and authors is furniture, listed with the page’s menus', () => {
    const html = `<html><head><title>Cameron and Rouhani hold first talks | Daily Beacon</title><meta name="author" content="Sarah Kemp"></head><body><div class="cookie">We use cookies to analyse our traffic.</div><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
      <h1>Cameron and Rouhani hold first talks</h1><div>13 October 2023 By Sarah Kemp &amp; Tom Gerken, Politics team</div>
      <p>British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations in New York.</p>
      <p>It was the first meeting between the countries' leaders since the 1979 Islamic Revolution, officials said on Thursday.</p></article></body></html>`;
    const report = reportFromHtml(parse(html), { id: 'x' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.source).toBe('Daily Beacon');
    expect(report.paragraphs[0]).toMatch(/^British Prime Minister/);
    expect(report.removed).toContain('13 October 2023 By Sarah Kemp & Tom Gerken, Politics team');
    // What Readability leaves out of the page is listed too, never dropped unseen.
    expect(report.removed).toEqual(expect.arrayContaining(['We use cookies to analyse our traffic.', 'Home World']));
  });
});
