import { diffWords } from 'diff';
import type { Fact } from '../../analysis/align/types.ts';
import { wireDatelineLength } from '../../analysis/text/attribution.ts';
import { stem, tokenize } from '../../analysis/text/tokenize.ts';
import { claimRange, markKey } from './sentence-marks.ts';

/**
 * A word of a sentence that its partner wording does not have, as `[start, end)` UTF-16 offsets
 * into the sentence (so it composes with `splitSentence`). `strong` for numbers (digits or words)
 * and capitalised names, which are what a reader comparing two wordings looks for first.
 */
export interface WordDifference {
  start: number;
  end: number;
  strong: boolean;
}

/**
 * The words of `text` (within `range`, the claim that states the fact; the whole sentence when
 * absent) that differ from `partner` (within `partnerRange`).
 *
 * jsdiff's `diffWords` aligns the two wordings; the words of `text` it leaves unmatched are the
 * candidates. Reports reorder clauses ("The explosion killed 12" / "15 were killed in the
 * explosion"), so a longest common subsequence leaves out words the partner does state, only
 * elsewhere: a candidate is dropped when the partner has the same word anywhere, compared as the
 * analysis compares words (lower-case Porter stem; a number by its value, so "twelve" and "12"
 * are the same word). Stopwords and punctuation never count.
 */
export function wordDifferences(text: string, partner: string, range?: [number, number], partnerRange?: [number, number]): WordDifference[] {
  // Where and when a wire filed its report ("ATHENS, Aug 17 (Reuters) - ") is no wording of the fact:
  // boxing "ATHENS" and "Reuters" as what differs was noise, and the analysis scores without it too.
  const [from, to] = range ?? [wireDatelineLength(text), text.length];
  const own = text.slice(from, to);
  const other = partnerRange ? partner.slice(...partnerRange) : partner.slice(wireDatelineLength(partner));
  const partnerTokens = tokenize(other);
  // A compound written open on one side and closed on the other ("Web site" / "website") is one word:
  // each pair of neighbours counts joined as well.
  const partnerWords = new Set([...partnerTokens.map((t) => t.stem), ...joinedPairs(partnerTokens)]);
  const unmatched = unmatchedRanges(own, other);
  const tokens = tokenize(own);
  const ownJoined = joinedPairs(tokens);
  const out: WordDifference[] = [];
  // A clock time is one word however it is written ("10:30 p.m." / "10.30pm"): the tokenizer's pieces
  // of it, compared one by one, boxed the "30" of a time both wordings state.
  const ownClocks = clockTimes(own);
  const partnerClocks = clockTimes(other);
  const inClock = (token: { start: number; end: number }) => ownClocks.some((c) => c.start < token.end && c.end > token.start);
  for (const clock of ownClocks) {
    if (!partnerClocks.some((c) => sameClock(c, clock))) out.push({ start: from + clock.start, end: from + clock.end, strong: true });
  }
  tokens.forEach((token, index) => {
    if (token.stop || partnerWords.has(token.stem) || inClock(token)) return;
    if (partnerWords.has(ownJoined[index] ?? '') || partnerWords.has(ownJoined[index - 1] ?? '')) return;
    if (unmatched && !unmatched.some(([s, e]) => s < token.end && e > token.start)) return;
    const start = from + token.start;
    const end = from + token.end;
    const next = tokens[index + 1];
    out.push({ start, end, strong: token.value !== undefined || isName(text, start, token.text, next?.text) });
  });
  // Two long wordings that share few words: boxing nearly every word (the user test saw checkerboards
  // in 300 px panes) shows nothing a reader can use, so only the figures and names that differ stay.
  // So in a short pair whose boxes would leave less than a quarter of the sentence unboxed ("Five
  // people, including two firefighters, were injured, police said." / "Five more were hurt."): the
  // boxes then mark no part of the sentence, only all of it, which says nothing that the link did not.
  const content = tokens.filter((t) => !t.stop).length;
  const mostly = content >= MOSTLY_DIFFERENT.words ? MOSTLY_DIFFERENT.share : 1 - MOSTLY_DIFFERENT.unboxed;
  out.sort((a, b) => a.start - b.start);
  return joinWritten(text, out.length > mostly * content ? out.filter((d) => d.strong) : out);
}

interface ClockTime {
  start: number;
  end: number;
  /** Minutes past midnight or noon. */
  minutes: number;
  /** 'a' or 'p' when the text says (a.m., pm, or a 24-hour hour past 12). */
  half?: 'a' | 'p';
}

/** "10:30", "22:05", "10:30 p.m.", "10.30pm" (a full stop between figures only with am/pm: "10.30 metres" is a decimal). */
const CLOCK = /\b(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s?[ap]\.?m\b))(?:\s?([ap])(?:\.m\.|m\b))?/gi;

function clockTimes(text: string): ClockTime[] {
  return [...text.matchAll(CLOCK)].flatMap((m) => {
    const hour = Number(m[1]);
    const minute = Number(m[2] ?? m[3]);
    if (hour > 23 || minute > 59) return [];
    const said = m[4]?.toLowerCase() as 'a' | 'p' | undefined;
    const half = said ?? (hour > 12 ? 'p' : undefined);
    return [{ start: m.index, end: m.index + m[0].length, minutes: (hour % 12) * 60 + minute, half }];
  });
}

function sameClock(a: ClockTime, b: ClockTime): boolean {
  return a.minutes === b.minutes && (a.half === undefined || b.half === undefined || a.half === b.half);
}

/**
 * Neighbouring differences written as one word are one box: the tokenizer reads "9:42" as 9 and 42,
 * and two boxes side by side with a colon between them read as two things that differ.
 */
function joinWritten(text: string, differences: WordDifference[]): WordDifference[] {
  const out: WordDifference[] = [];
  for (const d of differences) {
    const last = out.at(-1);
    if (last && /^[^\s\p{L}\p{N}]{1,2}$/u.test(text.slice(last.end, d.start)))
      out[out.length - 1] = { start: last.start, end: d.end, strong: last.strong || d.strong };
    else out.push(d);
  }
  return out;
}

/** For each token and the one after it, the stem of the two written as one word ("web" + "site": websit). */
function joinedPairs(tokens: readonly { text: string }[]): string[] {
  return tokens.slice(0, -1).map((t, i) => stem(`${t.text}${tokens[i + 1]!.text}`.toLowerCase()));
}

/**
 * From `words` content words, a sentence of which more than `share` differs marks only figures and
 * names; a shorter one, when less than `unboxed` of it would be left unboxed (the share of its words a
 * claim must leave out to be marked as a part, `claimRange`).
 */
const MOSTLY_DIFFERENT = { words: 12, share: 0.6, unboxed: 0.25 };

/**
 * `[start, end)` ranges of `own` that `diffWords` reports as removed (not in `other`), or
 * undefined when its output cannot be laid back onto `own`. jsdiff keeps every non-space
 * character of both texts but may move or merge whitespace between change objects, so the changes
 * are laid onto `own` by counting non-space characters, never by string length.
 */
function unmatchedRanges(own: string, other: string): [number, number][] | undefined {
  const visible: number[] = [];
  for (let i = 0; i < own.length; i++) if (!/\s/.test(own[i]!)) visible.push(i);
  const ranges: [number, number][] = [];
  let seen = 0;
  for (const change of diffWords(own, other)) {
    if (change.added) continue;
    const count = change.value.replace(/\s+/g, '').length;
    if (change.removed && count > 0) ranges.push([visible[seen]!, visible[seen + count - 1]! + 1]);
    seen += count;
  }
  return seen === visible.length ? ranges : undefined;
}

/**
 * A capitalised word read as a name: a capital inside the sentence, or as the sentence's first
 * word when it is an acronym or the next word is capitalised too ("Azotan Chemicals said…"); a
 * lone capitalised first word ("Prosecutors said…") is just the start of the sentence.
 */
function isName(sentence: string, start: number, word: string, next: string | undefined): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const first = !/[\p{L}\p{N}]/u.test(sentence.slice(0, start));
  if (!first) return true;
  return /^\p{Lu}{2,}$/u.test(word) || (next !== undefined && /^\p{Lu}/u.test(next));
}

/**
 * The word differences of every sentence of `fact`, by `markKey`. Each wording is compared with
 * the fact's first wording in another report (the facts' mention order, usually report A's; for
 * report A, the next report's): with three reports giving 12, 15 and 15 dead, A marks 12 and B
 * and C mark 15. Marking only words absent from every partner was the alternative, but it hides
 * exactly that case (B's 15 is in C).
 */
export function factDifferences(fact: Pick<Fact, 'mentions'>, textOf: (report: string, sentence: string) => string | undefined): Map<string, WordDifference[]> {
  const out = new Map<string, WordDifference[]>();
  for (const mention of fact.mentions) {
    const partner = fact.mentions.find((m) => m.report !== mention.report);
    const text = textOf(mention.report, mention.sentence);
    const partnerText = partner && textOf(partner.report, partner.sentence);
    if (text === undefined || partnerText === undefined || !partner) continue;
    const differences = wordDifferences(text, partnerText, claimRange(mention, text), claimRange(partner, partnerText));
    if (differences.length > 0) out.set(markKey(mention.report, mention.sentence), differences);
  }
  return out;
}
