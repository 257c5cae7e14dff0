import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Report } from '../analysis/report/types.ts';
import { FirstScreen } from './first-screen.tsx';

const report = (id: string, patch: Partial<Report> = {}): Report => ({
  id,
  title: `Title of ${id}`,
  source: null,
  published: '2019-03-05',
  publishedFrom: 'stated',
  paragraphs: ['First paragraph.', 'Second paragraph.'],
  removed: [],
  ...patch,
});

const render = (reports: Report[]) => renderToStaticMarkup(createElement(FirstScreen, { reports }));

describe('FirstScreen', () => {
  it('escapes the reports’ text: markup in a headline, a source or a paragraph stays text', () => {
    const html = render([
      report('a', { title: '<img src=x onerror=alert(1)>', source: '"><script>alert(2)</script>', paragraphs: ['a < b & c > d', '</p><p>'] }),
      report('b', { removed: ['<b>furniture</b>'] }),
    ]);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a &lt; b &amp; c &gt; d');
    expect(html).toContain('&lt;/p&gt;&lt;p&gt;');
  });

  it('has no style attribute, which the Content-Security-Policy would refuse in the page', () => {
    expect(render([report('a'), report('b')])).not.toMatch(/\sstyle=/);
  });

  it('shows each report’s headline, source, date and paragraphs, and the date note of an inferred date', () => {
    const html = render([report('a', { source: 'Example Daily' }), report('b', { publishedFrom: 'inferred', title: '' })]);
    expect(html).toContain('Title of a');
    expect(html).toContain('Example Daily');
    expect(html).toMatch(/datetime="2019-03-05"/i); // React writes `dateTime`; HTML attributes are case-insensitive
    expect(html).toContain('Second paragraph.');
    // An untitled report's heading is its name (reportName), set in italics as no headline.
    expect(html).toMatch(/<h2[^>]*><span class="italic[^"]*">First paragraph\.<\/span><\/h2>/);
    expect(html).toContain('(inferred from the text)');
    expect(html.match(/<article/g)).toHaveLength(2);
    expect(html).toContain('data-first-screen');
  });
});
