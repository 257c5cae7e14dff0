import type { Report } from './types.ts';

/**
 * The compared reports, with the year filled in for a report whose only date is a wire dateline's day
 * without one ("PORTLAND, Ore., Jan 8 (Reuters) -", `Report.filed`) and whose body names no dated day
 * to take it from (`parse-report.ts` tries the page's stamps and the body first). Reports of one event
 * are filed within days of each other, so the dateline's day goes in the year that puts it nearest the
 * middle of the other reports' dates. It stays `inferred`: the day is the page's, the year is the
 * coverage's. A report without a dateline day is left undated: nothing says it was written the same
 * week as the others. Kept free of the report parser's modules: the first screen runs it.
 */
export function withDatelineYears(reports: readonly Report[]): Report[] {
  const dated = reports.flatMap((r) => (r.published ? [Date.parse(r.published)] : [])).sort((a, b) => a - b);
  const middle = dated[(dated.length - 1) >> 1];
  if (middle === undefined) return [...reports];
  const year = new Date(middle).getUTCFullYear();
  return reports.map((report) => {
    const filed = report.filed;
    if (report.published || !filed) return report;
    let best: number | undefined;
    for (const y of [year - 1, year, year + 1]) {
      const day = Date.UTC(y, filed.month - 1, filed.day);
      if (new Date(day).getUTCDate() === filed.day && (best === undefined || Math.abs(day - middle) < Math.abs(best - middle))) best = day;
    }
    return best === undefined ? report : { ...report, published: new Date(best).toISOString().slice(0, 10), publishedFrom: 'inferred' };
  });
}
