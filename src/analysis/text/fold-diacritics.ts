/** Letters that carry no combining mark to drop but are written without one in English copy. */
const PLAIN: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };

/**
 * Latin letters without their accents: "Kahramanmaraş" → "Kahramanmaras", "Mbappé" → "Mbappe",
 * "Pazarcık" → "Pazarcik". One outlet keeps the marks and the next drops them, and a reader
 * searching types either. Marks on other scripts are kept: there they are letters' parts, not accents.
 */
export function foldDiacritics(text: string): string {
  // Plain ASCII, the common case, is returned as it is.
  if (!/[^\x20-\x7E\s]/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[ıøØłŁđĐßæÆœŒ]/g, (c) => PLAIN[c]!)
    .normalize('NFC');
}
