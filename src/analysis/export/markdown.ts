import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';
import { reportLetter } from '../report/letter.ts';
import { formatTimexDate } from '../timeline/format-date.ts';

/**
 * The comparison as a Markdown document someone can read or paste into notes: the facts first (each
 * with every report's wording), then each report's text with `[F1]` markers after the sentences that
 * state a shared fact (`[C2]` for a conflict), then what only that report says, then the timeline.
 * Markers are numbered in the order the facts are listed, not by internal fact id, so they stay short.
 */
export function toMarkdown(reports: readonly Report[], comparison: Comparison, title?: string): string {
  const out: string[] = [];
  const label = letterLabels(reports);
  const name = (id: string) => {
    const r = reports.find((x) => x.id === id);
    return `${label.get(id) ?? id}${r?.source ? ` (${escapeMd(r.source)})` : ''}`;
  };
  const sentenceText = new Map<string, string>();
  for (const r of comparison.reports) for (const s of r.sentences) sentenceText.set(key(r.id, s.id), s.text);

  // Marker per sentence, e.g. "A s3" → ["F1"].
  const markers = new Map<string, string[]>();
  const factLabel = new Map<string, string>();
  let shared = 0;
  let conflicts = 0;
  for (const fact of comparison.facts) {
    const tag = fact.kind === 'conflict' ? `C${++conflicts}` : `F${++shared}`;
    factLabel.set(fact.id, tag);
    for (const m of fact.mentions) markers.set(key(m.report, m.sentence), [...(markers.get(key(m.report, m.sentence)) ?? []), tag]);
  }

  out.push(title ? `# ${escapeMd(title)}` : `# Comparison: ${reports.map((r) => escapeMd(r.title || r.id)).join(' / ')}`, '');
  out.push('## Reports', '');
  for (const r of reports) {
    const details = [r.source, dateOf(r), r.file]
      .filter(Boolean)
      .map((d) => escapeMd(d!))
      .join(' · ');
    out.push(`- **${label.get(r.id)}**: ${escapeMd(r.title || '(untitled)')}${details ? ` — ${details}` : ''}`);
  }
  out.push('');

  const section = (title: string, kind: 'shared' | 'conflict') => {
    const facts = comparison.facts.filter((f) => f.kind === kind);
    out.push(`## ${title} (${facts.length})`, '');
    if (!facts.length) out.push(kind === 'shared' ? '_No shared facts found._' : '_No conflicting facts found._', '');
    for (const fact of facts) {
      const differences = fact.differences.length ? ` — differs in ${fact.differences.map(escapeMd).join('; ')}` : '';
      // "link score": the strongest link's score, how sure the aligner is the wordings state one fact
      // (the app's "86% match"); headed "similarity" it read as how alike the wordings are, which it is not.
      out.push(`- **[${factLabel.get(fact.id)}]** link score ${fact.score.toFixed(2)}${differences}`);
      for (const m of fact.mentions) out.push(`  - ${name(m.report)} ${m.sentence}: ${escapeMd(sentenceText.get(key(m.report, m.sentence)) ?? '')}`);
    }
    if (facts.length) out.push('');
  };
  section('Shared facts', 'shared');
  section('Conflicting facts', 'conflict');

  for (const r of reports) {
    const segmented = comparison.reports.find((s) => s.id === r.id);
    out.push(`## ${label.get(r.id)}: ${escapeMd(r.title || r.id)}`, '');
    const meta = [r.source, dateOf(r)]
      .filter(Boolean)
      .map((d) => escapeMd(d!))
      .join(' · ');
    if (meta) out.push(`_${meta}_`, '');
    const byParagraph = new Map<number, string[]>();
    const unique: string[] = [];
    for (const s of segmented?.sentences ?? []) {
      const tags = markers.get(key(r.id, s.id));
      const marked = escapeMd(s.text) + (tags ? ` ${tags.map((t) => `[${t}]`).join('')}` : '');
      byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), marked]);
      if (!tags) unique.push(`- ${s.id}: ${escapeMd(s.text)}`);
    }
    if (segmented) for (const paragraph of [...byParagraph.keys()].sort((a, b) => a - b)) out.push(byParagraph.get(paragraph)!.join(' '), '');
    else for (const p of r.paragraphs) out.push(escapeMd(p), '');
    if (reports.length > 1) {
      out.push(`### Only in ${label.get(r.id)} (${unique.length})`, '');
      out.push(...(unique.length ? unique : ['_Every sentence is shared with another report._']), '');
    }
  }

  out.push(`## Timeline (${comparison.timeline.length})`, '');
  if (!comparison.timeline.length) out.push('_No dated events found._', '');
  for (const event of comparison.timeline) {
    const sources = event.mentions.map((m) => `${label.get(m.report) ?? m.report} ${m.sentence} “${escapeMd(m.text)}”`).join(', ');
    // As the Timeline tab says it: "1980s", not TimeML's "198"; "22–28 Sep 2014", not "2014-W39".
    // Said as the Timeline tab says it: "≠ Times differ", with each report's time.
    const clocks = event.clocksDiffer?.map((m) => `“${escapeMd(m.text)}” (${label.get(m.report) ?? m.report})`).join(', ');
    out.push(`- **${formatTimexDate(event.date)}**: ${escapeMd(event.label)}${sources ? ` (${sources})` : ''}${clocks ? `. ≠ Times differ: ${clocks}` : ''}`);
  }
  if (comparison.timeline.length) out.push('');
  if (comparison.undated.length) {
    const undated = [...new Set(comparison.undated.map((c) => label.get(c.report) ?? c.report))].join(', ');
    // One line per claim, as the Timeline tab lists them: "8.49pm" and "Friday night" date one fire.
    out.push(`### Not placed (${comparison.undated.length})`, '', `_No publication date for ${undated}: set one to place these._`, '');
    for (const c of comparison.undated) {
      const written = c.mentions.map((m) => `“${escapeMd(m.text)}”`).join(', ');
      out.push(`- ${label.get(c.report) ?? c.report} ${c.sentence} ${written}: ${escapeMd(c.label)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The publication date as the document shows it: an inferred date says so. */
function dateOf(report: Report): string | null {
  return report.published && report.publishedFrom === 'inferred' ? `${report.published} (inferred)` : report.published;
}

const key = (report: string, sentence: string) => `${report}\u0000${sentence}`;

function letterLabels(reports: readonly Report[]): Map<string, string> {
  return new Map(reports.map((r, i) => [r.id, reportLetter(i)]));
}

/**
 * Report text is data: characters Markdown would act on are escaped, so "*" stays a star, a
 * "[F1]" in the source is not mistaken for a marker, and "<script>" is shown, never rendered. The
 * text may start a line of the document, so nothing at its start may open a block: "~~~" or "```"
 * (a code fence that would swallow the rest of the export), four spaces (indented code), "1)",
 * "---" or "===". Line breaks become spaces, because any line may start a block; "&" is escaped so
 * "&copy;" stays as written.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/[ \t]*[\r\n][\s]*/g, ' ')
    .replace(/^[ \t]+/, '')
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}
