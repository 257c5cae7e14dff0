import { findNames, type NameMention } from './names.ts';

/**
 * Names per sentence, found over the whole report so a surname resolves against the full name
 * elsewhere ("Felt" after "W. Mark Felt") and a capital the report uses in running prose counts in
 * its headline; read one sentence at a time, "Felt died Thursday" was the verb "felt". Offsets are
 * into each sentence's text.
 */
export function namesBySentence(sentences: readonly { text: string }[], find: (text: string) => NameMention[] = findNames): NameMention[][] {
  // The facts and the timeline both read one report's names: read once (a report's sentences are not
  // changed after segmenting; callers treat the result as read-only).
  const cached = find === findNames ? read.get(sentences) : undefined;
  if (cached) return cached;
  const out = readNames(sentences, find);
  if (find === findNames) read.set(sentences, out);
  return out;
}

const read = new WeakMap<readonly object[], NameMention[][]>();

function readNames(sentences: readonly { text: string }[], find: (text: string) => NameMention[]): NameMention[][] {
  const parts: string[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const s of sentences) {
    const text = typeof s?.text === 'string' ? s.text : '';
    offsets.push(pos);
    parts.push(text);
    pos += text.length + 2;
  }
  const out: NameMention[][] = sentences.map(() => []);
  const found = find(parts.join('\n\n'));
  // In reading order, which the walk below needs (a finder may list its kinds of name one after another).
  const all = Array.isArray(found) ? [...found].filter((m) => m && Number.isFinite(m.start)).sort((x, y) => x.start - y.start) : [];
  let k = 0;
  for (const m of all) {
    while (k + 1 < offsets.length && offsets[k + 1]! <= m.start) k++;
    const base = offsets[k]!;
    if (m.end - base <= parts[k]!.length) out[k]!.push({ ...m, start: m.start - base, end: m.end - base });
  }
  return out;
}
