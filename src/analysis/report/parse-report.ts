/**
 * Plain text copied from a news page → a clean Report.
 *
 * Flow (each step in its own module):
 *   front-matter  a leading `---` block of title/source/published, which wins over the text
 *   lines.ts      normalise whitespace and invisible characters, split into lines
 *   boilerplate   classify lines that are furniture on their own (legal, cookies, bylines, stamps…)
 *   wrap.ts       re-join hard-wrapped lines, so one logical line = one paragraph
 *   zones.ts      find the body by its prose; pick the headline above it; drop menus above the
 *                 headline, metadata below it, link lists and the trailer after the body
 *   byline/dateline/wire-dateline  turn the removed metadata and the lede into `source` and `published`
 *   infer-date    when no date is stated, the latest day the body names, marked `inferred`
 */
import { classifyLine, SOURCE_RANK, type RemovalReason, type SourceHint } from './boilerplate.ts';
import { readMastheadLine, readOutletLine } from './byline.ts';
import { bestPublished, dayNumber, parseDate, readIsoDate, toIso, type Stamp } from './dateline.ts';
import { joinEntryStamps } from './entry-stamps.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';
import { datelineDayAfter, inferReferenceDate } from './infer-date.ts';
import { toLines } from './lines.ts';
import { ABBREVIATION_END, isInCapitals, isTitleCase, wordCount } from './line-shape.ts';
import { splitSiteName } from './title.ts';
import type { ParseProblem, Report } from './types.ts';
import { readWireDateline, type WireDateline } from './wire-dateline.ts';
import { joinWrapped } from './wrap.ts';
import { assignZones, isSectionLabel } from './zones.ts';

/** A removed line with the reason it was removed (for debugging and tests). */
export interface Removal {
  text: string;
  reason: RemovalReason;
}

export interface ExplainedReport {
  report: Report;
  removals: Removal[];
  /** What was ignored and why (an invalid front matter date), for the caller to show. */
  problems: ParseProblem[];
}

/** Parses a report; never throws (worst case: the whole text as one body, nothing removed). */
export function parseReport(text: string, meta: { id: string; file?: string }): Report {
  return parseReportExplained(text, meta).report;
}

/** Like `parseReport`, and also says why each line was removed and what was ignored. */
export function parseReportExplained(text: unknown, meta: { id: string; file?: string }): ExplainedReport {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    const { frontMatter, body } = splitFrontMatter(input);
    const explained = analyse(body, meta);
    return frontMatter ? applyFrontMatter(explained, frontMatter) : explained;
  } catch {
    // A heuristic bug must not lose the user's text: fall back to "every line is body".
    const paragraphs = toSafeLines(input);
    return {
      report: { id: meta.id, file: meta.file, title: '', source: null, published: null, publishedFrom: null, paragraphs, removed: [] },
      removals: [],
      problems: [],
    };
  }
}

function toSafeLines(text: string): string[] {
  try {
    return toLines(text).map((l) => l.text);
  } catch {
    return [];
  }
}

function analyse(text: string, meta: { id: string; file?: string }): ExplainedReport {
  const physical = joinEntryStamps(toLines(text));
  const lines = joinWrapped(
    physical,
    physical.map((l) => classifyLine(l.text)),
  );
  const { title: titleIndex, removed, bodyStart } = assignZones(lines);

  const removals: Removal[] = [];
  const paragraphs: string[] = [];
  // An outlet's name on its own line under the headline ("The Yorkshire Courier" above "By Helen Marsh").
  const bylineInHeader = removed.some((r, i) => r === 'byline' && i < bodyStart);
  // A label of section words is none ("Live", "Exclusive" beside the byline), as for a masthead below.
  const outletLines = lines
    .flatMap((l, i) => (removed[i] === 'header' && !isSectionLabel(l.text) ? [readOutletLine(l.text, bylineInHeader)] : []))
    .filter((n) => n !== null);
  const headerStamps: Stamp[] = [];
  const laterStamps: Stamp[] = [];
  const hints: SourceHint[] = outletLines.map((name) => ({ name, rank: SOURCE_RANK.headerLine }));
  // An outlet's name atop the page, above the headline ("BBC News", "NZ Truth"): last of all, as a
  // menu line may name a section that looks like one.
  lines.forEach((l, i) => {
    const name = removed[i] === 'menu' && i < titleIndex && !isSectionLabel(l.text) ? readMastheadLine(l.text) : null;
    if (name) hints.push({ name, rank: SOURCE_RANK.masthead });
  });
  lines.forEach((line, i) => {
    // Stamps and hints count wherever the line ended up; a sign-off kept as body would still say who wrote it.
    // Dates above the body belong to this page; dates further down may belong to linked articles.
    if (line.verdict?.stamps) (i < bodyStart ? headerStamps : laterStamps).push(...line.verdict.stamps);
    if (line.verdict?.hints) hints.push(...line.verdict.hints);
    if (i === titleIndex) return;
    const reason = removed[i];
    if (reason) removals.push({ text: line.text, reason });
    else paragraphs.push(line.text);
  });

  // A Title Case headline may end in a full stop ("… Swimmer And Actress Dies Aged 91."): not part of the title.
  const headline = titleIndex >= 0 ? lines[titleIndex]!.text : '';
  let title = isTitleCase(headline) && !ABBREVIATION_END.test(headline) ? headline.replace(/\.$/, '') : headline;
  const split = splitSiteName(title);
  title = split.title;
  if (split.site) hints.push({ name: split.site, rank: SOURCE_RANK.titleSuffix });

  const wire = readWireDateline(paragraphs[0] ?? '');
  if (wire?.agency) hints.push({ name: wire.agency, rank: SOURCE_RANK.wireDateline });
  const { published, publishedFrom } = pickPublished(headerStamps, laterStamps, wire, paragraphs);

  return {
    report: {
      id: meta.id,
      file: meta.file,
      title,
      source: pickSource(hints),
      published,
      publishedFrom,
      // Also when the year was inferred from the body: the date's day is still the dateline's, and the
      // reader is told so, not that it is the latest day the report names (user test W, U5).
      ...((!published || publishedFrom === 'inferred') && wire?.date && wire.date.year === null
        ? { filed: { month: wire.date.month, day: wire.date.day } }
        : {}),
      paragraphs,
      removed: removals.map((r) => r.text),
    },
    removals,
    problems: [],
  };
}

/**
 * The publication date, strongest evidence first:
 * 1. a "Published …" stamp or a bare date above the body (the page's own header);
 * 2. the wire dateline's date, when it has a year ("PORT LOUIS, Mauritius, March 3, 2019 (AFP) —");
 * 3. a dateline day without a year ("LONDON, July 2 (Reuters)") in the year of the page's nearest
 *    stamp (an update stamp, or one below the body): the page gives the year, nothing is invented;
 * 4. an "Updated …" stamp above the body (later than publication, but the same news cycle);
 * 5. a stamp below the body (it may belong to a linked article, hence last among stated dates);
 * 6. inferred from the body (`infer-date.ts`); a yearless dateline day then takes its year from
 *    the latest body date, and stays `inferred`; in a comparison that date is only a lower bound,
 *    and the other reports choose the year (`dateline-year.ts`).
 */
function pickPublished(header: Stamp[], later: Stamp[], wire: WireDateline | null, paragraphs: string[]): Pick<Report, 'published' | 'publishedFrom'> {
  const stated = (iso: string | null): Pick<Report, 'published' | 'publishedFrom'> | null => (iso ? { published: iso, publishedFrom: 'stated' } : null);
  const day = wire?.date;
  const yearless = day && day.year === null ? day : null;
  const stampYearDay = yearless ? [...header, ...later].map((s) => nearestYearDay(s.iso, yearless.month, yearless.day)).find(Boolean) : null;
  const found =
    stated(bestPublished(header.filter((s) => s.kind !== 'updated'))) ??
    stated(day && day.year !== null ? isoDay(day.year, day.month, day.day) : null) ??
    stated(stampYearDay ?? null) ??
    stated(bestPublished(header)) ??
    stated(bestPublished(later));
  if (found) return found;
  const latest = inferReferenceDate(paragraphs);
  const inferred = latest && yearless ? datelineDayAfter(latest, yearless.month, yearless.day) : latest;
  return inferred ? { published: inferred, publishedFrom: 'inferred' } : { published: null, publishedFrom: null };
}

/** The month and day in the year that puts them nearest `stamp` (a stamp of the same page). */
function nearestYearDay(stamp: string, month: number, day: number): string | null {
  const year = Number(stamp.slice(0, 4));
  const distance = (iso: string) => Math.abs(dayNumber(iso) - dayNumber(stamp));
  const options = [year - 1, year, year + 1].map((y) => isoDay(y, month, day)).filter((d): d is string => d !== null);
  return options.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

const isoDay = (year: number, month: number, day: number): string | null => toIso([year, month, day]);

/**
 * Front matter wins over what the text says: it is what the person who saved the file wrote about
 * it. Its lines are not listed in `removed`: they are metadata about the file, not page text, and
 * their values show as the title, source and date. A headline the text has besides a different
 * front matter title goes back into the body, so no line of the text is lost; one that repeats or
 * extends it, or stands over a deck that does, is the headline as the page printed it (`printsTitle`),
 * removed as the header's.
 */
function applyFrontMatter(explained: ExplainedReport, front: FrontMatter): ExplainedReport {
  const report = { ...explained.report };
  const problems = [...explained.problems];
  let removals = explained.removals;
  if (front.title) {
    const printed = (line: string) => printsTitle(line, front.title!);
    // A headline in capitals the zones kept as body (as a standfirst, or with no other headline) opens it.
    const body = report.paragraphs;
    const opening = body.length > 1 && isAllCaps(body[0]!) && printed(body[0]!) ? body[0]! : null;
    const rest = opening === null ? body : body.slice(1);
    const differs = !!report.title && comparable(report.title) !== comparable(front.title);
    // A tabloid's deck that prints the front matter title ("Seven killed as river span gives way …"
    // under its headline "BRIDGE HORROR") shows the headline above it is the page's too, not body text.
    const titlePrinted = differs && (printed(report.title) || explained.removals.some((r) => r.reason === 'deck' && printed(r.text)));
    report.paragraphs = differs && !titlePrinted ? [report.title, ...rest] : rest;
    const gone = [...(titlePrinted ? [report.title] : []), ...(opening === null ? [] : [opening])];
    if (gone.length) {
      removals = [...gone.map((text) => ({ text, reason: 'header' as const })), ...removals];
      report.removed = [...gone, ...report.removed];
    }
    report.title = front.title;
  }
  if (front.source) report.source = front.source;
  else if (!report.source && front.sourceUrl) report.source = siteOf(front.sourceUrl);
  if (front.published) {
    const iso = frontMatterDate(front.published);
    if (iso) {
      report.published = iso;
      report.publishedFrom = 'front-matter';
    } else {
      problems.push({
        level: 'warning',
        code: 'invalid-published',
        message: `the front matter's "${front.publishedKey ?? 'published'}: ${front.published}" is not a date (YYYY-MM-DD, or a day with its month in words and a year), so it was ignored`,
      });
    }
  }
  return { ...explained, report, removals, problems };
}

/**
 * Whether a headline of the text is the front matter's `title` as the page printed it: the same
 * words, or those words and more ("DANUBE OF DEATH: FIFTEEN KILLED AS RIVER SMASHES TOWN" under
 * "Danube of death"), as a headline is set, in capitals or without a sentence's full stop. A title
 * of one word says too little to tell ("Floods").
 */
function printsTitle(headline: string, title: string): boolean {
  const t = comparable(title);
  if (!t.includes(' ')) return comparable(headline) === t;
  return ` ${comparable(headline)} `.includes(` ${t} `) && (isAllCaps(headline) || !/[.!?]["”’']?$/.test(headline.trim()));
}

/** Letters all in capitals, two words or more: a headline as tabloids set it. */
function isAllCaps(line: string): boolean {
  return isInCapitals(line) && wordCount(line) >= 2;
}

/**
 * A front matter date: ISO, or written with the month in words as sites and feeds write it ("29 March
 * 2024", "March 29, 2024", RSS's "Fri, 29 Mar 2024 10:00:00 +0000"). All-number dates other than ISO
 * stay refused: "03/05/2019" is March or May depending on who wrote it.
 */
function frontMatterDate(value: string): string | null {
  const iso = readIsoDate(value);
  if (iso || !/\p{L}{3}/u.test(value)) return iso;
  const found = parseDate(value);
  return found && /\p{L}{3}/u.test(value.slice(found.index, found.index + found.length)) ? found.iso : null;
}

/** "https://www.coastwatch.example/env/reef" → "coastwatch.example": the site, as a reader names it; null when it is no address. */
function siteOf(address: string): string | null {
  try {
    return new URL(address).hostname.replace(/^www\d?\./i, '') || null;
  } catch {
    return null;
  }
}

/** Headlines compared without case, punctuation or spacing. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The strongest hint wins, the earliest among equals. Order (SOURCE_RANK): the publisher named in
 * the byline or a "Source:" line (who published this page), then the agency of a wire dateline
 * ("LONDON (Reuters) -"), then an agency in the byline, then a sign-off ("Reuters-AP"), then the
 * copyright holder (often a parent company), and last a site name split off the headline.
 */
function pickSource(hints: SourceHint[]): string | null {
  let best: SourceHint | null = null;
  for (const hint of hints) if (hint.name && (!best || hint.rank < best.rank)) best = hint;
  return best?.name ?? null;
}
