import type { Report } from './types.ts';

/**
 * The compared reports, with the year filled in for a report whose only date is a wire dateline's day
 * without one ("PORTLAND, Ore., Jan 8 (Reuters) -", `Report.filed`). Reports of one event are filed
 * within days of each other, so the dateline's day goes in the year that puts it nearest the middle
 * of the other reports' dates. It stays `inferred`: the day is the page's, the year is the coverage's. A
 * report without a dateline day is left undated: nothing says it was written the same week as the
 * others. Kept free of the report parser's modules, and short: the first screen runs it.
 *
 * A dateline day whose year `parse-report.ts` took from the body's latest dated day is placed the
 * same way, with that day as a lower bound only: the report was filed after the last day it names,
 * but not necessarily in its year. "LONDON, Nov 20 (Reuters) - … fined over a cyberattack last
 * year" with "discovered the intrusion on Sept. 3, 2024" had been dated 20 Nov 2024, a year before
 * the two reports of the same fine, stated 20 and 21 Nov 2025 (user test X, W4).
 */
export function withDatelineYears(reports: readonly Report[]): Report[] {
  // Not a date whose year is a guess from the body's days: a dateline day this places.
  const guessed = (r: Report) => r.filed && r.publishedFrom === 'inferred';
  const dated = reports.flatMap((r) => (r.published && !guessed(r) ? [Date.parse(r.published)] : [])).sort((a, b) => a - b);
  const middle = dated[(dated.length - 1) >> 1];
  if (middle === undefined) return [...reports];
  const year = new Date(middle).getUTCFullYear();
  return reports.map((report) => {
    const filed = report.filed;
    if ((report.published && !guessed(report)) || !filed) return report;
    let best: number | undefined;
    for (const y of [year - 1, year, year + 1]) {
      const day = Date.UTC(y, filed.month - 1, filed.day);
      // Never before the day the body gave (NaN when it gave none: no floor), nor a 29 February that is not.
      if (new Date(day).getUTCDate() !== filed.day || day < Date.parse(report.published!)) continue;
      if (best === undefined || Math.abs(day - middle) < Math.abs(best - middle)) best = day;
    }
    return best === undefined ? report : { ...report, published: new Date(best).toISOString().slice(0, 10), publishedFrom: 'inferred' };
  });
}
