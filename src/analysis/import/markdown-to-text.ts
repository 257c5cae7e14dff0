/**
 * Markdown → the plain text shape `parseReport` reads: the first heading on its own first paragraph
 * (the title), then one paragraph per Markdown block, syntax removed. Not a Markdown renderer: it
 * keeps the words a reader would see and drops the rest (URLs, image references, HTML comments).
 */
export function markdownToText(markdown: string): { title: string | null; text: string } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push(joined);
    paragraph = [];
  };
  const heading = (raw: string) => {
    flush();
    const text = inline(raw);
    if (!text) return;
    // The first heading before any body text is the title; later ones are section headings.
    if (title === null && blocks.length === 0) title = text;
    else blocks.push(text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s{0,3}(```+|~~~+)/.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) {
        fence = null;
        flush();
      } else paragraph.push(line);
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    const next = lines[i + 1] ?? '';
    // Setext heading: a text line underlined with === or ---.
    if (line.trim() && paragraph.length === 0 && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s{0,3}[-*+]\s/.test(line)) {
      heading(line);
      i++;
      continue;
    }
    const atx = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      heading(atx[1] ?? '');
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
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    // Each list item is its own paragraph, as it would be rendered.
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph.push(inline(item[1]!));
      continue;
    }
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    paragraph.push(inline(quote ? quote[1]! : line));
  }
  flush();
  const text = [title, ...blocks].filter((b): b is string => Boolean(b)).join('\n\n');
  return { title, text };
}

/** Inline syntax → the visible words. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images: alt text is not part of the story
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[a-z][^>]*>/gi, '') // inline HTML tags
    .replace(/`+([^`]+)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
    .replace(/\s+#+\s*$/, '')
    .trim();
}
