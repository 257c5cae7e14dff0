/**
 * Reads a TimeML document (TempEval-3 / TimeBank .tml) into the bench's `TimexCase`: the DCT as the
 * reference date, the `<TEXT>` body with every tag stripped and entities decoded, and the gold
 * TIMEX3s with offsets into that stripped text. Small on purpose: TimeML here is flat (no nested
 * TIMEX3), so a tag scanner does, no XML library needed.
 */
import type { TimexCase } from '../src/analysis/time/score-timexes.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** The DCT's value as `YYYY-MM-DD` (TimeML also writes `19980108` or a full timestamp), or null. */
function dctOf(xml: string): string | null {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/i.exec(xml)?.[1] ?? xml;
  for (const m of dct.matchAll(/<TIMEX3\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (a.functionInDocument !== 'CREATION_TIME') continue;
    const d = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(a.value ?? '');
    return d ? `${d[1]}-${d[2]}-${d[3]}` : null;
  }
  return null;
}

export function readTimeML(xml: string, id: string): TimexCase {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(xml)?.[1] ?? '';
  const timexes: TimexCase['timexes'] = [];
  let text = '';
  let open: { start: number; type: string; value: string } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<[^>]*>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (/^<TIMEX3\b/i.test(m[0])) {
      const a = attrs(m[0]);
      open = { start: text.length, type: a.type ?? '', value: a.value ?? '' };
    } else if (/^<\/TIMEX3/i.test(m[0]) && open) {
      timexes.push({ start: open.start, end: text.length, type: open.type, value: open.value });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { id, dct: dctOf(xml), text, timexes };
}
