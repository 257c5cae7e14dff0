import { CLOCK_SLACK_MINUTES, clockMinutesApart, isClockValue } from '../time/agree.ts';
import type { EventMention, TimelineEvent } from './types.ts';

/**
 * The clock times a card's reports give for it, when two reports' lie further apart than news
 * rounds, even hedged ("about 3:40 a.m." / "shortly before 4am" agree, "around 2am" does not):
 * the card is one happening told at different times, and a reader should see so. Each report's
 * first clock time, in report order; undefined when they agree or fewer than two reports give one.
 */
export function clockDisagreement(event: Pick<TimelineEvent, 'mentions'>): EventMention[] | undefined {
  const firsts = new Map<string, EventMention>();
  for (const m of event.mentions) if (m.value && isClockValue(m.value) && !firsts.has(m.report)) firsts.set(m.report, m);
  const clocks = [...firsts.values()];
  const apart = clocks.some((x, i) => clocks.slice(i + 1).some((y) => (clockMinutesApart(x.value!, y.value!) ?? 0) > HEDGED_SLACK));
  return apart ? clocks : undefined;
}

/** Within a card the hedges are not read ("about", "shortly before"): a hedged time's slack for all. */
const HEDGED_SLACK = 2 * CLOCK_SLACK_MINUTES;
