/** Alt text that names no picture: a placeholder word or a file name ("IMG_2041.jpg"). */
const NO_DESCRIPTION = /^(?:image|img|photo|picture|figure|graphic|banner|thumbnail|\S+\.(?:jpe?g|png|gif|webp|svg|avif))$/i;

/**
 * How a dropped image is listed among the removed lines: "Image: Divers survey the reef", or
 * "Image (no description)" when its alt text says nothing. Labelled, because in the removed list a
 * bare alt text would read as a line of the page's text. One home for Markdown and HTML imports.
 */
export function imageLine(alt: string): string {
  const words = alt.replace(/\s+/g, ' ').trim();
  return words && !NO_DESCRIPTION.test(words) ? `Image: ${words}` : 'Image (no description)';
}
