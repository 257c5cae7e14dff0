// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { event } from '../../analysis/timeline/testing/events.ts';
import { EventCard } from './event-card.tsx';
import { TimelineView } from './timeline-view.tsx';

const reports = [
  { id: 'a', title: 'Talks in New York', source: 'Daily', published: '2014-09-24' },
  { id: 'b', title: 'Leaders meet', source: null, published: '2014-09-24' },
];

afterEach(cleanup);
// jsdom has no ResizeObserver; the view measures its axis with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

describe('TimelineView: the count', () => {
  it('says it is finding the events while the analysis runs, not "0 events"', () => {
    render(<TimelineView events={[]} reports={reports} pending undatedCount={0} onOpenEvent={vi.fn()} onBack={vi.fn()} />);
    expect(screen.getByTestId('timeline-view-count')).toHaveTextContent('Finding the events of 2 reports…');
    expect(screen.getByTestId('timeline-view-count')).not.toHaveTextContent(/\b0 events\b/);
  });

  it('counts the events once they are there, and says 0 when the analysis found none', () => {
    const { rerender } = render(
      <TimelineView
        events={[event('e1', '2014-09-24', 'Talks', ['a', 'b'])]}
        reports={reports}
        pending={false}
        undatedCount={0}
        onOpenEvent={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    expect(screen.getByTestId('timeline-view-count')).toHaveTextContent('1 event from 2 reports');
    rerender(<TimelineView events={[]} reports={reports} pending={false} undatedCount={0} onOpenEvent={vi.fn()} onBack={vi.fn()} />);
    expect(screen.getByTestId('timeline-view-count')).toHaveTextContent('0 events from 2 reports');
  });
});

describe("TimelineView: the Timeline tab's filters", () => {
  const all = [event('e1', '2014-09-24', 'Talks', ['a', 'b']), event('e2', '2014-09-20', 'Arrival', ['a']), event('e3', '2014-09-21', 'Dinner', ['b'])];

  it('says how many events the filters hide and gives them back', async () => {
    const onShowAll = vi.fn();
    render(
      <TimelineView
        events={all.slice(0, 1)}
        filteredFrom={{ events: all, onShowAll }}
        reports={reports}
        pending={false}
        onOpenEvent={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    expect(screen.getByTestId('timeline-view-count')).toHaveTextContent('1 of 3 events: the Timeline tab’s filters hide the others');
    screen.getByRole('button', { name: 'Show all events' }).click();
    expect(onShowAll).toHaveBeenCalledOnce();
  });

  it('says the filters hide everything rather than that the reports have no dated events', () => {
    const undated = reports.map((r) => ({ ...r, published: null }));
    render(
      <TimelineView events={[]} filteredFrom={{ events: all, onShowAll: vi.fn() }} reports={undated} pending={false} onOpenEvent={vi.fn()} onBack={vi.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No events match the Timeline tab’s filters.');
    expect(screen.getByTestId('timeline-view-count')).toHaveTextContent('0 of 3 events');
    expect(screen.getByRole('button', { name: 'Show all events' })).toBeVisible();
  });
});

describe('TimelineView: nothing to place', () => {
  it('says how many events wait for a publication date, rather than that there are none', () => {
    const undated = reports.map((r) => ({ ...r, published: null }));
    const { rerender } = render(<TimelineView events={[]} reports={undated} pending={false} undatedCount={10} onOpenEvent={vi.fn()} onBack={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('No events can be placed yet: 10 events wait for a publication date to count from.');
    rerender(<TimelineView events={[]} reports={undated} pending={false} undatedCount={0} onOpenEvent={vi.fn()} onBack={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('No dated events found in these reports.');
  });
});

describe('TimelineView: report names', () => {
  const untitled = [
    { id: 'import-877e955b-b5e2-4b77-ae68', title: '', file: 'cheeks-a.txt', source: null, published: null },
    {
      id: 'import-3c307d5b-2668-434c-9325',
      title: '',
      source: null,
      published: '2005-05-23',
      paragraphs: ['Cheeks was named the 21st head coach in team history on Monday.'],
    },
  ];

  it('names untitled reports in the Sources list by file or opening words, never by their ids', () => {
    render(
      <TimelineView
        events={[event('e1', '2005-05-23', 'Cheeks named coach', [untitled[1]!.id])]}
        reports={untitled}
        pending={false}
        undatedCount={0}
        onOpenEvent={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent('cheeks-a · no publication date');
    expect(sources).toHaveTextContent('Cheeks was named the 21st head coach in…');
    expect(document.body).not.toHaveTextContent(/import-/);
  });
});

describe('TimelineView: inferred publication dates', () => {
  const dated = [
    { id: 'a', title: 'Cheeks fired', source: null, published: '2005-05-23', publishedFrom: 'inferred' as const },
    { id: 'b', title: 'Sixers part ways', source: null, published: '2005-05-23', publishedFrom: 'stated' as const },
    { id: 'c', title: 'DiLeo takes over', source: null, published: '2005-05-24', publishedFrom: 'inferred' as const },
  ];
  // jsdom lays nothing out: give the axis a width, so the "now" labels are drawn.
  const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
  beforeEach(() => Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1000 }));
  afterEach(() => Object.defineProperty(Element.prototype, 'clientWidth', width));

  it('marks a date inferred from the text in the "now" labels and the Sources list, as the Timeline tab does', () => {
    render(
      <TimelineView
        events={[event('e1', '2005-05-20', 'Cheeks named coach', ['a', 'b', 'c'])]}
        reports={dated}
        pending={false}
        undatedCount={0}
        onOpenEvent={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    const labels = screen.getAllByText(/^Now:/).map((label) => label.parentElement!.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/A, B published 23 May 2005 \(A: inferred from the text\)/),
      expect.stringMatching(/C published 24 May 2005 \(inferred from the text\)/),
    ]);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent('Cheeks fired · published 23 May 2005 (inferred from the text)');
    expect(sources).toHaveTextContent(/Sixers part ways · published 23 May 2005C/);
  });
});

describe('EventCard: a card told at different times', () => {
  it('marks it with ≠ and says the times to screen readers and on hover', () => {
    const talks = event('e1', '2014-09-24', 'Talks', ['a', 'b']);
    Object.assign(talks.mentions[0]!, { text: 'at 9am', value: '2014-09-24T09:00' });
    Object.assign(talks.mentions[1]!, { text: 'at noon', value: '2014-09-24T12:00' });
    talks.clocksDiffer = talks.mentions;
    render(<EventCard event={talks} names={new Map()} onOpen={vi.fn()} onFocus={vi.fn()} />);
    const card = screen.getByRole('button');
    expect(card).toHaveTextContent('≠ Times differ: at 9am, at noon.');
    expect(card.querySelector('[title^="Times differ"]')).toHaveAttribute('title', 'Times differ: at 9am, at noon');
  });
});
