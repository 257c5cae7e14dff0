/**
 * The text cut at a word boundary near `limit` characters, with "…" when cut. Its own double quotes
 * become single ones, since the excerpt is shown inside double quotes.
 */
export function excerpt(text: string, limit = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
  if (clean.length <= limit) return clean;
  const cut = clean.lastIndexOf(' ', limit);
  const head = cut >= limit * 0.6 ? clean.slice(0, cut) : clean.slice(0, limit);
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
