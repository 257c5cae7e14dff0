// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../analysis/report/types.ts';
import { FactsPanel } from './facts-panel.tsx';

const report = (id: string): Report => ({ id, title: id, source: null, published: null, publishedFrom: 'stated', paragraphs: [], removed: [] });

function renderPanel(reports: Report[]) {
  render(<FactsPanel reports={reports} comparison={undefined} activeFactId={null} onSelectFact={vi.fn()} onSelectSentence={vi.fn()} />);
}

afterEach(cleanup);

describe('FactsPanel before there are facts', () => {
  it('says shared facts need two reports when only one is chosen, not that the analysis is coming', () => {
    renderPanel([report('a')]);
    expect(screen.getByText(/^Shared facts need at least two reports/)).toHaveTextContent(
      'Shared facts need at least two reports, and only one is chosen: choose or import another in Library & import.',
    );
    expect(screen.queryByText(/when the analysis is ready/)).toBeNull();
  });

  it('says so too when none is chosen', () => {
    renderPanel([]);
    expect(screen.getByText(/^Shared facts need at least two reports, and none is chosen/)).toBeInTheDocument();
  });

  it('waits for the analysis when two reports are chosen', () => {
    renderPanel([report('a'), report('b')]);
    expect(screen.getByText('Facts appear here when the analysis is ready.')).toBeInTheDocument();
  });
});

describe('FactsPanel conflict entries', () => {
  // Three outlets give a ferry's passengers: 212, 214 and 212 again.
  const texts: Record<string, string> = {
    a: 'A ferry carrying 212 people ran aground on Tuesday.',
    b: 'The ferry, with 214 people on board, ran aground on Tuesday.',
    c: 'All 212 people aboard the ferry were rescued after it ran aground.',
  };
  const reports = [
    { ...report('a'), source: 'Coastal Tribune' },
    { ...report('b'), source: 'Harbour Gazette' },
    { ...report('c'), source: 'Evening Post' },
  ];
  const comparison = (differences: string[]) => {
    const wordings = Object.entries(texts).map(([id, text]) => ({ report: id, sentence: 's1', text }));
    const fact = {
      id: 'f1',
      kind: 'conflict' as const,
      mentions: wordings.map(({ report, sentence }) => ({ report, sentence })),
      score: 0.9,
      reasons: [],
      differences,
    };
    const sides = differences.map((d) =>
      d === 'number: 212 vs 214'
        ? {
            what: 'number',
            sides: [
              { value: '212', wordings: [0, 2] },
              { value: '214', wordings: [1] },
            ],
          }
        : null,
    );
    return { factLists: { shared: [], conflicts: [{ fact, label: 'C1', wordings, sides }], unique: [] } } as never;
  };

  // Reports published on different days carry their day, as a later figure may be an update; the year when two years are spanned.
  it.each([
    [
      'says which outlet gives which value, and where a value is folded away at rest',
      [null, null],
      'Coastal Tribune (A): 212 · Harbour Gazette (B): 214 · Evening Post (C), folded below: 212',
    ],
    [
      'dates each outlet when the reports were published on different days',
      ['2025-03-08', '2025-03-09'],
      'Coastal Tribune (A, 8 Mar): 212 · Harbour Gazette (B, 9 Mar): 214 · Evening Post (C, 8 Mar), folded below: 212',
    ],
    [
      'gives the year too when the days span two years',
      ['2025-12-31', '2026-01-01'],
      'Coastal Tribune (A, 31 Dec 2025): 212 · Harbour Gazette (B, 1 Jan 2026): 214',
    ],
  ])('%s', (_, [day, otherDay], sides) => {
    const dated = reports.map((r, k) => ({ ...r, published: (k === 1 ? otherDay : day) ?? null }));
    render(
      <FactsPanel reports={dated} comparison={comparison(['number: 212 vs 214'])} activeFactId={null} onSelectFact={vi.fn()} onSelectSentence={vi.fn()} />,
    );
    expect(screen.getByText(/^differs:/)).toHaveTextContent(`differs: number: ${sides}`);
  });

  it('shows a difference as written when its sides are not found in the wordings', () => {
    render(
      <FactsPanel reports={reports} comparison={comparison(['time: dawn vs noon'])} activeFactId="f1" onSelectFact={vi.fn()} onSelectSentence={vi.fn()} />,
    );
    expect(screen.getByText(/^differs:/)).toHaveTextContent('differs: time: dawn vs noon');
  });
});
