/**
 * The largest inputs the app accepts, built here (synthetic and seeded, so every run imports the same
 * bytes) rather than committed: a prose report just under the 5 MB import limit, 100,000 short lines,
 * a report naming 10,000 different days, and a paste just over the limit. Used by bench-huge.ts and
 * e2e/huge-inputs.spec.ts.
 */
import { makeReports } from '../synthetic-reports.ts';

export const MB = 1024 * 1024;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLACES = ['Lima', 'Oslo', 'Hanoi', 'Nairobi', 'Quito', 'Cairo', 'Manila', 'Warsaw', 'Lagos', 'Ankara'];
const BODIES = ['council', 'parliament', 'court', 'ministry', 'committee', 'board', 'assembly'];
const DEEDS = ['approved the budget', 'rejected the plan', 'opened an inquiry', 'signed the treaty', 'named a new chair', 'closed the port'];

/** A text of `bytes` (UTF-8, ASCII here) of news prose in paragraphs, with a headline and a dated byline. */
export function proseReport(bytes: number, title = 'Huge prose report of the water talks'): string {
  const [report] = makeReports(1, Math.ceil(bytes / 6.2), 7);
  const parts = [title, '', 'By Bench Writer | Bench Gazette | May 1, 2024', ''];
  let size = parts.join('\n').length;
  for (const paragraph of report!.paragraphs) {
    if (size + paragraph.length + 2 > bytes) break;
    parts.push(paragraph, '');
    size += paragraph.length + 2;
  }
  return parts.join('\n');
}

/** `count` short lines, one sentence each, single newlines between them (a log or a list pasted as a report). */
export function shortLines(count: number, title = 'Huge list of short lines'): string {
  const lines = [title, ''];
  for (let i = 1; i <= count; i++) lines.push(`Line ${i}: the ${BODIES[i % BODIES.length]} in ${PLACES[i % PLACES.length]} met again.`);
  return lines.join('\n');
}

/**
 * A report naming `count` different days (one sentence each, five to a paragraph), each an event of
 * its own for the timeline: "On 3 March 1961, the council in Lima approved the budget." The last
 * sentence names `LATE_WORD`, so a search can look for something only at the end.
 */
export function datedReport(count: number, title = 'Huge chronicle of ten thousand days'): string {
  const parts = [title, '', 'By Bench Writer | Bench Gazette | May 1, 2024', ''];
  let paragraph: string[] = [];
  const start = Date.UTC(1900, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + i * 3 * 86_400_000);
    const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const who = i === count - 1 ? `the ${LATE_WORD} ${BODIES[i % BODIES.length]}` : `the ${BODIES[i % BODIES.length]}`;
    paragraph.push(`On ${date}, ${who} in ${PLACES[i % PLACES.length]} ${DEEDS[i % DEEDS.length]}.`);
    if (paragraph.length === 5) {
      parts.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '), '');
  return parts.join('\n');
}

/** A word only the last dated sentence has: a search for it must find an event at the very end. */
export const LATE_WORD = 'Zanzibarian';

/** Just over the import limit: refused however it arrives. */
export function oversizePaste(): string {
  return proseReport(5 * MB + 200 * 1024, 'Oversize paste');
}
