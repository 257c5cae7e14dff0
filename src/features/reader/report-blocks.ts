import type { Sentence } from '../../analysis/text/types.ts';

/**
 * A report up to this size renders whole, as it always has: every paragraph and sentence in the
 * page from the start. Longer ones render in blocks (see `ReportPane`). News reports, even long
 * ones, are far below it; a 5 MB import is 30 to 50 times over.
 */
export const EAGER_LIMIT = { chars: 150_000, paragraphs: 1_500 };
/** A block holds about this much text, and never more paragraphs than this. */
const BLOCK_CHARS = 16_000;
const BLOCK_PARAGRAPHS = 200;

/** Paragraphs `[start, end)` of a report rendered together. */
export interface Block {
  start: number;
  end: number;
}

export function isEager(paragraphs: readonly string[]): boolean {
  if (paragraphs.length > EAGER_LIMIT.paragraphs) return false;
  let chars = 0;
  for (const p of paragraphs) if ((chars += p.length) > EAGER_LIMIT.chars) return false;
  return true;
}

/** Consecutive paragraphs cut into blocks of about `BLOCK_CHARS`; a longer paragraph is a block alone. */
export function cutBlocks(paragraphs: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let chars = 0;
  paragraphs.forEach((p, i) => {
    if (i > start && (chars + p.length > BLOCK_CHARS || i - start >= BLOCK_PARAGRAPHS)) {
      blocks.push({ start, end: i });
      start = i;
      chars = 0;
    }
    chars += p.length;
  });
  if (paragraphs.length > start) blocks.push({ start, end: paragraphs.length });
  return blocks;
}

/** The block holding paragraph `paragraph` (blocks are in order and cover every paragraph). */
export function blockOf(blocks: readonly Block[], paragraph: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= paragraph) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A block's height before it is first laid out, in em of the reader's text: lines of about 66
 * characters (the column is 68ch wide) at the body's line height, and the gap after each paragraph.
 * Only a first guess: `contain-intrinsic-size: auto` keeps the real height once it has been seen.
 */
export function estimateHeightEm(paragraphs: readonly string[], block: Block): number {
  let lines = 0;
  for (let i = block.start; i < block.end; i++) lines += Math.max(1, Math.ceil(paragraphs[i]!.length / 66));
  return lines * 1.625 + (block.end - block.start) * 1.2;
}

/**
 * What the change map needs of a block shown as plain text, since there are no sentence elements to
 * read: its sentences' kinds and lengths in order, neighbours of one kind as one run, written
 * `kind:chars` for one sentence and `kind:chars:sentences` for more (`shared:120 unique:380:3`).
 * Per run rather than per sentence: a report of megabytes has tens of thousands of sentences, most of
 * one kind, and the map would read and sort each.
 */
export function blockRuns(sentences: readonly Sentence[], kindOf: (sentence: Sentence) => string): string {
  const runs: string[] = [];
  let kind = '';
  let chars = 0;
  let count = 0;
  const close = () => {
    if (count > 0) runs.push(count === 1 ? `${kind}:${chars}` : `${kind}:${chars}:${count}`);
  };
  for (const s of sentences) {
    const k = kindOf(s);
    if (k !== kind) {
      close();
      [kind, chars, count] = [k, 0, 0];
    }
    chars += s.text.length;
    count++;
  }
  close();
  return runs.join(' ');
}

/**
 * Asked of a pane (a DOM event, `detail`: a sentence id) when a jump needs a sentence of a long
 * report that is shown as plain text: the pane renders that sentence's block.
 */
export const NEED_SENTENCE = 'parallax:need-sentence';
