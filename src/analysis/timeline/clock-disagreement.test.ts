import { describe, expect, it } from 'vitest';
import { clockDisagreement } from './clock-disagreement.ts';
import type { EventMention } from './types.ts';

const at = (report: string, text: string, value: string): EventMention => ({ report, sentence: 's1', text, start: 0, end: text.length, value });

describe('clockDisagreement', () => {
  it('names each report’s clock time when two lie further apart than a hedged time rounds', () => {
    const mentions = [
      at('a', '3:40 a.m. Monday', '2026-10-05T03:40'),
      at('b', 'shortly before 4am on Monday', '2026-10-05T04:00'),
      at('c', 'around 2am on Monday', '2026-10-05T02:00'),
    ];
    expect(clockDisagreement({ mentions })?.map((m) => m.text)).toEqual(['3:40 a.m. Monday', 'shortly before 4am on Monday', 'around 2am on Monday']);
  });
  it('says nothing when the times agree within half an hour, or one report alone gives times', () => {
    expect(clockDisagreement({ mentions: [at('a', '3:40 a.m.', '2026-10-05T03:40'), at('b', '4am', '2026-10-05T04:00')] })).toBeUndefined();
    expect(clockDisagreement({ mentions: [at('a', '3:40 a.m.', '2026-10-05T03:40'), at('a', '2am', '2026-10-05T02:00')] })).toBeUndefined();
    expect(clockDisagreement({ mentions: [at('a', 'Monday', '2026-10-05'), at('b', '2am', '2026-10-05T02:00')] })).toBeUndefined();
  });
  it('says nothing when one report gives the card two moments of its own, apart: the card holds several moments', () => {
    const mentions = [
      at('a', 'at 5:15 p.m. on Tuesday', '2026-10-06T17:15'),
      at('a', 'just after midnight', '2026-10-06T00:10'),
      at('b', 'after midnight', '2026-10-06T00:00'),
    ];
    expect(clockDisagreement({ mentions })).toBeUndefined();
    // Its two times close together are one moment, and another report's far one still differs.
    expect(
      clockDisagreement({
        mentions: [at('a', '3:40 a.m.', '2026-10-05T03:40'), at('a', 'about 3:45', '2026-10-05T03:45'), at('b', '1am', '2026-10-05T01:00')],
      }),
    ).toHaveLength(2);
  });
});
