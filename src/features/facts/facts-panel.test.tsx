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
