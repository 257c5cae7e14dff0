import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importText } from '../import-report.ts';
import { stripInlineCode } from '../strip-inline-code.ts';

/** Runs of spaces inside a tag are one space to the parser; the tests compare markup, not spacing. */
const strip = (html: string) => stripInlineCode(html).replace(/\s+/g, ' ');

describe('stripInlineCode', () => {
  it('removes style attributes however they are quoted, and keeps the other attributes', () => {
    expect(strip('<p class="lead" style="color: red">One</p>')).toBe('<p class="lead" >One</p>');
    expect(strip("<div STYLE='margin:0' id=a>Two</div>")).toBe('<div id=a>Two</div>');
    expect(strip('<span style=color:red>Three</span>')).toBe('<span >Three</span>');
    expect(strip('<b style = "x" >Four</b>')).toBe('<b >Four</b>');
  });

  it('removes event-handler attributes, which the page’s policy would log an error for as it parses', () => {
    expect(strip('<img src="a.png" onerror="alert(1)" alt="Map">')).toBe('<img src="a.png" alt="Map">');
    expect(strip("<body ONLOAD=go()><p onclick='x()' class=c>Text</p></body>")).toBe('<body ><p class=c>Text</p></body>');
    // Other attributes with "on" in their name are kept.
    expect(strip('<p data-onclick="1" on="2">Text</p>')).toBe('<p data-onclick="1" on="2">Text</p>');
  });

  it('reads a quoted value to its closing quote, past any ">"', () => {
    expect(strip('<p style="content: \'>\'" title="t">Text</p>')).toBe('<p title="t">Text</p>');
  });

  it('keeps attribute names apart when a style sat between them without spaces', () => {
    expect(strip('<p id="a"style="x"class="b">T</p>')).toBe('<p id="a" class="b">T</p>');
  });

  it('marks what a style hid as hidden, so extraction still skips it', () => {
    expect(strip('<div style="display:none">Ad</div>')).toBe('<div hidden >Ad</div>');
    expect(strip('<div style="color: red; visibility : hidden !important">Ad</div>')).toBe('<div hidden >Ad</div>');
    expect(strip('<div style="display: none-ish">Text</div>')).toBe('<div >Text</div>');
  });

  it('removes <style> elements with their bodies, and leaves a self-closed one’s neighbours', () => {
    expect(stripInlineCode('<head><STYLE media=all>p { color: red }</style ><title>T</title></head>')).toBe('<head><title>T</title></head>');
    expect(stripInlineCode('<svg><style/><text>Chart</text></svg>')).toBe('<svg><text>Chart</text></svg>');
  });

  it('never touches text: raw-text elements, comments and a "<" that starts no tag stay as written', () => {
    const untouched = [
      '<title>How <b style="x"> works</title>',
      '<textarea><p style="x"></textarea>',
      '<script>const s = "<p style=\\"x\\">";</script>',
      '<!-- <p style="x"> -->',
      '<p>If a < b style="x" then</p>',
      '<p>Set style="x" on it</p>',
      '<!doctype html><p>plain</p>',
    ];
    for (const html of untouched) expect(stripInlineCode(html)).toBe(html);
  });

  it('keeps the text of any input and never leaves a style attribute behind (linkedom as the parser)', () => {
    const chunk = fc.constantFrom(
      '<p style="color:red">',
      "<div style='a>b'>",
      '<span id=x style=y>',
      '<b onclick="x()">',
      '</p>',
      '<style>p{}</style>',
      '<title>t<i style=x></title>',
      '<!-- c -->',
      'words ',
      '< ',
      'a<b',
      '"',
      "'",
      '>',
      '=',
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 30 }), (chunks) => {
        const html = chunks.join('');
        const stripped = stripInlineCode(html);
        expect(stripInlineCode(stripped)).toBe(stripped);
        const doc = parseHTML(`<!doctype html><html><body>${stripped}</body></html>`).document;
        expect(doc.querySelectorAll('body [style], body [onclick]').length).toBe(0);
      }),
    );
  });

  it('keeps a page without styles as it is', () => {
    const html = '<html><body><article><p>Heavy snow closed four passes.</p></article></body></html>';
    expect(stripInlineCode(html)).toBe(html);
  });
});

describe('HTML import without inline styles', () => {
  const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
  const paragraph = (n: number) =>
    `<p style="margin: 0 0 1em; line-height: 1.6">Paragraph ${n} of the report says that the council met on Tuesday and approved the plan for the new bridge over the river.</p>`;

  it('extracts the article, and skips what an inline style hid', () => {
    const page = `<!doctype html><html><head><title>Council approves bridge</title><style>body { font: 16px serif }</style></head>
      <body><article style="max-width: 40em"><h1 style="font-size: 2em">Council approves bridge</h1>
      ${[1, 2, 3, 4].map(paragraph).join('\n')}
      <div style="display: none"><p>Subscribe now to read the hidden offer of the week and save money today.</p></div>
      </article></body></html>`;
    const result = importText(page, { id: 'h', name: 'h.html', parseHtml });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.title).toBe('Council approves bridge');
    expect(result.report.paragraphs).toHaveLength(4);
    expect(result.report.paragraphs.join(' ')).not.toContain('hidden offer');
  });
});
