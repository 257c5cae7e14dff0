import type { Timex } from '../time/types.ts';

/**
 * One expression per range: the tagger keeps TIMEX3's two ends of "from March to May" (both
 * carrying the same `range`), but a timeline event on a range should hold the whole of it, not
 * two cards for its two ends. Each range becomes one Timex over its whole text whose value is the
 * ISO 8601 interval of its ends (`2025-03/2025-05`), which `date-span.ts` reads as one span.
 */
export function foldRanges(sentence: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  const seen = new Set<string>();
  for (const t of timexes) {
    const r = t.range;
    if (!r || typeof r.from !== 'string' || typeof r.to !== 'string' || !(r.start >= 0 && r.end <= sentence.length && r.start < r.end)) {
      out.push(t);
      continue;
    }
    const key = `${r.start}:${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: r.start, end: r.end, text: sentence.slice(r.start, r.end), type: t.type, value: `${r.from}/${r.to}`, source: t.source, range: r });
  }
  return out;
}
