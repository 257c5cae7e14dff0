/**
 * An HTML page with its `style` attributes, `<style>` elements and event-handler attributes
 * (`onerror`, `onload`, …) removed, before any DOM is built from it. In a page whose
 * Content-Security-Policy forbids inline styles and scripts, Chromium checks every inline style and
 * handler as it is parsed, even into a `DOMParser` or `createHTMLDocument` document that is never
 * rendered, and logs one console error for each (and again for each node Readability renames,
 * since it copies attributes); nothing runs, but a user test saw six errors for one page. Removing
 * them afterwards is too late, and allowing inline code would weaken the policy for the app's own
 * page; so they go from the string.
 *
 * One thing a style says matters to extraction: that an element is hidden. Readability skips
 * `display: none` and `visibility: hidden`; such a style becomes the `hidden` attribute, which it
 * skips the same way. (In the browser the blocked style was never applied, so hidden text used to
 * be read there but not by the CLI; now both skip it.)
 *
 * The scan follows the HTML tokenizer where it decides what is markup: a tag starts at `<` and a
 * letter, attribute values may be quoted and hold `>`, comments run to `-->`, and the bodies of
 * raw-text elements (`<script>`, `<title>`, `<textarea>`, …) are text, never tags. Text outside
 * tags is copied unchanged, so no word of the article can be lost. Linear in the input's length.
 */
export function stripInlineCode(html: string): string {
  let out = '';
  let copied = 0;
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt === -1 || lt + 1 >= html.length) break;
    const next = html[lt + 1]!;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) break;
      at = end + 3;
    } else if (next === '!' || next === '?' || (next === '/' && !isAsciiLetter(html[lt + 2]))) {
      // A doctype, a bogus comment, or "</" not before a letter: runs to the next ">".
      const end = html.indexOf('>', lt + 2);
      if (end === -1) break;
      at = end + 1;
    } else if (next === '/' || isAsciiLetter(next)) {
      const tag = readTag(html, lt);
      if (tag.closing) {
        at = tag.end;
        continue;
      }
      if (tag.name === 'style') {
        // The element and its body go; a `<style/>` (self-closing in SVG) loses only its tag.
        const close = tag.selfClosing ? null : findEndTag(html, 'style', tag.end);
        out += html.slice(copied, lt);
        copied = at = close ? close.end : tag.end;
        continue;
      }
      if (tag.dropped.length) {
        out += html.slice(copied, lt);
        out += rewriteTag(html, lt, tag);
        copied = tag.end;
      }
      at = tag.end;
      if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
        if (tag.name === 'plaintext') break;
        const close = findEndTag(html, tag.name, at);
        if (!close) break;
        at = close.end;
      }
    } else {
      at = lt + 1; // "<" followed by anything else is text.
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** Elements whose body the tokenizer reads as text up to their end tag (scripting off, as in DOMParser). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** What a style needs to say for Readability to skip the element. */
const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Just past the tag's `>` (or the end of the input when it has none). */
  end: number;
  /** The `style` and `on…` attributes: where each starts and ends in the input, its value, and whether it is a style. */
  dropped: { start: number; end: number; value: string; style: boolean }[];
}

function readTag(html: string, lt: number): Tag {
  const closing = html[lt + 1] === '/';
  let at = lt + (closing ? 2 : 1);
  const nameStart = at;
  while (at < html.length && !isTagNameEnd(html[at]!)) at += 1;
  const name = html.slice(nameStart, at).toLowerCase();
  const dropped: Tag['dropped'] = [];
  let selfClosing = false;
  for (;;) {
    while (at < html.length && (isSpace(html[at]!) || html[at] === '/')) {
      selfClosing = html[at] === '/';
      at += 1;
    }
    if (at >= html.length) return { name, closing, selfClosing: false, end: html.length, dropped };
    if (html[at] === '>') return { name, closing, selfClosing, end: at + 1, dropped };
    selfClosing = false;
    const attrStart = at;
    // An attribute name may begin with "=", and runs to a space, "/", ">" or "=".
    at += 1;
    while (at < html.length && !isSpace(html[at]!) && html[at] !== '/' && html[at] !== '>' && html[at] !== '=') at += 1;
    const attrName = html.slice(attrStart, at).toLowerCase();
    let value = '';
    let after = at;
    while (after < html.length && isSpace(html[after]!)) after += 1;
    if (html[after] === '=') {
      after += 1;
      while (after < html.length && isSpace(html[after]!)) after += 1;
      const quote = html[after];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, after + 1);
        const valueEnd = close === -1 ? html.length : close;
        value = html.slice(after + 1, valueEnd);
        at = close === -1 ? html.length : close + 1;
      } else {
        const valueStart = after;
        while (after < html.length && !isSpace(html[after]!) && html[after] !== '>') after += 1;
        value = html.slice(valueStart, after);
        at = after;
      }
    }
    if (attrName === 'style' || /^on[a-z]/.test(attrName)) dropped.push({ start: attrStart, end: at, value, style: attrName === 'style' });
  }
}

/**
 * The tag as written, without its `style` and `on…` attributes; `hidden` in a style's place when it
 * hid the element. Spaces around the replacement keep `style="…"class="a"` from gluing two attribute
 * names together.
 */
function rewriteTag(html: string, lt: number, tag: Tag): string {
  let out = '';
  let from = lt;
  for (const attribute of tag.dropped) {
    out += html.slice(from, attribute.start);
    out += attribute.style && HIDING.test(attribute.value) ? ' hidden ' : ' ';
    from = attribute.end;
  }
  return out + html.slice(from, tag.end);
}

/** `</name` followed by a space, "/" or ">", case-insensitively, from `from` on: where its tag ends. */
function findEndTag(html: string, name: string, from: number): { end: number } | null {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return null;
  const close = html.indexOf('>', match.index);
  return { end: close === -1 ? html.length : close + 1 };
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /^[a-zA-Z]$/.test(char);
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

function isTagNameEnd(char: string): boolean {
  return isSpace(char) || char === '/' || char === '>';
}
