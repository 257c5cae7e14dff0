import type { Comparison } from '../compare.ts';
import { summarizeFacts, type FactsSummary } from './summarize-facts.ts';
import { summarizeOverview, type Overview } from './summarize-overview.ts';

/** A comparison with what the Facts tab shows of it, as the worker answers the app. */
export interface SummarizedComparison extends Comparison {
  /** The overview: shares per report, what each alone adds (`summarizeOverview`). */
  overview: Overview;
  /** The facts panel's lists: shared facts, conflicts, sentences only one report has (`summarizeFacts`). */
  factLists: FactsSummary;
}

/**
 * Adds the overview and the facts lists to a comparison. Done where the comparison is made (the
 * worker), not on the page: for a report of megabytes the overview weighs tens of thousands of
 * sentences, most of a second in the frame the result arrived in. Their sentences and facts are the
 * comparison's own objects, which a structured clone sends once. The CLI's `compare` has no use for
 * either and keeps calling `compareReports`.
 */
export function summarizeComparison(comparison: Comparison): SummarizedComparison {
  return { ...comparison, overview: summarizeOverview(comparison), factLists: summarizeFacts(comparison) };
}
