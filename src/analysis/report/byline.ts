/**
 * Who published the report: bylines, agency sign-offs, wire datelines, "Source:" lines and
 * copyright holders. Each reader returns a hint; `parse-report.ts` ranks them.
 */
import { readStamps, stampsIn, type Stamp } from './dateline.ts';
import { isInCapitals, isProse, wordCount } from './line-shape.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * News agencies whose names end or head copied articles. A closed list on purpose: a sign-off line
 * such as "Reuters-AP" is only recognisable because the names are known; an open pattern
 * ("any short capitalised line at the end") would also swallow the last sub-heading.
 * Each entry: canonical name first, then spellings.
 */
const AGENCIES: string[][] = [
  ['Reuters'],
  ['AP', 'Associated Press'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['Xinhua'],
  ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ['ANSA'],
  ['EFE'],
  ['Kyodo', 'Kyodo News'],
  ['Bloomberg'],
  ['PA', 'Press Association', 'PA Media'],
  ['UPI', 'United Press International'],
  ['TASS', 'ITAR-TASS'],
  ['RIA Novosti'],
  ['Interfax'],
  ['PTI', 'Press Trust of India'],
  ['IANS'],
  ['Yonhap'],
  ['AAP'],
  ['Anadolu', 'Anadolu Agency'],
  ['Bernama'],
  ['KUNA'],
  ['IRNA'],
  ['Fars'],
  ['Tasnim'],
  ['Jiji', 'Jiji Press'],
  ['CNS', 'China News Service'],
  ['Canadian Press', 'The Canadian Press'],
  ['Europa Press'],
  ['WAM'],
  ['SPA', 'Saudi Press Agency'],
  ['MENA'],
];

const CANONICAL = new Map<string, string>();
for (const [canonical, ...spellings] of AGENCIES) {
  for (const name of [canonical!, ...spellings]) {
    CANONICAL.set(name, canonical!);
    CANONICAL.set(name.toUpperCase(), canonical!);
  }
}
// Case-sensitive on purpose: "AP" and "PA" must not match "ap" or "pa" inside ordinary words.
const AGENCY = `(?:${[...CANONICAL.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
const AGENCY_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])(${AGENCY})(?![\\p{L}\\p{N}])`, 'u');
const SIGN_OFF = new RegExp(`^[\\s(\\[—–-]*${AGENCY}(?:\\s*(?:[/,&+–—-]|\\band\\b|\\bvia\\b)\\s*${AGENCY})*[\\s)\\].]*$`, 'u');
const SIGN_OFF_AGENCY = new RegExp(AGENCY, 'gu');

/** Canonical agency names found in `text`, in order, without repeats. */
/** Whether `name` is a news agency's name as written ("Reuters", "Associated Press", "the AP" is not). */
export function isNewsAgency(name: string): boolean {
  return CANONICAL.has(name.trim());
}

function agenciesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(SIGN_OFF_AGENCY)) {
    const name = CANONICAL.get(m[0]) ?? m[0];
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * An agency sign-off closing an article: "Reuters-AP", "(AFP)", "— Reuters", "AFP/Reuters".
 * Returns the agencies as the source hint ("Reuters, AP"), or null.
 */
export function readSignOff(line: string): string | null {
  if (line.length > 80 || !SIGN_OFF.test(line)) return null;
  return agenciesIn(line).join(', ') || null;
}

/** "Xinhua contributed to this report." / "Agencies contributed to this story": a credit line. */
export function readContribution(line: string): string | null {
  const m = /^(.{2,60}?)\s+contributed to (?:this|the) (?:report|story|article)\.?$/i.exec(line);
  if (!m) return null;
  return agenciesIn(m[1]!).join(', ') || '';
}

/** "Source: Xinhua" / "Source: China Daily": a line that names the source outright. */
export function readSourceLine(line: string): string | null {
  const m = /^(?:source|via|from)\s*[:：]\s*([\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,60})$/iu.exec(line);
  return m ? cleanName(m[1]!) : null;
}

/**
 * Words outlets name themselves by: "The Yorkshire Courier", "BBX News", "Market Wire Journal",
 * "Evening Sports Final". A header line that is only such a name, under a headline, is the outlet.
 */
const OUTLET_WORD =
  /\b(?:News|Times|Herald|Courier|Journal|Post|Gazette|Tribune|Chronicle|Telegraph|Guardian|Mail|Express|Observer|Star|Mirror|Independent|Wire|Press|Daily|Weekly|Review|Bulletin|Standard|Record|Echo|Argus|Radio|TV|Television|Broadcasting|Network|Magazine|Dispatch|Inquirer|Examiner|Register|Sentinel|Monitor|Globe|Leader|Advertiser|Mercury|Final|Ledger|Enquirer|Citizen|Messenger|Courant|Bee|Sun|Eagle|Clarion|Beacon|Banner|Statesman|Nation|Vanguard|Punch)\b/u;
/** A job, not an outlet: "Crime Correspondent", "Political Editor". */
const ROLE_WORD = /\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Staff|Desk|Producer|Presenter|Team)\b/iu;

/**
 * The outlet a short header line names ("The Yorkshire Courier", "BBX News, West Midlands", "The
 * Northern Bulletin - Live"), or null. A line of a Capitalised Name alone is the outlet when it
 * carries an outlet's word, or when a "By …" line in the same header already names the author, so
 * a name beside it is not a person's; never a role ("Crime Correspondent").
 */
export function readOutletLine(line: string, besideByline: boolean): string | null {
  const name = leadingName(line);
  if (!name || ROLE_WORD.test(name)) return null;
  return besideByline || OUTLET_WORD.test(name) ? cleanName(name) : null;
}

/** An outlet that names itself by an acronym and a word: "NZ Truth", "RNZ Pacific", "ABC Newcastle". */
const ACRONYM_OUTLET = /^\p{Lu}{2,4}\s+\p{Lu}\p{Ll}+$/u;

/**
 * The outlet a line atop the page names, above the headline ("BBC News", "The Harbour Gazette", "NZ
 * Truth"), or null: an outlet's word or an acronym's shape, as no author's name is there to tell a
 * name beside it from a person's. A row of section names ("World News") is the caller's to rule out.
 */
export function readMastheadLine(line: string): string | null {
  const name = leadingName(line);
  if (!name || ROLE_WORD.test(name) || isInCapitals(name)) return null;
  return OUTLET_WORD.test(name) || ACRONYM_OUTLET.test(name) ? cleanName(name) : null;
}

/**
 * Whether a header line is only a short Capitalised Name, with whatever follows a comma or a dash:
 * an outlet ("The Continental Herald"), a job ("Political Correspondent"), a person ("Jonathan Pike,
 * Science Editor"). Right under a "By …" line, such a line is the byline's second line.
 */
export function isNameLine(line: string): boolean {
  return leadingName(line) !== null;
}

/** The line's first part before a comma or a spaced dash, when it is a short Capitalised Name. */
function leadingName(line: string): string | null {
  const name = line.split(/,\s+|\s+[-–—|]\s+/)[0]!.trim();
  return wordCount(name) <= 5 && looksLikeName(name) ? name : null;
}

/** What a byline says: the publisher or agency it names and any date stamps in it. */
export interface Byline {
  publisher: string | null;
  agency: string | null;
  stamps: Stamp[];
}

const BY = /^(?:by|written by|words by|story by|posted by|published by|from)\s+\S/i;
/** "Jane Doe, Business reporter": a name and a role, the byline of sites that print no "By". */
const NAME_AND_ROLE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+(?:\p{Ll}+\s+)?[\p{L}]+(?:\s+[\p{L}]+){0,3}$/u;
// "ABC North Coast / By Bronwyn Herbert and Hannah Ross": a slash between spaces parts segments too ("LONDON/NEW YORK" is one place).
const SEGMENT_SPLIT = /\s+[|•·/]\s+|\s*\|\s*/;

/**
 * An outlet's name and a date on one line, parted by a comma or a dash rather than a bar: "The
 * Northern Standard, Friday 7 March 2025", "The Sunday Chronicle — 24 July 2022". Read as the two
 * segments a bar would part; both had been taken for a headline, and the report left undated.
 */
function outletAndDate(line: string): [string, string] | null {
  const m = /^(.{2,50}?)(?:,\s+|\s+[-–—]\s+)(.+)$/u.exec(line.trim());
  if (!m || !looksLikeName(m[1]!) || !OUTLET_WORD.test(m[1]!) || !readStamps(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

/**
 * The outlet a "By …" segment names after a comma: "By Ana Ferreira, The Guardian", "By Tom Baxter,
 * The Daily Blaze, 12 March 2025" (its date is read as a stamp). What follows an author's comma is
 * as often something else: a job ("Political Correspondent", "Staff Writer"), a place ("Washington"),
 * a post-nominal ("OBE"), a co-author ("By Jane Doe, John Roe and Ann Poe"). So a part counts only
 * when its own shape says outlet: a short Capitalised Name that opens with "The" ("The Atlantic",
 * "The Hindu": outlets with no outlet's word) or carries an outlet's word ("Daily Mail"), and carries
 * no job's word ("Daily Mail Reporter" is the author's job). An agency named there ("By John Smith,
 * Reuters", "The Associated Press") is read as the agency, whose rank is its own.
 */
function outletAfterComma(segment: string): string | null {
  for (const part of segment.split(/,\s+/).slice(1)) {
    const name = part.trim().replace(/[.;:]+$/, '');
    if (wordCount(name) > 5 || !looksLikeName(name) || ROLE_WORD.test(name) || AGENCY_IN_TEXT.test(name)) continue;
    if (/^The\s/u.test(name) || OUTLET_WORD.test(name)) return cleanName(name);
  }
  return null;
}

/** Trims decoration from a name: "the", trailing punctuation, company suffixes. */
function cleanName(name: string): string {
  // Lowercase "the" is grammar ("for the Daily Mail"); capitalised "The" is part of the name ("The Guardian").
  // "Al Jazeera and agencies": the agencies are unnamed, the publisher is the useful part.
  return name
    .trim()
    .replace(/[\s.,;:]+$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+(?:and|with|&)\s+(?:news\s+)?(?:agencies|wires)$/i, '');
}

/**
 * A short Capitalised Name (1–6 words, no sentence punctuation, no figures but those glued to a
 * word, as outlets write them): "China Daily", "BBC News", "News24".
 */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 6 &&
    text.length <= 50 &&
    !/[.!?;:]$/.test(text) &&
    words.every((w) => (/^[\p{Lu}&'’(]|^(?:of|the|and|for|de|la|le|du)$/u.test(w) && !/\d/.test(w)) || /^\p{Lu}\p{L}+\d{1,3}$/u.test(w))
  );
}

/** A segment that is only a clock time, beside the date segment of a header row: "March 1, 2023 | 6:05 am". */
const CLOCK_SEGMENT = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

/**
 * Reads a byline: "By Agencies in London and Washington | China Daily | Updated: 2014-09-24 07:11",
 * "By John Smith, Reuters", "By Jane Doe for the Daily Mail", "Published 24/09/2014 | By John Smith",
 * "Premium Times | Nigeria | March 1, 2023 | 6:05 am", "News24 | Jan Gerber | Published 09 February 2023 21:34".
 * Pipe-separated metadata rows are read segment by segment: a "By …" segment is the author, a date
 * stamp is a date, and a bare Capitalised Name is the publisher. Returns null for anything that is
 * not a byline, in particular for prose that merely starts with "By" ("By Monday the talks had…").
 */
export function readByline(line: string): Byline | null {
  if (line.length > 250 || isProse(line)) return null;
  const segments =
    outletAndDate(line) ??
    line
      .split(SEGMENT_SPLIT)
      .map((s) => s.trim())
      .filter(Boolean);
  const byline: Byline = { publisher: null, agency: null, stamps: [] };
  let sawAuthor = false;
  let sawStamp = false;
  let sawNameAndRole = false;
  const names: string[] = [];
  for (const segment of segments) {
    const stamps = readStamps(segment);
    if (stamps) {
      byline.stamps.push(...stamps);
      sawStamp = true;
      continue;
    }
    if (segments.length > 1 && CLOCK_SEGMENT.test(segment)) continue;
    // Blog style: "Posted on September 24, 2014 by Sam Jones": a stamp and an author in one segment;
    // and "13 October 2023 By Tom Gerken & Zoe Kleinman, Technology team", as a page's header prints it.
    const dated = /^(.*\d.*?)\s+[Bb]y\s+(\p{Lu}.*)$/u.exec(segment);
    const datedStamps = dated && wordCount(dated[2]!) <= 12 ? readStamps(dated[1]!) : null;
    if (datedStamps) {
      byline.stamps.push(...datedStamps);
      sawStamp = true;
      sawAuthor = true;
      continue;
    }
    if (BY.test(segment) && /^\S+(?:\s+by)?\s+[\p{Lu}\p{Lt}]/u.test(segment) && wordCount(segment) <= 16) {
      sawAuthor = true;
      // "Posted by Sam on September 24, 2014", "By Jane Doe, Updated 10:40 AM, Sept. 24, 2014".
      byline.stamps.push(...stampsIn(segment));
      // "By John Smith, Reuters" / "By REUTERS staff" / "By Jane Doe (AFP)": an agency inside the author part.
      const agency = AGENCY_IN_TEXT.exec(segment);
      if (agency) byline.agency ??= CANONICAL.get(agency[1]!) ?? agency[1]!;
      // "By Jane Doe for the Daily Mail": the outlet after "for".
      const outlet = /\bfor\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})\s*$/u.exec(segment);
      if (outlet && looksLikeName(outlet[1]!.replace(/^the\s+/i, ''))) byline.publisher ??= cleanName(outlet[1]!);
      // "By Jane Doe, The Guardian": the outlet after a comma.
      byline.publisher ??= outletAfterComma(segment);
      continue;
    }
    // Only beside a stamp: alone, "Jane Doe, a nurse" could be the start of a quote or a caption.
    if (segments.length > 1 && NAME_AND_ROLE.test(segment)) {
      sawNameAndRole = true;
      continue;
    }
    const source = readSourceLine(segment);
    if (source) {
      byline.publisher ??= source;
      continue;
    }
    if (looksLikeName(segment)) names.push(segment);
    else return null; // A segment we cannot explain: this is not a metadata row.
  }
  if (sawNameAndRole && sawStamp) sawAuthor = true;
  // A row of bare names with neither author nor date is a menu ("Home | World | Asia"), not a byline.
  if (!sawAuthor && !sawStamp) return null;
  if (!sawAuthor && segments.length === 1) return null; // a lone date line is a stamp, not a byline
  const publisher = names.find((n) => !AGENCY_IN_TEXT.test(n) || names.length === 1);
  if (publisher) {
    const agency = AGENCY_IN_TEXT.exec(publisher);
    if (agency && agency[0].length === publisher.length) byline.agency ??= CANONICAL.get(agency[1]!) ?? publisher;
    else byline.publisher ??= cleanName(publisher);
  }
  return byline;
}

/**
 * Who a wire dateline credits, from what stands in its brackets or slashes: a known agency ("Reuters",
 * "AFP"), or any short Capitalised Name ("PRNewswire", "GLOBE NEWSWIRE"); null for anything else
 * ("right" in "Cameron (right) - …"). The dateline itself is read in `wire-dateline.ts`.
 */
export function wireCredit(inside: string): string | null {
  const text = inside.trim();
  const agencies = agenciesIn(text);
  if (agencies.length) return agencies.join(', ');
  return looksLikeName(text) ? text : null;
}

/** The holder named in a copyright line: "© 2014 Guardian News and Media Limited" → "Guardian News and Media". */
export function readCopyrightHolder(line: string): string | null {
  // No /i flag: with it \p{Lu} would match any letter and the holder would run on into the sentence.
  const m =
    /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:and|of|&|\p{Lu}[\p{L}\p{N}&'’-]*)){0,7})/u.exec(
      line,
    );
  if (!m) return null;
  const holder = m[1]!.replace(/\s+(?:ltd|limited|inc|llc|plc|co|corp|corporation|group|company)\.?$/i, '').trim();
  return holder && wordCount(holder) <= 6 && !/^all\b/i.test(holder) ? holder : null;
}
