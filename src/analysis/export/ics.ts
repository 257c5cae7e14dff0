import type { Report } from '../report/types.ts';
import { dateSpan } from '../timeline/date-span.ts';
import type { TimelineEvent } from '../timeline/types.ts';

export interface IcsOptions {
  /** DTSTAMP of every event; defaults to now. Fixed in tests. */
  now?: Date;
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name?: string;
  /** Report titles for descriptions ("China Daily: on Wednesday"). */
  reports?: readonly Report[];
}

/**
 * The timeline as an iCalendar file (RFC 5545). Every event is all-day: a day is one
 * DTSTART;VALUE=DATE, a month, week, season or year spans its days (DTEND is exclusive). Times of
 * day are not exported because the timeline itself files them under their day. Events whose date
 * is not on the calendar (`XXXX-09`, `PRESENT_REF`) are left out: a calendar cannot place them.
 */
export function timelineToIcs(timeline: readonly TimelineEvent[], options: IcsOptions = {}): string {
  const stamp = formatStamp(options.now ?? new Date());
  const titles = new Map((options.reports ?? []).map((r) => [r.id, r.source || r.title || r.id]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Parallax//News report timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  // Same comparison, same UIDs: re-importing updates the events instead of duplicating them.
  const scope = hash((options.reports ?? []).map((r) => r.id).join('\u0000'));
  for (const event of timeline) {
    const span = event.start && event.end ? { start: event.start, end: event.end } : dateSpan(event.date);
    if (!span) continue;
    const description = event.mentions.map((m) => `${titles.get(m.report) ?? m.report}: “${m.text}”`).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}-${hash(`${event.date}\u0000${event.label}`)}-${scope}@parallax`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(span.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(span.end))}`,
      `SUMMARY:${escapeText(event.label || event.date)}`,
    );
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (event.actors.length) lines.push(`CATEGORIES:${event.actors.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF plus one space, continuing (RFC 5545 §3.1). Octets,
 * not characters, and never inside a UTF-8 sequence or a surrogate pair, so "Téhéran" stays whole.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compact(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).padStart(10, '0');
}

function formatStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** FNV-1a, 32 bit, base 36: short stable ids, not security. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
