/** Longest label, in UTF-16 units, before it is cut at a word boundary with "…". */
export const LABEL_MAX = 120;

interface Piece {
  start: number;
  end: number;
}

/**
 * Clause separators. Commas only count when followed by a space, so "1,000" stays whole; the
 * separators inside the time expression itself ("September 24, 2014") are skipped by the caller.
 */
const SEPARATOR = /;\s*|\s+[—–]\s+|\s+--\s+|:\s+|,\s+/g;
/** Discourse words that make a clause read as a continuation ("However, …", "and …"). */
const LEADING_CONNECTIVE = /^(?:and|but|or|so|yet|however|meanwhile|moreover|furthermore|also|then|while|whereas|although|though)\b[,]?\s+/i;
const RELATIVE = /^(who|which|whom|whose|where)\s+/i;
/** A trailing run of capitalised words: the antecedent a "who" clause refers to ("… woman Goncheh Ghavami"). */
const TRAILING_NAME = /((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s*$/u;
/** Clauses with fewer words than this besides the time expression ("On Wednesday") borrow a neighbour. */
const MIN_WORDS = 3;

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function splitPieces(sentence: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const m of sentence.matchAll(SEPARATOR)) {
    const at = m.index;
    if (at + m[0].length > start && at < end) continue; // never split inside the time expression
    pieces.push({ start: from, end: at });
    from = at + m[0].length;
  }
  pieces.push({ start: from, end: sentence.length });
  return pieces;
}

/**
 * Balances a quotation the clause boundary cut in half: a quote mark at the cut edge is dropped,
 * one left open inside is closed, so the label never reads as an unterminated quotation.
 */
function balanceQuotes(text: string, tStart: number): [string, number] {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens > closes) return text.startsWith('“') && tStart > 0 ? [text.slice(1), tStart - 1] : [`${text}”`, tStart];
  if (closes > opens) return text.endsWith('”') ? [text.slice(0, -1), tStart] : [`“${text}`, tStart + 1];
  if ((text.match(/"/g) ?? []).length % 2 === 1) {
    if (text.startsWith('"') && tStart > 0) return [text.slice(1), tStart - 1];
    if (text.endsWith('"')) return [text.slice(0, -1), tStart];
  }
  return [text, tStart];
}

/** Function words a cut should not end on ("… two and a half years after…"). */
const DANGLING = /\s+(?:a|an|the|of|to|in|on|at|for|and|or|but|after|before|with|by|from|that|its|his|her|their|as)$/i;

/** Cuts a long label to `max` units at word boundaries, keeping the time expression inside the window. */
function cap(text: string, tStart: number, tEnd: number, max: number): string {
  if (text.length <= max) return text;
  let from = 0;
  if (tEnd > max - 1) {
    // The date sits late in a long clause: start the window some words before it.
    from = Math.max(0, Math.min(tStart - 40, text.length - (max - 2)));
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < tStart ? space + 1 : from;
  }
  const prefix = from > 0 ? '…' : '';
  let window = text.slice(from);
  const room = max - prefix.length - 1;
  if (window.length > room + 1) {
    const cut = window.lastIndexOf(' ', room);
    let kept = window.slice(0, cut > room / 2 ? cut : room).replace(/[\s,;:]+$/u, '');
    while (DANGLING.test(kept) && kept.replace(DANGLING, '').length > room / 2) kept = kept.replace(DANGLING, '');
    window = `${kept}…`;
  }
  return prefix + window;
}

/**
 * The clause around a time expression, readable on its own: the comma/semicolon/dash piece that
 * contains it, widened while it is too short to say anything ("On Wednesday, …"), a "who" clause
 * given its named antecedent, leading connectives dropped, and capped at `max` at a word boundary.
 * `start`/`end` are the expression's UTF-16 offsets in `sentence`.
 */
export function clauseLabel(raw: string, start: number, end: number, max = LABEL_MAX): string {
  // Line breaks and tabs become spaces one for one, so offsets still hold; runs collapse at the end.
  const sentence = raw.replace(/\s/g, ' ');
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  const pieces = splitPieces(sentence, s, e);
  let lo = pieces.findIndex((p) => s >= p.start && s <= p.end && (e <= p.end || p === pieces.at(-1)));
  if (lo < 0) lo = pieces.length - 1;
  let hi = lo;
  let loStart = pieces[lo]!.start;
  let antecedent = '';

  const relative = RELATIVE.exec(sentence.slice(loStart, s));
  if (relative && lo > 0) {
    let prev = lo - 1;
    while (prev > 0 && /^\s*\d+\s*$/.test(sentence.slice(pieces[prev]!.start, pieces[prev]!.end))) prev--;
    const name = relative[1]!.toLowerCase() === 'who' ? TRAILING_NAME.exec(sentence.slice(pieces[prev]!.start, pieces[prev]!.end)) : null;
    if (name) {
      antecedent = name[1]!;
      loStart += relative[0].length;
    } else {
      lo = prev;
      loStart = pieces[lo]!.start;
    }
  }

  const timexWords = countWords(sentence.slice(s, e));
  const wordsAround = () => countWords(sentence.slice(loStart, pieces[hi]!.end)) - timexWords + countWords(antecedent);
  while (wordsAround() < MIN_WORDS) {
    if (hi + 1 < pieces.length) hi++;
    else if (lo > 0 && !antecedent) loStart = pieces[--lo]!.start;
    else break;
  }

  let text = sentence.slice(loStart, pieces[hi]!.end);
  let tStart = s - loStart;
  for (let m = LEADING_CONNECTIVE.exec(text); m && m[0].length <= tStart; m = LEADING_CONNECTIVE.exec(text)) {
    text = text.slice(m[0].length);
    tStart -= m[0].length;
  }
  const lead = text.length - text.trimStart().length;
  text = text.trim().replace(/[\s.,;:!?]+([”"]?)$/u, '$1');
  tStart = Math.max(0, tStart - lead);
  [text, tStart] = balanceQuotes(text, tStart);
  if (antecedent) {
    text = `${antecedent} ${text}`;
    tStart += antecedent.length + 1;
  }
  text = cap(text, tStart, tStart + (e - s), max);
  text = text.replace(/ {2,}/g, ' ');
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
