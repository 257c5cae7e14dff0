/**
 * Two TIMEX3 values agree when every position both specify is equal: "XXXX-XX-XXT06:12" and
 * "2023-03-03T06:12", "2023-03" and "2023-03-03". Week-based and calendar values are never compared
 * ("2023-W10" says nothing checkable about "2023-03-07" without a calendar, and guessing invents conflicts).
 */
export function timesAgree(x: string, y: string): boolean {
  if (x.includes('W') !== y.includes('W')) return false;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i] && x[i] !== 'X' && y[i] !== 'X') return false;
  return true;
}

/** How far apart two clock times may be and still tell one moment: news rounds ("shortly before 11 p.m." / "around 10.50pm"). */
export const CLOCK_SLACK_MINUTES = 15;

/**
 * Two values that agree (`timesAgree`), or two clock times within `CLOCK_SLACK_MINUTES` of each other
 * on days that agree or are unknown.
 */
export function timesNear(x: string, y: string): boolean {
  if (timesAgree(x, y)) return true;
  const apart = clockMinutesApart(x, y);
  return apart !== undefined && apart <= CLOCK_SLACK_MINUTES;
}
const CLOCK = /T(\d\d):(\d\d)$/;

/** Whether a value is a clock time ("2014-09-24T15:30", "XXXX-XX-XXT07:40"), not a day or a part of one. */
export const isClockValue = (value: string): boolean => CLOCK.test(value);
const UNKNOWN_DAY = /^X{4}-XX-XX$/;

/**
 * Minutes between two clock times on days that agree or are unknown (as `timesNear` compares them),
 * or undefined when either is no clock time or their days differ.
 */
export function clockMinutesApart(x: string, y: string): number | undefined {
  const [cx, cy] = [CLOCK.exec(x), CLOCK.exec(y)];
  if (!cx || !cy) return undefined;
  const [dx, dy] = [x.slice(0, cx.index), y.slice(0, cy.index)];
  // A clock whose text names no day ("XXXX-XX-XX", see `SentenceFeatures.times`) may be on any.
  if (!UNKNOWN_DAY.test(dx) && !UNKNOWN_DAY.test(dy) && !timesAgree(dx, dy)) return undefined;
  return Math.abs(minuteOfDay(x)! - minuteOfDay(y)!);
}

/** The minute of the day a clock time's value tells ("XXXX-XX-XXT05:40": 340), or undefined for no clock time. */
export function minuteOfDay(value: string): number | undefined {
  const m = CLOCK.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
