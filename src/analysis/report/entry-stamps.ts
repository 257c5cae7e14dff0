/**
 * A live page's entries open on their own clock time, set as a line of its own: "09:42 PST",
 * "6:40 p.m. HST", "Updated 14:32 GMT". Left as paragraphs, each stamp became a sentence that said
 * nothing and a timeline card with no title, and the entry under it, where the news is, had no time.
 * Joined to the entry's first paragraph ("09:42 PST Good morning. …"), the stamp opens the entry's
 * first sentence, which the timeline reads as the page's clock for that sentence (`build-timeline`).
 */
const CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?)`;
/** Zone abbreviations are capitals ("BST", "HST"), so a lower-case word after a time is no zone. */
const ZONE = String.raw`(?:[A-Z]{2,5}|(?:GMT|UTC)\s?[+-]\s?\d{1,2}|local\s+time|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[Tt]ime)`;
const ENTRY_STAMP = new RegExp(String.raw`^(?:(?:[Uu]pdated|[Pp]osted)\s+(?:at\s+)?)?${CLOCK}(?:\s+${ZONE})?$`, 'u');

export function isEntryStamp(line: string): boolean {
  return ENTRY_STAMP.test(line.trim());
}

/** `paragraphs` with each lone entry stamp joined to the paragraph after it (when there is one that is no stamp). */
export function joinEntryStamps(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const line = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (next !== undefined && isEntryStamp(line) && !isEntryStamp(next)) {
      out.push(`${line.trim()} ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}
