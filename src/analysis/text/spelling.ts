import { foldDiacritics } from './fold-diacritics.ts';
/**
 * Whether two names are spellings of one name: "Smyth" / "Smith", "Havsörn" / "Havsorn",
 * "Kessler" / "Kesler". Outlets transliterate and misspell; a reader counts these as one name, so
 * neither the similarity nor the conflict check may treat them as two people.
 * Accents are dropped first; then at most one edit for names of 5–7 letters and two from 8 on.
 * Short names must match exactly: "Kim" / "Kin" are different people far too often.
 */
export function sameSpelling(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  // "Stephan" / "Stefan", "Josef" / "Joseph": "ph" and "f" are one sound, which names spell either way
  // (and "Phromsawat" is still the "Promsawat" one letter from it).
  return spelledAlike(x, y) || ((x.includes('ph') || y.includes('ph')) && spelledAlike(x.replace(/ph/g, 'f'), y.replace(/ph/g, 'f')));
}

function spelledAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  // Names that differ in their first letter are different names ("Marsh" / "Harsh").
  return allowed > 0 && x[0] === y[0] && Math.abs(x.length - y.length) <= allowed && editDistance(x, y, allowed) <= allowed;
}

/**
 * Whether two name keys (words joined by spaces or underscores) name one thing: the same words
 * spelled alike, or the words of a name of two or more words running inside the other
 * ("promises treatment centre" / "malibu promises treatment center"). A one-word name is left to
 * the caller: "Paris" inside "Paris Hilton" is not the same name.
 */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [a.split(/[ _]/), b.split(/[ _]/)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length) return short.every((w, i) => sameSpelling(w, long[i]!));
  if (short.length < 2) return false;
  for (let at = 0; at + short.length <= long.length; at++) if (short.every((w, i) => sameSpelling(w, long[at + i]!))) return true;
  return false;
}

/**
 * Whether two full names of people are one person's: the same given name makes a one-letter slip
 * in a short surname a spelling ("Duncan Rait" / "Duncan Raite"), which `sameSpelling` alone
 * refuses for surnames under five letters.
 */
export function samePerson(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  if (x.length < 2 || y.length < 2) return false;
  // A longer name's given name may come second: a label run into it at the start of a sentence
  // ("Surfer Dan Corrigan" / "Daniel Corrigan"), or a first name before the one used ("John Paul Smith").
  const given = (n: string[], other: string) => sameGivenName(n[0]!, other) || (n.length > 2 && sameGivenName(n[1]!, other));
  if (!given(x, y[0]!) && !given(y, x[0]!)) return false;
  const [lx, ly] = [fold(x[x.length - 1]!), fold(y[y.length - 1]!)];
  return sameSpelling(lx, ly) || (Math.min(lx.length, ly.length) >= 4 && lx[0] === ly[0] && editDistance(lx, ly, 1) <= 1);
}

/**
 * Two given names of one person: spellings of one name, or a short form and the name it shortens
 * ("Dan" / "Daniel", "Marty" / "Martin", "Katie" / "Katherine"), which tabloids and local outlets use
 * where the wire gives the full name. Not a name and its feminine ("Paul" / "Paula", "Dan" / "Dana").
 */
export function sameGivenName(a: string, b: string): boolean {
  if (sameSpelling(a, b)) return true;
  const [x, y] = [fold(a), fold(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const stem = short.replace(/(?:y|ie)$/, '');
  return stem.length >= 3 && long.length > short.length && long.startsWith(stem) && !FEMININE.test(long.slice(stem.length));
}
const FEMININE = /^(?:a|e|ie|ina|ine|ette|elle|ia)$/;

const folded = new Map<string, string>();
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    // "Centre" / "Center", "Theatre" / "Theater": British and American spellings of one name.
    f = foldDiacritics(s)
      .toLowerCase()
      .replace(/(?<=\p{L}{3})re$/u, 'er');
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

/** Levenshtein distance, giving up (returning `max + 1`) once every path exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
