import { Readability } from '@mozilla/readability';
import { readByline } from '../report/byline.ts';
import { bestPublished, stampsIn } from '../report/dateline.ts';
import { parseReport } from '../report/parse-report.ts';
import type { Report } from '../report/types.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { takeFigures } from './article-figures.ts';

export type NoArticle = { problem: 'no-article'; message: string };

/**
 * A Report from an HTML page the caller has parsed: `new DOMParser().parseFromString(html,
 * 'text/html')` in the browser (no scripts run in such a document), `parseHTML` from linkedom in
 * Node. Taking a Document rather than a string keeps this module free of any global DOM.
 *
 * The caller's document is not modified: Readability rewrites the tree it is given, so it works on
 * a clone. Only text ever leaves this function — paragraphs are read from text nodes, never from
 * innerHTML — so imported markup cannot reach the reader's DOM.
 */
export function reportFromHtml(doc: Document, meta: { id: string; file?: string }): Report | NoArticle {
  const clone = doc.cloneNode(true) as Document;
  sanitize(clone);
  const pageTitle = clean(clone.title ?? '');
  // Read before Readability, which turns the content's <h1> into an <h2>: a page's one <h1>.
  const h1s = clone.querySelectorAll?.('h1') ?? [];
  const pageHeadline = h1s.length === 1 ? clean(h1s[0]!.textContent ?? '') : '';
  const metaPublished = readMetaDate(clone);
  // The page's text as blocks, read before Readability rewrites the tree: what it leaves out (menus,
  // cookie notices, link lists) is listed as removed, since furniture is never dropped silently.
  const pageBlocks = clone.body ? blockTexts(clone.body) : [];
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    // serializer returns the node itself, so no HTML string is ever built.
    article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch (error) {
    return { problem: 'no-article', message: `the page could not be read as an article (${error instanceof Error ? error.message : String(error)})` };
  }
  const root = article?.content;
  // Before the paragraphs are read: a caption is listed as removed, not read as the report's text.
  const figures = root ? takeFigures(root) : [];
  let paragraphs = root ? blockTexts(root) : [];
  if (!paragraphs.some(isProse)) {
    return {
      problem: 'no-article',
      message: 'no article text found on this page (it looks like a menu, index or empty page); paste the article text instead',
    };
  }

  const siteName = clean(article?.siteName ?? '') || null;
  let title = clean(article?.title ?? '') || pageTitle;
  title = stripSiteSuffix(title, siteName);
  // Readability keeps the article's own headline in the content; use it as the title when it says the
  // same as <title> (which often carries " - Site name"), and do not repeat it as body text.
  const first = paragraphs[0];
  // The article's own <h1> is the headline a reader sees, where <title> is often another wording
  // written for search engines ("Climbers die on Mt Cook | Example News" over "Two climbers killed in
  // Mt Cook falls"): when the content opens with it, it is the title.
  const headline = pageHeadline;
  if (first && first.length <= 300 && (!title || sameHeadline(first, title) || first === headline)) {
    title = first;
    paragraphs = paragraphs.slice(1);
  } else if (headline && title.startsWith(headline) && SECTION_AFTER.test(title.slice(headline.length))) {
    // "<h1> | Transport": the <title> adds the section to the page's headline, which is the title.
    title = headline;
  }
  // The outlet before its author: a page that names no site in its metadata names it in <title>.
  const htmlSource = siteName ?? siteFromTitle(pageTitle, title) ?? cleanByline(article?.byline);
  // Readability takes the byline out of the text, and with it a date printed there ("TOI News Desk /
  // TIMESOFINDIA.COM / Updated: 03-06-2023, 21:15 IST"): read it from the byline it reports.
  const byline = clean(article?.byline ?? '');
  const bylinePublished = byline ? bestPublished(readByline(byline)?.stamps ?? stampsIn(byline)) : null;
  const htmlPublished = isoDate(article?.publishedTime) ?? metaPublished;

  // The same boilerplate rules as plain text: the title goes first, as in a plain-text report, so the
  // parser treats the rest as body and can drop bylines, share buttons and "Related:" lines.
  const parsed = parseReport([title, ...paragraphs].filter(Boolean).join('\n\n'), meta);
  let body = parsed.paragraphs;
  if (title && parsed.title && parsed.title !== title && !title.startsWith(parsed.title)) {
    // The parser chose another line as title; that line is body text we must not lose (not the title
    // itself with a site's name cut off).
    if (!body.includes(parsed.title)) body = [parsed.title, ...body];
  }
  if (title && body[0] === title) body = body.slice(1);
  return {
    ...parsed,
    removed: [...parsed.removed, ...figures, ...leftOut(pageBlocks, [title, pageTitle, ...paragraphs, ...parsed.removed, ...figures])],
    id: meta.id,
    file: meta.file,
    title: title || parsed.title,
    source: htmlSource ?? parsed.source,
    // The page's metadata, then a date the text states, then the byline's, then one inferred from the body.
    ...(htmlPublished || parsed.publishedFrom === 'stated' || !bylinePublished
      ? { published: htmlPublished ?? parsed.published, publishedFrom: htmlPublished ? ('stated' as const) : parsed.publishedFrom }
      : { published: bylinePublished, publishedFrom: 'stated' as const }),
    paragraphs: body,
  };
}

// Elements whose content is never article text, or that could act if the document were ever rendered.
// JSON-LD stays: it is data Readability reads for headline, author, publisher and date, never run.
const DROP =
  'script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, input, link[rel="stylesheet"]';

/** Remove scripts, styles and event-handler attributes before Readability sees the tree. */
function sanitize(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(DROP))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*javascript:/i.test(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'IFRAME']);

/**
 * The visible text of each block element, in document order. Inline elements join their
 * neighbours; a block boundary or a `<br>` starts a new paragraph. Walking text nodes (rather than
 * `textContent` of the whole article) keeps "…end of paragraph.Next heading" from running together.
 */
function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = clean(buffer);
    if (text) out.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') buffer += ' ';
  };
  walk(root);
  flush();
  return out;
}

/** Collapse whitespace, including non-breaking spaces, and trim. */
function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A paragraph a person wrote, not a link label: at least six words. */
function isProse(paragraph: string): boolean {
  return paragraph.split(' ').length >= 6;
}

function normalizeHeadline(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a <title> adds after the headline: " | Transport", " - World news", ": live". */
const SECTION_AFTER = /^\s+[-|–—:·]\s+\S/;

function sameHeadline(a: string, b: string): boolean {
  const x = normalizeHeadline(a);
  const y = normalizeHeadline(b);
  return x.length > 0 && y.length > 0 && (x === y || y.startsWith(x) || x.startsWith(y));
}

/** Lines of the page left out of the article that are listed one by one; a page of menus has hundreds. */
const MAX_PAGE_REMOVED = 100;
/** Blocks looked for inside the article's text, which Readability may join or split otherwise than the page: each look reads all of it. */
const MAX_LOOKS = 500;

/** The page's blocks the article leaves out, in page order, at most `MAX_PAGE_REMOVED` and a line saying there are more. */
function leftOut(pageBlocks: readonly string[], kept: readonly string[]): string[] {
  const exact = new Set(kept);
  const text = kept.join('\n');
  const out: string[] = [];
  let looks = 0;
  for (const block of pageBlocks) {
    if (exact.has(block)) continue;
    exact.add(block);
    // A block the article holds in another cut (part of a paragraph); past the limit, taken as held.
    if (++looks > MAX_LOOKS || text.includes(block)) continue;
    if (out.length === MAX_PAGE_REMOVED) return [...out, '(more lines of the page, not listed)'];
    out.push(block);
  }
  return out;
}

/**
 * "Chauvin convicted on all counts | Daily Beacon" → "Daily Beacon", when the part before the bar or
 * dash is the headline: pages without `og:site_name` name their outlet only there, and the byline
 * Readability reads instead is the reporter ("Sarah Kemp" had stood for the outlet).
 */
function siteFromTitle(pageTitle: string, headline: string): string | null {
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,50})$/.exec(pageTitle);
  const site = m?.[2]!.trim();
  return m && headline && sameHeadline(m[1]!, headline) && site && looksLikeSite(site) ? site : null;
}

/** A short name, not the rest of a headline: "Daily Beacon", "World Service News", "BBC Sport". */
function looksLikeSite(text: string): boolean {
  return text.split(/\s+/).length <= 5 && /^[\p{Lu}\d]/u.test(text) && !/[.!?]$/.test(text);
}

/** "Cameron seeks Iran's help - China Daily" → "Cameron seeks Iran's help" when the site is China Daily. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const escaped = escapeRegExp(siteName);
  const stripped = title.replace(new RegExp(`\\s+[-|–—:·]\\s+${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}\\s+[-|–—:·]\\s+`, 'i'), '');
  return stripped || title;
}

/**
 * "By Jane Doe, Reuters" → "Jane Doe, Reuters"; a byline that is a sentence is not a source, and
 * neither is an unnamed staff byline ("By Staff Reporter", "Our Correspondent"): it names no one.
 */
function cleanByline(byline: string | null | undefined): string | null {
  const text = clean(byline ?? '').replace(/^by\s+/i, '');
  if (!text || text.length > 100 || STAFF_BYLINE.test(text)) return null;
  return text;
}
const STAFF_BYLINE = /^(?:(?:a|our|the)\s+)?(?:staff|special)?\s*(?:reporter|writer|correspondent|staff|editor)s?$/i;

/**
 * The calendar date as the publisher wrote it: `2014-09-24T07:11:00+08:00` is the 24th, even though
 * it is still the 23rd in UTC, so the date part is taken as written rather than through Date.
 */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null;
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

/** Dates Readability does not read: `<time datetime>` in the page and the common meta names. */
function readMetaDate(doc: Document): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'time[datetime]',
  ];
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const iso = isoDate(value);
    if (iso) return iso;
  }
  return null;
}
