import { imageLine } from './image-line.ts';

/**
 * Takes the pictures out of an article Readability extracted, and returns what a reader would
 * have seen of them, in page order, for the removed list: each `<figcaption>` (removed from the
 * tree, so it is not read as a paragraph) and each image by its alt text.
 *
 * A caption describes a picture the reader no longer sees ("The ferry was on the Mallaig to
 * Armadale crossing"): read as body it would be compared as a sentence of the report, and the
 * plain-text rules remove captions for that reason too (a "Photo: …" line, "Image caption, …").
 * An image whose alt is empty is left out: HTML defines `alt=""` as a picture that is no content
 * (a rule, an icon), so there is nothing of it to list.
 */
export function takeFigures(root: Node): string[] {
  if (!('querySelectorAll' in root)) return [];
  const lines: string[] = [];
  for (const el of Array.from((root as ParentNode).querySelectorAll('figcaption, img'))) {
    if (el.tagName.toUpperCase() === 'IMG') {
      const alt = el.getAttribute('alt')?.trim();
      if (alt) lines.push(imageLine(alt));
      continue;
    }
    const caption = (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    el.remove();
    if (caption) lines.push(caption);
  }
  return lines;
}
