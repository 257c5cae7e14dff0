import type { NameMention } from '../text/names.ts';
import { canonicalStem, phrasalStem } from '../text/synonyms.ts';
import { tokenize } from '../text/tokenize.ts';

/** A quantity with the word it counts: "12 people" → { value: 12, unit: 'peopl' }. */
export interface Quantity {
  value: number;
  text: string;
  /** Canonical stems of the next content words, where the counted noun is (or `percent`, `$`, `age`, `degree`); empty when none. */
  units: string[];
  /** The first unit word as written ("hours"), for messages; '' when none. */
  unitText: string;
}

/** What the similarity and conflict checks need to know about one sentence. */
export interface SentenceFeatures {
  /** Term → count. Words are canonical stems, names `@key` (persons `@surname`), numbers `#value`. */
  terms: Map<string, number>;
  /** Name keys as in `NameMention.key`, with kind. */
  names: Map<string, NameMention['kind']>;
  quantities: Quantity[];
  years: number[];
  weekdays: string[];
  months: string[];
  /** Calendar days as "september 24", from "September 24", "24 September", "24th of September". */
  days: string[];
  /** True when the sentence negates something ("not", "no", "never", "failed to", "refused"). */
  negated: boolean;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'cannot', 'without']);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The term a name contributes: persons by surname, so "Cameron" matches "David Cameron" across texts. */
export function nameTerm(m: Pick<NameMention, 'key' | 'kind'>): string {
  return '@' + (m.kind === 'person' ? m.key.split(' ').pop()! : m.key.replace(/ /g, '_'));
}

/**
 * Features of `text`. `names` are its names with offsets into `text` (from `findNames` over the
 * sentence or over the whole report, so surnames resolve against the full text).
 */
export function sentenceFeatures(text: string, names: NameMention[]): SentenceFeatures {
  const tokens = tokenize(text);
  const terms = new Map<string, number>();
  const nameMap = new Map<string, NameMention['kind']>();
  const quantities: Quantity[] = [];
  const years: number[] = [];
  const weekdays: string[] = [];
  const months: string[] = [];
  const days: string[] = [];
  const isMonth = (k: number) => {
    const x = tokens[k];
    return x !== undefined && MONTHS.includes(x.norm) && (x.norm !== 'may' || /^M/.test(x.text));
  };
  const add = (t: string) => terms.set(t, (terms.get(t) ?? 0) + 1);
  let n = 0;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const m of sorted) nameMap.set(m.key, m.kind);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (n < sorted.length && sorted[n]!.end <= t.start) n++;
    const name = sorted[n];
    if (name && t.start >= name.start && t.start < name.end) {
      // One term per name mention, added at its first token.
      if (t.start === name.start || (i > 0 && tokens[i - 1]!.end <= name.start)) add(nameTerm(name));
      continue;
    }
    if (t.value !== undefined) {
      add(t.stem);
      if (t.year) { years.push(t.value); continue; }
      // A day of the month is a date, not a count: "September 24", "24 September", "24th of September".
      if (Number.isInteger(t.value) && t.value >= 1 && t.value <= 31) {
        const month = isMonth(i - 1) ? i - 1 : isMonth(i + 1) ? i + 1 : tokens[i + 1]?.norm === 'of' && isMonth(i + 2) ? i + 2 : -1;
        if (month >= 0) { days.push(`${tokens[month]!.norm} ${t.value}`); continue; }
      }
      const units = unitsOf(text, tokens, i);
      quantities.push({ value: t.value, text: t.text, units, unitText: units.length ? unitWord(tokens, i) : '' });
      continue;
    }
    if (t.stop) continue;
    // "called off" means "cancelled": one term for the phrase, the particle dropped.
    const next = tokens[i + 1];
    const phrase = next ? phrasalStem(t.stem, next.norm) : undefined;
    if (phrase) { add(phrase); i++; continue; }
    if (WEEKDAYS.includes(t.norm)) weekdays.push(t.norm);
    else if (isMonth(i)) months.push(t.norm);
    add(canonicalStem(t.stem));
  }
  const negated = tokens.some((t) => NEGATIONS.has(t.norm) || /n't$/.test(t.norm)) || /\b(?:failed|refused|declined) to\b/i.test(text);
  return { terms, names: nameMap, quantities, years, weekdays, months, days, negated };
}

/** The first content word after the number at `tokens[i]`, as written. */
function unitWord(tokens: ReturnType<typeof tokenize>, i: number): string {
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) if (!tokens[k]!.stop) return tokens[k]!.text;
  return '';
}

/**
 * What the number at `tokens[i]` counts: "%"/"percent", "$", an age, degrees, else the next two
 * words when they are content words, since an adjective often comes first ("nine straight losses").
 */
function unitsOf(text: string, tokens: ReturnType<typeof tokenize>, i: number): string[] {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.norm;
  if (before === 'aged' || before === 'age') return ['age'];
  const after = text.slice(t.end, t.end + 12).toLowerCase();
  if (/^\s*(?:%|percent|per cent|pc\b)/.test(after)) return ['percent'];
  if (/[$£€]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return ['$'];
  if (/^\s*(?:c\b|°|degrees)/.test(after)) return ['degree'];
  const units: string[] = [];
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) {
    const u = tokens[k]!;
    if (u.value !== undefined) break;
    if (u.stop) continue;
    // "a 34-year-old man": "year" + "old" reads as an age.
    if (u.norm === 'year' && tokens[k + 1]?.norm === 'old') return ['age'];
    units.push(canonicalStem(u.stem));
  }
  return units;
}
