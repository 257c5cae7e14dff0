import { CLOCK_SLACK_MINUTES, clockMinutesApart, isClockValue } from '../time/agree.ts';
import type { EventMention, TimelineEvent } from './types.ts';

/**
 * The clock times a card's reports give for it, when two reports' lie further apart than news
 * rounds, even hedged ("about 3:40 a.m." / "shortly before 4am" agree, "around 2am" does not):
 * the card is one happening told at different times, and a reader should see so. A card may hold
 * several moments (the count published "at 6:30 p.m. on Monday", the winner's speech "shortly after
 * midnight"), so two reports differ only when each gives a time the other gives nothing near: a
 * tabloid's lone "after midnight" is the wire's midnight, not "≠ Times differ" against its 6:30 p.m.
 * Per report in a differing pair, its first time the other has nothing near, in report order;
 * undefined when they agree or fewer than two reports give one.
 */
export function clockDisagreement(event: Pick<TimelineEvent, 'mentions'>): EventMention[] | undefined {
  const byReport = new Map<string, EventMention[]>();
  for (const m of event.mentions) if (m.value && isClockValue(m.value)) byReport.set(m.report, [...(byReport.get(m.report) ?? []), m]);
  const near = (x: EventMention, list: EventMention[]) => list.some((y) => (clockMinutesApart(x.value!, y.value!) ?? 0) <= HEDGED_SLACK);
  const lists = [...byReport.values()];
  const shown = new Set<EventMention>();
  lists.forEach((xs, i) =>
    lists.slice(i + 1).forEach((ys) => {
      const [x, y] = [xs.find((m) => !near(m, ys)), ys.find((m) => !near(m, xs))];
      if (x && y) [x, y].forEach((m) => shown.add(m));
    }),
  );
  if (shown.size === 0) return undefined;
  // One time per report, its first shown, in report order.
  return lists.flatMap((list) => list.find((m) => shown.has(m)) ?? []);
}

/** Within a card the hedges are not read ("about", "shortly before"): a hedged time's slack for all. */
const HEDGED_SLACK = 2 * CLOCK_SLACK_MINUTES;
