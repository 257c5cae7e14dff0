import { daysFromIso, isoFromDays } from '../time/calendar.ts';
import type { Timex } from '../time/types.ts';
import { calendarValue } from './date-span.ts';
import { isClockOnly } from './narrative-anchor.ts';

/**
 * A live page's entry stamp opening a sentence ("04:42 BST Rishi Sunak concedes", joined to its entry
 * by `report/entry-stamps.ts`): a clock time first in the sentence and not a clause of it ("Around
 * 2:18 p.m., …" is one). The tagger dates it on the publication day.
 */
export function entryStamp(text: string, dates: readonly Timex[]): Timex | undefined {
  const first = dates[0];
  if (!first || text.slice(0, first.start).trim() || !isClockOnly(text.slice(first.start, first.end)) || /^\s*,/.test(text.slice(first.end))) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(first.value) ? first : undefined;
}

/**
 * A sentence's dates without its entry stamp when the sentence dates itself ("11:03 PST The flight
 * took off … at 5:07pm on Friday"): the stamp is when the page said it, the sentence's own date when
 * it happened. A stamp alone dates its sentence, as the page's clock.
 */
export function withoutEntryStamp(text: string, dates: Timex[]): { own: Timex[]; stamp?: Timex } {
  const stamp = entryStamp(text, dates);
  return stamp && dates.slice(1).some((d) => calendarValue(d.value)) ? { own: dates.slice(1), stamp } : { own: dates };
}

/**
 * Each sentence's dates with its entry stamp put on its day. A live page runs newest first or oldest
 * first, and its stamps give the time only, all read on the publication day; where the clock runs
 * the other way the page has crossed midnight: "22:00 BST" below "00:54 BST" on a page of 5 July is
 * the 4th. The order is the one most steps between stamps take; fewer than three stamps tell none.
 */
export function dateEntryStamps(sentences: readonly { text: string; dates: Timex[] }[]): { dates: Timex[]; countedFrom?: string }[] {
  const stamps = sentences.map((s) => entryStamp(s.text, s.dates));
  const minutes = stamps.flatMap((s) => (s ? [Number(s.value.slice(11, 13)) * 60 + Number(s.value.slice(14, 16))] : []));
  let down = 0;
  for (let i = 1; i < minutes.length; i++) down += Math.sign(minutes[i - 1]! - minutes[i]!);
  if (minutes.length < 3 || down === 0) return sentences.map((s) => ({ dates: s.dates }));
  // Newest first, a later clock further down is the day before; oldest first, an earlier one the day after.
  const step = down > 0 ? -1 : 1;
  let shift = 0;
  let n = -1;
  let previous = '';
  return sentences.map((s, i) => {
    const stamp = stamps[i];
    if (!stamp) return { dates: s.dates };
    n++;
    // The stamp a moved one is counted from, for the card to say why it is not the publication day.
    const from = previous;
    previous = s.text.slice(stamp.start, stamp.end);
    if (n > 0 && (step < 0 ? minutes[n]! > minutes[n - 1]! : minutes[n]! < minutes[n - 1]!)) shift += step;
    const day = daysFromIso(stamp.value.slice(0, 10));
    if (!shift || day === null) return { dates: s.dates };
    return { dates: [{ ...stamp, value: isoFromDays(day + shift) + stamp.value.slice(10) }, ...s.dates.slice(1)], countedFrom: from };
  });
}
