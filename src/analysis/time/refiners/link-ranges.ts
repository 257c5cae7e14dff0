import type { Candidate, Refiner } from '../candidate.ts';

/**
 * Ranges: "from March to May", "between June 2022 and January 2024", "2010-2015", "Monday to
 * Friday". TIMEX3 keeps the two ends as two expressions; this refiner leaves them so and gives both
 * the same `range` (span and end values), and gives a compact range ("Feb. 3-4", parsed as one
 * expression with `lastDay`) its own. Runs after resolve-relative: a range needs its ends' values.
 */
const TO = /^\s*(?:-|–|—|to|until|till|through|thru)\s*$/i;
const AND = /^\s+and\s+$/i;
const BETWEEN = /\bbetween\s+$/i;
/** "moved the vote from March to May" is a change of date, not a span: May is the date. */
const MOVED_FROM =
  /\b(?:moved|postponed|delayed|pushed\s+back|brought\s+forward|rescheduled|shifted|changed|put\s+back|put\s+off|deferred|switched|extended|delay|move|postpone|reschedule)\b[^.;!?]{0,40}\bfrom\s+$/i;
/** Values a range can join: calendar points of the same shape, so "March to 2015" is not a range. */
const SHAPE: [RegExp, string][] = [
  [/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/, 'day'],
  [/^(?:\d{4}|XXXX)-\d{2}$/, 'month'],
  [/^\d{4}$/, 'year'],
  [/^\d{4}-Q\d$/, 'quarter'],
  [/^\d{4}-(?:SP|SU|FA|WI)$/, 'season'],
  [/^\d{3}$/, 'decade'],
];
const shape = (c: Candidate): string | null => (c.type === 'DATE' ? (SHAPE.find(([re]) => re.test(c.value))?.[1] ?? null) : null);

export const linkRanges: Refiner = {
  name: 'link-ranges',
  refine(candidates, { text }) {
    const out = candidates.map((c) => (c.lastDay !== undefined ? compact(c) : c));
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      if (a.range || b.range || b.start - a.end > 12 || b.start < a.end) continue;
      const gap = text.slice(a.end, b.start);
      const joined = TO.test(gap) || (AND.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start)));
      const kind = shape(a);
      if (!joined || !kind || kind !== shape(b)) continue;
      if (MOVED_FROM.test(text.slice(Math.max(0, a.start - 60), a.start))) continue;
      let to = b.value;
      // "from November to February": the end a year on when only the text's order says so.
      if (to < a.value && b.anchor?.kind === 'month' && /^\d{4}/.test(to)) to = String(Number(to.slice(0, 4)) + 1).padStart(4, '0') + to.slice(4);
      if (to <= a.value && !to.startsWith('X')) continue;
      const range = { start: a.start, end: b.end, from: a.value, to };
      out[i] = { ...a, range };
      out[i + 1] = { ...b, value: to, range };
      i++;
    }
    return out;
  },
};

function compact(c: Candidate): Candidate {
  const m = /^((?:\d{4}|XXXX)-\d{2}-)\d{2}$/.exec(c.value);
  if (!m || c.lastDay === undefined) return c;
  return { ...c, range: { start: c.start, end: c.end, from: c.value, to: m[1] + String(c.lastDay).padStart(2, '0') } };
}
