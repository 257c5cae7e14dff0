import { describe, expect, it } from 'vitest';
import { blockOf, blockRuns, cutBlocks, EAGER_LIMIT, estimateHeightEm, isEager } from './report-blocks.ts';

describe('report blocks', () => {
  it('renders a news-sized report whole, and a long one in blocks', () => {
    expect(isEager(['A short report.', 'Two paragraphs.'])).toBe(true);
    expect(isEager(Array.from({ length: EAGER_LIMIT.paragraphs + 1 }, () => 'Line.'))).toBe(false);
    expect(isEager(['x'.repeat(EAGER_LIMIT.chars + 1)])).toBe(false);
  });

  it('cuts consecutive paragraphs into blocks that cover every paragraph once, in order', () => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} `.repeat(1 + (i % 40)));
    const blocks = cutBlocks(paragraphs);
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(paragraphs.length);
    blocks.forEach((b, i) => {
      expect(b.end).toBeGreaterThan(b.start);
      if (i > 0) expect(b.start).toBe(blocks[i - 1]!.end);
    });
    expect(blocks.length).toBeGreaterThan(10);
    for (const at of [0, 1, 777, 2500, 4999]) {
      const block = blocks[blockOf(blocks, at)]!;
      expect(block.start <= at && at < block.end).toBe(true);
    }
  });

  it('keeps a paragraph longer than a block whole, in a block of its own', () => {
    const blocks = cutBlocks(['short', 'x'.repeat(50_000), 'short']);
    expect(blocks).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('guesses a taller block for more text', () => {
    const paragraphs = ['x'.repeat(100), 'x'.repeat(1000)];
    expect(estimateHeightEm(paragraphs, { start: 1, end: 2 })).toBeGreaterThan(estimateHeightEm(paragraphs, { start: 0, end: 1 }));
  });

  it('writes a plain block’s sentences as kind and length for the change map', () => {
    const sentence = (id: string, text: string) => ({ id, text, paragraph: 0, start: 0, end: text.length });
    const kinds: Record<string, string> = { s1: 'shared', s2: 'unique' };
    expect(blockRuns([sentence('s1', 'Twelve.'), sentence('s2', 'Only here.')], (s) => kinds[s.id]!)).toBe('shared:7 unique:10');
    const many = ['Twelve.', 'Only.', 'Here.', 'Again.', 'Twelve.'].map((text, i) => sentence(`t${i}`, text));
    const manyKinds = ['shared', 'unique', 'unique', 'unique', 'shared'];
    expect(blockRuns(many, (s) => manyKinds[Number(s.id.slice(1))]!)).toBe('shared:7 unique:16:3 shared:7');
    expect(blockRuns([], () => 'unique')).toBe('');
  });
});
