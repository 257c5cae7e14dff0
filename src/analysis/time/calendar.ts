/** Plain calendar arithmetic in UTC, so results never depend on the machine's time zone. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Reads the date part of an ISO date or date-time; null when it is not a real date. */
export function parseDct(dct: string | null): Ymd | null {
  if (!dct) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toMs(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** Adds months, clamping the day ("31 March" − 1 month = 28/29 February). */
export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(a: Ymd): number {
  const w = new Date(toMs(a)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const w = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return { y: thursday.y, w };
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(a) - toMs(b)) / DAY_MS);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}
export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}
export { pad };
