/**
 * Context rules: furniture that is only recognisable by where it stands relative to the body.
 *
 * The body is located by its prose lines (see `isProse`): everything above the first prose line is
 * the header (menus, kicker, headline, standfirst, byline), everything below the last one is the
 * trailer (sign-offs, share rows, link lists, footers). Readability finds the same regions from the
 * DOM; pasted text has only line shapes left, so the prose/non-prose split stands in for it.
 */
import { isStampedEntry } from './entry-stamps.ts';
import { isEntryStamp } from './entry-stamps.ts';
import { PICTURE_CREDIT_BELOW, type RemovalReason } from './boilerplate.ts';
import { isNameLine, readOutletLine } from './byline.ts';
import { hasFunctionWord, isInCapitals, isProse, isTitleCase, wordCount } from './line-shape.ts';
import { isHeadlineLike, isSubstantialHeadline, pickTitle } from './title.ts';
import type { LogicalLine } from './wrap.ts';

export interface Zoned {
  /** Index of the headline in the lines, or -1. */
  title: number;
  /** Per line: why it is removed, or null when it stays in the body (the title line is null too). */
  removed: (RemovalReason | null)[];
  /** Index of the first body line (lines.length when there is none): stamps above it are the page's own. */
  bodyStart: number;
}

/** A link under an "Editor's picks"-style heading is a short line; longer ones end the list. */
const MAX_LINK_WORDS = 25;
/** Lines after the headline and above the body that are this long are a standfirst, kept as body. */
const STANDFIRST_WORDS = 8;

/**
 * A short opening paragraph ("It was a historic day.") sits above the first prose line too, but
 * unlike bylines and widget labels it is a capitalised sentence with a full stop and a few words.
 */
function isShortSentence(line: string): boolean {
  // Three words will do inside a quotation, whose paragraphs a speaker keeps short: "“Obviously we're disappointed.".
  return wordCount(line) >= (/^["“‘]/.test(line) ? 3 : 4) && /^["“‘']?\p{Lu}/u.test(line) && /[.!?]["”’']?$/.test(line);
}

/**
 * A tabloid's punchy last lines after the body, "Doors stay shut." or "Doors stay shut till
 * September.": a sentence of three words or more with no small word to show it, though not in Title
 * Case as a related headline would be, and with the full stop a headline lacks.
 */
function isTerseSentence(line: string): boolean {
  return wordCount(line) >= 3 && /^\p{Lu}\p{Ll}/u.test(line) && SENTENCE_END.test(line) && !isTitleCase(line);
}

const OPENS_QUOTE = /^["“]/;
const SENTENCE_END = /[.!?]["”’']?$/;
/** A line that introduces what follows it: five words or more, ending in a colon. */
const LEAD_IN = /^(?:\S+\s+){4,}\S+:$/;

/** Whether a quotation is still open after `line`, given whether one was open before it. */
function quoteOpenAfter(line: string, open: boolean): boolean {
  let state = open;
  for (const ch of line) {
    if (ch === '“') state = true;
    else if (ch === '”') state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

/** Words from which a line straight after the body is its last sentence without a full stop; headlines are shorter. */
const UNSTOPPED_SENTENCE_WORDS = 18;

function isUnstoppedSentence(line: string): boolean {
  return wordCount(line) >= UNSTOPPED_SENTENCE_WORDS && /^["“‘']?\p{Lu}/u.test(line) && !/[.!?:]["”’']?$/.test(line);
}

export function assignZones(lines: LogicalLine[]): Zoned {
  const removed: (RemovalReason | null)[] = lines.map((l) => l.verdict?.reason ?? null);
  const kept = (i: number): boolean => removed[i] === null;
  // A live page's entry, stamp first ("22:00 BST Polls have closed."), is the body however short.
  const prose = lines.map((l) => isProse(l.text) || isStampedEntry(l.text));

  removeLinkLists(lines, removed, prose);
  removeTeasers(lines, removed, prose);
  removeCaptions(lines, removed, prose);

  const keptIdx = lines.map((_, i) => i).filter(kept);
  const proseIdx = keptIdx.filter((i) => prose[i]);
  // A brief of short sentences has no prose line, but a sentence under the byline still starts its body.
  const briefLead = proseIdx.length === 0 ? leadUnderByline(lines, removed, lines.length) : -1;
  if (briefLead >= 0 && briefLead < lines.length) proseIdx.push(briefLead);

  if (proseIdx.length === 0) {
    // No running text at all (a headline alone, a list, a fragment): there is no body to anchor
    // header and trailer zones on, so only a headline is picked; short labels above it go as menus.
    const t = pickTitle(keptIdx.map((i) => lines[i]!.text));
    const title = t >= 0 ? keptIdx[t]! : -1;
    for (const i of keptIdx) if (i < title && wordCount(lines[i]!.text) <= 3) removed[i] = 'menu';
    return { title, removed, bodyStart: lines.length };
  }

  const firstProse = leadUnderByline(lines, removed, headerEnd(lines, removed, keptIdx, proseIdx) ?? proseIdx[0]!);
  const lastProse = proseIdx[proseIdx.length - 1]!;
  const tabloid = tabloidHeader(lines, removed, firstProse);
  if (tabloid) {
    removed[tabloid.headline] = null;
    removed[tabloid.deck] = 'deck';
  }
  const capsHeadline = tabloid ? -1 : headlineTakenForMenu(lines, removed, firstProse);
  if (capsHeadline >= 0) removed[capsHeadline] = null;

  // Header: the headline is chosen among the lines above the body; lines above it are menus and
  // section labels ("China", "World news"); short lines between it and the body are metadata
  // (author names, "5 min read"); long ones are a standfirst and stay.
  const header = lines.map((_, i) => i).filter((i) => i < firstProse && kept(i));
  // A short name right under a "By …" line is the byline's second line (the outlet, the author's
  // job), not the headline: "Seven dead / By Ana Ferreira / The Continental Herald" had taken the
  // outlet for the headline, as the headline-like line nearest the body, and dropped "Seven dead"
  // as a menu. Only when no other line could be the headline is such a line considered.
  const masthead = tabloid ? null : mastheadOverCapitals(lines, removed, header, firstProse);
  const title =
    tabloid?.headline ??
    masthead?.headline ??
    pickTitleAmong(
      lines,
      header.filter((i) => !(removed[i - 1] === 'byline' && isNameLine(lines[i]!.text))),
    ) ??
    pickTitleAmong(lines, header) ??
    header.findLast((i) => isShortCapitalsHeadline(lines[i]!.text)) ??
    -1;
  for (const i of header) {
    if (i === title) continue;
    // Removed as the header's, not as a menu: `parse-report.ts` reads the outlet from header lines.
    if (i === masthead?.name) {
      removed[i] = 'header';
      continue;
    }
    // With no headline, a short sentence above the body opens the article ("Well it's better late
    // than never, Tara."): menus and labels are not sentences.
    if (title < 0 && isShortSentence(lines[i]!.text) && hasFunctionWord(lines[i]!.text)) continue;
    if (title < 0 || i < title) removed[i] = 'menu';
    // A live page's first entry stamp, right above the first entry, opens that entry (entry-stamps.ts).
    else if (i === firstProse - 1 && isEntryStamp(lines[i]!.text)) continue;
    else if (wordCount(lines[i]!.text) < STANDFIRST_WORDS && !isShortSentence(lines[i]!.text)) removed[i] = 'header';
  }

  // Trailer: after the last paragraph, anything that is not prose is furniture: sign-offs not in
  // the agency list, "Additional reporting…" variants, related headlines without a heading. A short
  // closing sentence straight after the body ("Schools will stay closed until next week.") is still
  // the article: related headlines carry no full stop, so the run of such sentences is kept.
  // Any furniture line (a credit, a share row) ends that run.
  // The article's last sentence may also have lost its full stop ("She also starred in the
  // ill-fated party show, Taradise, on the E! network which premiered in September 2005 was canceled
  // the following month"): a line as long as a sentence, not a headline's length.
  // A date stamp does not end it: a page's "8:44AM BST 16 Sep 2013" may sit above the last paragraph.
  // A quotation keeps its lines however short ("Ever again." inside the judge's closing words), and so
  // does the lead-in that opens it ("The judge had advice for anyone who deals with Nichols:").
  let closing = true;
  let inQuote = quoteOpenAfter(lines[lastProse]!.text, false);
  for (let i = lastProse + 1; i < lines.length; i++) {
    if (removed[i] === 'stamp') continue;
    const text = lines[i]!.text;
    const quoted = inQuote || OPENS_QUOTE.test(text);
    const leadIn = LEAD_IN.test(text) && hasFunctionWord(text) && OPENS_QUOTE.test(lines[i + 1]?.text ?? '');
    closing &&=
      kept(i) &&
      ((quoted && SENTENCE_END.test(text)) ||
        leadIn ||
        (hasFunctionWord(text) && (isShortSentence(text) || (i === lastProse + 1 && isUnstoppedSentence(text)))) ||
        isTerseSentence(text));
    if (kept(i) && !prose[i] && !closing) removed[i] = 'trailer';
    inQuote = quoteOpenAfter(text, inQuote);
  }

  return { title, removed, bodyStart: firstProse };
}

/** The index of the headline among the lines at `indices`, or null when none could be one. */
function pickTitleAmong(lines: LogicalLine[], indices: number[]): number | null {
  const t = pickTitle(indices.map((i) => lines[i]!.text));
  return t >= 0 ? indices[t]! : null;
}

/** What parts the sections of a menu row ("Home / World", "News | Sport"); a headline has none of these. */
const MENU_SEPARATOR = /[/›»>|·•→]/;

/**
 * A headline set in capitals ("TOXIC TRAIN TERROR"), as tabloids print it, has the shape of a row of
 * section names ("WORLD UK BUSINESS SPORT") and the line rules remove it as navigation: no rule can
 * tell the two apart from one line. Where it stands can: menus sit at the top of the page, above the
 * headline, while this is the last line above the body that could be a headline, with only the
 * byline, stamps, buttons and labels between ("By Tom Baxter …", "ADVERTISEMENT", "BREAKING NEWS").
 * Such a row is put back among the headline candidates (its index, or -1); if another line wins,
 * the header rules remove it again. It stays as written: recasing would guess at names and
 * acronyms ("NHS", "US") that only the capitals show.
 */
function headlineTakenForMenu(lines: LogicalLine[], removed: (RemovalReason | null)[], firstProse: number): number {
  for (let i = firstProse - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    const reason = removed[i];
    if (reason === 'navigation') return isHeadlineLike(text) && !MENU_SEPARATOR.test(text) ? i : -1;
    if (reason === null ? isHeadlineLike(text) : reason === 'related-heading' || reason === 'link-list') return -1;
  }
  return -1;
}

/**
 * Two words in capitals, or one that exclaims ("HERO!"), that are no section label ("JET HORROR"): a tabloid's
 * headline as short as it gets, which `isHeadlineLike` leaves out since a two-word row of capitals
 * is most often a label. Asked only when no line above the body could be a headline otherwise.
 */
function isShortCapitalsHeadline(text: string): boolean {
  const words = wordCount(text);
  return (words === 2 || (words === 1 && /[!?]$/.test(text))) && isInCapitals(text) && !isLabelInCapitals(text);
}

/**
 * The words of the section labels, kickers and menu rows a page sets in capitals above its headline
 * ("WORLD NEWS", "NEWS SPORT WEATHER", "EXCLUSIVE", "SCIENCE & TECH"). A line of these words only is
 * such a label, never a tabloid's headline.
 */
const SECTION_WORDS = new Set(
  (
    'home top news latest breaking live exclusive world uk us europe asia africa americas australia ireland scotland wales england ' +
    'middle east national international local politics business money markets economy sport sports football soccer cricket ' +
    'rugby tennis golf racing boxing weather opinion comment analysis features lifestyle life style fashion beauty health ' +
    'science tech technology environment climate travel food culture arts entertainment showbiz celebs celebrity tv film ' +
    'music royals royal motors motoring property education crime video videos pictures photos puzzles more and &'
  ).split(' '),
);

/** A line of section names only, in any case: "WORLD NEWS", "Latest News", "Science and tech". */
export function isSectionLabel(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, ''));
  return words.every((w) => !w || SECTION_WORDS.has(w));
}

/** A label or menu row in capitals: section words only ("WORLD NEWS"), or an outlet's masthead ("THE DAILY STAR"). */
function isLabelInCapitals(line: string): boolean {
  if (isSectionLabel(line)) return true;
  const titled = line.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  return readOutletLine(titled, false) !== null;
}

/**
 * A masthead copied as a name in Title Case at the top of a tabloid's header, over its headline in
 * capitals and its byline ("Northside Crier" / "12 March 2025" / "BRIDGE HORROR!" / "By Ana
 * Ferreira"). A two-word Title Case line reads as a headline and a two-word row of capitals does not,
 * so the masthead had been the title and the headline was dropped as header (user test X, W5). A page
 * has one headline, set in capitals on a tabloid, while the name on top is the outlet's: a name
 * `readOutletLine` takes for one (an outlet's word, or a "By …" line in the header naming the
 * author), above a line in capitals that can be a headline and is no label or menu row.
 */
function mastheadOverCapitals(
  lines: LogicalLine[],
  removed: (RemovalReason | null)[],
  header: number[],
  firstProse: number,
): { name: number; headline: number } | null {
  const name = header[0];
  if (name === undefined || isInCapitals(lines[name]!.text)) return null;
  const byline = removed.some((r, i) => r === 'byline' && i < firstProse);
  if (readOutletLine(lines[name]!.text, byline) === null) return null;
  const headline = header.find((i) => i > name && isCapitalsHeadline(lines[i]!.text));
  return headline === undefined ? null : { name, headline };
}

/** A line in capitals that can be a headline ("TERROR ON THE BRIDGE", "JET DRAMA", "HERO!"), not a label or a menu row. */
function isCapitalsHeadline(text: string): boolean {
  if (!isInCapitals(text) || MENU_SEPARATOR.test(text)) return false;
  return isShortCapitalsHeadline(text) || (isHeadlineLike(text) && !(isLabelInCapitals(text) && !/[!?]$/.test(text)));
}

/**
 * A tabloid's header (the shape of a UK tabloid's page, print or web): the headline set in capitals,
 * however short ("BRIDGE HORROR", "KABOOM!", "TERROR ON THE BRIDGE"), then on the next line the
 * deck, a second headline in sentence case that says what happened ("Seven killed as river span gives
 * way under morning traffic"), then only the byline, the date and labels before the body. The
 * capitals tell the two apart: the headline is the line in capitals, the deck is not the title. Nor
 * is it the body: it has a headline's shape (no full stop) and restates the lead in headline words,
 * so compared as a sentence it took the lead's fact; it is removed (reason `deck`). Without this a
 * headline of capitals with no small word was taken for a menu row and the deck for the headline,
 * and one with small words kept the deck as the body's first sentence.
 * A row of section names or a masthead in capitals over a headline ("WORLD NEWS" / "Seven dead as
 * bridge falls") has the same shape and is told by its words. A standfirst under a headline in
 * sentence case is not read here: nothing in its shape tells it from a lead, and it stays as body.
 */
function tabloidHeader(lines: LogicalLine[], removed: (RemovalReason | null)[], firstProse: number): { headline: number; deck: number } | null {
  for (let c = 0; c + 1 < firstProse; c++) {
    if ((removed[c] !== null && removed[c] !== 'navigation') || removed[c + 1] !== null) continue;
    const headline = lines[c]!.text;
    const deck = lines[c + 1]!.text;
    const inCapitals = isInCapitals(headline) && wordCount(headline) <= 30 && !/[.,;:]$/.test(headline);
    if (!inCapitals || MENU_SEPARATOR.test(headline) || (isLabelInCapitals(headline) && !/[!?]$/.test(headline))) continue;
    if (!isSubstantialHeadline(deck) || !/\p{Ll}/u.test(deck) || isNameLine(deck)) continue;
    // Between the deck and the body, only lines the header drops anyway (bylines, stamps, short labels).
    const between = lines.slice(c + 2, firstProse).filter((_, k) => removed[c + 2 + k] === null);
    if (between.some((l) => wordCount(l.text) >= STANDFIRST_WORDS || isShortSentence(l.text))) continue;
    return { headline: c, deck: c + 1 };
  }
  return null;
}

/**
 * A byline or a date stamp under a headline closes the header: a sentence below it is the lead,
 * however short, and the body starts there. A tabloid's lead is often too short to read as prose
 * ("DOCK chaos erupted in the harbour last night as a crane toppled!", under "CRANE CRASH!" and
 * "By Jo Bell"), so without this the body started at the next long line, the lead stood in the
 * header, an exclaiming one was taken for the headline (and left the compared sentences), and
 * the capitals headline over it was dropped as a menu. The headline must stand above the byline
 * (a menu row or a section label does not count), so a page that prints its byline first keeps
 * choosing its headline below it.
 */
function leadUnderByline(lines: LogicalLine[], removed: (RemovalReason | null)[], bodyStart: number): number {
  let headlineAbove = false;
  let closed = false;
  for (let i = 0; i < bodyStart; i++) {
    const text = lines[i]!.text;
    const reason = removed[i];
    if (closed && reason === null && isShortSentence(text) && hasFunctionWord(text) && !isTitleCase(text)) return i;
    if (headlineAbove && (reason === 'byline' || reason === 'stamp')) closed = true;
    // A row the line rules took for a menu may be a headline in capitals ("TOXIC TRAIN TERROR"), never one in lower case.
    if (closed || (reason !== null && !(reason === 'navigation' && isInCapitals(text)))) continue;
    const capitalsRow = isInCapitals(text) && (MENU_SEPARATOR.test(text) || (isLabelInCapitals(text) && !/[!?]$/.test(text)));
    if ((isHeadlineLike(text) || isShortCapitalsHeadline(text)) && !capitalsRow) headlineAbove = true;
  }
  return bodyStart;
}

/** How far down a date stamp or byline may sit and still close the header. */
const HEADER_LINES = 8;

/**
 * Where the body starts when a date stamp or a byline closes the header: "UPDATED: 19:14 GMT, 12 April
 * 2013" under a headline of 26 words and three summary lines, none with a full stop. Lines that long
 * read as prose, but body sentences end in a full stop and headlines and summaries do not: all the
 * kept lines above the stamp are header then, and the body is the first prose line below it.
 */
function headerEnd(lines: LogicalLine[], removed: (RemovalReason | null)[], keptIdx: number[], proseIdx: number[]): number | undefined {
  const stamp = lines.findIndex((_, i) => i < HEADER_LINES && (removed[i] === 'stamp' || removed[i] === 'byline'));
  if (stamp <= 0) return undefined;
  const above = keptIdx.filter((i) => i < stamp);
  if (!above.length || above.some((i) => /[.!?]["”’']?$/.test(lines[i]!.text) && !isTitleCase(lines[i]!.text))) return undefined;
  return proseIdx.find((i) => i > stamp);
}

/**
 * Removes the short lines under a link-list heading ("Editor's picks", "Most read"). The list ends
 * at the first prose line, and also at a short line that is directly followed by prose: that one is
 * the next sub-heading of the article ("No relaxed stance"), not a link.
 */
function removeLinkLists(lines: LogicalLine[], removed: (RemovalReason | null)[], prose: boolean[]): void {
  for (let h = 0; h < lines.length; h++) {
    if (removed[h] !== 'related-heading') continue;
    for (let j = h + 1; j < lines.length; j++) {
      if (removed[j] === 'related-heading') break; // the next list takes over (keeps this linear)
      if (removed[j] !== null) continue; // other furniture inside the list: already removed
      if (prose[j] || wordCount(lines[j]!.text) > MAX_LINK_WORDS) break;
      let next = j + 1;
      while (next < lines.length && removed[next] !== null) next++;
      if (next < lines.length && prose[next]) break;
      removed[j] = 'link-list';
    }
  }
}

/** A label over one link to another article, as a page copies it: "Read more", "See also:", "Related". */
const TEASER_LABEL = /^(?:read more|read also|also read|see also|more on this(?: story)?|related(?: story| article)?)\s*[:：]?$/i;

/**
 * A "Read more" box in the body copies as its label and, on the next line, the other article's
 * headline ("Read more" / "Market Street shops face rent review"). With prose right under it the
 * headline passes for a sub-heading, so the link-list rule leaves it: one short line that is no
 * sentence, straight after such a label, is the link. Only one, since a real sub-heading may follow.
 */
function removeTeasers(lines: LogicalLine[], removed: (RemovalReason | null)[], prose: boolean[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (removed[i] === null || !TEASER_LABEL.test(lines[i]!.text)) continue;
    const next = lines[i + 1]!.text;
    if (removed[i + 1] === null && !prose[i + 1] && wordCount(next) <= MAX_LINK_WORDS && !SENTENCE_END.test(next)) removed[i + 1] = 'related';
  }
}

/**
 * "Image caption" / "Media caption" labels are followed by the caption itself, which describes a
 * picture the reader no longer sees. Only a non-prose line directly after the label is taken.
 */
function removeCaptions(lines: LogicalLine[], removed: (RemovalReason | null)[], prose: boolean[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (removed[i] === null || !/^(?:image|photo|picture|media)?\s*caption\s*:?$/i.test(lines[i]!.text)) continue;
    if (removed[i + 1] === null && !prose[i + 1] && wordCount(lines[i + 1]!.text) <= 40) removed[i + 1] = 'caption';
  }
  // A credit run into its label under a caption ("Credit...Dutch National Police") says the line
  // above it is that caption, a sentence or not: no paragraph of a story is followed by a credit.
  for (let i = 1; i < lines.length; i++) {
    if (removed[i] === 'credit' && PICTURE_CREDIT_BELOW.test(lines[i]!.text) && removed[i - 1] === null && wordCount(lines[i - 1]!.text) <= 40)
      removed[i - 1] = 'caption';
  }
}
