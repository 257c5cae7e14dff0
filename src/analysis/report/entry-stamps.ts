import { STAMP_CLOCK, STAMP_ZONE } from '../text/stamp-clock.ts';

/**
 * A live page's entries open on their own clock time, set as a line of its own: "09:42 PST",
 * "6:40 p.m. HST", "Updated 14:32 GMT". Left as paragraphs, each stamp became a sentence that said
 * nothing and a timeline card with no title, and the entry under it, where the news is, had no time.
 * Joined to the entry's first line ("09:42 PST Good morning. …"), the stamp opens the entry's first
 * sentence, which the timeline reads as the page's clock for that sentence (`timeline/entry-stamps.ts`).
 */
const ENTRY_STAMP = new RegExp(String.raw`^(?:(?:[Uu]pdated|[Pp]osted)\s+(?:at\s+)?)?${STAMP_CLOCK}(?:\s+${STAMP_ZONE})?$`, 'u');

export function isEntryStamp(line: string): boolean {
  return ENTRY_STAMP.test(line.trim());
}

const STAMPED_ENTRY = new RegExp(`${ENTRY_STAMP.source.slice(0, -1)}\\s+\\p{Lu}[^\\n]*[.!?…]["”’]?$`, 'u');

/** A line that is an entry with its stamp joined on (`joinEntryStamps`): "22:00 BST Polls have closed." */
export function isStampedEntry(line: string): boolean {
  return STAMPED_ENTRY.test(line.trim());
}

/**
 * `lines` with each lone entry stamp joined to the line after it, when that is no stamp. Done before
 * the lines are classified, so the entry is read as the body it is: alone, the stamp was header or
 * trailer furniture, and so was a short last entry after it ("22:00 BST" / "Polls have closed.").
 */
export function joinEntryStamps<L extends { text: string }>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && isEntryStamp(line.text) && !isEntryStamp(next.text)) {
      out.push({ ...line, text: `${line.text.trim()} ${next.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}
