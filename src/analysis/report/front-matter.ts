/**
 * Front matter: a block of `key: value` lines between two `---` lines at the very start of a text or
 * Markdown report, as static-site generators write it:
 *
 *   ---
 *   title: Cameron and Rouhani meet at the UN
 *   source: Example Daily
 *   published: 2014-09-24
 *   ---
 *
 * Only `title`, `source` and `published` are read (and a page address, for want of a source), the date also under the names site generators
 * give it (`DATE_KEYS`: Jekyll, Hugo, Pandoc and Eleventy write `date:`) and the source under the
 * names people give an outlet (`SOURCE_KEYS`: `publication:`, `outlet:`…); other keys (tags, author, layout…) and their
 * indented or `- ` continuation lines are skipped. Not a YAML parser: a report needs three scalar
 * values, and a YAML library would cost more than the whole report parser chunk.
 */

/** Keys that give the publication date, the first one present winning: `published` is ours, the rest site generators'. */
const DATE_KEYS = ['published', 'date', 'pubdate', 'publishdate', 'published_at', 'date_published'];
/** Keys that name the outlet, the first one present winning: `source` is ours, the rest what people and tools write. */
const SOURCE_KEYS = ['source', 'publication', 'outlet', 'publisher', 'site_name', 'sitename', 'site', 'newspaper'];
/** Keys that give the page's address, which read-later apps and clippers write. */
const URL_KEYS = ['url', 'link', 'source_url', 'original_url'];
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

export interface FrontMatter {
  title?: string;
  source?: string;
  /** As written; `parse-report` decides whether it is a date. */
  published?: string;
  /** The key it was written under (`date`, `pubDate`…), to name it in a warning. */
  publishedKey?: string;
  /**
   * The page's address, given under a source key or `url:` ("source: https://www.example.com/…",
   * as Obsidian's web clipper writes it): where the page came from, not the outlet's name, so it
   * is `source` only when neither the front matter nor the text names the outlet, as its site.
   */
  sourceUrl?: string;
}

export interface SplitText {
  /** Null when the text does not open with a front matter block. */
  frontMatter: FrontMatter | null;
  /** The text after the block (the whole text when there is none). */
  body: string;
  /** The block itself, closing line included ('' when none), so a caller can re-attach it. */
  block: string;
}

/** A block longer than this is not front matter but a text that happens to open with a rule. */
const MAX_LINES = 60;

const OPEN = /^---[ \t]*$/;
/** `...` also ends a YAML document. */
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const CONTINUATION = /^(?:[ \t]+\S|-[ \t]|#)/;

/** Splits a leading front matter block off `text`. Leading blank lines and a BOM are allowed before it. */
export function splitFrontMatter(text: string): SplitText {
  const none: SplitText = { frontMatter: null, body: text, block: '' };
  const lead = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*/.exec(text)![0].length;
  const lines: string[] = [];
  let at = lead;
  for (let n = 0; n <= MAX_LINES + 1 && at < text.length; n++) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end + 1;
    lines.push(text.slice(at, stop).replace(/\r?\n$/, ''));
    at = stop;
    if (n === 0 && !OPEN.test(lines[0]!)) return none;
    if (n > 0 && CLOSE.test(lines[n]!)) break;
  }
  if (lines.length < 3 || !CLOSE.test(lines.at(-1)!)) return none;

  const frontMatter: FrontMatter = {};
  let keys = 0;
  let dateRank = DATE_KEYS.length;
  let bestSource = SOURCE_KEYS.length;
  for (const line of lines.slice(1, -1)) {
    if (!line.trim() || CONTINUATION.test(line)) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) return none; // prose between two rules, not metadata
    keys++;
    const key = m[1]!.toLowerCase();
    const value = unquote(m[2] ?? '');
    if (value && key === 'title') frontMatter.title = value;
    const sourceRank = SOURCE_KEYS.indexOf(key);
    const address = WEB_ADDRESS.test(value);
    if (address && (sourceRank >= 0 || URL_KEYS.includes(key))) frontMatter.sourceUrl ??= value;
    else if (value && sourceRank >= 0 && sourceRank < bestSource) [frontMatter.source, bestSource] = [value, sourceRank];
    const rank = DATE_KEYS.indexOf(key);
    if (value && rank >= 0 && rank < dateRank) [frontMatter.published, frontMatter.publishedKey, dateRank] = [value, m[1]!, rank];
  }
  return keys > 0 ? { frontMatter, body: text.slice(at), block: text.slice(0, at) } : none;
}

/**
 * YAML's scalars as front matter uses them: "…" with backslash escapes, '…' with '' for a quote,
 * or plain text, where " #" starts a comment (as in YAML, so "title: Storm hits #1 city" needs quotes).
 */
function unquote(value: string): string {
  const v = value.trim();
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(v);
  if (double) return double[1]!.replace(/\\(["\\])/g, '$1').trim();
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(v);
  if (single) return single[1]!.replace(/''/g, "'").trim();
  return v.replace(/(?:^|\s+)#.*$/, '').trim();
}
