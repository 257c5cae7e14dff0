import { type Candidate, type Parser, span } from '../candidate.ts';

/** "today", "yesterday", "tomorrow", "tonight", "late yesterday", "the day before yesterday". */
export const PATTERN =
  /(?<![\w-])(?:(?<mod>early|late|earlier|later)\s+)?(?:the\s+day\s+(?<dd>before\s+yesterday|after\s+tomorrow)|(?<w>today|yesterday|tomorrow|tonight))(?![\w-])/dgi;

export function extract(match: RegExpExecArray): Candidate | null {
  const g = match.groups ?? {};
  const [start, end] = span(match);
  const w = (g.w ?? g.dd ?? '').toLowerCase();
  // "Today" or "Tonight" as a programme or newspaper name ("USA Today", "the Today show", "World News
  // Tonight") starts with a capital mid-sentence.
  if ((g.w === 'Today' || g.w === 'Tonight') && start > 0 && !/[.!?"“]\s*$/.test(match.input.slice(Math.max(0, start - 3), start))) return null;
  const source = 'parser/deictic-day';
  if (w === 'tonight') return { start, end, type: 'TIME', value: 'XXXX-XX-XXTNI', source, anchor: { kind: 'offset', unit: 'D', n: 0, pod: 'NI' } };
  const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.startsWith('before') ? -2 : w.startsWith('after') ? 2 : 0;
  return { start, end, type: 'DATE', value: 'XXXX-XX-XX', source, anchor: { kind: 'offset', unit: 'D', n } };
}

export const deicticDayParser: Parser = { name: 'deictic-day', pattern: PATTERN, extract };
