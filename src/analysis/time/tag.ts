import type { Candidate, Context } from './candidate.ts';
import { parseDct } from './calendar.ts';
import { PIPELINE } from './pipeline.ts';
import { type Tense, makeTenseLookup, sentenceBounds, sentenceOf } from './tense.ts';
import type { Timex } from './types.ts';

/**
 * Finds time expressions in `text` and normalises them to TIMEX3 values against `dct`, the
 * document creation date (ISO) or null. Never throws: a parser that fails on some odd input
 * loses that one match, not the whole text; `opts.debug` hears about it (tests assert silence).
 */
export function tagTimexes(original: string, dct: string | null, opts: TagOptions = {}): Timex[] {
  if (typeof original !== 'string' || original.length === 0) return [];
  if (opts.debug) return tagText(original, dct, opts);
  const key = `${dct}\u0000${opts.dayFirst}\u0000${original}`;
  let timexes = recent.get(key);
  if (!timexes) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    // Frozen: every caller shares them.
    recent.set(key, (timexes = tagText(original, dct, opts).map((t) => Object.freeze(t))));
  }
  return timexes.slice();
}

interface TagOptions {
  debug?: (message: () => string) => void;
  dayFirst?: boolean;
}

/**
 * Texts tagged lately, by publication date and day order: a comparison tags each sentence for its
 * facts and again for its timeline, and the tagger is a fifth of the pipeline's time. Bounded, so a
 * long session keeps no more than a few comparisons' sentences.
 */
const recent = new Map<string, readonly Timex[]>();
const RECENT_LIMIT = 20_000;

function tagText(original: string, dct: string | null, opts: TagOptions): Timex[] {
  const text = withClockTokensJoined(original);
  let lookup: ((offset: number) => Tense) | null = null;
  let bounds: number[] | null = null;
  const ctx: Context = {
    text,
    dct: parseDct(typeof dct === 'string' ? dct : null),
    // Built on first use: most texts without relative expressions never need it.
    tenseAt: (offset) => (lookup ??= makeTenseLookup(text))(offset),
    sentenceAt: (offset) => sentenceOf((bounds ??= sentenceBounds(text)), offset),
    ...(opts.dayFirst === undefined ? {} : { dayFirst: opts.dayFirst }),
  };

  let candidates: Candidate[] = [];
  PIPELINE.parsers.forEach((parser, rank) => {
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let found: Candidate | Candidate[] | null = null;
      try {
        found = parser.extract(m, ctx);
      } catch (err) {
        const at = m.index;
        opts.debug?.(() => `parser/${parser.name} threw at ${at} ("${text.slice(at, at + 30)}"): ${String(err)}`);
        found = null;
      }
      for (const c of Array.isArray(found) ? found : found ? [found] : []) candidates.push({ ...c, rank });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of PIPELINE.refiners) {
    try {
      candidates = refiner.refine(candidates, ctx);
    } catch (err) {
      // A refiner bug must not lose the whole text; the remaining refiners still run.
      opts.debug?.(() => `refiner/${refiner.name} threw: ${String(err)}`);
    }
  }
  // Joined, the written text's last character comes one place later: the full stop of "p. m.", the "m" of "9. 35am".
  return finalize(candidates, original).map((t) =>
    (original[t.end] === '.' && /\b[ap]\. m$/i.test(t.text)) || (/^m\b/i.test(original.slice(t.end)) && /\d\. \d{2}[ap]$/i.test(t.text))
      ? { ...t, end: t.end + 1, text: original.slice(t.start, t.end + 1) }
      : t,
  );
}

/**
 * Text rebuilt from tokens writes "4:30 a. m." and "11. 30 p. m."; the parsers read "a.m." and
 * "11.30". Replaced character for character (the space moves behind), so every offset still points
 * into the original, which the timexes quote.
 */
function withClockTokensJoined(text: string): string {
  return (
    text
      .replace(/\b([ap])\. m\./gi, '$1.m. ')
      // "8. 40am" becomes "8.40am ", not "8.40 am": a free-standing "am" would read as the verb.
      .replace(/\b(\d{1,2})\. (\d{2}[ap]m)\b/gi, '$1.$2 ')
      .replace(/\b(\d{1,2})\. (\d{2})(?=\s*[ap]\.?\s?m\b)/gi, '$1.$2 ')
  );
}

/** Guarantees the contract: in bounds, sorted, non-overlapping. */
function finalize(candidates: Candidate[], text: string): Timex[] {
  const out: Timex[] = [];
  let lastEnd = 0;
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    if (c.start < lastEnd || c.start < 0 || c.end > text.length || c.end <= c.start) continue;
    const t: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value, source: c.source };
    if (c.mod) t.mod = c.mod;
    if (c.range && c.range.start >= 0 && c.range.end <= text.length && c.range.start < c.range.end) t.range = { ...c.range };
    out.push(t);
    lastEnd = c.end;
  }
  return out;
}
