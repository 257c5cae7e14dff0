import type { NameMention } from './names.ts';
import { sameName, samePerson } from './spelling.ts';

/**
 * Keys of one shape a new key is compared with, the most used first: a 5 MB text naming thousands of
 * people stays near-linear, and a misspelling is of a name the story uses, not of its thousandth.
 */
const KEPT_PER_SHAPE = 200;

/** Kinds whose spellings are joined: places keep their own keys (their aliases are known, and "Austria" is not "Australia"). */
const JOINED: ReadonlySet<NameMention['kind']> = new Set(['person', 'organisation', 'other']);

/**
 * One key per name however the compared texts spell it: outlets transliterate and misspell
 * ("Salahuddin" / "Salahaddin", "Jermayne" / "Jerymayne Timmons"), and a reader counts them as one
 * name, so the similarity must too. Two keys of as many words, each word a spelling of the other's
 * (`sameName`), take the key used most (then the first in alphabetical order). `lists` are the
 * names of each sentence of every compared text, in any order; the result has the same shape.
 */
export function unifySpellings(lists: readonly (readonly NameMention[])[]): NameMention[][] {
  const uses = new Map<string, number>();
  // A person's given name may be shortened ("Dan" / "Daniel Corrigan", `samePerson`); other names' words may not.
  const people = new Set<string>();
  for (const list of lists)
    for (const m of list) {
      if (!JOINED.has(m.kind)) continue;
      uses.set(m.key, (uses.get(m.key) ?? 0) + 1);
      if (m.kind === 'person') people.add(m.key);
    }
  const keys = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : 1));
  // Spellings of one name share their number of words and their first letter (`sameSpelling`).
  const kept = new Map<string, string[]>();
  const canonical = new Map<string, string>();
  for (const key of keys) {
    const shape = `${key.split(/[ _]/).length} ${key.charAt(0)}`;
    const same = kept.get(shape) ?? [];
    const first = same.find((k) => sameName(k, key) || (people.has(k) && people.has(key) && samePerson(k, key)));
    if (first) canonical.set(key, first);
    else if (same.length < KEPT_PER_SHAPE) kept.set(shape, [...same, key]);
  }
  // A name's short form in another text may be its given name and the second-to-last word: a Spanish
  // or Portuguese name's father's surname ("Héctor Sandoval" / "Héctor Manuel Sandoval Riquelme"),
  // whose last word, the mother's, had been read as the surname; or a name before "III". The long
  // form takes the short one's key, so its surname is the one the other texts use.
  for (const key of keys) {
    const words = key.split(' ');
    if (!people.has(key) || words.length < 3 || canonical.has(key)) continue;
    const short = `${words[0]} ${words.at(-2)}`;
    if (people.has(short)) canonical.set(key, canonical.get(short) ?? short);
  }
  for (const [long, short] of shortForms(lists)) if (!canonical.has(long)) canonical.set(long, canonical.get(short) ?? short);
  if (canonical.size === 0) return lists.map((list) => [...list]);
  return lists.map((list) => list.map((m) => (JOINED.has(m.kind) && canonical.has(m.key) ? { ...m, key: canonical.get(m.key)! } : m)));
}

/**
 * A body's short form: the first words of its full name used alone, where the rest only says what
 * kind of company it is or whose body it is ("Kraft" / "the Kraft Foods plant", "Microsoft" /
 * "Microsoft Corp", "the Accident Investigation Commission" / "… of Papua New Guinea"). The full
 * name takes the short one's key. Any other rest may make another body of a place ("Narsingdi" /
 * "Narsingdi Railway Police", "Bloomington Sam's Club"), and those joins linked other facts of the
 * story by its setting. Only when the short form fits one full name ("Kraft Foods", "Kraft Heinz").
 * On ECB+ train: 17 more same-event pairs, no false one more.
 */
const BRAND_REST =
  /^(?:of .+|(?:(?:corp|corporation|inc|ltd|co|company|companies|group|holdings|plc|llc|foods|motors|airlines|airways|international|industries|technologies|systems|entertainment|records|pictures|studios)\s?)+)$/;

function shortForms(lists: readonly (readonly NameMention[])[]): Map<string, string> {
  const bodies = new Set<string>();
  for (const list of lists) for (const m of list) if (m.kind === 'organisation' || m.kind === 'other') bodies.add(m.key);
  const fits = new Map<string, string[]>();
  for (const key of bodies) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) {
      const part = words.slice(0, n).join(' ');
      if (bodies.has(part) && BRAND_REST.test(words.slice(n).join(' '))) fits.set(part, [...(fits.get(part) ?? []), key]);
    }
  }
  const out = new Map<string, string>();
  for (const [short, longs] of fits) if (longs.length === 1) out.set(longs[0]!, short);
  return out;
}
