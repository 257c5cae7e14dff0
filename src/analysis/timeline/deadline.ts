/**
 * Deadlines: a date by which something must be done ("must leave by Friday", "has until March 1 to
 * respond", "the deadline of Jan. 15"). It is no occurrence, yet a reader of a story with one wants
 * it on the timeline (the election that "must be held by August 2029"), so it stays, marked: its
 * card is titled "Deadline: …" (build-timeline.ts). Rejected: dropping it (loses what the reader
 * waits for); a card style or field of its own (two card views, the side panel, the exports and the
 * filter would each need it, while the title already reaches all of them).
 *
 * Only an obligation makes "by <date>" a deadline: "By Friday, 20 people had died" reports what had
 * happened by then, and "aims to cut emissions by 2020" or "will reopen by Friday" is a plan whose
 * date is when it is scheduled to be done; both stay events. Every rule reads the words around the
 * expression, never a particular story.
 */

/** How a deadline's title starts. */
export const DEADLINE_TITLE = 'Deadline: ';

interface Span {
  start: number;
  end: number;
}

/** The date is named a deadline just before it: "the deadline of Jan. 15", "the deadline is Friday", "a cut-off date of May 3". */
const NAMED_BEFORE =
  /\b(?:deadline|cut-?off(?:\s+date)?)\s+(?:(?:for|to)\s+(?:[\p{L}'’-]+\s+){1,3}?)?(?:(?:is|was|of|on|at|set\s+for|moved\s+to|extended\s+to|until)\s+)+$/iu;
/** …or just after it: "a Nov. 24 deadline", "Friday's deadline", "the Jan. 31 filing deadline". */
const NAMED_AFTER = /^(?:['’]s)?(?:\s+(?!(?:and|or|to|as|the)\b)[\p{L}-]+)?\s+(?:deadline|cut-?off)\b/iu;
/**
 * Time given until the date: "has until March 1", "gave both sides until Oct. 10". The words
 * between are the one given it, never a verb ("has been closed until Friday" is a span).
 */
const GIVEN_UNTIL =
  /\b(?:has|have|had|having|gets?|got|given|gave|give|gives|granted|grants)\s+(?:(?!(?:been|be|being)\b)(?![\p{L}]+ed\b)[\p{L}'’-]+\s+){0,3}?(?:until|till)\s+$/iu;
/** A bound on when something is done: "by Friday", "before March 1", "no later than June". */
const BOUND_BEFORE = /\b(?:by|before|(?:no|not)\s+later\s+than)\s+$/i;
/** An obligation: "must", "has to", "needs to", "are due", "was ordered to", "told residents to". */
const OBLIGATION =
  /\b(?:must(?!\s+have\b)|(?:has|have|had|needs?|needed)\s+to|(?:is|are|was|were|be)\s+(?:required|obliged|obligated|due)\b|(?:ordered|told|asked|instructed|directed|required)\s+(?:[\p{L}'’-]+\s+){0,6}?to\s+\p{L})/iu;
/** Words an obligation may stand from the date, before and after it ("By Friday, tenants must …"). */
const REACH_BEFORE = 12;
const REACH_AFTER = 6;

/** Whether the expression at `timex` (offsets into `sentence`) is a deadline, not an occurrence. */
export function isDeadline(sentence: string, timex: Span): boolean {
  if (typeof sentence !== 'string') return false;
  // Judged within the stretch between semicolons, colons or dashes: another clause's "must" is not this date's.
  const from = Math.max(-1, ...[';', ':', ' — ', ' – ', ' -- '].map((sep) => sentence.lastIndexOf(sep, timex.start - 1))) + 1;
  const toAt = [';', ':', ' — ', ' – ', ' -- '].map((sep) => sentence.indexOf(sep, timex.end)).filter((i) => i >= 0);
  const before = sentence.slice(from, timex.start);
  const after = sentence.slice(timex.end, toAt.length ? Math.min(...toAt) : sentence.length);
  if (NAMED_BEFORE.test(before) || NAMED_AFTER.test(after)) return true;
  if (GIVEN_UNTIL.test(before)) return true;
  if (!BOUND_BEFORE.test(before)) return false;
  const near = `${lastWords(before, REACH_BEFORE)} ${firstWords(after, REACH_AFTER)}`;
  return OBLIGATION.test(near);
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}

function firstWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(0, n).join(' ');
}
