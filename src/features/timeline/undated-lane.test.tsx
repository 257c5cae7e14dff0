// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnplacedMention } from '../../analysis/timeline/types.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { undatedClaims } from '../../analysis/timeline/undated-claims.ts';
import { TimelinePanel, type TimelinePanelProps } from './timeline-panel.tsx';

const reports = [
  { id: 'a', title: 'Ferry crews end strike', source: 'Harbour Post', published: '2019-03-06', publishedFrom: 'stated' as const },
  { id: 'b', title: 'Harbour ferries run again', source: null, published: null, publishedFrom: null },
];

const mention = (sentence: string, text: string, label: string, value: string): UnplacedMention => ({
  report: 'b',
  sentence,
  sentenceText: `${label}, the union said.`,
  text,
  start: label.indexOf(text),
  end: label.indexOf(text) + text.length,
  value,
  label,
});
const unplaced = [
  mention('s1', 'Monday', 'Crews ended their strike on Monday', 'XXXX-WXX-1'),
  mention('s2', 'last week', 'The strike began last week', 'XXXX-WXX'),
  mention('s3', 'Wednesday', 'Services return on Wednesday', 'XXXX-WXX-3'),
  mention('s4', 'Friday', 'Talks resumed on Friday', 'XXXX-WXX-5'),
  mention('s5', 'this month', 'A new pay offer is due this month', 'XXXX-XX'),
];

function renderPanel(props: Partial<TimelinePanelProps> = {}) {
  const handlers = { onSelectEvent: vi.fn(), onSelectMention: vi.fn(), onSetPublished: vi.fn() };
  const all: TimelinePanelProps = {
    events: [event('e1', '2019-03-04', 'Crews ended their strike', ['a'])],
    reports,
    selectedEventId: null,
    undated: undatedClaims(unplaced),
    ...handlers,
    ...props,
  };
  render(<TimelinePanel {...all} />);
  return handlers;
}
const lane = () => screen.getByRole('region', { name: /can’t be placed/ });

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('the undated lane', () => {
  it('says per undated report how many events cannot be placed, and why', () => {
    renderPanel();
    expect(lane()).toHaveAccessibleName('5 events can’t be placed Harbour ferries run again');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('5 events can’t be placed');
    expect(lane()).toHaveTextContent(
      'Set the publication date of Harbour ferries run again (B): its relative dates (“Monday”, “last week”…) have no day to count from without it.',
    );
  });

  it('lists the first mentions with their expression and clause, and the rest on demand', () => {
    renderPanel();
    const list = within(lane()).getByRole('list', { name: 'Undated in Harbour ferries run again' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('“last week” The strike began last week');
    const more = within(lane()).getByRole('button', { name: 'Show all 5' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(lane()).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists one mention per report when several reports wait for a date, the rest on demand', () => {
    const third = { id: 'c', title: 'Ferry strike over', source: null, published: null, publishedFrom: null };
    renderPanel({ reports: [...reports, third], undated: undatedClaims([...unplaced, { ...unplaced[0]!, report: 'c', sentence: 's9' }]) });
    const harbour = screen.getByRole('region', { name: /Harbour ferries run again/ });
    expect(within(within(harbour).getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(harbour).getByRole('button', { name: 'Show all 5' }));
    expect(within(within(harbour).getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
  });

  it('lists and counts a sentence claim once, with all its expressions together', () => {
    const fire = 'The fire broke out in the roof of the store at 8.49pm on Friday night and quickly spread.';
    const at = (text: string) => ({ start: fire.indexOf(text), end: fire.indexOf(text) + text.length });
    const title = 'Broke out in the roof of the store';
    const both: UnplacedMention[] = [
      { report: 'b', sentence: 's1', sentenceText: fire, text: '8.49pm', ...at('8.49pm'), value: 'XXXX-XX-XXT20:49', label: title },
      { report: 'b', sentence: 's1', sentenceText: fire, text: 'Friday night', ...at('Friday night'), value: 'XXXX-WXX-5TNI', label: title },
      unplaced[1]!,
    ];
    const { onSelectMention } = renderPanel({ undated: undatedClaims(both) });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 events can’t be placed');
    const items = within(within(lane()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([`“8.49pm”, “Friday night” ${title}`, '“last week” The strike began last week']);
    // Opening it marks its first expression in the sentence.
    fireEvent.click(within(items[0]!).getByRole('button'));
    expect(onSelectMention).toHaveBeenCalledWith(both[0]);
  });

  it('opens a mention’s sentence like an event', () => {
    const { onSelectMention } = renderPanel();
    fireEvent.click(within(lane()).getByRole('button', { name: /“Wednesday”/ }));
    expect(onSelectMention).toHaveBeenCalledWith(unplaced[2]);
  });

  it('sets the report’s date from a labelled field, then says so with focus on the timeline heading', () => {
    const { onSetPublished } = renderPanel();
    const field = within(lane()).getByLabelText('Publication date of Harbour ferries run again');
    expect(field).toHaveAttribute('type', 'date');
    fireEvent.change(field, { target: { value: '2019-03-05' } });
    fireEvent.click(within(lane()).getByRole('button', { name: 'Set date' }));
    expect(onSetPublished).toHaveBeenCalledWith('b', '2019-03-05');
    expect(screen.getByRole('status')).toHaveTextContent('Publication date of “Harbour ferries run again” set to 5 Mar 2019.');
    expect(screen.getByRole('heading', { name: 'Timeline' })).toHaveFocus();
  });

  it('offers to give the other undated reports the same date, off until ticked', () => {
    const third = { id: 'c', title: 'Ferry strike over', source: null, published: null, publishedFrom: null };
    const cMention = { ...unplaced[0]!, report: 'c', sentence: 's9' };
    const { onSetPublished } = renderPanel({ reports: [...reports, third], undated: undatedClaims([...unplaced, cMention]) });
    const harbour = screen.getByRole('region', { name: /Harbour ferries run again/ });
    const also = within(harbour).getByRole('checkbox', { name: 'Set it for the other undated report too (Ferry strike over)' });
    expect(also).not.toBeChecked();
    fireEvent.click(also);
    fireEvent.change(within(harbour).getByLabelText('Publication date of Harbour ferries run again'), { target: { value: '2019-03-05' } });
    fireEvent.click(within(harbour).getByRole('button', { name: 'Set date' }));
    expect(onSetPublished.mock.calls).toEqual([
      ['b', '2019-03-05'],
      ['c', '2019-03-05'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Publication date of “Harbour ferries run again” and “Ferry strike over” set to 5 Mar 2019.');
  });

  it('explains an empty or future date instead of setting it', () => {
    const { onSetPublished } = renderPanel();
    const field = within(lane()).getByLabelText(/^Publication date/);
    fireEvent.click(within(lane()).getByRole('button', { name: 'Set date' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter the publication date: day, month and year.');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '2999-01-01' } });
    fireEvent.click(within(lane()).getByRole('button', { name: 'Set date' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 Jan 2999 is after today: a report cannot be published in the future.');
    expect(onSetPublished).not.toHaveBeenCalled();
  });

  it('points to the library when the panel cannot set dates, and is absent when every report is dated', () => {
    renderPanel({ onSetPublished: undefined });
    expect(lane()).toHaveTextContent('In Library & import, set the publication date of Harbour ferries run again (B)');
    expect(within(lane()).queryByLabelText(/Publication date/)).toBeNull();
    cleanup();
    renderPanel({ undated: [] });
    expect(screen.queryByRole('region', { name: /can’t be placed/ })).toBeNull();
  });

  it('says events cannot be placed yet, not that there are none, when only unplaced ones exist', () => {
    renderPanel({ events: [] });
    expect(screen.getByText('No events can be placed yet.')).toBeInTheDocument();
    cleanup();
    renderPanel({ events: [], undated: [], loading: true });
    expect(screen.getByText('Finding the dated events…')).toBeInTheDocument();
  });
});

describe('inferred publication dates', () => {
  const guessed = [reports[0]!, { ...reports[1]!, published: '2019-03-04', publishedFrom: 'inferred' as const }];
  const placed = [event('e1', '2019-03-01', 'Talks resumed', ['b']), event('e2', '2019-03-06', 'Ferries run', ['a'])];
  placed[0]!.mentions[0]!.inferredFrom = '2019-03-04';
  placed[0]!.mentions[0]!.text = 'Friday';

  it('are marked on the “now” marker and on the events dated from them', () => {
    renderPanel({ reports: guessed, undated: [], events: placed });
    expect(screen.getByText(/now of B/)).toHaveTextContent('Published: 4 Mar 2019 (inferred from the text) — now of B · Harbour ferries run…');
    expect(screen.getByText(/dated from the publication date/)).toHaveTextContent(
      '“Friday” dated from the publication date, 4 Mar 2019, itself inferred from the text',
    );
  });

  it('says only the year was guessed for a wire dateline’s day', () => {
    const dateline = [reports[0]!, { ...guessed[1]!, filed: { month: 3, day: 4 } }];
    renderPanel({ reports: dateline, undated: [], events: placed });
    const list = screen.getByRole('list', { name: 'Publication dates inferred from the text' });
    expect(list).toHaveTextContent('B · Harbour ferries run… published 4 Mar 2019 (year inferred)');
  });

  it('can be corrected from the timeline', () => {
    const { onSetPublished } = renderPanel({ reports: guessed, undated: [], events: placed });
    const list = screen.getByRole('list', { name: 'Publication dates inferred from the text' });
    expect(list).toHaveTextContent('B · Harbour ferries run… published 4 Mar 2019 (inferred from the text)');
    fireEvent.click(within(list).getByRole('button', { name: 'Correct the publication date of Harbour ferries run again' }));
    const field = within(list).getByLabelText('Publication date of B · Harbour ferries run…');
    expect(field).toHaveValue('2019-03-04');
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '2019-03-05' } });
    fireEvent.submit(field);
    expect(onSetPublished).toHaveBeenCalledWith('b', '2019-03-05');
  });
});
