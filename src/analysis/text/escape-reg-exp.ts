/** `text` as a regular expression that matches it literally: a name or figure read from a report. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
