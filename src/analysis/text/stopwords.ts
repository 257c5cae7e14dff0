/**
 * Function words that carry no fact on their own. Compared after lower-casing and before
 * stemming. Negations ("not", "no", "never") are deliberately NOT here: "agreed" vs "did not
 * agree" must not look identical to the similarity. "According (to)" attributes: Porter's "accord"
 * had made it a peace accord's agreement.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself nor of off on once only or other our ours ourselves out over own same she should so some
  such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves also s t d ll m re ve us may might must shall upon via per its it's
  whose whether within without among amid toward towards onto yet ever even still however although though
  since unless according`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopword(lowerWord: string): boolean {
  return STOPWORDS.has(lowerWord);
}
