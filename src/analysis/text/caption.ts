/**
 * A photo's caption or credit line: "Caption: Rescuers search the debris on Saturday.", "Photo: A
 * woman cools off at a fountain", "Photograph: Jean Dupont/AP", "(AP Photo/Jane Doe)", "Picture:
 * Reuters". It describes a picture, not the story: no fact to link, no event to date.
 */
const CAPTION =
  /^\s*(?:(?:Image|Photo|Picture|Media)\s+)?Caption\s*:|\b(?:Photo(?:graph)?|Picture|Image|Credit)s?\s*(?::|by\b)|\bAP Photo\b|\/(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA)\)?\s*\.?$/i;

export const isCaption = (text: string): boolean => CAPTION.test(text);
