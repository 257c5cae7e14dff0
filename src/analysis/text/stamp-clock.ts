/**
 * How a live page writes the clock time that opens an entry: "09:42", "6:40 p.m.", "7.15am", "2pm".
 * Shared by the lines that are only a stamp (`report/entry-stamps.ts`) and the sentences that open on
 * one (`text/attribution.ts`).
 */
export const STAMP_CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?)`;
/** Zone abbreviations are capitals ("BST", "HST"), so a lower-case word after a time is no zone. */
export const STAMP_ZONE = String.raw`(?:[A-Z]{2,5}|(?:GMT|UTC)\s?[+-]\s?\d{1,2}|local\s+time|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[Tt]ime)`;
