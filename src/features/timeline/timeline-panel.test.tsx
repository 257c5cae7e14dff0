// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { event } from '../../analysis/timeline/testing/events.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { EVENTS_PAGE, TimelinePanel, type TimelinePanelProps } from './timeline-panel.tsx';

const reports = [
  { id: 'a', title: 'Cameron seeks Iran’s help against IS', source: 'China Daily', published: '2014-09-24' },
  { id: 'b', title: 'British premier and Iranian president hold first talks since 1979', source: null, published: '2014-09-24' },
];
const events: TimelineEvent[] = [
  event('e1', '1979', 'It will be the first meeting since Iran’s 1979 Islamic revolution', ['a', 'b']),
  event('e2', '2014-06', 'Britain said in June that it would reopen its embassy in Teheran', ['a'], ['Britain']),
  event('e3', '2014-09-22', 'The United States said on Monday it would not buy Iran’s cooperation', ['a'], ['United States']),
  event('e4', '2014-09-24', 'David Cameron held talks with Hassan Rouhani on Wednesday', ['a', 'b'], ['David Cameron', 'Hassan Rouhani']),
  event('e5', '2014-09-26', 'The British parliament will hold an extraordinary session on Friday', ['b'], ['David Cameron']),
];
events[3]!.mentions[1]!.inferredFrom = '2014-09-24';
events[3]!.mentions[1]!.text = 'Wednesday';

function renderPanel(props: Partial<TimelinePanelProps> = {}) {
  const onSelectEvent = vi.fn();
  const all: TimelinePanelProps = { events, reports, selectedEventId: null, onSelectEvent, ...props };
  const view = render(<TimelinePanel {...all} />);
  return { ...view, onSelectEvent, rerenderWith: (next: Partial<TimelinePanelProps>) => view.rerender(<TimelinePanel {...all} {...next} />) };
}
const items = () => within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
const count = () => screen.getByTestId('timeline-count').textContent;
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => window.history.replaceState(null, '', '/?fact=f2'));
afterEach(cleanup);

describe('TimelinePanel: rendering', () => {
  it('lists events in date order as an <ol> of <li>, each with a machine-readable <time>', () => {
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    const times = items().map((li) => li.querySelector('time:not(p time)')!);
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['1979', '2014-06', '2014-09-22', '2014-09-24', '2014-09-26']);
    expect(times.map((t) => t.textContent)).toEqual(['1979', 'Jun 2014', '22 Sep 2014', '24 Sep 2014', '26 Sep 2014']);
  });

  it('says in words when a date is only a year or a month, not by style alone', () => {
    renderPanel();
    expect(items()[0]).toHaveTextContent('(year; exact day not given)');
    expect(items()[1]).toHaveTextContent('(month; exact day not given)');
    expect(items()[2]).not.toHaveTextContent('exact day not given');
  });

  it('shows a weekend as its two days, with a note that says weekend', () => {
    renderPanel({ events: [event('w', '2010-W18-WE', 'Ms Merkel might pay a higher political price', ['a'])] });
    const time = items()[0]!.querySelector('time')!;
    expect(time).toHaveTextContent(/^8–9 May 2010$/);
    expect(time).toHaveAttribute('datetime', '2010-05-08');
    expect(items()[0]).toHaveTextContent('(weekend; exact day not given)');
  });

  it('marks long gaps and the reports’ publication day', () => {
    renderPanel();
    expect(items()[1]).toHaveTextContent('— 34 years —');
    expect(screen.getByText(/now of the reports/)).toHaveTextContent('Published: 24 Sep 2014 — now of the reports');
    // The marker sits after the events of its day and before the later one.
    expect(items()[4]).toHaveTextContent('Published: 24 Sep 2014');
  });

  it('shows label, actors, source badges and how a relative date was resolved', () => {
    renderPanel();
    const meeting = items()[3]!;
    expect(meeting).toHaveTextContent('David Cameron held talks with Hassan Rouhani on Wednesday');
    expect(meeting).toHaveTextContent('David Cameron, Hassan Rouhani');
    expect(within(meeting).getByText('A · China Daily')).toBeInTheDocument();
    expect(within(meeting).getByText('B · British premier and…')).toBeInTheDocument();
    expect(meeting).toHaveTextContent('“Wednesday” dated from the publication date, 24 Sep 2014');
  });

  it('says which report’s telling of the same fact dated a weekday of an undated report', () => {
    const placed = events.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) }));
    Object.assign(placed[2]!.mentions[0]!, { text: 'on Monday', inferredFrom: undefined, datedBy: { report: 'b', text: 'on 22 September' } });
    renderPanel({ events: placed });
    expect(items()[2]).toHaveTextContent('“on Monday” dated by “on 22 September” in B · British premier and…, which tells the same fact');
  });

  it('says what a "five years later" was counted from', () => {
    const counted = events.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) }));
    Object.assign(counted[0]!.mentions[0]!, { text: 'Five years later', countedFrom: 'in 1974' });
    renderPanel({ events: counted });
    expect(items()[0]).toHaveTextContent('“Five years later” counted from “in 1974”');
  });

  it('says which day a clock time without one was put on', () => {
    const onDay = events.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) }));
    Object.assign(onDay[0]!.mentions[0]!, { text: 'about 8.40pm', onDayOf: 'on Friday night', inferredFrom: undefined });
    renderPanel({ events: onDay });
    expect(items()[0]).toHaveTextContent('“about 8.40pm” put on the day of “on Friday night”, the report’s last date before it');
  });

  it('says when reports give one card different clock times, in words and a sign', () => {
    const timed = events.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) }));
    Object.assign(timed[0]!.mentions[0]!, { text: 'about 3:40 a.m.', value: '1979-02-01T03:40' });
    Object.assign(timed[0]!.mentions[1]!, { text: 'around 2am', value: '1979-02-01T02:00' });
    timed[0]!.clocksDiffer = timed[0]!.mentions.slice(0, 2);
    renderPanel({ events: timed });
    expect(items()[0]).toHaveTextContent('≠ Times differ: “about 3:40 a.m.” (A · China Daily), “around 2am” (B · British premier and…)');
    expect(items()[1]).not.toHaveTextContent('Times differ');
  });

  it('says so when there are no events', () => {
    renderPanel({ events: [] });
    expect(count()).toBe('Showing 0 of 0 events');
    expect(screen.getByText('No dated events found in these reports.')).toBeInTheDocument();
  });
});

describe('TimelinePanel: report names', () => {
  it('names untitled reports in badges and source filters by file or opening words, never by their ids', () => {
    const untitled = [
      { id: 'import-877e955b-b5e2', title: '', file: 'cheeks-a.txt', source: null, published: '2014-09-24' },
      { id: 'import-3c307d5b-2668', title: '', source: null, published: '2014-09-24', paragraphs: ['Cheeks was fired on Saturday.'] },
    ];
    renderPanel({
      reports: untitled,
      events: [
        event(
          'e1',
          '2014-09-24',
          'Cheeks fired',
          untitled.map((r) => r.id),
        ),
      ],
    });
    expect(document.body).toHaveTextContent('A · cheeks-a');
    expect(document.body).toHaveTextContent('B · Cheeks was fired on…');
    expect(document.body).not.toHaveTextContent(/import-/);
  });
});

describe('TimelinePanel: selection', () => {
  it('makes every event a button that reports the event', () => {
    const { onSelectEvent } = renderPanel();
    const buttons = items().map((li) => within(li).getByRole('button'));
    expect(buttons).toHaveLength(5);
    buttons.forEach((b) => expect(b).toHaveAttribute('type', 'button'));
    fireEvent.click(buttons[1]!);
    expect(onSelectEvent).toHaveBeenCalledWith(events[1]);
  });

  it('scrolls to and focuses the event the app selects, and marks it in text', () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { rerenderWith } = renderPanel();
    rerenderWith({ selectedEventId: 'e4' });
    const button = within(items()[3]!).getByRole('button');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-current', 'true');
    expect(button).toHaveTextContent('Selected');
    expect(scrollIntoView).toHaveBeenCalled();
  });

  it('marks but neither scrolls to nor focuses an event selected along with a jump to its sentence', () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { rerenderWith } = renderPanel();
    rerenderWith({ selectedEventId: 'e4', revealSelected: false });
    const button = within(items()[3]!).getByRole('button');
    expect(button).toHaveAttribute('aria-current', 'true');
    expect(button).not.toHaveFocus();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('clears filters that hide the event the app asks for', () => {
    window.history.replaceState(null, '', '/?fact=f2&tl.q=embassy');
    const { rerenderWith } = renderPanel();
    expect(count()).toBe('Showing 1 of 5 events');
    rerenderWith({ selectedEventId: 'e5' });
    expect(count()).toBe('Showing 5 of 5 events');
    expect(within(items()[4]!).getByRole('button')).toHaveFocus();
    expect(window.location.search).toBe('?fact=f2');
  });

  it('does not pull focus back when the app echoes a selection made here', () => {
    const { rerenderWith, onSelectEvent } = renderPanel();
    const search = screen.getByLabelText('Search events');
    search.focus();
    fireEvent.click(within(items()[2]!).getByRole('button'));
    rerenderWith({ selectedEventId: (onSelectEvent.mock.calls[0]![0] as TimelineEvent).id });
    expect(search).toHaveFocus();
  });
});

describe('TimelinePanel: filters live in the URL', () => {
  it('free text filters events, updates the count and writes tl.q without touching other params', () => {
    renderPanel();
    expect(count()).toBe('Showing 5 of 5 events');
    fireEvent.change(screen.getByLabelText('Search events'), { target: { value: 'cameron' } });
    expect(count()).toBe('Showing 2 of 5 events');
    expect(params().get('tl.q')).toBe('cameron');
    expect(params().get('fact')).toBe('f2');
  });

  it('source checkboxes write tl.src, and unticking all shows nothing and says why', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'A · China Daily' }));
    expect(params().getAll('tl.src')).toEqual(['b']);
    expect(count()).toBe('Showing 3 of 5 events');
    fireEvent.click(screen.getByRole('checkbox', { name: /^B ·/ }));
    expect(params().getAll('tl.src')).toEqual(['']);
    expect(count()).toBe('Showing 0 of 5 events');
    expect(screen.getByText(/^No events match/)).toHaveTextContent('No events match these filters: no source is ticked.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'A · China Daily' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^B ·/ }));
    expect(params().has('tl.src')).toBe(false);
  });

  it('shared-only keeps events every source mentions (tl.shared=1)', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only events every selected source mentions' }));
    expect(params().get('tl.shared')).toBe('1');
    expect(count()).toBe('Showing 2 of 5 events');
  });

  it('filters by actor (tl.actor) and by date range (tl.from / tl.to)', () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('Person, organisation or place'), { target: { value: 'david cameron' } });
    expect(params().getAll('tl.actor')).toEqual(['david cameron']);
    expect(count()).toBe('Showing 2 of 5 events');
    fireEvent.change(screen.getByLabelText('Person, organisation or place'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2014' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2014-09-23' } });
    expect(params().get('tl.from')).toBe('2014');
    expect(params().get('tl.to')).toBe('2014-09-23');
    expect(count()).toBe('Showing 2 of 5 events');
  });

  it('flags a date it cannot read, in text', () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'last spring' } });
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/^Not a date/)).toBeInTheDocument();
  });

  it('says when From is after To, beside the fields and in place of the list, keeping what was typed', () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2014-09' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2014-06' } });
    expect(count()).toBe('Showing 0 of 5 events');
    for (const field of ['From', 'To']) {
      expect(screen.getByLabelText(field)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByLabelText(field)).toHaveAccessibleDescription(/^From \(2014-09\) is after To \(2014-06\), so no event can match/);
    }
    expect(screen.getByLabelText('From')).toHaveValue('2014-09');
    expect(screen.getByLabelText('To')).toHaveValue('2014-06');
    expect(params().get('tl.from')).toBe('2014-09');
    expect(screen.getByText(/^No events match/)).toHaveTextContent('No events match these filters: the From date is after the To date.');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2014-09' } });
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('To')).not.toHaveAccessibleDescription(/is after To/);
  });

  it('restores filters from the URL on load, and clears them', () => {
    window.history.replaceState(null, '', '/?tl.q=embassy&fact=f1&tl.shared=');
    renderPanel();
    expect(screen.getByLabelText('Search events')).toHaveValue('embassy');
    expect(count()).toBe('Showing 1 of 5 events');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count()).toBe('Showing 5 of 5 events');
    expect(window.location.search).toBe('?fact=f1');
  });

  it('follows the URL when history changes it (back/forward)', () => {
    renderPanel();
    act(() => {
      window.history.replaceState(null, '', '/?tl.q=monday');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(count()).toBe('Showing 1 of 5 events');
  });

  it('announces the count politely', () => {
    renderPanel();
    expect(screen.getByTestId('timeline-count')).toHaveAttribute('aria-live', 'polite');
  });
});

describe('TimelinePanel: collapsible filters', () => {
  const toggle = () => screen.getByRole('button', { name: /^Sources, people and dates/ });

  it('fold sources, people and dates behind a button that says whether they are shown, in the URL (tl.filters)', () => {
    renderPanel();
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Sources' })).toBeNull();
    expect(screen.getByLabelText('Search events')).toBeVisible();
    expect(params().get('tl.filters')).toBe('closed');
    expect(params().get('fact')).toBe('f2');
    fireEvent.click(toggle());
    expect(params().get('tl.filters')).toBe('open');
    expect(screen.getByRole('group', { name: 'Sources' })).toBeVisible();
  });

  it('a closed disclosure still counts the filters it hides and offers to clear them', () => {
    window.history.replaceState(null, '', '/?tl.filters=closed&tl.from=2014&tl.shared=1');
    renderPanel();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveAccessibleName('Sources, people and dates (2 set)');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(toggle()).toHaveAccessibleName('Sources, people and dates');
    expect(params().get('tl.filters')).toBe('closed');
  });

  it('take the date placeholders and examples from the events’ own range', () => {
    renderPanel();
    expect(screen.getByLabelText('From')).toHaveAttribute('placeholder', '1979');
    expect(screen.getByLabelText('To')).toHaveAttribute('placeholder', '2014-09-26');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription(
      'Use a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD); the events run from 1979 to 2014-09-26.',
    );
    cleanup();
    renderPanel({ events: [events[1]!] });
    expect(screen.getByLabelText('From')).toHaveAttribute('placeholder', '2014-06');
    expect(screen.getByLabelText('To')).toHaveAttribute('placeholder', '2014-06');
    cleanup();
    renderPanel({ events: [] });
    expect(screen.getByLabelText('From')).toHaveAttribute('placeholder', 'YYYY');
  });
});

describe('TimelinePanel: thousands of events', () => {
  const many = Array.from({ length: 2 * EVENTS_PAGE + 50 }, (_, i) => {
    const day = new Date(Date.UTC(1900, 0, 1) + i * 86_400_000 * 40).toISOString().slice(0, 10);
    return event(`m${i}`, day, `Council meeting number ${i}`, ['a']);
  });

  // A behaviour check over a large DOM, not a speed check: beside an end-to-end run it took over 5 s.
  it('renders a page of events, the rest on demand, and says how many wait', { timeout: 30_000 }, () => {
    renderPanel({ events: many });
    expect(items()).toHaveLength(EVENTS_PAGE);
    expect(count()).toBe(`Showing ${many.length} of ${many.length} events`);
    fireEvent.click(screen.getByRole('button', { name: `Show more events (${many.length - EVENTS_PAGE} not shown yet)` }));
    expect(items()).toHaveLength(many.length);
    expect(screen.queryByRole('button', { name: /Show more events/ })).toBeNull();
  });

  it('a search finds events past the first page', () => {
    renderPanel({ events: many });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: `number ${many.length - 1}` } });
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent(`Council meeting number ${many.length - 1}`);
  });

  it('renders up to an event the app selects beyond the first page, and focuses it', () => {
    Element.prototype.scrollIntoView = vi.fn();
    const { rerenderWith } = renderPanel({ events: many });
    const last = many[many.length - 1]!;
    rerenderWith({ events: many, selectedEventId: last.id });
    const button = document.querySelector(`[data-event-id="${last.id}"]`);
    expect(button).toHaveTextContent(`Council meeting number ${many.length - 1}`);
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-current', 'true');
  });
});
