// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPARISON, REPORTS } from '../../../analysis/export/__tests__/fixture.ts';
import type { UndatedClaim } from '../../../analysis/timeline/undated-claims.ts';
import { ExportMenu } from '../export-menu.tsx';

const UNDATED: UndatedClaim = { report: 'a', sentence: 's2', mentions: [], label: 'Talks began' };

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('ExportMenu', () => {
  const blobs: Blob[] = [];
  const names: string[] = [];
  beforeEach(() => {
    blobs.length = 0;
    names.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });

  it('is disabled until the comparison is ready', () => {
    render(<ExportMenu reports={REPORTS} comparison={undefined} />);
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('downloads each format as a named file', async () => {
    render(<ExportMenu reports={REPORTS} comparison={COMPARISON} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON (full comparison)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Facts (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Timeline (calendar, .ics)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (texts with marked facts)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Timeline (CSV)' }));
    await waitFor(() => expect(names).toHaveLength(5));
    expect(names).toEqual([
      'cameron-seeks-irans-help.json',
      'cameron-seeks-irans-help.facts.csv',
      'cameron-seeks-irans-help.ics',
      'cameron-seeks-irans-help.md',
      'cameron-seeks-irans-help.timeline.csv',
    ]);
    expect(blobs.map((b) => b.type)).toEqual([
      'application/json',
      'text/csv;charset=utf-8',
      'text/calendar;charset=utf-8',
      'text/markdown;charset=utf-8',
      'text/csv;charset=utf-8',
    ]);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.facts).toHaveLength(2);
    const csv = new Uint8Array(await blobs[1]!.arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blobs[2]!.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded cameron-seeks-irans-help.timeline.csv.');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('names an untitled report as the app does in the Markdown and the file name, and keeps the JSON title empty', async () => {
    const reports = REPORTS.map((r, i) => ({ ...r, id: `import-${i}`, title: '', file: `cheeks-${'ab'[i]}.txt` }));
    render(<ExportMenu reports={reports} comparison={COMPARISON} />);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (texts with marked facts)' }));
    fireEvent.click(screen.getByRole('button', { name: 'JSON (full comparison)' }));
    await waitFor(() => expect(names).toEqual(['cheeks-a.md', 'cheeks-a.json']));
    const markdown = await blobs[0]!.text();
    expect(markdown).toContain('# Comparison: cheeks-a / cheeks-b');
    expect(markdown).not.toMatch(/import-|\(untitled\)/);
    expect(JSON.parse(await blobs[1]!.text()).reports.map((r: { title: string }) => r.title)).toEqual(['', '']);
  });

  it('calls the files and the Markdown and calendar by the name the reader gave the comparison on screen', async () => {
    localStorage.setItem('parallax.open-comparison', JSON.stringify(['c1']));
    const ids = REPORTS.map((r) => r.id);
    const saved = [{ id: 'c1', name: 'Iran talks, Sept 2014', reportIds: [...ids].reverse(), shownIds: ids, savedAt: '2026-12-01T10:00:00Z' }];
    render(<ExportMenu reports={REPORTS} comparison={COMPARISON} listSaved={async () => saved} />);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (texts with marked facts)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Timeline (calendar, .ics)' }));
    await waitFor(() => expect(names).toEqual(['iran-talks-sept-2014.md', 'iran-talks-sept-2014.ics']));
    expect(await blobs[0]!.text()).toMatch(/^# Iran talks, Sept 2014\n/);
    expect(await blobs[1]!.text()).toContain('X-WR-CALNAME:Iran talks\\, Sept 2014');
  });

  it('keeps the reports’ names for a comparison never named, or one whose reports have changed since it was opened', async () => {
    localStorage.setItem('parallax.open-comparison', JSON.stringify(['c1']));
    const ids = REPORTS.map((r) => r.id);
    const unnamed = [{ id: 'c1', reportIds: ids, shownIds: ids, savedAt: '2026-12-01T10:00:00Z' }];
    const other = [{ id: 'c1', name: 'Another story', reportIds: [ids[0]!, 'gone'], shownIds: ids, savedAt: '2026-12-01T10:00:00Z' }];
    const { unmount } = render(<ExportMenu reports={REPORTS} comparison={COMPARISON} listSaved={async () => unnamed} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON (full comparison)' }));
    await waitFor(() => expect(names).toEqual(['cameron-seeks-irans-help.json']));
    unmount();
    render(<ExportMenu reports={REPORTS} comparison={COMPARISON} listSaved={async () => other} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON (full comparison)' }));
    await waitFor(() => expect(names).toEqual(['cameron-seeks-irans-help.json', 'cameron-seeks-irans-help.json']));
  });

  it('still downloads when storage cannot list the comparisons', async () => {
    localStorage.setItem('parallax.open-comparison', JSON.stringify(['c1']));
    render(<ExportMenu reports={REPORTS} comparison={COMPARISON} listSaved={() => Promise.reject(new Error('closed'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Facts (CSV)' }));
    await waitFor(() => expect(names).toEqual(['cameron-seeks-irans-help.facts.csv']));
  });

  it('says why a timeline export is empty', async () => {
    const empty = { ...COMPARISON, timeline: [] };
    const { rerender } = render(<ExportMenu reports={REPORTS} comparison={empty} />);
    fireEvent.click(screen.getByRole('button', { name: 'Timeline (calendar, .ics)' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Downloaded cameron-seeks-irans-help.ics: it has no events, as the reports date none.'),
    );
    const waiting = { ...empty, undated: [UNDATED, UNDATED] };
    rerender(<ExportMenu reports={REPORTS} comparison={waiting} />);
    fireEvent.click(screen.getByRole('button', { name: 'Timeline (CSV)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 wait for a publication date (set one in the Timeline tab).'));
    fireEvent.click(screen.getByRole('button', { name: 'Facts (CSV)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Downloaded cameron-seeks-irans-help\.facts\.csv\.$/));
  });
});
