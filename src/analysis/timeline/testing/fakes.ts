import type { Fact } from '../../align/types.ts';
import type { NameMention } from '../../text/names.ts';
import type { SegmentedReport } from '../../text/types.ts';
import type { Timex, TimexType } from '../../time/types.ts';

/** A tagger that knows only the phrases it is given: `{ 'on Wednesday': '2014-09-24', '35 years': ['P35Y', 'DURATION'] }`. */
export function fakeTagger(table: Record<string, string | [string, TimexType]>) {
  return (text: string, _dct: string | null): Timex[] => {
    const found: Timex[] = [];
    for (const [phrase, spec] of Object.entries(table)) {
      const [value, type] = typeof spec === 'string' ? [spec, 'DATE' as const] : spec;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        found.push({ start: at, end: at + phrase.length, text: phrase, type, value, source: 'fake' });
      }
    }
    return found;
  };
}

/** A name finder that knows only the names it is given: `{ 'David Cameron': ['david cameron', 'person'] }`. */
export function fakeNames(table: Record<string, [string, NameMention['kind']]>) {
  return (text: string): NameMention[] => {
    const found: NameMention[] = [];
    for (const [name, [key, kind]] of Object.entries(table)) {
      const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + name.length, text: name, key, kind });
    }
    return found;
  };
}

/** A segmented report from plain sentences, ids s1…. */
export function report(id: string, published: string | null, sentences: string[]): SegmentedReport {
  let offset = 0;
  return {
    id,
    published,
    sentences: sentences.map((text, i) => {
      const s = { id: `s${i + 1}`, text, paragraph: 0, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return s;
    }),
  };
}

export function sharedFact(id: string, ...mentions: [string, string][]): Fact {
  return { id, kind: 'shared', mentions: mentions.map(([report, sentence]) => ({ report, sentence })), score: 0.9, reasons: [], differences: [] };
}
