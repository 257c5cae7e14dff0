/**
 * Content words for deciding whether two sentences with the same date tell the same event.
 * Reporting verbs and modals are stopwords because nearly every news sentence has them
 * ("X said on Monday …" and "Y said Monday …" are usually different events).
 */
const STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without about against between into onto over under
  after before since until during through across among within as than then that this these those there here it its
  he she they them his her their we our you your i me my is are was were be been being has have had do does did
  will would shall should can could may might must not no also only just more most very much many some any all each
  both other such which who whom whose what when where while why how said says say told tell according reported
  mr mrs ms last next first one two three four five six seven eight nine ten new year years day days week weeks month months`
    .split(/\s+/)
    .filter(Boolean),
);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? []) {
    let w = raw.replace(/['’]s$/u, '');
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1); // crude plural fold
    if (w.length > 2 && !STOPWORDS.has(w)) words.add(w);
  }
  return words;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}
