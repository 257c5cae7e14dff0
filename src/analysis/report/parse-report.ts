/**
 * Plain text copied from a news page → a clean Report.
 *
 * Flow (each step in its own module):
 *   lines.ts      normalise whitespace and invisible characters, split into lines
 *   boilerplate   classify lines that are furniture on their own (legal, cookies, bylines, stamps…)
 *   wrap.ts       re-join hard-wrapped lines, so one logical line = one paragraph
 *   zones.ts      find the body by its prose; pick the headline above it; drop menus above the
 *                 headline, metadata below it, link lists and the trailer after the body
 *   byline/dateline  turn the removed metadata into `source` and `published`
 */
import { classifyLine, SOURCE_RANK, type RemovalReason, type SourceHint } from './boilerplate.ts';
import { readWireDateline } from './byline.ts';
import { bestPublished, parseDate, type Stamp } from './dateline.ts';
import { toLines } from './lines.ts';
import { splitSiteName } from './title.ts';
import type { Report } from './types.ts';
import { joinWrapped } from './wrap.ts';
import { assignZones } from './zones.ts';

/** A removed line with the reason it was removed (for debugging and tests). */
export interface Removal {
  text: string;
  reason: RemovalReason;
}

export interface ExplainedReport {
  report: Report;
  removals: Removal[];
}

/** Parses a report; never throws (worst case: the whole text as one body, nothing removed). */
export function parseReport(text: string, meta: { id: string; file?: string }): Report {
  return parseReportExplained(text, meta).report;
}

/** Like `parseReport`, and also says why each line was removed. */
export function parseReportExplained(text: unknown, meta: { id: string; file?: string }): ExplainedReport {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return analyse(input, meta);
  } catch {
    // A heuristic bug must not lose the user's text: fall back to "every line is body".
    const paragraphs = toSafeLines(input);
    return { report: { id: meta.id, file: meta.file, title: '', source: null, published: null, paragraphs, removed: [] }, removals: [] };
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
  const physical = toLines(text);
  const lines = joinWrapped(physical, physical.map((l) => classifyLine(l.text)));
  const { title: titleIndex, removed, bodyStart } = assignZones(lines);

  const removals: Removal[] = [];
  const paragraphs: string[] = [];
  const headerStamps: Stamp[] = [];
  const laterStamps: Stamp[] = [];
  const hints: SourceHint[] = [];
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

  let title = titleIndex >= 0 ? lines[titleIndex]!.text : '';
  const split = splitSiteName(title);
  title = split.title;
  if (split.site) hints.push({ name: split.site, rank: SOURCE_RANK.titleSuffix });

  const lede = paragraphs[0] ?? '';
  const wire = readWireDateline(lede);
  if (wire) hints.push({ name: wire, rank: SOURCE_RANK.wireDateline });

  return {
    report: {
      id: meta.id,
      file: meta.file,
      title,
      source: pickSource(hints),
      published: bestPublished(headerStamps) ?? (wire ? datelineDate(lede) : null) ?? bestPublished(laterStamps),
      paragraphs,
      removed: removals.map((r) => r.text),
    },
    removals,
  };
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

/** "WASHINGTON, Sept. 24, 2014 (AP) -": the date of a wire dateline, when it carries a year. */
function datelineDate(lede: string): string | null {
  const open = lede.indexOf('(');
  return open > 0 && open < 90 ? (parseDate(lede.slice(0, open))?.iso ?? null) : null;
}
