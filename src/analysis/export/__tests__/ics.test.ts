import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, timelineToIcs } from '../ics.ts';
import { COMPARISON, REPORTS } from './fixture.ts';

const NOW = new Date('2026-11-26T08:00:00Z');

/** Unfold (RFC 5545 §3.1) and split into [name;params, value] pairs. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}
function events(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return out;
}

describe('timelineToIcs', () => {
  const ics = timelineToIcs(COMPARISON.timeline, { now: NOW, reports: REPORTS, name: 'Cameron, Rouhani' });

  it('is a VCALENDAR with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain('X-WR-CALNAME:Cameron\\, Rouhani');
  });

  it('writes day, month and year events as all-day spans and skips unplaceable dates', () => {
    const list = events(ics);
    expect(list).toHaveLength(3);
    const [year, day, month] = list;
    expect(year!.get('DTSTART;VALUE=DATE')).toBe('19790101');
    expect(year!.get('DTEND;VALUE=DATE')).toBe('19800101');
    expect(day!.get('DTSTART;VALUE=DATE')).toBe('20140924');
    expect(day!.get('DTEND;VALUE=DATE')).toBe('20140925');
    expect(month!.get('DTSTART;VALUE=DATE')).toBe('20140601');
    expect(month!.get('DTEND;VALUE=DATE')).toBe('20140701');
    for (const e of list) {
      expect(e.get('DTSTAMP')).toBe('20261126T080000Z');
      expect(e.get('UID')).toMatch(/^e\d-[0-9a-z]+-[0-9a-z]+@parallax$/);
    }
    expect(new Set(list.map((e) => e.get('UID'))).size).toBe(3);
  });

  it('escapes text values and names the reports in the description', () => {
    const day = events(ics)[1]!;
    expect(day.get('SUMMARY')).toBe('Cameron meets Rouhani\\; talks\\, in New York');
    expect(day.get('DESCRIPTION')).toBe('China Daily: “within the next two days”\\nAFP: “Wednesday”');
    expect(day.get('CATEGORIES')).toBe('David Cameron,Hassan Rouhani');
    expect(events(ics)[2]!.get('SUMMARY')).toContain('“Téhéran” ✓');
  });

  it('uses the span buildTimeline filled in when present', () => {
    const out = timelineToIcs([{ ...COMPARISON.timeline[1]!, start: '2014-09-24', end: '2014-09-26' }], { now: NOW });
    expect(events(out)[0]!.get('DTEND;VALUE=DATE')).toBe('20140927');
  });
});

describe('foldLine / escapeText', () => {
  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds and unfolds any text back to itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(line.slice(8)).not.toMatch(/[\r\n]|(^|[^\\])(\\\\)*[;,]/);
      }),
    );
  });
});
