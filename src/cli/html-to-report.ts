import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../analysis/import/import-report.ts';

/**
 * The CLI's HTML parser: linkedom rather than jsdom, because it is several times lighter on long
 * pages (stack.md: jsdom peaked at ~1.25 GB over 181 pages and threw on one page's CSS), and
 * Readability's output on it matches DOMParser's on our fixtures (extract-article tests run both).
 * linkedom implements enough of the DOM for Readability but is typed as its own Document.
 */
export const parseHtmlWithLinkedom: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
