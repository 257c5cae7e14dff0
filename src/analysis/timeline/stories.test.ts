import { describe, expect, it } from 'vitest';
import { goldSpan, readTimelineStories, storyProblems } from '../../../scripts/timeline-stories-data.ts';

// The gold for `npm run bench:timeline` (__fixtures__/stories/README.md): shape and quotes only, no
// analysis, so a typo in a fixture fails here rather than as a silent miss in the bench.

const stories = readTimelineStories();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether the text names the day `iso` as "4 Nov", "Nov. 4", "November 4" or "04/11/2024". */
function statesDay(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-');
  const month = `(?:${MONTHS[Number(m) - 1]}|${MONTHS[Number(m) - 1]!.slice(0, 3)}\\.?)`;
  const day = String(Number(d));
  return new RegExp(`\\b${day}\\s+${month}\\b|\\b${month}\\s+${day}\\b|\\b${d}/${m}/${y}\\b`, 'i').test(text);
}

describe('timeline story fixtures', () => {
  it('has at least eight stories of three reports', () => {
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const { story } of stories) expect(story.reports).toHaveLength(3);
  });

  it.each(stories.map((s) => [s.file, s.story] as const))('%s is well formed and every quote is an exact, unique substring', (file, story) => {
    expect(storyProblems(story, file)).toEqual([]);
  });

  it('leaves at least a third of the reports without their publication day in the JSON or the text', () => {
    const reports = stories.flatMap(({ story }) => story.reports.map((r) => ({ ...r, truth: story.truePublished[r.id]! })));
    const undated = reports.filter((r) => r.published === null && !statesDay(r.text, r.truth));
    expect(undated.length * 3).toBeGreaterThanOrEqual(reports.length);
  });
});

describe('goldSpan', () => {
  it('reads points and intervals', () => {
    expect(goldSpan('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    expect(goldSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(goldSpan('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(goldSpan('2025-03/2025-05')).toEqual({ start: '2025-03-01', end: '2025-05-31' });
  });

  it('refuses malformed dates and backward intervals', () => {
    for (const bad of ['', '2025-13', '2025-02-30', '25', '2025-W10', '2025-05/2025-03', '2025/2026/2027']) expect(goldSpan(bad)).toBeNull();
  });
});
