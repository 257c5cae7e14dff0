/**
 * The visible words of raw HTML inside Markdown, read line after line: a `<script>` opened on one
 * line and closed lines later (blank lines between included) hides everything between, and so does
 * a multi-line comment. A tag walk by regex, not a DOM: `analysis` creates no DOM, and these are
 * pieces of a Markdown file; whole HTML pages go through Readability instead.
 */
export interface HtmlTextState {
  /** Inside an element whose body is never shown as text (`script`, `style`, …), until its end tag. */
  hidden: string | null;
  /** Inside `<!-- … -->`, which may span pieces. */
  comment: boolean;
}

export const newHtmlTextState = (): HtmlTextState => ({ hidden: null, comment: false });

/** Elements whose content is code, styling or markup for machines, not words for a reader. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

/** Elements that end a paragraph: their tags become paragraph breaks. */
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'blockquote',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'hr',
  'details',
  'summary',
]);

// A tag (its name ends at a space, "/" or ">", so the autolinks <https://…> and <a@b.org> are not
// tags), a comment opener, or a declaration. Attribute values may hold ">" inside quotes; an
// unquoted "<" ends the attempt, so "a <b <c …" is read in linear time. A "<" escaped with a
// backslash is text.
const TAG = /(?<!\\)(?:<(\/?)([a-zA-Z][a-zA-Z\d-]*)(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>|<!--|<![a-zA-Z[][^<>]*>|<\?[^<>]*>)/g;

/**
 * HTML → text, with `\n\n` where a block element starts or ends. Character references are left
 * for the caller to decode with the rest of the line's text. An `<img>` with alt text becomes a
 * Markdown image, `![alt]()`, so the Markdown reader lists it with the file's other images, where it
 * stands; one with `alt=""` is, as HTML defines it, no content, and leaves nothing.
 */
export function htmlFragmentText(html: string, state: HtmlTextState): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    if (state.comment) {
      const end = html.indexOf('-->', at);
      if (end === -1) return out;
      state.comment = false;
      at = end + 3;
      continue;
    }
    if (state.hidden) {
      const close = new RegExp(`</${state.hidden}\\s*>`, 'i').exec(html.slice(at));
      if (!close) return out;
      state.hidden = null;
      at += close.index + close[0].length;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, tag.index);
    at = tag.index + tag[0].length;
    if (tag[0] === '<!--') {
      state.comment = true;
      continue;
    }
    const name = tag[2]?.toLowerCase();
    if (!name) continue; // <!DOCTYPE …>, <?xml …?>
    const closing = tag[1] === '/';
    if (!closing && HIDDEN_ELEMENTS.has(name) && !tag[0].endsWith('/>')) state.hidden = name;
    else if (BLOCK_ELEMENTS.has(name)) out += '\n\n';
    else if (!closing && name === 'img') out += markdownImage(tag[0]);
  }
  return out;
}

/** `<img src="a.jpg" alt="Crews at the pier">` → `![Crews at the pier]()`, its brackets and emphasis escaped; '' without alt text. */
function markdownImage(tag: string): string {
  const alt = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  const text = (alt?.[1] ?? alt?.[2] ?? alt?.[3] ?? '').trim();
  return text ? `![${text.replace(/[\\[\]*_`<>]/g, '\\$&')}]()` : '';
}

// The references news text actually carries; the full HTML table (2,000+ names) is not worth its
// weight here, and an unknown name is left as written rather than guessed.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  minus: '−',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  aelig: 'æ',
  oelig: 'œ',
  Eacute: 'É',
  Egrave: 'È',
  Aacute: 'Á',
  Agrave: 'À',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Oslash: 'Ø',
};

/** `&amp;`, `&#8217;`, `&#x2019;` → the characters; unknown names and invalid numbers stay as written. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    // Own names only: "&constructor;" must not find Object's and write its source into the text.
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
