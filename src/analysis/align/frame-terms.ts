import { TIME_WORDS } from '../text/time-words.ts';
import { canonicalStem } from '../text/synonyms.ts';
import { stem } from '../text/tokenize.ts';

/**
 * Terms that frame a claim rather than state it: when it happened ("Monday", "last year") and the
 * verb of saying. Two sentences of one story that share only these and names ("Britain said it
 * would reopen its embassy … after last year's election" / "He was last year defeated in the House
 * of Commons") state different facts.
 */
const FRAME_TERMS = new Set([...TIME_WORDS, 'say'].map((w) => canonicalStem(stem(w))));

/** Whether a term only frames a claim: a time word or the verb of saying (see `FRAME_TERMS`). */
export const isFrameTerm = (t: string): boolean => FRAME_TERMS.has(t);
