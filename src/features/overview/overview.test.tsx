// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsolatedReport, ReportShares } from '../../analysis/overview/summarize-overview.ts';
import { Overview } from './overview.tsx';

afterEach(cleanup);

const share = (report: string, chars: ReportShares['chars'], sentences: ReportShares['sentences']): ReportShares => {
  const total = chars.shared + chars.only + chars.conflict;
  const pc = (n: number) => Math.round((n / total) * 100);
  return { report, chars, total, percent: { shared: pc(chars.shared), only: pc(chars.only), conflict: pc(chars.conflict) }, sentences };
};

function renderOverview(shares: ReportShares[], isolated: IsolatedReport[] = []) {
  const overview = {
    sharedFacts: 2,
    conflicts: 0,
    shares,
    unique: shares.map((s) => ({ report: s.report, count: s.sentences.only, ranked: [] })),
    isolated,
  };
  render(<Overview reports={shares.map((s) => ({ id: s.report }))} comparison={{ overview }} onShowList={vi.fn()} onSelectSentence={vi.fn()} />);
}

describe('Overview legend', () => {
  it('says a report’s own characters lie in parts of shared sentences when no whole sentence is its own', () => {
    renderOverview([
      share('a', { shared: 910, only: 90, conflict: 0 }, { shared: 3, only: 0, conflict: 0 }),
      share('b', { shared: 500, only: 500, conflict: 0 }, { shared: 3, only: 4, conflict: 0 }),
    ]);
    expect(screen.getByText(/9 % only here/)).toHaveTextContent('9 % only here (no whole sentence)');
    expect(screen.getByText(/50 % only here/)).toHaveTextContent('50 % only here (4)');
    expect(screen.getByText(/91 % shared/)).toHaveTextContent('91 % shared (3)');
  });

  it('keeps "(0)" where the share is 0 % too', () => {
    renderOverview([
      share('a', { shared: 1000, only: 0, conflict: 0 }, { shared: 3, only: 0, conflict: 0 }),
      share('b', { shared: 500, only: 500, conflict: 0 }, { shared: 3, only: 4, conflict: 0 }),
    ]);
    expect(screen.getByText(/^0 % only here/)).toHaveTextContent('0 % only here (0)');
  });
});

describe('Overview note on reports of another event', () => {
  const shares = ['a', 'b', 'c'].map((id) => share(id, { shared: 500, only: 500, conflict: 0 }, { shared: 3, only: 4, conflict: 0 }));
  const note = () => screen.getByRole('note');

  it('names what a report names when it names none of the others’ people and places', () => {
    renderOverview(shares, [{ report: 'c', names: ['Queens', 'Raj Chohan'] }]);
    expect(note()).toHaveTextContent(
      'Report C names none of the people, places or organisations the others name (it names Queens, Raj Chohan): is it about the same event?',
    );
  });
  it('gives both reasons in one note', () => {
    renderOverview(shares, [
      { report: 'b', names: [] },
      { report: 'c', names: ['Queens'] },
    ]);
    expect(note()).toHaveTextContent(
      'Report B shares almost nothing with the others; Report C names none of the people, places or organisations the others name (it names Queens): are they about the same event?',
    );
  });
  it('speaks of all the reports when none names the others’ people', () => {
    renderOverview(shares.slice(0, 2), [
      { report: 'a', names: ['Bloomington'] },
      { report: 'b', names: ['Queens'] },
    ]);
    expect(note()).toHaveTextContent('These reports name none of the same people, places or organisations: they may not report the same event.');
  });
  it('shows no note when every report is about the same event', () => {
    renderOverview(shares);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
