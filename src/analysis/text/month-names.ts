/**
 * Month names, apart from calendar-words.ts (which re-exports them, and stays the module to import
 * from) because the reader's first screen writes publication days with them (timeline/format-day.ts).
 * A module is bundled whole with every export any chunk uses, so the first-paint bundle carried the
 * month and weekday readers the timeline and the import use.
 */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** "Jan" … "Dec", for dates written out ("24 Sep 2014"). */
export const MONTH_SHORT = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1, 3));
