import type { Refiner } from '../candidate.ts';
import { fmtDay } from '../calendar.ts';

/**
 * A clock time with no date beside it takes the day its sentence names: in "Saturday's opening
 * ceremony begins at 10am" the ceremony is on Saturday, not on the day the report came out. The
 * nearest day before the time wins, else the nearest after; a sentence that names no day leaves
 * the document date (resolve-relative's default). Runs after merge-date-time, which handles the
 * times written right next to their day ("3 p.m. on Tuesday").
 */
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T|$)/;

export const clockOnNamedDay: Refiner = {
  name: 'clock-on-named-day',
  refine(candidates, ctx) {
    if (!ctx.dct) return candidates;
    const days = candidates.filter((c) => c.anchor?.kind !== 'clock' && DAY_VALUE.test(c.value) && (c.type === 'DATE' || c.type === 'TIME'));
    if (days.length === 0) return candidates;
    return candidates.map((c) => {
      if (c.anchor?.kind !== 'clock' || c.source !== 'parser/clock-time') return c;
      const [from, to] = ctx.sentenceAt(c.start);
      const inSentence = days.filter((d) => d.start >= from && d.end <= to);
      const before = inSentence.filter((d) => d.end <= c.start).at(-1);
      const day = before ?? inSentence.find((d) => d.start >= c.end);
      if (!day) return c;
      const iso = DAY_VALUE.exec(day.value)![1]!;
      // "After Tuesday's vote, talks will resume at 9am": a clause that points the other way from the
      // named day is about another day.
      const tense = ctx.tenseAt(c.start);
      const today = fmtDay(ctx.dct!);
      if ((tense === 'FUTURE' && iso < today) || (tense === 'PAST' && iso > today)) return c;
      return { ...c, value: iso + c.anchor.time };
    });
  },
};
