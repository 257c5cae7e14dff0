import type { Comparison } from '../compare.ts';
import type { Report } from '../report/types.ts';

/**
 * The `compare --json` shape of design.md. Shared by the CLI and the app's JSON download.
 * Added to design.md's shape (README, "Command line"): a report's `publishedFrom`, a mention's
 * `span`, a conflict's `differences`, and `unplaced`, the relative expressions of undated reports.
 */
export function toContractJson(reports: Report[], comparison: Comparison) {
  return {
    reports: reports.map((report, i) => ({
      id: report.id,
      file: report.file ?? null,
      title: report.title,
      source: report.source,
      published: report.published,
      // Whether the date was stated by the page, set by front matter or the user, or inferred.
      publishedFrom: report.publishedFrom,
      sentences: (comparison.reports[i]?.sentences ?? []).map(({ id, text }) => ({ id, text })),
      removed: report.removed,
    })),
    // `differences` is added to design.md's shape: a conflict must say what differs ("number: 12 vs 15").
    facts: comparison.facts.map(({ id, kind, mentions, score, differences }) => ({ id, kind, mentions, score, ...(kind === 'conflict' ? { differences } : {}) })),
    timeline: comparison.timeline.map(({ id, date, label, mentions }) => ({
      id,
      date,
      label,
      mentions: mentions.map(({ report, sentence, text }) => ({ report, sentence, text })),
    })),
    // What the timeline could not place for want of a publication date, in the mentions' shape.
    unplaced: comparison.unplaced.map(({ report, sentence, text }) => ({ report, sentence, text })),
  };
}
