import { classify } from '../time/tense.ts';

/**
 * A subject with a relative clause of its own, each clause dated: "A wildfire that broke out on
 * Saturday afternoon near Carver Ridge jumped Highway 9 on Sunday night". Each date is its clause's:
 * Saturday the outbreak ("A wildfire broke out near Carver Ridge"), Sunday the jump ("A wildfire
 * jumped Highway 9"). Titled as one clause, both cards read "A wildfire that broke out near Carver
 * Ridge jumped Highway", and the Saturday card told of the jump.
 */
const SUBJECT_RELATIVE = /^((?:(?:the|a|an|this|its|his|her|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)\s+(?:that|who|which)\s+/iu;
/** Words after which a past form is a participle or a second verb of the relative clause, not the main verb. */
const NOT_MAIN_AFTER = /^(?:is|are|was|were|be|been|being|has|have|had|and|or|but|the|a|an|to|who|that|which)$/i;
/** Words no subject's head holds. */
const NOT_IN_HEAD = /\b(?:is|are|was|were|has|have|had|said|says|will|would|on|in|at|of|for|by)\b/i;

export interface ClauseOfSubject {
  /** The date's clause told with the subject's head: "A wildfire broke out on Saturday afternoon near Carver Ridge." */
  text: string;
  /** How far the clause moved from the raw sentence (add to raw offsets inside it). */
  shift: number;
  /** The clause's extent in the raw sentence. */
  from: number;
  to: number;
}

/** The clause of a dated relative subject holding `start`–`end`, when the other clause has a date in `others`; else null. */
export function clauseOfSubject(raw: string, start: number, end: number, others: readonly { start: number; end: number }[]): ClauseOfSubject | null {
  const m = SUBJECT_RELATIVE.exec(raw);
  if (!m || NOT_IN_HEAD.test(m[1]!)) return null;
  const head = m[1]!;
  const relFrom = m[0].length;
  // The main verb: the first finite past word after the relative's own verb that no auxiliary, article or "and" leads into.
  const words = [...raw.slice(relFrom).matchAll(/[\p{L}'’-]+/gu)];
  let mainAt = -1;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]![0];
    if (/[,;:]/.test(raw.slice(relFrom, relFrom + words[i]!.index))) return null;
    if (!/^\p{Ll}+$/u.test(word) || NOT_MAIN_AFTER.test(words[i - 1]![0])) continue;
    if (classify(word) === 'PAST') {
      mainAt = relFrom + words[i]!.index;
      break;
    }
  }
  if (mainAt < 0) return null;
  const inRelative = (r: { start: number; end: number }) => r.start >= relFrom && r.end <= mainAt;
  const inMain = (r: { start: number; end: number }) => r.start >= mainAt;
  const mine = { start, end };
  const otherSide = inRelative(mine) ? inMain : inMain(mine) ? inRelative : null;
  if (!otherSide || !others.some(otherSide)) return null;
  const [from, to] = inRelative(mine) ? [relFrom, mainAt] : [mainAt, raw.length];
  const clause = raw
    .slice(from, to)
    .trim()
    .replace(/[.!?]+$/, '');
  return { text: `${head} ${clause}.`, shift: head.length + 1 - from, from, to };
}
