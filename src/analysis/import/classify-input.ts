export type InputKind = 'text' | 'html' | 'markdown';

export interface InputHints {
  /** File name, e.g. `report.html`; absent for pasted text. */
  name?: string;
  /** MIME type as the browser reports it (often empty for .md), or none. */
  type?: string;
}

const HTML_EXT = /\.(html?|xhtml)$/i;
const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd)$/i;
const TEXT_EXT = /\.(txt|text)$/i;

/**
 * Plain text, HTML or Markdown. The name and MIME type decide when they say HTML or Markdown; a
 * `.txt`, a generic type or a paste is sniffed, because people save pages as .txt and paste page
 * source. A declared .txt is only reclassified on strong evidence (a doctype or `<html>`), since
 * a news text may well quote a `<tag>` or start a line with `#`.
 */
export function classifyInput(text: string, hints: InputHints = {}): InputKind {
  const name = hints.name ?? '';
  const type = (hints.type ?? '').toLowerCase().split(';')[0]!.trim();
  if (HTML_EXT.test(name) || type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (MARKDOWN_EXT.test(name) || type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  const head = text.slice(0, 4096).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<!doctype html|^(<!--[\s\S]*?-->\s*)*<html[\s>]/i.test(head)) return 'html';
  if (TEXT_EXT.test(name) || type === 'text/plain') return 'text';
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

/** Several block tags (or a head/body) mean markup; one stray `<b>` in prose does not. */
function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (/<(head|body)[\s>]/i.test(sample)) return true;
  const blocks = sample.match(/<(p|div|article|section|h[1-6]|br|li|table|span|a\s[^>]*href)[\s>/]/gi) ?? [];
  const closers = sample.match(/<\/(p|div|article|section|h[1-6]|li|span|a)>/gi) ?? [];
  return blocks.length >= 2 && closers.length >= 1;
}

/**
 * Markdown when at least two distinct Markdown features appear (an ATX heading, a link, emphasis,
 * a list or a quote): one alone is common in plain text ("#1 priority", "*sigh*").
 */
function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 65536);
  const features = [/^#{1,6} \S/m, /!?\[[^\]\n]+\]\([^)\s]+\)/, /(\*\*|__)[^*_\n]+\1/, /^\s{0,3}[-*+] \S/m, /^> \S/m, /^\S.*\n(=+|-+)\s*$/m, /^```/m];
  return features.filter((re) => re.test(sample)).length >= 2;
}
