import { decodeCharacterReferences, htmlFragmentText, newHtmlTextState } from './html-fragment-text.ts';
import { imageLine } from './image-line.ts';

/**
 * Markdown → the plain text shape `parseReport` reads: the first heading on its own first paragraph
 * (the title), then one paragraph per Markdown block, syntax removed. Not a Markdown renderer: it
 * keeps the words a reader would see and drops the rest (URLs, raw HTML's scripts, styles and
 * comments). Images are dropped from the text but returned in `removed`, one line each in the
 * order they stand, for the report's removed list: furniture is never dropped silently. So is a
 * line wholly in emphasis right under an image: the caption, as clippers and read-later apps
 * export a figure ("![…](reef.jpg)", then "*Divers survey the reef.*").
 *
 * An image's alt text is not kept as body text, though it may read like a caption: on news pages
 * it is either a copy of the caption printed beside it (which read-later exports keep as a line of
 * its own, so keeping both would state it twice), a description written for screen readers ("A
 * man in a red jacket beside a car") that reports nothing, a file name, or empty. In the body it
 * would be compared as a sentence the outlet never wrote as one.
 *
 * By hand rather than with marked's lexer, which was tried: it read a 5 MB file 2–4× slower, threw
 * "Maximum call stack size exceeded" on a few thousand nested ">" and used up 4 GB on 600 nested
 * list levels; and raw HTML and character references would still have needed this code. Every
 * regex here runs in linear time on a hostile line: no two unbounded runs can match the same
 * characters, and a delimiter search stops at the next delimiter.
 */
export function markdownToText(markdown: string): { title: string | null; text: string; removed: string[] } {
  const lines = withoutHtml(markdown.replace(/\r\n?/g, '\n').split('\n'));
  const removed: string[] = [];
  const inline = (text: string) => inlineText(text, removed);
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let fence: string | null = null;
  /** Whether the last line with content held only images, so an emphasised line under it is their caption. */
  let afterImage = false;
  const flush = () => {
    const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push(joined);
    paragraph = [];
  };
  const heading = (raw: string) => {
    flush();
    afterImage = false;
    const text = inline(raw);
    if (!text) return;
    // The first heading before any body text is the title; later ones are section headings.
    if (title === null && blocks.length === 0) title = text;
    else blocks.push(text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) {
        fence = null;
        flush();
      } else paragraph.push(line);
      continue;
    }
    if (fenceMatch) {
      flush();
      afterImage = false;
      fence = fenceMatch[1]!;
      continue;
    }
    const next = lines[i + 1] ?? '';
    // GFM table: a header row over a delimiter row, then rows until a line without a pipe. Each row
    // is a paragraph of its cells, so a figure stays next to what it counts.
    if (paragraph.length === 0 && line.includes('|') && TABLE_DELIMITER.test(next.trim())) {
      flush();
      afterImage = false;
      blocks.push(tableRow(line, inline));
      for (i++; i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim(); i++) blocks.push(tableRow(lines[i + 1]!, inline));
      continue;
    }
    // Setext heading: a text line underlined with === or ---.
    if (line.trim() && paragraph.length === 0 && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s{0,3}[-*+]\s/.test(line)) {
      heading(line);
      i++;
      continue;
    }
    const atx = /^\s{0,3}#{1,6}(?=\s|$)(.*)$/.exec(line);
    if (atx) {
      heading(atx[1]!.replace(/(?:^|(?<=\s))#+\s*$/, ''));
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush(); // horizontal rule
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    // Each list item is its own paragraph, as it would be rendered.
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      afterImage = false;
      paragraph.push(inline(item[1]!));
      continue;
    }
    if (afterImage && paragraph.length === 0 && !next.trim() && CAPTION.test(line.trim())) {
      removed.push(inline(line));
      afterImage = false;
      continue;
    }
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    const shown = removed.length;
    const text = inline(quote ? quote[1]! : line);
    afterImage = !text && removed.length > shown && paragraph.length === 0;
    paragraph.push(text);
  }
  flush();
  const text = [title, ...blocks].filter((b): b is string => Boolean(b)).join('\n\n');
  return { title, text, removed };
}

const FENCE = /^\s{0,3}(```+|~~~+)/;
/** A trimmed line wholly in emphasis, "*…*" or "**…**", with no emphasis inside (so linear). */
const CAPTION = /^(\*{1,2}|_{1,2})(?![*_\s])[^*_]*[^*_\s]\1$/;
// Applied to a trimmed line; no two space runs meet, so a long line fails in linear time.
const TABLE_DELIMITER = /^\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?)?$/;

/** "| Dhaka | 120 mm |" → "Dhaka; 120 mm" (a pipe escaped as "\|" is text). */
function tableRow(line: string, inline: (cell: string) => string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => inline(cell).replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
}

/**
 * Raw HTML → its visible words, line by line outside code fences, before the block rules run: a
 * `<script>` or `<style>` body (blank lines included) and a comment spread over lines are dropped
 * whole, other tags are removed, and block tags (`<p>`, `<div>`) become paragraph breaks. Per line
 * rather than per paragraph, because an HTML block's end is its closing tag, not a blank line.
 */
function withoutHtml(lines: string[]): string[] {
  const state = newHtmlTextState();
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const inHtml = state.hidden !== null || state.comment;
    const fenceMatch = inHtml ? null : FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]!.startsWith(fence)) fence = null;
      out.push(line);
    } else if (fenceMatch) {
      fence = fenceMatch[1]!;
      out.push(line);
    } else if (!inHtml && !line.includes('<')) {
      out.push(line);
    } else {
      const text = htmlFragmentText(line, state);
      // A line that held only tags or hidden text leaves nothing, not a paragraph break.
      if (text.trim() || text.includes('\n')) out.push(...text.split('\n'));
    }
  }
  return out;
}

// A link's text may hold one level of brackets ("the [2019] report"); its destination may hold
// balanced parentheses (Wikipedia's "…/Mercury_(planet)") or be written in <…>, and a title may follow.
const LINK_TEXT = String.raw`\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]`;
const DESTINATION = String.raw`\(\s*(?:<[^<>\n]*>|(?:[^()\s\\]|\\.|\((?:[^()\s\\]|\\.)*\))*)\s*(?:(?:"[^"]*"|'[^']*'|\([^()]*\))\s*)?\)`;
const IMAGE = new RegExp(String.raw`!${LINK_TEXT}(?:${DESTINATION}|\[[^\]]*\])`, 'g');
const LINK = new RegExp(String.raw`${LINK_TEXT}(?:${DESTINATION}|\[[^\]]*\])`, 'g');

/** Inline syntax → the visible words; each image's line for the removed list goes to `images`. */
function inlineText(text: string, images: string[]): string {
  return decodeCharacterReferences(inlineSyntax(text, images));
}

function inlineSyntax(text: string, images: string[]): string {
  return text
    .replace(IMAGE, (_image, alt: string) => {
      // The alt text's own syntax (emphasis, escapes, a link inside it) read as the rest of the line is.
      images.push(imageLine(decodeCharacterReferences(inlineSyntax(alt, []))));
      return '';
    })
    .replace(LINK, '$1') // [text](url), [text][ref]
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
    .replace(/(?<!\\)<\/?[a-z][^<>]*>/gi, '') // inline HTML tags the line pass left (a "\<" is text)
    .replace(/(?<!`)`+([^`]+)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1)[\s\S])*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)((?:(?!~~)[\s\S])*?\S)~~/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // any ASCII punctuation may be escaped (CommonMark)
    .trim();
}
