import { describe, expect, it } from 'vitest';
import { isEntryStamp, joinEntryStamps } from './entry-stamps.ts';
import { parseReport } from './parse-report.ts';

describe('entry stamps of a live page', () => {
  it('knows a line that is only a clock time, with or without its zone', () => {
    for (const line of ['09:42 PST', '6:40 p.m. HST', '22:00', 'Updated 14:32 GMT', '4.40am', '10am Central European Time'])
      expect(isEntryStamp(line)).toBe(true);
    for (const line of ['At 09:42 the ferry left.', '2014', '9:42 the ferry', '10.5 per cent', 'Saturday 6 January 2024'])
      expect(isEntryStamp(line)).toBe(false);
  });

  it('joins each stamp to the entry under it, and leaves a stamp with no entry after it alone', () => {
    const lines = ['Intro.', '10:15 BST', 'The ferry has docked.', '09:40 BST', '09:10 BST', 'Crews are on the way.', '08:55 BST'].map((text) => ({ text }));
    expect(joinEntryStamps(lines).map((l) => l.text)).toEqual([
      'Intro.',
      '10:15 BST The ferry has docked.',
      '09:40 BST',
      '09:10 BST Crews are on the way.',
      '08:55 BST',
    ]);
  });

  it('keeps the first stamp of a live page with its entry instead of dropping it with the header', () => {
    const text = [
      'Ferry aground off Harburn: as it happened',
      '',
      'Saturday 6 January 2024',
      '',
      '09:42 GMT',
      'Good morning. A ferry with 300 people on board has run aground off Harburn overnight, the coastguard says.',
      '',
      '10:15 GMT',
      'The coastguard says all 300 passengers have been taken off the ferry and brought ashore by lifeboat crews.',
    ].join('\n');
    const report = parseReport(text, { id: 'live' });
    expect(report.paragraphs[0]).toMatch(/^09:42 GMT Good morning\. A ferry/);
    expect(report.paragraphs[1]).toMatch(/^10:15 GMT The coastguard says all 300/);
    expect(report.removed).not.toContain('09:42 GMT');
  });

  it("keeps a short last entry, which alone would read as the page's trailer", () => {
    const text = [
      'Harbour vote: as it happened',
      '',
      '05:02 BST',
      'Councillors have approved the harbour plan by 31 votes to 12.',
      '',
      '22:00 BST',
      'Polls have closed.',
    ].join('\n');
    expect(parseReport(text, { id: 'live' }).paragraphs).toEqual([
      '05:02 BST Councillors have approved the harbour plan by 31 votes to 12.',
      '22:00 BST Polls have closed.',
    ]);
  });
});
